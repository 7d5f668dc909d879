-- confirm.lua: a fence behind an event already in the log, so that the WAIT
-- pipelined after it covers that event (a replica that has this write has
-- every write before it). Used before acknowledging a retried command from
-- the room's state when acks wait for replicas (--redis-min-replicas).
-- KEYS[1] seq key, KEYS[2] epoch key, KEYS[3] fence key
-- ARGV[1] the seq that must be in the log, ARGV[2] epoch (decimal)
-- Returns the head; errors:
--   "KRING_EPOCH" the room's log has another epoch or none,
--   "KRING_CONFLICT <head>" the log ends before ARGV[1] (it lost events).
local stored_epoch = redis.call('GET', KEYS[2])
if stored_epoch ~= ARGV[2] then
  return redis.error_reply('KRING_EPOCH')
end
local head = redis.call('GET', KEYS[1]) or '0'
if tonumber(head) < tonumber(ARGV[1]) then
  return redis.error_reply('KRING_CONFLICT ' .. head)
end
-- The write the WAIT measures; it expires on its own.
redis.call('SET', KEYS[3], head, 'PX', 60000)
return tonumber(head)
