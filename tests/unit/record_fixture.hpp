// A whole workshop for the decision record tests, driven through decide() +
// apply(): agenda with a phase still running, strategy, a revealed board and
// a hidden one, two dilemmas (one concluded with consensus, one without), a
// group poll, a board bundle with open cards, a secret board ballot and
// scored actions. Texts include the characters each format must escape.
#pragma once

#include <string>

#include "room_fixture.hpp"

namespace kring::core::testing {

struct RecordWorkshop {
  RoomFixture room;
  Actor ans, bas, cor, dirk, eva;
  // Never to appear in any record.
  static constexpr const char* hidden_text = "GEHEIME-NOTITIE-nooit-exporteren";
  static constexpr const char* secret_voter = "Geheime-Stemmer-Gerrit";
  static constexpr const char* participant_name = "Deelnemer-Anouk";
  static constexpr const char* other_participant_name = "Deelnemer-Cornelis";
  static constexpr const char* script_note = "<script>alert('x')</script> & meer";
  static constexpr const char* csv_note = "koffie, \"thee\"\nen koek";

  static std::string note_secret(char fill) { return std::string(24, fill); }

  RecordWorkshop() {
    ans = room.join(Role::participant, participant_name);
    bas = room.join(Role::participant, "");
    cor = room.join(Role::participant, other_participant_name);
    dirk = room.join(Role::board_member, "Dirk");
    eva = room.join(Role::board_member, "Eva");
    const Actor gerrit = room.join(Role::board_member, secret_voter);

    room.run(facilitator, cmd::SetAgenda{{{"Waar staan we vandaag?", 900},
                                          {"Dilemma's", 5400},
                                          {"Conclusie en feedback", 900}}});
    room.run(facilitator, cmd::StartTimer{});
    room.now += 960'000;  // 16 minutes: one over
    room.run(facilitator, cmd::NextPhase{});
    room.run(facilitator, cmd::SetStrategy{"Betaalbaar wonen en dichtbij de huurder"});

    const BoardId circles = room.add_board(BoardKind::circles, WritingMode::private_first);
    const NoteId koffie = room.add_note(ans, circles, csv_note, note_secret('a'), 2);
    room.add_note(bas, circles, script_note, note_secret('b'), 1);
    room.add_note(cor, circles, "=SUM(A1:A9)", note_secret('c'), 3);
    room.run(facilitator, cmd::RevealBoard{circles, true});
    const BoardId later = room.add_board(BoardKind::columns, WritingMode::private_first);
    room.add_note(cor, later, hidden_text, note_secret('h'), 1);

    room.run(facilitator,
             cmd::AddDilemma{"Dubbel glas bij schilderwerk?",
                             "De opdrachtgever weigert: het kost meer.",
                             {"Enkel glas laten", "Alleen bij klachten", "Dubbel glas plaatsen"},
                             3,
                             0});
    room.run(facilitator, cmd::AddDilemma{"Mag de postbode nog een praatje maken?",
                                          "",
                                          {"Nee", "Kort", "Ja, als het past"},
                                          3,
                                          0});
    const VoteId poll = open_poll(1);
    room.run(ans, cmd::CastVote{poll, 3});
    room.run(bas, cmd::CastVote{poll, 3});
    room.run(cor, cmd::CastVote{poll, 1});
    room.run(facilitator, cmd::CloseVote{poll});
    room.run(facilitator, cmd::RevealVote{poll});
    room.run(facilitator, cmd::RecordOutcome{1, DilemmaOutcome::consensus, 3});
    const VoteId unrevealed = open_poll(2);
    room.run(ans, cmd::CastVote{unrevealed, 2});
    room.run(facilitator, cmd::RecordOutcome{2, DilemmaOutcome::no_consensus, 0});

    const Event bundled = room.run(
        facilitator, cmd::CreateBundle{"Bestuursvergadering", BallotMode::open_cards, {1, 2}});
    const Bundle bundle = std::get<ev::BundleCreated>(bundled.body).bundle;
    room.run(dirk, cmd::CastVote{bundle.items[0].vote_id, approval_approve});
    room.run(eva, cmd::CastVote{bundle.items[0].vote_id, approval_reject});
    room.run(dirk, cmd::CastVote{bundle.items[1].vote_id, 3});
    room.run(eva, cmd::CastVote{bundle.items[1].vote_id, 3});
    room.run(facilitator, cmd::RevealBundle{bundle.id});
    room.run(facilitator, cmd::RecordDecision{bundle.id, 1, approval_approve, ""});
    room.run(facilitator, cmd::RecordDecision{bundle.id, 2, 3, "Volgt de strategie."});

    const VoteId ballot = room.open_vote(VoteAudience::board, BallotMode::secret);
    room.run(gerrit, cmd::CastVote{ballot, 2});
    room.run(dirk, cmd::CastVote{ballot, 1});
    room.run(facilitator, cmd::CloseVote{ballot});
    room.run(facilitator, cmd::SetMinGroupSize{2});  // a board of two reveals its ballot
    room.run(facilitator, cmd::RevealVote{ballot});

    Action from_note;
    from_note.note_id = koffie;
    from_note.goal = "Rust in de pauze";
    from_note.target_group = "Vakmensen";
    from_note.specific = "Koffie om tien uur, in de kantine";
    from_note.measurable = "Elke werkdag";
    from_note.owner = "teamleider";
    from_note.deadline = "2027-03-01";
    from_note.pros = {"rust", "contact"};
    from_note.cons = {"kost tijd"};
    room.run(facilitator, cmd::SaveAction{0, from_note});
    Action typed;
    typed.title = "Glaskeuze vastleggen in het beleid";
    typed.term = ActionTerm::long_term;
    typed.circle_zone = 3;
    room.run(facilitator, cmd::SaveAction{0, typed});
    Action unscored;
    unscored.title = "Nog uitzoeken";
    room.run(facilitator, cmd::SaveAction{0, unscored});
    room.run(ans, cmd::ScoreAction{1, CriteriaScores{4, 3, 5, 2, 4}});
    room.run(cor, cmd::ScoreAction{1, CriteriaScores{3, 3, 4, 1, 5}});
    room.run(ans, cmd::ScoreAction{2, CriteriaScores{5, 5, 5, 3, 2}});
    room.run(facilitator, cmd::RevealRanking{});

    room.now += 1'830'000;  // the "Dilemma's" phase has run 30:30 when the record is made
  }

  // A group poll with open cards on the scenarios of `dilemma`.
  VoteId open_poll(DilemmaId dilemma) {
    const Event opened = room.run(
        facilitator,
        cmd::OpenVote{"", VoteAudience::participants, BallotMode::open_cards, {}, dilemma});
    return std::get<ev::VoteOpened>(opened.body).vote.id;
  }
};

}  // namespace kring::core::testing
