-- append.lua: appends one or more events to a room's log atomically.
-- KEYS[1] seq key, KEYS[2] epoch key, KEYS[3] stream key
-- ARGV[1] expected head (decimal), ARGV[2] epoch (decimal), ARGV[3] pub/sub
-- channel, ARGV[4] seconds the room lives after this append ("0": for ever),
-- ARGV[5..] the events' bytes, in order: they get seqs head + 1, head + 2, ...
-- Retention (optional): KEYS[4] snapshot key, KEYS[5] the room's set of its
-- directory keys. With ARGV[4] > 0, every key of the room, its directory keys
-- included, then expires that long after the room's last append, or up to a
-- hundredth of it (at most an hour) earlier: refreshing every key costs more
-- than the rest of this script, so it is done only once the seq key's expiry
-- has aged that much.
-- Returns the seq of the last event, or an error reply:
--   "KRING_EPOCH <stored>"  the room's log has another epoch (it was recreated);
--   "KRING_LOST no log"     the room has no log but the writer expects events
--                           (storage lost it, e.g. an unpersisted restart);
--   "KRING_CONFLICT <head>" the head is not ARGV[1] (another writer was first).
-- Every check runs before any write, so a rejected append changes nothing.
local stored_epoch = redis.call('GET', KEYS[2])
if stored_epoch and stored_epoch ~= ARGV[2] then
  return redis.error_reply('KRING_EPOCH ' .. stored_epoch)
end
if not stored_epoch and ARGV[1] ~= '0' then
  return redis.error_reply('KRING_LOST no log')
end
local head = redis.call('GET', KEYS[1]) or '0'
if head ~= ARGV[1] then
  return redis.error_reply('KRING_CONFLICT ' .. head)
end
if not stored_epoch then
  redis.call('SET', KEYS[2], ARGV[2])
  -- A stream without an epoch belongs to no log; its ids would block ours.
  redis.call('DEL', KEYS[3])
end
local seq = tonumber(head)
for i = 5, #ARGV do
  seq = redis.call('INCR', KEYS[1])
  -- The stream id is "0-<seq>", so reads and trims can address a seq
  -- directly; ids never leave the log. Field "s" repeats the seq for plain readers.
  redis.call('XADD', KEYS[3], string.format('0-%d', seq), 'e', ARGV[i], 's', seq)
  -- "<seq>:<event bytes>", so subscribers rarely need to read the stream.
  redis.call('PUBLISH', ARGV[3], seq .. ':' .. ARGV[i])
end
local ttl = tonumber(ARGV[4] or '0')
local slack = math.min(3600, math.floor((ttl or 0) / 100))
-- The seq key's TTL is -1 after its first INCR (or a reseed): refresh then too.
if ttl and ttl > 0 and #KEYS >= 5 and ttl - redis.call('TTL', KEYS[1]) > slack then
  for i = 1, 5 do
    redis.call('EXPIRE', KEYS[i], ttl)
  end
  for _, key in ipairs(redis.call('SMEMBERS', KEYS[5])) do
    redis.call('EXPIRE', key, ttl)
  end
end
return seq
