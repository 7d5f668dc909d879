#include "log/redis/state_entities.hpp"

#include "log/redis/bus_entities.hpp"

namespace kring::log::redis::state {
namespace {

void put(const core::VoteResult& in, pb::VoteResult& out) {
  out.set_vote_id(in.vote_id);
  for (const core::TallyEntry& entry : in.tally) {
    pb::TallyEntry& t = *out.add_tally();
    t.set_option_id(entry.option_id);
    t.set_count(entry.count);
  }
  for (const core::Card& card : in.cards) {
    pb::Card& c = *out.add_cards();
    c.set_voter_name(card.voter_name);
    c.set_option_id(card.option_id);
  }
}
void get(const pb::VoteResult& in, core::VoteResult& out) {
  out.vote_id = in.vote_id();
  for (const pb::TallyEntry& t : in.tally()) out.tally.push_back({t.option_id(), t.count()});
  for (const pb::Card& c : in.cards()) out.cards.push_back({c.voter_name(), c.option_id()});
}

}  // namespace

void put(const core::NoteRecord& in, pb::NoteRecord& out) {
  bus::put(in.note, *out.mutable_note());
  out.set_secret_hash(in.secret_hash);
  out.set_hidden(in.hidden);
  out.set_removed(in.removed);
}
bool get(const pb::NoteRecord& in, core::NoteRecord& out) {
  if (!in.has_note()) return false;
  bus::get(in.note(), out.note);
  out.secret_hash = in.secret_hash();
  out.hidden = in.hidden();
  out.removed = in.removed();
  return true;
}

void put(const core::VoteRecord& in, pb::VoteRecord& out) {
  bus::put(in.vote, *out.mutable_vote());
  // std::map iterates in ascending key order: deterministic bytes.
  for (const auto& [member, option] : in.open_choices) {
    pb::OpenChoice& c = *out.add_open_choices();
    c.set_member_id(member);
    c.set_option_id(option);
  }
  for (const auto& [tag, option] : in.secret_choices) {
    pb::SecretChoice& c = *out.add_secret_choices();
    c.set_ballot_tag(tag);
    c.set_option_id(option);
  }
  if (in.result) put(*in.result, *out.mutable_result());
}
bool get(const pb::VoteRecord& in, core::VoteRecord& out) {
  if (!in.has_vote() || !bus::get(in.vote(), out.vote)) return false;
  for (const pb::OpenChoice& c : in.open_choices()) {
    if (!out.open_choices.emplace(c.member_id(), c.option_id()).second) return false;
  }
  for (const pb::SecretChoice& c : in.secret_choices()) {
    if (!out.secret_choices.emplace(c.ballot_tag(), c.option_id()).second) return false;
  }
  if (in.has_result()) get(in.result(), out.result.emplace());
  return true;
}

void put(const core::MemberRecord& in, pb::MemberRecord& out) {
  bus::put(in.member, *out.mutable_member());
  out.set_member_hash(in.member_hash);
}
bool get(const pb::MemberRecord& in, core::MemberRecord& out) {
  out.member_hash = in.member_hash();
  // An unset member reads as role UNSPECIFIED and fails in bus::get.
  return bus::get(in.member(), out.member);
}

}  // namespace kring::log::redis::state
