// MergeNotes on the wire: every device receives NotesMerged with the merged
// text the server made, and no frame of any device carries the text of a
// note still hidden on a private-first board.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/commands.hpp"
#include "support/random_bytes.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace merge_notes_test {
namespace {

namespace v1 = kring::v1;

TEST(MergeNotes, EveryDeviceGetsTheMergedTextAndNothingHidden) {
  ServerProcess server;
  {
    Workshop workshop(server.port(), "Samenvoegen");
    Device& ans = workshop.add_participant("Ans");
    Device& dirk = workshop.add_board_member("Dirk");
    Device& projector = workshop.add_projector();
    const std::string hidden_text = "verborgen " + random_hex(8);
    const auto open = workshop.add_board(cmd::add_circles_board("Open", v1::WRITING_MODE_OPEN));
    const auto closed =
        workshop.add_board(cmd::add_circles_board("Eerst privé", v1::WRITING_MODE_PRIVATE_FIRST));
    const std::uint64_t into =
        ans->command_ok(cmd::add_note(open.board_id, 1, "een", random_bytes(24))).created_id();
    const std::uint64_t folded =
        ans->command_ok(cmd::add_note(open.board_id, 1, "twee", random_bytes(24))).created_id();
    ans->command_ok(cmd::add_note(closed.board_id, 1, hidden_text, random_bytes(24)));

    v1::RoomCommand merge;
    merge.mutable_merge_notes()->set_into_note_id(into);
    merge.mutable_merge_notes()->set_note_id(folded);
    const std::uint64_t seq = workshop.facilitator()->command_ok(merge).seq();

    for (Device* device : {&workshop.facilitator(), &ans, &dirk, &projector}) {
      (*device)->drain_events_until(seq);
      int merged = 0;
      for (const v1::RoomEvent& event : (*device)->events()) {
        if (!event.has_notes_merged()) continue;
        ++merged;
        EXPECT_EQ(event.notes_merged().into_note_id(), into) << device->name;
        EXPECT_EQ(event.notes_merged().note_id(), folded) << device->name;
        EXPECT_EQ(event.notes_merged().text(), "een\n\ntwee") << device->name;
      }
      EXPECT_EQ(merged, 1) << device->name;
      if (device == &ans) continue;  // the author may see her own hidden note
      for (const std::string& bytes : (*device)->event_bytes()) {
        EXPECT_EQ(bytes.find(hidden_text), std::string::npos) << device->name;
      }
    }
  }
  EXPECT_TRUE(server.stop().clean());
}

}  // namespace
}  // namespace merge_notes_test
}  // namespace kring::test
