-- remove_room.lua: removes a room from storage, for good.
-- KEYS[1] seq, KEYS[2] epoch, KEYS[3] stream, KEYS[4] snapshot key,
-- KEYS[5] the room's set of its directory keys, KEYS[6] its tombstone key
-- ARGV[1] room id (decimal), ARGV[2] tombstone lifetime in seconds ("0": for
-- ever), ARGV[3] the room's pub/sub channel
-- Deletes every directory key in the set that still names this room (a key
-- reused by another room is left alone), the set, and the room's log keys;
-- sets the tombstone (which holds nothing of the room) so that no node ever
-- reseeds the room from the state it still holds, and publishes "0:" so that
-- subscribed nodes read the log now and learn it. Returns the number of keys
-- deleted.
local deleted = 0
for _, key in ipairs(redis.call('SMEMBERS', KEYS[5])) do
  if redis.call('GET', key) == ARGV[1] then
    deleted = deleted + redis.call('DEL', key)
  end
end
for i = 1, 5 do
  deleted = deleted + redis.call('DEL', KEYS[i])
end
local ttl = tonumber(ARGV[2] or '0')
if ttl and ttl > 0 then
  redis.call('SET', KEYS[6], '1', 'EX', ttl)
else
  redis.call('SET', KEYS[6], '1')
end
redis.call('PUBLISH', ARGV[3], '0:')
return deleted
