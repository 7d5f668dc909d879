// The console organised by the agenda ("the agenda holds the activities"): "Nu", the phase the
// clock is in with its activities in order and the forms that add a board or a dilemma to it;
// then the next phase and the others, folded in one panel; then what no phase holds ("not scheduled"), quiet.
// An activity the room looks at that lives outside the current phase is shown first, under "on
// screen", so its controls are always at hand; it is then left out of its own list, so that every
// activity has one block in the console.
import type { ComponentChildren } from "preact";
import { counted, useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Focus, Proposal } from "../proto";
import { activitiesOf, currentPhaseNumber, heldActivity, phaseNumberOf, unplacedActivities } from "../store/agenda_activities";
import { sameFocus } from "../store/focus_state";
import { AddBoardForm } from "./boards_panel";
import { NewDilemma } from "./dilemmas_panel";
import { PhaseActivity, activityKey } from "./phase_activity";
import { PrepFold } from "./prep_fold";

function ActivityList({ client, activities }: { client: RoomClient; activities: Focus[] }) {
  return (
    <>
      {activities.map((activity) => (
        <PhaseActivity client={client} activity={activity} key={activityKey(activity)} />
      ))}
    </>
  );
}

function FoldedPhase({ client, number, label, activities }: { client: RoomClient; number: number; label: string; activities: Focus[] }) {
  const t = useT();
  const phase = client.state.phases[number - 1];
  return (
    <details class="phase-fold" data-testid="phase-fold" data-phase={number}>
      <summary>
        <h2>{t("phaseFold", { label, n: number, title: phase?.title ?? "" })}</h2>
        <span class="hint">{counted(t, "activityCount", activities.length)}</span>
      </summary>
      {activities.length === 0 ? <p class="hint">{t("phaseEmpty")}</p> : <ActivityList client={client} activities={activities} />}
    </details>
  );
}

interface Props {
  client: RoomClient;
  adopting?: Proposal;
  onAdoptionEnd(): void;
  // Placed right after "Nu" (the board session while it is on screen).
  afterNow?: ComponentChildren;
}

export function AgendaPhases({ client, adopting, onAdoptionEnd, afterNow }: Props) {
  const t = useT();
  const { state } = client;
  const now = currentPhaseNumber(state);
  const held = heldActivity(state, state.focus);
  const elsewhere = held !== undefined && phaseNumberOf(state.phases, held) !== now ? held : undefined;
  const without = (activities: Focus[]) => activities.filter((activity) => !elsewhere || !sameFocus(activity, elsewhere));
  const others = state.phases.map((_, index) => index + 1).filter((number) => number !== now);
  const next = others.find((number) => number === now + 1);
  const unplaced = without(unplacedActivities(state));
  const elsewherePhase = elsewhere ? phaseNumberOf(state.phases, elsewhere) : 0;
  const elsewhereTitle =
    elsewherePhase > 0
      ? t("onScreenFromPhase", { n: elsewherePhase, title: state.phases[elsewherePhase - 1].title })
      : t("onScreenUnscheduled");
  return (
    <>
      {elsewhere ? (
        <section class="phase-elsewhere" data-testid="on-screen-elsewhere" aria-labelledby="elsewhere-h">
          <h2 id="elsewhere-h" class="elsewhere-title">{elsewhereTitle}</h2>
          <PhaseActivity client={client} activity={elsewhere} key={activityKey(elsewhere)} />
        </section>
      ) : null}
      <section class="panel phase-now" aria-labelledby="phase-now-h" data-testid="phase-now">
        <h2 id="phase-now-h">
          {now > 0 ? t("phaseNow", { n: now, title: state.phases[now - 1].title }) : t("activities")}
        </h2>
        {now > 0 ? (
          activitiesOf(state, now).length === 0 ? (
            <p class="hint">{t("phaseEmpty")}</p>
          ) : (
            <ActivityList client={client} activities={without(activitiesOf(state, now))} />
          )
        ) : null}
        <div class="phase-add">
          <PrepFold client={client} summary={t("addBoard")}>
            <AddBoardForm client={client} />
          </PrepFold>
          <NewDilemma client={client} adopting={adopting} onAdoptionEnd={onAdoptionEnd} />
        </div>
      </section>
      {afterNow}
      {others.length > 0 ? (
        <section class="panel other-phases" aria-label={t("otherPhases")} data-testid="other-phases">
          {[...(next ? [next] : []), ...others.filter((number) => number !== next)].map((number) => (
            <FoldedPhase
              client={client}
              number={number}
              label={number === next ? t("phaseNext") : number < now ? t("phaseEarlier") : t("phaseLater")}
              activities={without(activitiesOf(state, number))}
              key={number}
            />
          ))}
        </section>
      ) : null}
      {unplaced.length > 0 ? (
        <section class="panel unscheduled" data-testid="unscheduled">
          <PrepFold client={client} summary={t("unscheduledCount", { n: unplaced.length })}>
            <ActivityList client={client} activities={unplaced} />
          </PrepFold>
        </section>
      ) : null}
    </>
  );
}
