-- reseed.lua: starts a lost room log again from a state.
-- KEYS[1] epoch key, KEYS[2] seq key, KEYS[3] snapshot key, KEYS[4] stream key
-- ARGV[1] new epoch (decimal), ARGV[2] the state's seq (decimal),
-- ARGV[3] snapshot value "<seq>:<state bytes>"
-- Returns 1 when written, 0 when the room has a log (someone reseeded or
-- appended first): nothing is written then.
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], ARGV[2])
redis.call('SET', KEYS[3], ARGV[3])
redis.call('DEL', KEYS[4])
return 1
