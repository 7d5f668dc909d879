// What the big screen puts in front: the workshop (dilemmas, polls, boards), the board session
// (the latest bundle) or the actions (scoring progress and the ranking). The protocol has no such
// field, so it follows what the facilitator did last, the same way on every device:
//   - events of the board session turn it to the bundle, action events to the actions, and the
//     workshop's own steps (a dilemma, a poll, a board opened or revealed, an outcome) back;
//   - after a snapshot (a reload) it is the actions when there are any, else the latest bundle
//     when there is one, else the workshop: the order in which the method reaches them.
import type { RoomEvent, Snapshot } from "../proto";
import { VoteAudience } from "../proto";
import { isBundleVote } from "./bundle_state";
import type { RoomState, Spotlight } from "./room_types";

export function spotlightOfSnapshot(snapshot: Snapshot): Spotlight {
  if (snapshot.actions.length > 0) return "actions";
  if (snapshot.bundles.length > 0) return "bundle";
  return "workshop";
}

// `before` is the state the event applies to (it tells a bundle's votes from other votes).
export function spotlightAfter(before: RoomState, payload: RoomEvent["payload"]): Spotlight {
  const current = before.spotlight;
  switch (payload.case) {
    case "voteRevealed":
      return isBundleVote(before, payload.value.result?.voteId ?? 0n) ? "bundle" : current;
    case "bundleCreated":
    case "bundleRevealed":
    case "decisionRecorded":
    case "bundleRoundOpened":
      return "bundle";
    case "actionSaved":
    case "rankingRevealed":
      return "actions";
    case "voteOpened":
      return payload.value.vote?.audience === VoteAudience.PARTICIPANTS ? "workshop" : current;
    case "dilemmaAdded":
    case "boardAdded":
    case "writingChanged":
    case "boardRevealed":
    case "outcomeRecorded":
    case "strategyMarksShown":
      return "workshop";
    default:
      return current;
  }
}
