-- read.lua: one consistent page of a room's log.
-- KEYS[1] epoch key, KEYS[2] seq key, KEYS[3] snapshot key, KEYS[4] stream key
-- ARGV[1] after (decimal): the reader wants the events with seq > after
-- ARGV[2] page size
-- Returns {false} when the room has no log, else
-- {epoch, snapshot, entries, head, at}:
--   snapshot is false unless events after ARGV[1] were trimmed away; then it is
--   the snapshot value "<seq>:<state bytes>" and entries follow its seq;
--   entries are XRANGE entries {"0-<seq>", {"e", bytes, "s", seq}}, at most
--   ARGV[2] of them, in seq order; head is the log's head (decimal); at is the
--   entry with seq ARGV[1] itself (false when ARGV[1] is 0 or it was trimmed),
--   so that a reader can tell that the log forked away from the event it holds
--   there (a replica promoted before it had it).
-- Error "KRING_GAP ...": events after ARGV[1] are gone and no snapshot covers them.
-- KEYS[5] (optional) the room's tombstone: with no log and a tombstone the
-- answer is {false, "deleted"} (the room was removed on purpose).
local epoch = redis.call('GET', KEYS[1])
if not epoch then
  if KEYS[5] and redis.call('EXISTS', KEYS[5]) == 1 then
    return {false, 'deleted'}
  end
  return {false}
end
local head = tonumber(redis.call('GET', KEYS[2]) or '0')
local after = tonumber(ARGV[1])
-- The oldest seq still in the stream; the stream ids are "0-<seq>".
local first = head + 1
local oldest = redis.call('XRANGE', KEYS[4], '-', '+', 'COUNT', 1)
if #oldest > 0 then
  first = tonumber(string.match(oldest[1][1], '^0%-(%d+)$'))
end
local snapshot = false
local from = after
if after + 1 < first then
  snapshot = redis.call('GET', KEYS[3])
  if not snapshot then
    return redis.error_reply('KRING_GAP no snapshot covers the trimmed events')
  end
  from = tonumber(string.match(snapshot, '^(%d+):'))
  if not from or from + 1 < first then
    return redis.error_reply('KRING_GAP no snapshot covers the trimmed events')
  end
end
local entries = redis.call('XRANGE', KEYS[4], string.format('0-%d', from + 1), '+', 'COUNT',
  tonumber(ARGV[2]))
local at = false
if after > 0 then
  local found = redis.call('XRANGE', KEYS[4], string.format('0-%d', after),
    string.format('0-%d', after))
  if #found > 0 then at = found[1] end
end
return {epoch, snapshot, entries, tostring(head), at}
