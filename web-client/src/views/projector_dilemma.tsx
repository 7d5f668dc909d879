// A dilemma on the big screen: title and context, its three scenarios (the strategy's scenario
// marked once shown: until then the projector is sent no mark), the group poll's progress or
// spread, and the outcome once recorded. With `withPrompts` (the dilemma is the room's focus) also
// the questions of its note board ("what does this scenario mean for your work?").
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Dilemma } from "../proto";
import { dilemmaPoll } from "../store/method_state";
import { boardById, voteResult } from "../store/room_state";
import { OutcomeLine } from "../ui/outcome_line";
import { ScenarioList } from "../ui/scenario_list";
import { labelText } from "../ui/zone_label";
import { ProjectorVote } from "./projector_vote";

// The prompts of a dilemma's note board: its labels that are not a scenario's.
function promptLabels(labels: string[]): string[] {
  return labels.filter((label) => !label.startsWith("scenario_"));
}

export function ProjectorDilemma({ client, dilemma, withPrompts = false }: { client: RoomClient; dilemma: Dilemma; withPrompts?: boolean }) {
  const t = useT();
  const poll = dilemmaPoll(client.state, dilemma);
  const result = poll ? voteResult(client.state, poll.id) : undefined;
  const board = withPrompts ? boardById(client.state, dilemma.boardId) : undefined;
  const prompts = board ? promptLabels([...board.rowLabels, ...board.columnLabels]) : [];
  return (
    <section class="card projector-dilemma" data-testid="projector-dilemma" data-dilemma-id={dilemma.id.toString()}>
      <div class="projector-dilemma-text">
        <span class="strategy-label">{t("dilemmaTitle")}</span>
        <h2>{dilemma.title}</h2>
        {dilemma.context ? <p class="prose">{dilemma.context}</p> : null}
        <ScenarioList dilemma={dilemma} marksShown={client.state.strategyMarksShown} />
        <OutcomeLine dilemma={dilemma} />
        {prompts.length > 0 ? (
          <ul class="stage-prompts" data-testid="projector-prompts">
            {prompts.map((label) => <li key={label}>{labelText(label, t)}</li>)}
          </ul>
        ) : null}
      </div>
      {poll ? <ProjectorVote vote={poll} result={result} /> : null}
    </section>
  );
}
