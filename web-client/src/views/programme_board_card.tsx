// The board meeting on the lead's page: its line, then every decided bundle item (the board
// meeting's copy of a workshop's dilemma) with its job family, the decision and the reason, and
// "Teruggeven" per item or "Alles teruggeven" (ReleaseDecisions; 0 = every decided item). An item
// counts as given back when the programme released this decision with this reason; a decision
// changed afterwards shows the button again.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { BundleItem, Dilemma, ProgrammeRoom, RoomSummary } from "../proto";
import type { RoomState } from "../store/room_types";
import { decisionText } from "../ui/decision_line";
import { errorWords } from "../ui/error_words";
import { useDoneFocus } from "../ui/use_done_focus";
import { ProgrammeRoomHeader } from "./programme_room_header";

function isReleased(state: RoomState, item: BundleItem, dilemma: Dilemma | undefined): boolean {
  const source = dilemma?.source;
  if (!source) return false;
  return state.released.some(
    (known) =>
      known.roomId === source.roomId &&
      known.dilemmaId === source.dilemmaId &&
      known.decision === item.decision &&
      known.reason === item.decisionReason,
  );
}

export function ProgrammeBoardCard({ client, room, summary }: { client: RoomClient; room: ProgrammeRoom; summary: RoomSummary | undefined }) {
  const t = useT();
  const [error, setError] = useState("");
  const { ref, done, say } = useDoneFocus();
  const decided = (summary?.bundles ?? []).flatMap((bundle) => bundle.items.filter((item) => item.decision !== 0));
  const dilemmaOf = (item: BundleItem) => summary?.dilemmas.find((known) => known.id === item.dilemmaId);
  const open = decided.filter((item) => !isReleased(client.state, item, dilemmaOf(item)));
  const release = (dilemmaId: bigint) => {
    setError("");
    client
      .command({ case: "releaseDecisions", value: { dilemmaId } })
      .then(() => say(t("releasedCount")))
      .catch((failure) => setError(errorWords(failure, t)));
  };
  return (
    <article class="card programme-room" data-testid="programme-board" data-room-id={room.roomId.toString()}>
      <ProgrammeRoomHeader room={room} summary={summary} />
      <h4>{t("boardDecided")}</h4>
      {decided.length === 0 ? <p class="hint">{t("noDecisionsYet")}</p> : null}
      <ul class="programme-dilemmas">
        {decided.map((item) => {
          const dilemma = dilemmaOf(item);
          const released = isReleased(client.state, item, dilemma);
          return (
            <li key={item.voteId.toString()} data-testid="programme-decided" data-dilemma-id={item.dilemmaId.toString()}>
              <strong>{dilemma?.title ?? ""}</strong>
              {dilemma?.source ? <span class="hint">{t("jobFamily")}: {dilemma.source.jobFamily}</span> : null}
              <span data-testid="programme-decision">{decisionText(item, dilemma, t)}</span>
              {item.decisionReason ? (
                <span class="decision-reason">
                  {t("decisionReasonShown")}: {item.decisionReason}
                </span>
              ) : null}
              {released ? (
                <span class="tag up-to-date" data-testid="released-tag">{t("releasedTag")}</span>
              ) : (
                <div class="buttons">
                  <button type="button" class="secondary" data-testid="release-one" onClick={() => release(item.dilemmaId)}>
                    {t("releaseOne")}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {open.length > 1 ? (
        <div class="buttons">
          <button type="button" data-testid="release-all" onClick={() => release(0n)}>{t("releaseAll")}</button>
        </div>
      ) : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
      <p ref={ref} tabIndex={-1} role="status" class="saved">{done}</p>
    </article>
  );
}
