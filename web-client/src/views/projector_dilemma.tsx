// The dilemma the room is working on, on the big screen: title and context, its three scenarios
// (the strategy's scenario marked once shown: until then the projector is sent no mark), the
// group poll's progress or spread, and the outcome once recorded.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Dilemma } from "../proto";
import { dilemmaPoll } from "../store/method_state";
import { OutcomeLine } from "../ui/outcome_line";
import { ScenarioList } from "../ui/scenario_list";
import { ProjectorVote } from "./projector_vote";

export function ProjectorDilemma({ client, dilemma }: { client: RoomClient; dilemma: Dilemma }) {
  const t = useT();
  const poll = dilemmaPoll(client.state, dilemma);
  const result = poll ? client.state.results.find((known) => known.voteId === poll.id) : undefined;
  return (
    <section class="card projector-dilemma" data-testid="projector-dilemma" data-dilemma-id={dilemma.id.toString()}>
      <div class="projector-dilemma-text">
        <span class="strategy-label">{t("dilemmaTitle")}</span>
        <h2>{dilemma.title}</h2>
        {dilemma.context ? <p class="prose">{dilemma.context}</p> : null}
        <ScenarioList dilemma={dilemma} marksShown={client.state.strategyMarksShown} />
        <OutcomeLine dilemma={dilemma} />
      </div>
      {poll ? <ProjectorVote vote={poll} result={result} /> : null}
    </section>
  );
}
