// Every bound the core enforces, in one place. Inputs beyond these are rejected
// with invalid_argument or limit_reached and change nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kring::core::limits {

inline constexpr std::size_t max_note_text_bytes = 1000;
inline constexpr std::size_t max_title_bytes = 200;
inline constexpr std::size_t max_label_bytes = 80;
inline constexpr std::size_t max_display_name_bytes = 40;
// Facilitator secrets and projector tokens: 26 base32 characters = 130 bits.
inline constexpr std::size_t capability_token_length = 26;
inline constexpr std::string_view capability_token_alphabet = "abcdefghijklmnopqrstuvwxyz234567";
// The minimum group size k a new room starts with, and the bounds it may be set to.
inline constexpr std::uint32_t default_min_group_size = 3;
inline constexpr std::uint32_t max_min_group_size = 20;
inline constexpr std::size_t min_secret_bytes = 16;
inline constexpr std::size_t max_secret_bytes = 64;
inline constexpr std::size_t min_idempotency_key_bytes = 16;
inline constexpr std::size_t max_idempotency_key_bytes = 64;

inline constexpr std::size_t max_phases = 20;
inline constexpr std::size_t max_activities_per_phase = 32;
inline constexpr std::uint32_t max_phase_seconds = 8 * 3600;
inline constexpr std::uint32_t max_extend_seconds = 3600;
inline constexpr std::size_t max_boards = 50;
inline constexpr std::size_t max_columns = 12;
inline constexpr std::size_t max_rows = 12;
inline constexpr std::size_t max_notes = 5000;
inline constexpr std::size_t max_votes = 200;
inline constexpr std::size_t min_vote_options = 2;
inline constexpr std::size_t max_vote_options = 10;
inline constexpr std::size_t max_members = 2000;
inline constexpr std::size_t max_strategy_bytes = 2000;
inline constexpr std::size_t max_dilemma_context_bytes = 2000;
inline constexpr std::size_t max_scenario_bytes = 500;
inline constexpr std::size_t max_dilemmas = 30;
inline constexpr std::size_t max_proposals = 200;
inline constexpr std::size_t max_bundles = 20;
// 2000 bytes hold the 500 characters the web client allows, whatever their script.
inline constexpr std::size_t max_decision_reason_bytes = 2000;
inline constexpr std::size_t max_rounds_per_bundle_item = 3;
// A programme: its workshops and its one board meeting.
inline constexpr std::size_t max_programme_rooms = 12;
inline constexpr std::size_t max_feedback_bytes = 2000;
inline constexpr std::size_t max_actions = 100;
inline constexpr std::size_t max_action_field_bytes = 500;
inline constexpr std::size_t max_action_owner_bytes = 100;
inline constexpr std::size_t max_pros_or_cons = 10;
inline constexpr std::size_t max_pro_or_con_bytes = 300;

// How many recent idempotency keys a room remembers. A retry older than this
// many accepted commands would be applied again; clients retry within seconds.
inline constexpr std::size_t remembered_idempotency_keys = 4096;

}  // namespace kring::core::limits
