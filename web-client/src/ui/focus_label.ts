// A focus in words, for "On screen now: …" and "Go to: …": the name of what it points at.
import type { Translate } from "../i18n/i18n";
import type { Focus } from "../proto";
import { FocusKind } from "../proto";
import { boardById } from "../store/room_state";
import type { RoomState } from "../store/room_types";

export function focusLabel(state: RoomState, focus: Focus, t: Translate): string {
  const dilemmaTitle = () => state.dilemmas.find((known) => known.id === focus.dilemmaId)?.title ?? "";
  switch (focus.kind) {
    case FocusKind.WELCOME:
      return t("focusWelcome");
    case FocusKind.STRATEGY:
      return t("focusStrategy");
    case FocusKind.BOARD:
      return boardById(state, focus.boardId)?.title ?? "";
    case FocusKind.DILEMMA:
      return dilemmaTitle();
    case FocusKind.VOTE: {
      const vote = state.votes.find((known) => known.id === focus.voteId);
      const dilemma = state.dilemmas.find((known) => known.id === vote?.dilemmaId);
      return t("focusVote", { title: dilemma?.title ?? vote?.title ?? "" });
    }
    case FocusKind.BUNDLE_ITEM:
      return t("focusBundleItem", { title: dilemmaTitle() });
    case FocusKind.BUNDLE:
      return state.bundles.find((known) => known.id === focus.bundleId)?.title ?? t("boardSession");
    case FocusKind.RANKING:
      return t("focusRanking");
    case FocusKind.CONCLUSION:
      return t("focusConclusion");
    default:
      return t("focusNothing");
  }
}
