// The template catalogue: every template, in both languages, applies to a room
// through the ordinary commands, with the shapes and times the seeds give.
#include <numeric>

#include "core/templates.hpp"
#include "room_fixture.hpp"

namespace kring::core::testing {
namespace core_templates_test {
namespace {

constexpr Language both_languages[] = {Language::dutch, Language::english};

const WorkshopTemplate& by_key(Language language, const std::string& key) {
  for (const WorkshopTemplate& t : workshop_templates(language)) {
    if (t.key == key) return t;
  }
  ADD_FAILURE() << "no template " << key;
  return workshop_templates(language).front();
}

std::uint32_t total_seconds(const std::vector<Phase>& phases) {
  return std::accumulate(phases.begin(), phases.end(), std::uint32_t{0},
                         [](std::uint32_t sum, const Phase& p) { return sum + p.planned_seconds; });
}

void apply_to(RoomFixture& room, const WorkshopTemplate& chosen, Placement where = {}) {
  for (cmd::Body& body : template_commands(chosen, room.state, where)) {
    room.run(facilitator, std::move(body));
  }
}

// Applies `chosen` to a room that already has a one-phase agenda; returns the room.
RoomFixture applied(const WorkshopTemplate& chosen) {
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{{"Opening", 300}}});
  apply_to(room, chosen);
  return room;
}

Focus board_activity(BoardId id) {
  Focus activity;
  activity.kind = FocusKind::board;
  activity.board_id = id;
  return activity;
}

struct Shape {
  const char* key;
  BoardKind kind;
  WritingMode mode;
  std::size_t rows;
  std::size_t columns;
  std::size_t zones;  // including "unsorted" where the kind has it
};

TEST(Templates, EveryTemplateAppliesWithItsShapeInBothLanguages) {
  const Shape shapes[] = {
      {"3b", BoardKind::columns, WritingMode::private_first, 0, 3, 3},
      {"kaders", BoardKind::columns, WritingMode::open, 0, 3, 3},
      {"steunvragen", BoardKind::columns, WritingMode::private_first, 0, 3, 3},
      {"voor-en-nadelen", BoardKind::matrix, WritingMode::open, 2, 2, 4},
      {"cirkel-van-invloed", BoardKind::circles, WritingMode::open, 0, 0, 4},
      {"gezondheidsmatrix", BoardKind::matrix, WritingMode::open, 5, 4, 20},
  };
  for (Language language : both_languages) {
    for (const Shape& shape : shapes) {
      SCOPED_TRACE(shape.key);
      const WorkshopTemplate& chosen = by_key(language, shape.key);
      EXPECT_FALSE(chosen.replaces_agenda);
      const RoomFixture room = applied(chosen);
      ASSERT_EQ(room.state.boards.size(), 1u);
      const Board& board = room.state.boards[0];
      EXPECT_EQ(board.kind, shape.kind);
      EXPECT_EQ(board.writing_mode, shape.mode);
      EXPECT_EQ(board.row_labels.size(), shape.rows);
      EXPECT_EQ(board.column_labels.size(), shape.columns);
      EXPECT_EQ(board.zones.size(), shape.zones);
      // An exercise placed nowhere in particular is appended to the agenda
      // already there, its board the activity of its phase.
      ASSERT_EQ(room.state.phases.size(), 2u);
      EXPECT_EQ(room.state.phases[0].title, "Opening");
      EXPECT_EQ(room.state.phases[1].title, chosen.phases[0].title);
      EXPECT_EQ(room.state.phases[1].planned_seconds, chosen.phases[0].planned_seconds);
      EXPECT_EQ(room.state.phases[1].activities, std::vector<Focus>{board_activity(board.id)});
    }
  }
}

TEST(Templates, SmallChoicesIsFifteenNinetyFifteenAtMostTwoHours) {
  for (Language language : both_languages) {
    const WorkshopTemplate& chosen = by_key(language, "kleine-keuzes");
    EXPECT_TRUE(chosen.replaces_agenda);
    const RoomFixture room = applied(chosen);
    ASSERT_EQ(room.state.phases.size(), 3u);  // the opening phase is replaced
    EXPECT_EQ(room.state.phases[0].planned_seconds, 15u * 60);
    EXPECT_EQ(room.state.phases[1].planned_seconds, 90u * 60);
    EXPECT_EQ(room.state.phases[2].planned_seconds, 15u * 60);
    EXPECT_EQ(chosen.phase_max_seconds, (std::vector<std::uint32_t>{0, 90 * 60, 0}));
    EXPECT_EQ(chosen.max_total_seconds, 120u * 60);
    EXPECT_LE(total_seconds(room.state.phases), chosen.max_total_seconds);
    EXPECT_TRUE(room.state.boards.empty());  // each dilemma brings its own board
  }
  EXPECT_EQ(by_key(Language::dutch, "kleine-keuzes").phases[0].title, "Waar staan we vandaag?");
  EXPECT_EQ(by_key(Language::dutch, "kleine-keuzes").phases[2].title, "Conclusie en feedback");
}

TEST(Templates, ReplacingTheAgendaKeepsEveryPlacedActivity) {
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{{"Opening", 300},
                                        {"Dilemma's", 600},
                                        {"Extra", 60},
                                        {"Nog meer", 60},
                                        {"Laatste", 60}}});
  for (std::uint32_t phase = 1; phase <= 5; ++phase) {
    room.run(facilitator,
             cmd::AddBoard{"Bord", BoardKind::columns, WritingMode::open, {"a"}, {}, false});
    room.run(facilitator, cmd::PlaceActivity{board_activity(phase), phase});
  }
  apply_to(room, by_key(Language::dutch, "kleine-keuzes"));
  ASSERT_EQ(room.state.phases.size(), 3u);
  // "Dilemma's" by its title; the others by their place, the last ones into the last phase.
  EXPECT_EQ(room.state.phases[0].activities, std::vector<Focus>{board_activity(1)});
  EXPECT_EQ(room.state.phases[1].activities, std::vector<Focus>{board_activity(2)});
  EXPECT_EQ(room.state.phases[2].activities,
            (std::vector<Focus>{board_activity(3), board_activity(4), board_activity(5)}));
}

TEST(Templates, TheSeedsWordingIsKeptInDutch) {
  EXPECT_EQ(by_key(Language::dutch, "3b").boards[0].column_labels,
            (std::vector<std::string>{"Behouden", "Bannen", "Bereiken"}));
  EXPECT_EQ(by_key(Language::dutch, "kaders").boards[0].column_labels,
            (std::vector<std::string>{"Ligt vast", "Ligt open", "Ontwerpen we samen"}));
  EXPECT_EQ(by_key(Language::dutch, "voor-en-nadelen").boards[0].row_labels,
            (std::vector<std::string>{"Korte termijn", "Lange termijn"}));
  EXPECT_EQ(by_key(Language::dutch, "gezondheidsmatrix").boards[0].column_labels[3],
            "Zorg en begeleiding");
}

TEST(Templates, BothLanguagesOfferTheSameTemplatesInTheSameOrderAndShape) {
  const auto& nl = workshop_templates(Language::dutch);
  const auto& en = workshop_templates(Language::english);
  ASSERT_EQ(nl.size(), en.size());
  ASSERT_EQ(nl.size(), 7u);
  for (std::size_t i = 0; i < nl.size(); ++i) {
    SCOPED_TRACE(nl[i].key);
    EXPECT_EQ(nl[i].key, en[i].key);
    EXPECT_NE(nl[i].name, en[i].name);
    EXPECT_FALSE(nl[i].purpose.empty());
    EXPECT_EQ(nl[i].replaces_agenda, en[i].replaces_agenda);
    EXPECT_EQ(nl[i].phases.size(), nl[i].phase_max_seconds.size());
    EXPECT_EQ(total_seconds(nl[i].phases), total_seconds(en[i].phases));
    ASSERT_EQ(nl[i].boards.size(), en[i].boards.size());
    for (std::size_t b = 0; b < nl[i].boards.size(); ++b) {
      EXPECT_EQ(nl[i].boards[b].kind, en[i].boards[b].kind);
      EXPECT_EQ(nl[i].boards[b].writing_mode, en[i].boards[b].writing_mode);
      EXPECT_EQ(nl[i].boards[b].row_labels.size(), en[i].boards[b].row_labels.size());
      EXPECT_EQ(nl[i].boards[b].column_labels.size(), en[i].boards[b].column_labels.size());
    }
  }
}

TEST(Templates, AnEditedCopyAppliesAsEdited) {
  WorkshopTemplate edited = by_key(Language::dutch, "3b");
  edited.phases[0] = Phase{"3B over het werkoverleg", 25 * 60};
  edited.boards[0].title = "3B werkoverleg";
  edited.boards[0].column_labels[2] = "Bereiken in 2027";
  edited.boards[0].writing_mode = WritingMode::open;
  const RoomFixture room = applied(edited);
  EXPECT_EQ(room.state.phases.back().title, "3B over het werkoverleg");
  EXPECT_EQ(room.state.phases.back().planned_seconds, 25u * 60);
  EXPECT_EQ(room.state.boards[0].title, "3B werkoverleg");
  EXPECT_EQ(room.state.boards[0].column_labels[2], "Bereiken in 2027");
  EXPECT_EQ(room.state.boards[0].writing_mode, WritingMode::open);
}

TEST(Templates, ATemplateWithoutPhasesLeavesTheAgendaAlone) {
  WorkshopTemplate boards_only = by_key(Language::dutch, "kaders");
  boards_only.phases.clear();
  boards_only.phase_max_seconds.clear();
  RoomFixture room;
  room.run(facilitator, cmd::SetAgenda{{{"Opening", 300}}});
  const auto commands = template_commands(boards_only, room.state);
  ASSERT_EQ(commands.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<cmd::AddBoard>(commands[0]));
}

// The seeds' workshop, its three phases, 3B placed into "Waar staan we
// vandaag?": no phase is added, the board is that phase's activity.
TEST(Templates, AnExercisePlacedIntoAPhaseAddsNoPhase) {
  RoomFixture room;
  apply_to(room, by_key(Language::dutch, "kleine-keuzes"));
  const std::vector<Phase> before = room.state.phases;
  apply_to(room, by_key(Language::dutch, "3b"), Placement{.into_phase = 2});
  ASSERT_EQ(room.state.phases.size(), before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(room.state.phases[i].title, before[i].title);
  }
  EXPECT_EQ(room.state.phases[1].activities, std::vector<Focus>{board_activity(1)});
  EXPECT_TRUE(room.state.phases[0].activities.empty());
  EXPECT_TRUE(room.state.phases[2].activities.empty());
}

TEST(Templates, AnExerciseWithItsOwnPhaseGoesAfterTheChosenPhase) {
  RoomFixture room;
  apply_to(room, by_key(Language::dutch, "kleine-keuzes"));
  const std::string last = room.state.phases.back().title;
  const WorkshopTemplate& circle = by_key(Language::dutch, "cirkel-van-invloed");
  apply_to(room, circle, Placement{.after_phase = 1});
  ASSERT_EQ(room.state.phases.size(), 4u);
  EXPECT_EQ(room.state.phases[1].title, circle.phases[0].title);
  EXPECT_EQ(room.state.phases[1].activities, std::vector<Focus>{board_activity(1)});
  EXPECT_EQ(room.state.phases[3].title, last) << "the conclusion stays last";
}

// Applying an exercise mid-workshop leaves the clock, the current phase and the
// run-sheet (actual times) exactly as they were, placed into a phase or given
// a phase of its own after the current one.
TEST(Templates, ApplyingAnExerciseMidWorkshopLeavesTheClockAndRunSheetAlone) {
  for (const Placement where : {Placement{.into_phase = 2}, Placement{.after_phase = 2}}) {
    RoomFixture room;
    apply_to(room, by_key(Language::dutch, "kleine-keuzes"));
    room.run(facilitator, cmd::StartTimer{});
    room.now += 14 * 60'000;
    room.run(facilitator, cmd::NextPhase{});
    room.now += 20 * 60'000;
    room.run(facilitator, cmd::ExtendTimer{300});
    const Timer timer = room.state.timer;
    ASSERT_EQ(timer.phase_index, 1u);
    ASSERT_EQ(timer.actual_ms, std::vector<TimeMs>{14 * 60'000});
    const std::string current = room.state.phases[1].title;

    apply_to(room, by_key(Language::dutch, "3b"), where);
    EXPECT_EQ(room.state.timer, timer)
        << "into " << where.into_phase << " after " << where.after_phase;
    EXPECT_EQ(room.state.phases[timer.phase_index].title, current);
    EXPECT_EQ(room.state.phases[0].title, by_key(Language::dutch, "kleine-keuzes").phases[0].title);
  }
}

}  // namespace
}  // namespace core_templates_test
}  // namespace kring::core::testing
