-- register_credentials.lua: makes credential keys find a room.
-- KEYS[1] the room's set of its directory keys ("kring:room:{R}:credentials"),
-- KEYS[2..] the directory keys "kring:credential:<key>"
-- ARGV[1] room id (decimal), ARGV[2] retention in seconds ("0": for ever)
-- Returns 1 when every key now names the room, 0 when one of them already
-- names another room: nothing is written then. The set lets the append script
-- refresh the directory keys' expiry and a deletion find them.
for i = 2, #KEYS do
  local room = redis.call('GET', KEYS[i])
  if room and room ~= ARGV[1] then
    return 0
  end
end
local ttl = tonumber(ARGV[2] or '0')
for i = 2, #KEYS do
  redis.call('SET', KEYS[i], ARGV[1])
  redis.call('SADD', KEYS[1], KEYS[i])
  if ttl and ttl > 0 then
    redis.call('EXPIRE', KEYS[i], ttl)
  end
end
if ttl and ttl > 0 then
  redis.call('EXPIRE', KEYS[1], ttl)
end
return 1
