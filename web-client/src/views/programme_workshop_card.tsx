// One workshop on the lead's page: its line (status, counts, up to date), its dilemmas as the
// overview shows them (outcome, strategy mark, the revealed poll spread), the buttons that put a
// dilemma with an outcome, or all of them, on the board meeting's agenda (ImportDilemmas: a
// repeat adds nothing, so "on the agenda" is read from the board meeting's copies), and the
// lead's feedback for the job family.
import type { Translate } from "../i18n/i18n";
import { counted, useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Dilemma, ProgrammeRoom, RoomSummary } from "../proto";
import { DilemmaOutcome } from "../proto";
import { errorWords } from "../ui/error_words";
import { OutcomeLine } from "../ui/outcome_line";
import { useDoneFocus } from "../ui/use_done_focus";
import { useState } from "preact/hooks";
import { ProgrammeFeedbackForm } from "./programme_feedback_form";
import { ProgrammeRoomHeader } from "./programme_room_header";

function hasOutcome(dilemma: Dilemma): boolean {
  return dilemma.outcome === DilemmaOutcome.CONSENSUS || dilemma.outcome === DilemmaOutcome.NO_CONSENSUS;
}

function spreadOf(summary: RoomSummary, dilemma: Dilemma, t: Translate): string | undefined {
  const result = summary.results.find((known) => known.voteId === dilemma.pollId && dilemma.pollId !== 0n);
  if (!result) return undefined;
  return [...result.tally]
    .sort((a, b) => a.optionId - b.optionId)
    .map((entry) => `${t("scenarioN", { n: entry.optionId })}: ${entry.count}`)
    .join(" · ");
}

export function ProgrammeWorkshopCard({ client, room, summary, board }: {
  client: RoomClient;
  room: ProgrammeRoom;
  summary: RoomSummary | undefined;
  board: RoomSummary | undefined;
}) {
  const t = useT();
  const [error, setError] = useState("");
  const { ref, done, say } = useDoneFocus();
  const onAgenda = (dilemma: Dilemma) =>
    board?.dilemmas.some((copy) => copy.source?.roomId === room.roomId && copy.source.dilemmaId === dilemma.id) ?? false;
  const dilemmas = summary?.dilemmas ?? [];
  const importable = dilemmas.filter((dilemma) => hasOutcome(dilemma) && !onAgenda(dilemma));
  const putOnAgenda = (ids: bigint[]) => {
    setError("");
    client
      .command({ case: "importDilemmas", value: { roomId: room.roomId, dilemmaIds: ids } })
      .then((ack) => {
        say(counted(t, "importedCount", Number(ack.createdId)));
        client.requestOverview();
      })
      .catch((failure) => setError(errorWords(failure, t)));
  };
  return (
    <article class="card programme-room" data-testid="programme-workshop" data-room-id={room.roomId.toString()} data-family={room.jobFamily}>
      <ProgrammeRoomHeader room={room} summary={summary} />
      {dilemmas.length > 0 ? (
        <ul class="programme-dilemmas">
          {dilemmas.map((dilemma) => {
            const spread = summary ? spreadOf(summary, dilemma, t) : undefined;
            return (
              <li key={dilemma.id.toString()} data-testid="programme-dilemma" data-dilemma-id={dilemma.id.toString()}>
                <strong>{dilemma.title}</strong>
                <OutcomeLine dilemma={dilemma} />
                {dilemma.strategyScenario > 0 ? <span class="hint">{t("strategyMarkN", { n: dilemma.strategyScenario })}</span> : null}
                {spread ? <span class="hint" data-testid="programme-spread">{t("spreadShort", { counts: spread })}</span> : null}
                {onAgenda(dilemma) ? (
                  <span class="tag" data-testid="on-agenda">{t("onAgenda")}</span>
                ) : board && hasOutcome(dilemma) ? (
                  <div class="buttons">
                    <button type="button" class="secondary" data-testid="to-agenda" onClick={() => putOnAgenda([dilemma.id])}>
                      {t("toAgenda")}
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {board && importable.length > 1 ? (
        <div class="buttons">
          <button type="button" data-testid="all-to-agenda" onClick={() => putOnAgenda(importable.map((dilemma) => dilemma.id))}>
            {t("allToAgenda")}
          </button>
        </div>
      ) : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
      <p ref={ref} tabIndex={-1} role="status" class="saved">{done}</p>
      <ProgrammeFeedbackForm client={client} room={room} />
    </article>
  );
}
