// The big screen before the facilitator has pointed the room at anything (focus UNSPECIFIED): the
// welcome while nothing has happened yet; else an overview of what the facilitator last worked
// on (store/spotlight.ts): the workshop, the latest board session or the actions.
import type { RoomClient } from "../net/room_client";
import type { RoomState } from "../store/room_types";
import { StrategyBanner } from "../ui/strategy_banner";
import { ProjectorActions } from "./projector_actions";
import { ProjectorBundle } from "./projector_bundle";
import { ProjectorWelcome } from "./projector_welcome";
import { ProgrammeNewsPanel } from "./programme_news";
import { ProjectorWorkshop } from "./projector_workshop";

// True while the overview is the welcome (which shows the title large itself).
export function nothingYet(state: RoomState): boolean {
  return (
    !state.strategy &&
    state.boards.length === 0 &&
    state.dilemmas.length === 0 &&
    state.votes.length === 0 &&
    state.actions.length === 0
  );
}

export function ProjectorOverview({ client }: { client: RoomClient }) {
  const { state } = client;
  if (nothingYet(state) && !state.news) return <ProjectorWelcome client={client} />;
  const latestBundle = state.bundles[state.bundles.length - 1];
  return (
    <div class="stage-overview" data-testid="projector-overview">
      <StrategyBanner text={state.strategy} compact />
      {state.news && state.news.decisions.length > 0 ? <ProgrammeNewsPanel state={state} large /> : null}
      {state.spotlight === "bundle" && latestBundle ? (
        <ProjectorBundle client={client} bundle={latestBundle} />
      ) : state.spotlight === "actions" && state.actions.length > 0 ? (
        <ProjectorActions client={client} />
      ) : (
        <ProjectorWorkshop client={client} />
      )}
    </div>
  );
}
