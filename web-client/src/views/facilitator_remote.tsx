// The console on a phone: a remote of big buttons for running the room by focus. Previous and next
// focus; the focused board's writing and reveal (the same controls as in the full console, the
// confirmed reveal of a small group included); the reveal of the focused vote (a dilemma's poll,
// a bundle item's board vote) once the room's k allow it; the timer. A link opens the full console.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Vote } from "../proto";
import { FocusKind, VoteStatus } from "../proto";
import { voteRevealGate } from "../store/anonymity";
import { focusedBoardId } from "../store/focus_state";
import { dilemmaPoll } from "../store/method_state";
import { boardById } from "../store/room_state";
import { AutoRevealToggle } from "../ui/auto_reveal_toggle";
import { BoardControls } from "../ui/board_controls";
import { focusLabel } from "../ui/focus_label";
import { RemainingTime } from "../ui/remaining_time";
import { useRunner } from "../ui/use_runner";
import { FocusStepButtons } from "../ui/focus_step_buttons";
import { useFocusWalk } from "./focus_bar";
import { currentPhaseNumber } from "../store/agenda_activities";

// The vote the focus shows: a focused vote, a focused dilemma's poll, a focused bundle item's vote.
function focusedVote(client: RoomClient): Vote | undefined {
  const { state } = client;
  const { focus } = state;
  if (focus.kind === FocusKind.VOTE) return state.votes.find((vote) => vote.id === focus.voteId);
  if (focus.kind === FocusKind.DILEMMA) {
    const dilemma = state.dilemmas.find((known) => known.id === focus.dilemmaId);
    return dilemma ? dilemmaPoll(state, dilemma) : undefined;
  }
  if (focus.kind === FocusKind.BUNDLE_ITEM) {
    const item = state.bundles.find((bundle) => bundle.id === focus.bundleId)?.items.find((known) => known.dilemmaId === focus.dilemmaId);
    return item ? state.votes.find((vote) => vote.id === item.voteId) : undefined;
  }
  return undefined;
}

export function FacilitatorRemote({ client, onFullConsole }: { client: RoomClient; onFullConsole(): void }) {
  const t = useT();
  const { error, run } = useRunner();
  const { state } = client;
  const { previous, next } = useFocusWalk(client);
  // The phase the clock is in: previous / next walk its activities in agenda order.
  const phaseNumber = currentPhaseNumber(state);
  const boardId = focusedBoardId(state, state.focus);
  const board = boardId === undefined ? undefined : boardById(state, boardId);
  const vote = focusedVote(client);
  const gate = vote ? voteRevealGate(vote, state.minGroupSize) : undefined;
  const command = (value: Parameters<RoomClient["command"]>[0]) => run(client.command(value));
  return (
    <main class="remote" data-testid="remote">
      <h1 class="remote-now">
        {t("onScreenNow")} <strong data-testid="focus-now">{focusLabel(state, state.focus, t)}</strong>
      </h1>
      {phaseNumber > 0 ? (
        <p class="remote-phase" data-testid="remote-phase">{t("phaseNow", { n: phaseNumber, title: state.phases[phaseNumber - 1].title })}</p>
      ) : null}
      <div class="remote-grid">
        <FocusStepButtons client={client} previous={previous} next={next} run={run} />
      </div>
      {board ? (
        <div class="remote-board">
          <BoardControls client={client} board={board} />
        </div>
      ) : null}
      {vote && vote.status !== VoteStatus.REVEALED ? (
        <div class="remote-grid">
          <button
            type="button"
            class="wide"
            data-testid="remote-reveal-vote"
            disabled={gate?.kind === "waitForVotes"}
            onClick={() => command({ case: "revealVote", value: { voteId: vote.id } })}
          >
            {t("revealFocused")} · {t("voted", { voted: vote.votedCount, eligible: vote.eligibleCount })}
          </button>
          <AutoRevealToggle client={client} />
        </div>
      ) : null}
      {state.phases.length > 0 ? (
        <div class="remote-grid">
          <RemainingTime client={client} />
          {state.timer?.running ? (
            <button type="button" class="wide" onClick={() => command({ case: "pauseTimer", value: {} })}>{t("pause")}</button>
          ) : (
            <button type="button" class="wide" data-testid="remote-timer-start" onClick={() => command({ case: "startTimer", value: {} })}>{t("start")}</button>
          )}
          <button type="button" class="secondary wide" onClick={() => command({ case: "extendTimer", value: { seconds: 300 } })}>{t("extend")}</button>
        </div>
      ) : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
      <button type="button" class="link-button" data-testid="full-console" onClick={onFullConsole}>
        {t("fullConsole")}
      </button>
    </main>
  );
}
