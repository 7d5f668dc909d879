// A new projector link from any facilitator device: the facilitator's device
// makes a token in RoomCreated's format, the room keeps only its hash, every
// device learns nothing of it, and from then on only the new token lets a
// projector in.
#include "core/access.hpp"
#include "core/secret_hash.hpp"
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_projector_link_test {
namespace {

const std::string new_token = "abcdefghijklmnopqrstuvwxyz";  // 26 of a-z and 2-7
const std::vector<Role> every_role = {Role::facilitator, Role::participant, Role::board_member,
                                      Role::projector};

TEST(ProjectorLink, TheFacilitatorReplacesTheTokenAndOnlyTheNewOneLetsAProjectorIn) {
  RoomFixture room;
  const SecretHash old_hash = room.state.projector_hash;
  ASSERT_FALSE(may_join_with(room.state, Role::projector, old_hash).has_value());
  const Event reissued = room.run(facilitator, cmd::ReissueProjectorToken{new_token});
  EXPECT_EQ(std::get<ev::ProjectorTokenReissued>(reissued.body).projector_hash,
            hash_secret(new_token));
  EXPECT_EQ(room.state.projector_hash, hash_secret(new_token));
  const Check old_refused = may_join_with(room.state, Role::projector, old_hash);
  ASSERT_TRUE(old_refused.has_value());
  EXPECT_EQ(old_refused->code, ErrorCode::room_not_found);
  EXPECT_FALSE(may_join_with(room.state, Role::projector, hash_secret(new_token)).has_value());
}

// Of the token nobody learns a byte; the facilitator learns that, and at which
// seq, the link was replaced, so a device holding an older token can tell.
TEST(ProjectorLink, TheFacilitatorLearnsWhenItChangedAndNobodyLearnsTheToken) {
  RoomFixture room;
  EXPECT_EQ(view_snapshot(room.state, Role::facilitator, 1).projector_link_seq, 0u);
  const Event reissued = room.run(facilitator, cmd::ReissueProjectorToken{new_token});
  EXPECT_EQ(room.state.projector_link_seq, reissued.seq);
  for (Role role : every_role) {
    const view::Body seen = view_event(room.state, reissued, role);
    if (role == Role::facilitator) {
      EXPECT_TRUE(std::holds_alternative<view::ProjectorLinkReplaced>(seen));
      EXPECT_EQ(view_snapshot(room.state, role, 1).projector_link_seq, reissued.seq);
    } else {
      EXPECT_TRUE(std::holds_alternative<view::Sealed>(seen));
      EXPECT_EQ(view_snapshot(room.state, role, 1).projector_link_seq, 0u);
    }
  }
}

TEST(ProjectorLink, OnlyTheFacilitatorAndOnlyAWellFormedNewToken) {
  RoomFixture room;
  const Actor ans = room.join(Role::participant);
  for (const Actor& actor : {ans, projector}) {
    EXPECT_TRUE(rejected_with(room.decide_as(actor, cmd::ReissueProjectorToken{new_token}),
                              ErrorCode::forbidden));
  }
  for (const std::string& bad :
       {std::string(), std::string("abc"), std::string(27, 'a'), std::string(25, 'a') + "1",
        std::string(25, 'a') + "A", std::string(25, 'a') + "8", std::string(25, 'a') + "-"}) {
    EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::ReissueProjectorToken{bad}),
                              ErrorCode::invalid_argument))
        << bad;
  }
  room.run(facilitator, cmd::ReissueProjectorToken{new_token});
  EXPECT_TRUE(rejected_with(room.decide_as(facilitator, cmd::ReissueProjectorToken{new_token}),
                            ErrorCode::wrong_phase));
}

TEST(ProjectorLink, CodesAndMembersAreNotCheckedByHash) {
  RoomFixture room;
  for (Role role : {Role::participant, Role::board_member}) {
    EXPECT_FALSE(may_join_with(room.state, role, "").has_value());
  }
  EXPECT_TRUE(may_join_with(room.state, Role::facilitator, hash_secret("not the secret")));
  EXPECT_FALSE(may_join_with(room.state, Role::facilitator, room.state.facilitator_hash));
}

}  // namespace
}  // namespace core_projector_link_test
}  // namespace kring::core::testing
