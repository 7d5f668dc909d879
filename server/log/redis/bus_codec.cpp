#include "log/redis/bus_codec.hpp"

#include <cstddef>
#include <string_view>
#include <utility>
#include <variant>

#include "log/redis/bus_entities.hpp"

namespace kring::log::redis {
namespace {

namespace pb = kring::bus::v1;
namespace gp = google::protobuf;

// The StoredEvent.body field that holds events of type T: the one whose
// message is named as T's schema_of() says.
template <class T>
const gp::FieldDescriptor* body_field() {
  static const gp::FieldDescriptor* const field = [] {
    const std::string_view name = schema_of(static_cast<const T*>(nullptr)).name;
    const gp::OneofDescriptor* body = pb::StoredEvent::descriptor()->FindOneofByName("body");
    for (int i = 0; i < body->field_count(); ++i) {
      const gp::FieldDescriptor* candidate = body->field(i);
      if (candidate->message_type()->name() == name) return candidate;
    }
    return static_cast<const gp::FieldDescriptor*>(nullptr);
  }();
  return field;
}

// What an event read back may not keep as stored by an earlier version.
void after_read(core::ev::BallotCast& ballot, const gp::Message&) {
  // A tag means a secret ballot: its voter is not kept, even where an older
  // version stored one beside it.
  if (!ballot.ballot_tag.empty()) ballot.voter = 0;
}
void after_read(core::ev::ActionScored& score, const gp::Message& in) {
  const auto& stored = static_cast<const pb::ActionScored&>(in);
  score.scorer_tag = bus::scorer_tag_of(score.scorer_tag, stored.legacy_member_id());
}
template <class T>
void after_read(T&, const gp::Message&) {}

template <std::size_t... I>
bool read_body(const pb::StoredEvent& in, core::ev::Body& body, std::index_sequence<I...>) {
  const int stored = static_cast<int>(in.body_case());
  bool known = false;
  bool read = false;
  auto try_alternative = [&]<std::size_t Index>() {
    using T = std::variant_alternative_t<Index, core::ev::Body>;
    const gp::FieldDescriptor* field = body_field<T>();
    if (known || field == nullptr || field->number() != stored) return;
    known = true;
    const gp::Message& message = in.GetReflection()->GetMessage(in, field);
    T value;
    if (!bus::read(message, value)) return;
    after_read(value, message);
    body = std::move(value);
    read = true;
  };
  (try_alternative.template operator()<I>(), ...);
  return read;
}

}  // namespace

std::string encode_stored_event(const core::Event& event) {
  pb::StoredEvent out;
  out.set_at_ms(event.at_ms);
  out.set_idempotency_key(event.idempotency_key);
  std::visit(
      [&out](const auto& body) {
        using T = std::decay_t<decltype(body)>;
        if (const gp::FieldDescriptor* field = body_field<T>()) {
          bus::write(body, *out.GetReflection()->MutableMessage(&out, field));
        }
      },
      event.body);
  return out.SerializeAsString();
}

std::optional<core::Event> decode_stored_event(core::Seq seq, std::string_view bytes) {
  pb::StoredEvent in;
  if (!in.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return std::nullopt;
  core::Event event;
  event.seq = seq;
  event.at_ms = in.at_ms();
  event.idempotency_key = in.idempotency_key();
  if (!read_body(in, event.body, std::make_index_sequence<std::variant_size_v<core::ev::Body>>{})) {
    return std::nullopt;
  }
  return event;
}

}  // namespace kring::log::redis
