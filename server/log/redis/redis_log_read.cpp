// read_from: pages of read.lua until a short page. Each page is consistent in
// itself (epoch, snapshot and entries read in one script); between pages the
// log may move on, be trimmed by a snapshot or be reseeded, which shows as a
// changed epoch, a snapshot where none is wanted or a seq gap: the read then
// starts over.
#include <memory>
#include <string>
#include <utility>

#include "log/redis/bus_codec.hpp"
#include "log/redis/redis_keys.hpp"
#include "log/redis/redis_log_core.hpp"
#include "log/redis/redis_log_report.hpp"
#include "log/redis/redis_reply.hpp"
#include "log/redis/snapshot_value.hpp"

namespace kring::log::redis {
namespace {

constexpr int max_restarts = 5;

class StreamRead : public std::enable_shared_from_this<StreamRead> {
 public:
  StreamRead(std::shared_ptr<RedisLogCore> core, core::RoomId room, core::Seq after,
             RoomLog::ReadDone done)
      : core_(std::move(core)), room_(room), after_(after), done_(std::move(done)) {}

  void start() {
    outcome_ = ReadOutcome{};
    position_ = after_;
    first_page_ = true;
    request_page();
  }

 private:
  enum class Step { more, done, not_found, deleted, restart, failed };

  void request_page() {
    const RoomKeys keys(room_);
    core_->run_script(
        Script::read, {keys.epoch, keys.seq, keys.snapshot, keys.stream, keys.deleted},
        {std::to_string(position_), std::to_string(core_->options().read_page_size)},
        [self = shared_from_this()](const redisReply* reply) { self->on_page(reply); });
  }

  void on_page(const redisReply* reply) {
    const Step step = take_page(reply);
    switch (step) {
      case Step::more:
        first_page_ = false;
        request_page();
        return;
      case Step::done:
        outcome_.status = ReadStatus::ok;
        finish();
        return;
      case Step::not_found:
      case Step::deleted:
        outcome_ = ReadOutcome{};
        outcome_.status = step == Step::deleted ? ReadStatus::deleted : ReadStatus::not_found;
        finish();
        return;
      case Step::restart:
        if (++restarts_ <= max_restarts) {
          start();
          return;
        }
        report_problem("read of room " + std::to_string(room_) + " kept changing; giving up");
        [[fallthrough]];
      case Step::failed:
        outcome_ = ReadOutcome{};
        finish();
        return;
    }
  }

  void finish() {
    if (auto done = std::exchange(done_, nullptr)) done(std::move(outcome_));
  }

  Step take_page(const redisReply* reply) {
    if (reply == nullptr) return Step::failed;
    if (reply->type == REDIS_REPLY_ERROR) {
      report_problem("read of room " + std::to_string(room_) +
                     " failed: " + std::string(reply_text(*reply).substr(0, 200)));
      return Step::failed;
    }
    if (reply->type != REDIS_REPLY_ARRAY || reply->elements < 1) return malformed();
    const redisReply& epoch = *reply->element[0];
    if (epoch.type == REDIS_REPLY_NIL) {
      if (reply->elements == 2 && reply->element[1]->type == REDIS_REPLY_STRING &&
          reply_text(*reply->element[1]) == "deleted") {
        return Step::deleted;
      }
      if (!first_page_) return Step::restart;  // the log went away meanwhile
      return Step::not_found;
    }
    if (reply->elements != 5) return malformed();
    const auto epoch_value = parse_decimal(reply_text(epoch));
    if (!epoch_value) return malformed();
    if (first_page_) {
      outcome_.epoch = *epoch_value;
    } else if (*epoch_value != outcome_.epoch) {
      return Step::restart;
    }
    const redisReply& snapshot = *reply->element[1];
    if (snapshot.type == REDIS_REPLY_STRING) {
      // Later pages ask for what directly follows the last entry; a snapshot
      // there means those entries were trimmed meanwhile.
      if (!first_page_) return Step::restart;
      auto state = decode_snapshot_value(reply_text(snapshot));
      if (!state) {
        report_problem("room " + std::to_string(room_) + " has an undecodable snapshot");
        return Step::failed;
      }
      position_ = state->seq;
      outcome_.base = std::make_shared<const core::RoomState>(std::move(*state));
    }
    if (first_page_) {
      const Step step = take_position(*reply->element[3], *reply->element[4]);
      if (step != Step::more) return step;
    }
    const redisReply& entries = *reply->element[2];
    if (entries.type != REDIS_REPLY_ARRAY) return malformed();
    for (std::size_t i = 0; i < entries.elements; ++i) {
      const Step step = take_entry(*entries.element[i]);
      if (step != Step::more) return step;
    }
    return entries.elements < core_->options().read_page_size ? Step::done : Step::more;
  }

  // The head and the event at the requested position (first page only).
  Step take_position(const redisReply& head, const redisReply& at) {
    const auto head_value = parse_decimal(reply_text(head));
    if (!head_value) return malformed();
    outcome_.head = *head_value;
    if (at.type != REDIS_REPLY_ARRAY) return Step::more;  // none kept there
    std::optional<core::Seq> seq;
    std::string_view bytes;
    if (!entry_fields(at, seq, bytes) || seq != after_) return malformed();
    auto event = decode_stored_event(*seq, bytes);
    if (!event) return malformed();
    outcome_.at_position = std::move(*event);
    return Step::more;
  }

  // Reads an XRANGE entry {"0-<seq>", {"e", bytes, "s", seq}}; false when it
  // has another shape.
  static bool entry_fields(const redisReply& entry, std::optional<core::Seq>& seq,
                           std::string_view& bytes) {
    if (entry.type != REDIS_REPLY_ARRAY || entry.elements != 2 ||
        entry.element[1]->type != REDIS_REPLY_ARRAY) {
      return false;
    }
    const redisReply& fields = *entry.element[1];
    bool has_bytes = false;
    for (std::size_t f = 0; f + 1 < fields.elements; f += 2) {
      const std::string_view name = reply_text(*fields.element[f]);
      if (name == "s") seq = parse_decimal(reply_text(*fields.element[f + 1]));
      if (name == "e") {
        bytes = reply_text(*fields.element[f + 1]);
        has_bytes = true;
      }
    }
    return seq.has_value() && has_bytes;
  }

  Step take_entry(const redisReply& entry) {
    std::optional<core::Seq> seq;
    std::string_view bytes;
    if (!entry_fields(entry, seq, bytes)) return malformed();
    // Seqs are dense: a jump means entries vanished between pages.
    if (*seq != position_ + 1) return Step::restart;
    auto event = decode_stored_event(*seq, bytes);
    if (!event) {
      report_problem("room " + std::to_string(room_) + " has an undecodable event at seq " +
                     std::to_string(*seq));
      return Step::failed;
    }
    outcome_.events.push_back(std::move(*event));
    position_ = *seq;
    return Step::more;
  }

  Step malformed() {
    report_problem("read of room " + std::to_string(room_) + " got a reply of unexpected shape");
    return Step::failed;
  }

  std::shared_ptr<RedisLogCore> core_;
  core::RoomId room_;
  core::Seq after_;
  RoomLog::ReadDone done_;
  ReadOutcome outcome_;
  core::Seq position_ = 0;
  bool first_page_ = true;
  int restarts_ = 0;
};

}  // namespace

void RedisLogCore::read_from(core::RoomId room, core::Seq after, RoomLog::ReadDone done) {
  std::make_shared<StreamRead>(shared_from_this(), room, after, std::move(done))->start();
}

}  // namespace kring::log::redis
