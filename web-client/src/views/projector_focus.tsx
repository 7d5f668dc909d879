// What the big screen shows for the room's focus, one view per kind. A focus is a pointer: each
// view shows what it points at as the projector may see it anyway (a hidden board's count, a
// running vote's "n/m"). A focus that points at something this device does not know (yet) shows
// the welcome. Without a focus the projector shows its overview (projector_overview.tsx).
import type { RoomClient } from "../net/room_client";
import { FocusKind } from "../proto";
import { boardById, voteResult } from "../store/room_state";
import { StrategyBanner } from "../ui/strategy_banner";
import { ProjectorActions } from "./projector_actions";
import { ProjectorBoard } from "./projector_board";
import { ProjectorBundle } from "./projector_bundle";
import { ProjectorBundleItem } from "./projector_bundle_item";
import { ProjectorConclusion } from "./projector_conclusion";
import { ProjectorDilemma } from "./projector_dilemma";
import { ProjectorOverview } from "./projector_overview";
import { ProjectorVote } from "./projector_vote";
import { ProjectorWelcome } from "./projector_welcome";

export function ProjectorFocus({ client }: { client: RoomClient }) {
  const { state } = client;
  const focus = state.focus;
  const welcome = <ProjectorWelcome client={client} />;
  switch (focus.kind) {
    case FocusKind.WELCOME:
      return welcome;
    case FocusKind.STRATEGY:
      return <StrategyBanner text={state.strategy} />;
    case FocusKind.BOARD: {
      const board = boardById(state, focus.boardId);
      return board ? <ProjectorBoard client={client} board={board} /> : welcome;
    }
    case FocusKind.DILEMMA: {
      const dilemma = state.dilemmas.find((known) => known.id === focus.dilemmaId);
      return dilemma ? <ProjectorDilemma client={client} dilemma={dilemma} withPrompts /> : welcome;
    }
    case FocusKind.VOTE: {
      const vote = state.votes.find((known) => known.id === focus.voteId);
      if (!vote) return welcome;
      const dilemma = state.dilemmas.find((known) => known.id === vote.dilemmaId);
      const result = voteResult(state, vote.id);
      return <ProjectorVote vote={vote} result={result} heading={dilemma?.title ?? vote.title} />;
    }
    case FocusKind.BUNDLE_ITEM: {
      const bundle = state.bundles.find((known) => known.id === focus.bundleId);
      const item = bundle?.items.find((known) => known.dilemmaId === focus.dilemmaId);
      return bundle && item ? <ProjectorBundleItem client={client} bundle={bundle} item={item} /> : welcome;
    }
    case FocusKind.BUNDLE: {
      const bundle = state.bundles.find((known) => known.id === focus.bundleId);
      return bundle ? <ProjectorBundle client={client} bundle={bundle} /> : welcome;
    }
    case FocusKind.RANKING:
      return <ProjectorActions client={client} />;
    case FocusKind.CONCLUSION:
      return <ProjectorConclusion dilemmas={state.dilemmas} />;
    default:
      return <ProjectorOverview client={client} />;
  }
}
