// How the group voted in a dilemma's latest poll, once revealed: shown where the board takes the
// dilemma up (the projector's bundle item, a board member's focused item), because a spread says
// why there was no consensus. Nothing before the reveal (the server sends no values until then).
import { useT } from "../i18n/i18n";
import type { Dilemma } from "../proto";
import { DilemmaOutcome } from "../proto";
import { dilemmaPoll } from "../store/method_state";
import { isImported } from "../store/programme_state";
import { voteResult } from "../store/room_state";
import type { RoomState } from "../store/room_types";
import { ImportedSource } from "./imported_source";
import { VoteChart } from "./vote_chart";

export function GroupSpread({ state, dilemma, testid }: { state: RoomState; dilemma: Dilemma | undefined; testid: string }) {
  const t = useT();
  // A board meeting's copy of a workshop's dilemma has no poll here: its source carries the spread.
  if (dilemma && isImported(dilemma)) return <ImportedSource dilemma={dilemma} testid={testid} />;
  const poll = dilemma ? dilemmaPoll(state, dilemma) : undefined;
  const result = poll ? voteResult(state, poll.id) : undefined;
  if (!poll || !result) return null;
  return (
    <div class="group-spread" data-testid={testid}>
      <h3>{t("groupSpread")}</h3>
      {dilemma?.outcome === DilemmaOutcome.NO_CONSENSUS ? <p class="hint">{t("groupSpreadWhy")}</p> : null}
      <VoteChart vote={poll} result={result} />
    </div>
  );
}
