-- register_credentials.lua: makes credential keys find a room.
-- KEYS: the directory keys "kring:credential:<key>"; ARGV[1] room id (decimal)
-- Returns 1 when every key now names the room, 0 when one of them already
-- names another room: nothing is written then.
for _, key in ipairs(KEYS) do
  local room = redis.call('GET', key)
  if room and room ~= ARGV[1] then
    return 0
  end
end
for _, key in ipairs(KEYS) do
  redis.call('SET', key, ARGV[1])
end
return 1
