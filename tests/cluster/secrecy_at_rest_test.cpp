// Secrecy at rest: a workshop on two nodes sharing one Redis (AOF on,
// appendfsync always) runs a secret-ballot poll, an open-cards poll, a
// secret-ballot board bundle and action scoring, with members changing their
// choices after moving to the other node and after a node restart. Then
// everything stored is read the way someone with access to Redis or its disk
// would: every key of every type, every AOF command, every line the nodes
// logged. No record may tie a member (id, display name, member-secret hash)
// to a secret-ballot choice or a score, and the tags the choices are filed
// under must not be computable from anything stored.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/ballot_tag.hpp"
#include "core/secret_hash.hpp"
#include "kring/bus/v1/events.pb.h"
#include "kring/bus/v1/snapshot.pb.h"
#include "log/redis/bus_codec.hpp"
#include "log/redis/snapshot_value.hpp"
#include "support/commands.hpp"
#include "support/event_checks.hpp"
#include "support/loopback.hpp"
#include "support/random_bytes.hpp"
#include "support/redis_server.hpp"
#include "support/server_process.hpp"
#include "support/stored_records.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace secrecy_at_rest_test {
namespace {

namespace v1 = kring::v1;

// A member's device: its connection and what it knows (its secret).
struct Person {
  std::string name;
  bool board = false;
  std::unique_ptr<WsClient> client;
  v1::Joined joined;

  WsClient* operator->() const { return client.get(); }
  std::string secret() const { return joined.member_secret(); }
  std::string member_hash() const { return core::hash_secret(secret()); }
  std::string key() const { return core::ballot_key(secret()); }
};

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The value after `field` in a stream entry or an XADD command.
std::optional<std::string> field_after(const StoredRecord& record, std::string_view field) {
  for (std::size_t i = 0; i + 1 < record.parts.size(); ++i) {
    if (record.parts[i] == field) return record.parts[i + 1];
  }
  return std::nullopt;
}

// The names of the fields set in `message`, unknown ones included as numbers:
// what the stored bytes hold, before any decoder drops anything.
std::set<std::string> fields_in(const google::protobuf::Message& message) {
  std::vector<const google::protobuf::FieldDescriptor*> fields;
  message.GetReflection()->ListFields(message, &fields);
  std::set<std::string> names;
  for (const auto* field : fields) names.insert(field->name());
  const auto& unknown = message.GetReflection()->GetUnknownFields(message);
  for (int i = 0; i < unknown.field_count(); ++i) {
    names.insert("#" + std::to_string(unknown.field(i).number()));
  }
  return names;
}

class SecrecyAtRest : public ::testing::Test {
 protected:
  SecrecyAtRest() : logs_(make_temp_dir("kring-logs")) {}
  ~SecrecyAtRest() override {
    std::error_code ignored;
    std::filesystem::remove_all(logs_, ignored);
  }

  std::unique_ptr<ServerProcess> start_node(const std::string& name) {
    log_files_.push_back(logs_ + "/" + name + ".log");
    // A snapshot every 3 events: several are stored while votes are open.
    std::vector<std::string> args = redis_.node_args();
    args.insert(args.end(), {"--node-name", name, "--snapshot-every", "3"});
    return std::make_unique<ServerProcess>(args, log_files_.back());
  }

  Person join(std::uint16_t port, const std::string& name, bool board,
              const std::string& member_secret = {}) {
    Person person{name, board, connect_with_hello(port), {}};
    v1::JoinRoom request;
    if (board) {
      request.set_board_code(workshop_->room().board_code());
    } else {
      request.set_participant_code(workshop_->room().participant_code());
    }
    request.set_display_name(name);
    request.set_member_secret(member_secret);
    person.joined = person->join(request);
    return person;
  }

  // The same member again, from a new connection on `port`.
  void rejoin(Person& person, std::uint16_t port) {
    const std::uint64_t member = person.joined.member_id();
    Person again = join(port, person.name, person.board, person.secret());
    ASSERT_EQ(again.joined.member_id(), member) << person.name;
    person.client = std::move(again.client);
  }

  // How many have voted, as the facilitator saw it at `seq`.
  std::uint32_t progress_at(std::uint64_t seq) {
    WsClient& facilitator = *workshop_->facilitator().client;
    facilitator.drain_events_until(seq);
    const v1::RoomEvent* event = find_event(facilitator.events(), seq);
    if (event == nullptr || !event->has_vote_progress()) return 0;
    return event->vote_progress().voted_count();
  }

  RedisServer redis_;
  std::string logs_;
  std::vector<std::string> log_files_;
  std::unique_ptr<ServerProcess> node_a_ = start_node("node-a");
  std::unique_ptr<ServerProcess> node_b_ = start_node("node-b");
  std::unique_ptr<Workshop> workshop_ = std::make_unique<Workshop>(node_b_->port(), "Geheim");
};

TEST_F(SecrecyAtRest, NothingStoredLinksAMemberToASecretChoiceOrAScore) {
  WsClient& facilitator = *workshop_->facilitator().client;
  const std::string suffix = random_hex(6);
  Person anna = join(node_a_->port(), "Anna-" + suffix, false);
  Person bram = join(node_b_->port(), "Bram-" + suffix, false);
  Person cas = join(node_a_->port(), "Cas-" + suffix, false);
  Person dirk = join(node_a_->port(), "Dirk-" + suffix, true);
  Person eva = join(node_b_->port(), "Eva-" + suffix, true);

  // A secret-ballot poll. Anna changes her vote from the other node, Cas
  // after his node restarted: still three ballots.
  const std::uint64_t poll =
      facilitator
          .command_ok(cmd::open_vote("Welk scenario?", v1::VOTE_AUDIENCE_PARTICIPANTS,
                                     v1::BALLOT_MODE_SECRET, {"Eerste", "Tweede", "Derde"}))
          .created_id();
  anna->command_ok(cmd::cast_vote(poll, 1));
  bram->command_ok(cmd::cast_vote(poll, 2));
  EXPECT_EQ(progress_at(cas->command_ok(cmd::cast_vote(poll, 3)).seq()), 3u);
  rejoin(anna, node_b_->port());
  EXPECT_EQ(progress_at(anna->command_ok(cmd::cast_vote(poll, 2)).seq()), 3u)
      << "a changed vote on another node is not a second ballot";
  node_a_->stop();
  node_a_ = start_node("node-a-restarted");
  rejoin(cas, node_a_->port());
  rejoin(dirk, node_a_->port());
  EXPECT_EQ(progress_at(cas->command_ok(cmd::cast_vote(poll, 2)).seq()), 3u)
      << "a changed vote after a restart is not a second ballot";

  // An open-cards poll: names are shown at the reveal, as in the seeds.
  const std::uint64_t open_poll =
      facilitator
          .command_ok(cmd::open_vote("Open kaarten", v1::VOTE_AUDIENCE_PARTICIPANTS,
                                     v1::BALLOT_MODE_OPEN_CARDS, {"Ja", "Nee"}))
          .created_id();
  anna->command_ok(cmd::cast_vote(open_poll, 1));
  bram->command_ok(cmd::cast_vote(open_poll, 2));

  // A secret-ballot bundle for the board: an approval item and a choice item.
  const std::vector<std::string> scenarios = {"Enkel glas", "Soms dubbel", "Altijd HR++"};
  facilitator.command_ok(cmd::add_dilemma("Dubbel glas?", scenarios, 3));
  facilitator.command_ok(cmd::add_dilemma("Tuinonderhoud?", scenarios, 2));
  facilitator.command_ok(cmd::record_outcome(1, v1::DILEMMA_OUTCOME_CONSENSUS, 3));
  facilitator.command_ok(cmd::record_outcome(2, v1::DILEMMA_OUTCOME_NO_CONSENSUS, 0));
  const v1::Ack bundle_ack =
      facilitator.command_ok(cmd::create_bundle("RvB", v1::BALLOT_MODE_SECRET, {1, 2}));
  facilitator.drain_events_until(bundle_ack.seq());
  const v1::Bundle bundle =
      find_event(facilitator.events(), bundle_ack.seq())->bundle_created().bundle();
  ASSERT_EQ(bundle.items_size(), 2);
  const std::uint64_t approval = bundle.items(0).vote_id();
  const std::uint64_t choice = bundle.items(1).vote_id();
  dirk->command_ok(cmd::cast_vote(approval, 1));
  eva->command_ok(cmd::cast_vote(approval, 2));
  dirk->command_ok(cmd::cast_vote(choice, 3));
  eva->command_ok(cmd::cast_vote(choice, 1));
  EXPECT_EQ(progress_at(dirk->command_ok(cmd::cast_vote(approval, 3)).seq()), 2u);

  // Action scoring; Anna scores again from the other node (a replacement).
  const std::uint64_t action =
      facilitator.command_ok(cmd::save_action(0, 0, "Spreekuur op dinsdag")).created_id();
  anna->command_ok(cmd::score_action(action, 5, 4, 3, 2, 1));
  bram->command_ok(cmd::score_action(action, 1, 2, 3, 1, 5));
  anna->command_ok(cmd::score_action(action, 4, 4, 4, 2, 4));

  // The reveals; a board of two may see its tallies.
  facilitator.command_ok(cmd::set_min_group_size(2));
  const std::uint64_t secret_reveal = facilitator.command_ok(cmd::reveal_vote(poll)).seq();
  const std::uint64_t open_reveal = facilitator.command_ok(cmd::reveal_vote(open_poll)).seq();
  facilitator.command_ok(cmd::reveal_bundle(bundle_ack.created_id()));
  const std::uint64_t ranking = facilitator.command_ok(cmd::reveal_ranking()).seq();
  facilitator.drain_events_until(ranking);
  const v1::VoteResult& secret_result =
      find_event(facilitator.events(), secret_reveal)->vote_revealed().result();
  EXPECT_EQ(secret_result.cards_size(), 0);
  ASSERT_EQ(secret_result.tally_size(), 3);
  EXPECT_EQ(secret_result.tally(1).count(), 3u) << "every ballot ended on the second scenario";
  const v1::VoteResult& open_result =
      find_event(facilitator.events(), open_reveal)->vote_revealed().result();
  std::set<std::string> card_names;
  for (const v1::Card& card : open_result.cards()) card_names.insert(card.voter_name());
  EXPECT_EQ(card_names, (std::set<std::string>{anna.name, bram.name}))
      << "open cards keep showing names after the reveal";
  const auto& entries = find_event(facilitator.events(), ranking)->ranking_revealed().entries();
  ASSERT_EQ(entries.size(), 1);
  EXPECT_EQ(entries[0].scorers(), 2u);

  // Everything stored: Redis now, its AOF on disk, the nodes' logs.
  node_a_->stop();
  node_b_->stop();
  std::vector<StoredRecord> records = redis_records(redis_.port());
  const std::size_t key_records = records.size();
  for (StoredRecord& record : aof_records(redis_.dir())) records.push_back(std::move(record));
  for (const std::string& file : log_files_) {
    for (StoredRecord& record : log_records(file, read_text(file))) records.push_back(record);
  }
  ASSERT_GT(key_records, 0u);

  const std::vector<const Person*> people = {&anna, &bram, &cas, &dirk, &eva};
  // What the store knows of a member: name and member hash (ids are checked decoded).
  std::vector<std::string> identities;
  for (const Person* person : people) {
    identities.push_back(person->name);
    identities.push_back(person->member_hash());
  }
  // What files a choice or a score, computed here from the members' own secrets.
  std::map<std::string, std::string> tags;  // tag -> what it files
  for (const Person* person : {&anna, &bram, &cas}) {
    tags[core::ballot_tag(person->key(), core::TagScope::vote, poll)] = person->name + " poll";
  }
  for (const Person* person : {&dirk, &eva}) {
    tags[core::ballot_tag(person->key(), core::TagScope::vote, approval)] =
        person->name + " item 1";
    tags[core::ballot_tag(person->key(), core::TagScope::vote, choice)] = person->name + " item 2";
  }
  for (const Person* person : {&anna, &bram}) {
    tags[core::ballot_tag(person->key(), core::TagScope::action_score, action)] =
        person->name + " score";
  }

  std::map<std::string, std::size_t> events_with_tag;
  std::size_t snapshots = 0;
  std::size_t open_ballots_with_voter = 0;
  std::set<core::MemberId> member_ids;
  for (const Person* person : people) member_ids.insert(person->joined.member_id());

  for (const StoredRecord& record : records) {
    SCOPED_TRACE(record.where);
    // Never stored anywhere: a member's secret or the key derived from it.
    for (const Person* person : people) {
      EXPECT_FALSE(record.contains(person->secret())) << person->name << "'s member secret";
      EXPECT_FALSE(record.contains(person->key())) << person->name << "'s ballot key";
    }
    if (record.source == StoredRecord::Source::log) {
      for (const std::string& identity : identities) EXPECT_FALSE(record.contains(identity));
      for (const auto& [tag, what] : tags) EXPECT_FALSE(record.contains(tag)) << what;
      continue;
    }

    const bool snapshot_key = record.contains(":snapshot");
    const std::optional<std::string> event_bytes = field_after(record, "e");
    if (event_bytes && !snapshot_key) {
      // A log entry (the stream, or XADD in the AOF): first the bytes as stored...
      kring::bus::v1::StoredEvent stored;
      ASSERT_TRUE(stored.ParseFromString(*event_bytes));
      if (stored.has_ballot_cast() && !stored.ballot_cast().ballot_tag().empty()) {
        EXPECT_EQ(fields_in(stored.ballot_cast()),
                  (std::set<std::string>{"vote_id", "option_id", "ballot_tag"}))
            << "a stored secret ballot holds its vote, its choice and its tag, nothing else";
      }
      if (stored.has_action_scored()) {
        EXPECT_EQ(fields_in(stored.action_scored()),
                  (std::set<std::string>{"action_id", "scores", "scorer_tag"}))
            << "a stored score holds its action, the scores and its tag, nothing else";
      }
      // ...then decoded as a node would.
      const auto event = log::redis::decode_stored_event(1, *event_bytes);
      ASSERT_TRUE(event.has_value());
      if (const auto* cast = std::get_if<core::ev::BallotCast>(&event->body)) {
        if (cast->ballot_tag.empty()) {
          EXPECT_EQ(cast->vote_id, open_poll) << "only open cards name the voter";
          open_ballots_with_voter += member_ids.contains(cast->voter) ? 1 : 0;
        } else {
          EXPECT_EQ(cast->voter, 0u) << "a secret ballot names no voter";
          EXPECT_TRUE(tags.contains(cast->ballot_tag)) << "filed under the voter's own tag";
          ++events_with_tag[cast->ballot_tag];
        }
      }
      if (const auto* scored = std::get_if<core::ev::ActionScored>(&event->body)) {
        EXPECT_TRUE(tags.contains(scored->scorer_tag)) << "filed under the scorer's own tag";
        ++events_with_tag[scored->scorer_tag];
      }
    }
    if (snapshot_key) {
      // A whole-room snapshot holds the members and the ballots side by side;
      // decoded, no entry joins them.
      // The key's value, or in the AOF the value of "SET key value ...".
      const std::size_t value_at = record.source == StoredRecord::Source::aof ? 2 : 1;
      if (record.parts.size() <= value_at) continue;
      const std::string& value = record.parts[value_at];
      const auto state = log::redis::decode_snapshot_value(value);
      if (!state) continue;  // a snapshot key's name in another command (DEL, EXPIRE)
      ++snapshots;
      kring::bus::v1::RoomSnapshot stored;
      ASSERT_TRUE(stored.ParseFromString(value.substr(value.find(':') + 1)));
      for (const auto& vote : stored.votes()) {
        for (const auto& filed : vote.secret_choices()) {
          EXPECT_EQ(fields_in(filed), (std::set<std::string>{"ballot_tag", "option_id"}));
        }
        EXPECT_FALSE(fields_in(vote).contains("#3")) << "no list of who voted";
      }
      for (const auto& scored : stored.actions()) {
        for (const auto& scores : scored.scores()) {
          EXPECT_EQ(fields_in(scores), (std::set<std::string>{"scorer_tag", "scores"}));
        }
      }
      for (const core::VoteRecord& vote : state->votes) {
        if (vote.vote.mode != core::BallotMode::secret) continue;
        EXPECT_TRUE(vote.open_choices.empty()) << "vote " << vote.vote.id;
        for (const auto& [tag, option] : vote.secret_choices) {
          EXPECT_TRUE(tags.contains(tag)) << "vote " << vote.vote.id;
        }
      }
      for (const core::ActionRecord& scored : state->actions) {
        for (const auto& [tag, scores] : scored.scores) EXPECT_TRUE(tags.contains(tag));
      }
      for (const core::MemberRecord& member : state->members) {
        EXPECT_FALSE(tags.contains(member.member_hash)) << "a member hash is no tag";
      }
      continue;
    }
    // Any other record holding a tag holds no member.
    for (const auto& [tag, what] : tags) {
      if (!record.contains(tag)) continue;
      for (const std::string& identity : identities) {
        EXPECT_FALSE(record.contains(identity)) << what << " stored beside a member";
      }
    }
  }

  // The checks above looked at real data: every tag is in the log, in the
  // stream and in the AOF, the snapshots were read, and open cards kept voters.
  for (const auto& [tag, what] : tags) {
    EXPECT_GE(events_with_tag[tag], 2u) << what << " should be in the stream and in the AOF";
  }
  EXPECT_GT(snapshots, 0u);
  EXPECT_GE(open_ballots_with_voter, 2u);
  std::printf("read %zu records (%zu from keys), %zu snapshots, %zu tags\n", records.size(),
              key_records, snapshots, tags.size());
  // No stored field can be turned into a tag: a tag is not a function of a
  // member hash, a member id or a name.
  for (const Person* person : people) {
    for (const std::string& stored :
         {person->member_hash(), person->name, std::to_string(person->joined.member_id())}) {
      for (const std::uint64_t id : {poll, approval, choice, action}) {
        for (const auto scope : {core::TagScope::vote, core::TagScope::action_score}) {
          EXPECT_FALSE(tags.contains(core::ballot_tag(stored, scope, id)));
          EXPECT_FALSE(tags.contains(core::ballot_tag(core::ballot_key(stored), scope, id)));
        }
      }
    }
  }
}

}  // namespace
}  // namespace secrecy_at_rest_test
}  // namespace kring::test
