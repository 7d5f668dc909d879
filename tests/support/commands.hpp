// Builders for kring.v1 room commands and client messages, so tests read as
// the workshop they play. None sets an idempotency key: WsClient::send_command
// adds a fresh one, and a test that wants a retry sets it itself.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kring/v1/envelope.pb.h"

namespace kring::test::cmd {

// Circles board zones (docs/protocol.md).
inline constexpr std::uint32_t zone_unsorted = 0;
inline constexpr std::uint32_t zone_changeable = 1;
inline constexpr std::uint32_t zone_partly_changeable = 2;
inline constexpr std::uint32_t zone_unchangeable = 3;

kring::v1::RoomCommand add_columns_board(const std::string& title, kring::v1::WritingMode mode,
                                         const std::vector<std::string>& columns);
kring::v1::RoomCommand add_circles_board(const std::string& title, kring::v1::WritingMode mode,
                                         bool participants_may_move = false);
kring::v1::RoomCommand set_writing(std::uint64_t board_id, bool open);
// confirm_small_group: reveal even when fewer than the room's k wrote on it.
kring::v1::RoomCommand reveal_board(std::uint64_t board_id, bool confirm_small_group = false);
kring::v1::RoomCommand set_min_group_size(std::uint32_t size);
kring::v1::RoomCommand set_auto_reveal(bool on);

kring::v1::RoomCommand add_note(std::uint64_t board_id, std::uint32_t zone_id,
                                const std::string& text, const std::string& note_secret);
kring::v1::RoomCommand edit_note(std::uint64_t note_id, const std::string& text,
                                 const std::string& note_secret);
kring::v1::RoomCommand delete_note(std::uint64_t note_id, const std::string& note_secret);
kring::v1::RoomCommand move_note(std::uint64_t note_id, std::uint32_t zone_id,
                                 const std::string& note_secret = {});
kring::v1::RoomCommand remove_note(std::uint64_t note_id);

kring::v1::RoomCommand open_vote(const std::string& title, kring::v1::VoteAudience audience,
                                 kring::v1::BallotMode mode,
                                 const std::vector<std::string>& options);
kring::v1::RoomCommand cast_vote(std::uint64_t vote_id, std::uint32_t option_id);
kring::v1::RoomCommand close_vote(std::uint64_t vote_id);
kring::v1::RoomCommand reveal_vote(std::uint64_t vote_id);

// The method: strategy, dilemmas, their polls and outcomes, the intake.
kring::v1::RoomCommand set_strategy(const std::string& text);
kring::v1::RoomCommand add_dilemma(const std::string& title,
                                   const std::vector<std::string>& scenarios,
                                   std::uint32_t strategy_scenario, std::uint64_t proposal_id = 0);
kring::v1::RoomCommand open_dilemma_poll(std::uint64_t dilemma_id, kring::v1::BallotMode mode);
kring::v1::RoomCommand record_outcome(std::uint64_t dilemma_id, kring::v1::DilemmaOutcome outcome,
                                      std::uint32_t chosen_scenario);
kring::v1::RoomCommand show_strategy_marks();
kring::v1::RoomCommand submit_proposal(const std::string& title, const std::string& context);

// The board session: a bundle of dilemmas, its reveal and the decisions.
kring::v1::RoomCommand create_bundle(const std::string& title, kring::v1::BallotMode mode,
                                     const std::vector<std::uint64_t>& dilemma_ids);
kring::v1::RoomCommand reveal_bundle(std::uint64_t bundle_id);
kring::v1::RoomCommand record_decision(std::uint64_t bundle_id, std::uint64_t dilemma_id,
                                       std::uint32_t decision, const std::string& reason = "");
kring::v1::RoomCommand open_bundle_round(std::uint64_t bundle_id, std::uint64_t dilemma_id);

// Actions: made from a note (0 = typed in) with a title, scored, ranked.
kring::v1::RoomCommand save_action(std::uint64_t action_id, std::uint64_t note_id,
                                   const std::string& title);
kring::v1::RoomCommand score_action(std::uint64_t action_id, std::uint32_t likelihood,
                                    std::uint32_t visibility, std::uint32_t fits_vision,
                                    std::uint32_t reach, std::uint32_t concreteness);
kring::v1::RoomCommand reveal_ranking();

// Deletes the room from every store (facilitator only).
kring::v1::RoomCommand delete_room();

// The programme lead's commands.
kring::v1::RoomCommand attach_room(const std::string& facilitator_secret,
                                   const std::string& job_family, bool board_meeting = false);
kring::v1::RoomCommand set_feedback(std::uint64_t room_id, const std::string& text);
kring::v1::RoomCommand import_dilemmas(std::uint64_t room_id,
                                       const std::vector<std::uint64_t>& dilemma_ids);
kring::v1::RoomCommand release_decisions(std::uint64_t dilemma_id = 0);

// SetFocus; ids a kind does not use stay 0.
kring::v1::RoomCommand set_focus(kring::v1::FocusKind kind, std::uint64_t id = 0,
                                 bool open_writing = false);

kring::v1::RoomCommand set_agenda(const std::vector<std::pair<std::string, std::uint32_t>>& phases);

// A ClientMessage carrying `command` as is (no key added), for malformed-input tests.
kring::v1::ClientMessage as_message(std::uint64_t request_id, kring::v1::RoomCommand command);

}  // namespace kring::test::cmd
