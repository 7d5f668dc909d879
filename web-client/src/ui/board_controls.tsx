// The facilitator's controls of one board: open or close writing, and reveal a private-first
// board. Used for plain boards and for a dilemma's note board alike.
//
// A board that fewer than the room's k people wrote on is revealed in two steps: the first press
// explains the risk and turns the same button into "Reveal anyway (only n writers)" (so keyboard
// focus stays on it) with a Cancel beside it (Escape cancels too); only the second press sends
// RevealBoard{confirm_small_group}. Should the server still answer GROUP_TOO_SMALL (k was raised
// on another device in between), the confirm step is shown instead of the error.
import { useRef, useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import { CommandRejected } from "../net/room_client";
import type { RoomClient } from "../net/room_client";
import type { Board } from "../proto";
import { ErrorCode } from "../proto";
import { boardRevealGate, revealAnywayPhrase, smallGroupWarningPhrase } from "../store/anonymity";
import { boardById, isPrivateUnrevealed } from "../store/room_state";
import { useRunner } from "./use_runner";

export function BoardControls({ client, board }: { client: RoomClient; board: Board }) {
  const t = useT();
  const { error, run } = useRunner();
  const [confirming, setConfirming] = useState(false);
  const revealButton = useRef<HTMLButtonElement>(null);
  // Cancel takes the focus back to the reveal button, which stays in place.
  const cancel = () => {
    setConfirming(false);
    revealButton.current?.focus();
  };
  const gate = boardRevealGate(board, client.state.minGroupSize);
  const warningId = `reveal-warning-${board.id}`;
  const confirmStep = confirming && gate.kind === "confirmSmallGroup" ? gate : undefined;
  const reveal = (confirmSmallGroup: boolean) =>
    run(
      client
        .command({ case: "revealBoard", value: { boardId: board.id, confirmSmallGroup } })
        .then(() => setConfirming(false))
        .catch((failure: unknown) => {
          const latest = boardById(client.state, board.id);
          const needsConfirm = latest !== undefined && boardRevealGate(latest, client.state.minGroupSize).kind === "confirmSmallGroup";
          if (failure instanceof CommandRejected && failure.code === ErrorCode.GROUP_TOO_SMALL && needsConfirm) {
            setConfirming(true);
            return;
          }
          throw failure;
        }),
    );
  const pressReveal = () => {
    if (confirmStep) reveal(true);
    else if (gate.kind === "confirmSmallGroup") setConfirming(true);
    else reveal(false);
  };
  return (
    <div class="buttons" onKeyDown={(event) => confirmStep && event.key === "Escape" && cancel()}>
      <button
        type="button"
        data-testid="toggle-writing"
        onClick={() => run(client.command({ case: "setWriting", value: { boardId: board.id, open: !board.writingOpen } }))}
      >
        {board.writingOpen ? t("closeWritingButton") : t("openWritingButton")}
      </button>
      {isPrivateUnrevealed(board) ? (
        <button
          type="button"
          class={confirmStep ? "danger" : undefined}
          ref={revealButton}
          data-testid="reveal-board"
          data-confirm={confirmStep ? "small-group" : undefined}
          aria-describedby={confirmStep ? warningId : undefined}
          onClick={pressReveal}
        >
          {confirmStep ? t(revealAnywayPhrase(confirmStep).key, revealAnywayPhrase(confirmStep).params) : t("reveal")}
        </button>
      ) : null}
      {confirmStep ? (
        <button type="button" class="secondary" data-testid="reveal-board-cancel" onClick={cancel}>
          {t("cancel")}
        </button>
      ) : null}
      {confirmStep ? (
        <p class="warning" id={warningId} role="alert" data-testid="reveal-warning">
          {t(smallGroupWarningPhrase(confirmStep).key, smallGroupWarningPhrase(confirmStep).params)}
        </p>
      ) : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
    </div>
  );
}
