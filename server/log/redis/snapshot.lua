-- snapshot.lua: stores a room snapshot and trims the stream behind it.
-- KEYS[1] epoch key, KEYS[2] seq key, KEYS[3] snapshot key, KEYS[4] stream key
-- ARGV[1] epoch (decimal), ARGV[2] snapshot seq (decimal),
-- ARGV[3] snapshot value "<seq>:<state bytes>", ARGV[4] events to keep before
-- the snapshot seq (so readers slightly behind need no snapshot)
-- Returns 1 when stored, 0 when ignored (other epoch, or not newer than the
-- stored snapshot); error "KRING_AHEAD ..." when the seq is beyond the head.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
local seq = tonumber(ARGV[2])
local head = tonumber(redis.call('GET', KEYS[2]) or '0')
if seq > head then
  return redis.error_reply('KRING_AHEAD snapshot beyond the head')
end
local stored = redis.call('GET', KEYS[3])
if stored then
  local stored_seq = tonumber(string.match(stored, '^(%d+):'))
  if stored_seq and stored_seq >= seq then
    return 0
  end
end
-- KEEPTTL: a snapshot must not make an expiring room live for ever. A new
-- snapshot key has no TTL to keep: it takes the room's (the seq key's), since
-- the next append may not refresh it and a quiet room gets none.
redis.call('SET', KEYS[3], ARGV[3], 'KEEPTTL')
local room_ttl = redis.call('TTL', KEYS[2])
if room_ttl > 0 and redis.call('TTL', KEYS[3]) == -1 then
  redis.call('EXPIRE', KEYS[3], room_ttl)
end
-- Stream ids are "0-<seq>": MINID keeps every seq > seq - keep.
local dropped_through = seq - tonumber(ARGV[4])
if dropped_through > 0 then
  redis.call('XTRIM', KEYS[4], 'MINID', string.format('0-%d', dropped_through + 1))
end
return 1
