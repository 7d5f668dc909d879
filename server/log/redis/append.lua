-- append.lua: appends one event to a room's log atomically.
-- KEYS[1] seq key, KEYS[2] epoch key, KEYS[3] stream key
-- ARGV[1] expected head (decimal), ARGV[2] epoch (decimal), ARGV[3] event bytes,
-- ARGV[4] pub/sub channel
-- Returns the new seq, or an error reply:
--   "KRING_EPOCH <stored>"  the room's log has another epoch (it was recreated);
--   "KRING_CONFLICT <head>" the head is not ARGV[1] (another writer was first).
-- Every check runs before any write, so a rejected append changes nothing.
local stored_epoch = redis.call('GET', KEYS[2])
if stored_epoch and stored_epoch ~= ARGV[2] then
  return redis.error_reply('KRING_EPOCH ' .. stored_epoch)
end
local head = redis.call('GET', KEYS[1]) or '0'
if head ~= ARGV[1] then
  return redis.error_reply('KRING_CONFLICT ' .. head)
end
if not stored_epoch then
  redis.call('SET', KEYS[2], ARGV[2])
end
local seq = redis.call('INCR', KEYS[1])
-- The stream id's timestamp is Redis-local and never reaches clients: the
-- log position is field "s".
redis.call('XADD', KEYS[3], '*', 'e', ARGV[3], 's', seq)
-- "<seq>:<event bytes>", so subscribers rarely need to read the stream.
redis.call('PUBLISH', ARGV[4], seq .. ':' .. ARGV[3])
return seq
