// A participant's phone or laptop. Once the facilitator points the room at something (the focus),
// the device opens on that one task (participant_task.tsx), with everything earlier folded below
// it (participant_earlier.tsx); a half-written note holds its task in place with a quiet "the
// group has moved on" (use_held_focus.ts). Before any focus, everything in one list
// (participant_overview.tsx). The anonymous intake of dilemmas folds away once the workshop has
// started; it keeps its place in the page so that nothing typed in it is lost.
import { useT } from "../i18n/i18n";
import { FocusKind } from "../proto";
import { workshopStarted } from "../store/focus_state";
import { focusLabel } from "../ui/focus_label";
import { RemainingTime } from "../ui/remaining_time";
import { StatusBar } from "../ui/status_bar";
import { useHeldFocus } from "../ui/use_held_focus";
import { useRoom } from "../ui/use_room";
import type { RoomClient } from "../net/room_client";
import { FailedView } from "./failed";
import { IntakeForm } from "./intake_form";
import { JoinGate } from "./join_gate";
import { MovedOnBanner } from "./moved_on_banner";
import { ParticipantEarlier } from "./participant_earlier";
import { ParticipantOverview } from "./participant_overview";
import { ParticipantTask } from "./participant_task";
import { ProgrammeNewsPanel } from "./programme_news";

export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, "").toUpperCase();
}

function ParticipantPage({ client }: { client: RoomClient }) {
  const t = useT();
  const { state } = client;
  const { shown, movedOn, follow } = useHeldFocus(client);
  const started = workshopStarted(state);
  const focused = shown.kind !== FocusKind.UNSPECIFIED;
  return (
    <main class="narrow">
      <RemainingTime client={client} />
      {movedOn ? <MovedOnBanner where={focusLabel(state, state.focus, t)} onFollow={follow} /> : null}
      {focused ? (
        <div class="task" data-testid="task" data-focus={FocusKind[shown.kind]}>
          <ParticipantTask client={client} focus={shown} />
        </div>
      ) : null}
      <ProgrammeNewsPanel state={state} />
      <IntakeForm client={client} startOpen={!started && state.dilemmas.length === 0} />
      {focused ? <ParticipantEarlier client={client} focus={shown} /> : <ParticipantOverview client={client} />}
    </main>
  );
}

function ParticipantRoom({ code, name }: { code: string; name: string }) {
  const t = useT();
  const client = useRoom({ kind: "participantCode", value: code }, name);
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} />;
  return (
    <div class="page participant">
      <StatusBar client={client} role={t("participant")} />
      <ParticipantPage client={client} />
    </div>
  );
}

export function ParticipantView({ code }: { code: string }) {
  const t = useT();
  const plain = normalizeCode(code);
  return (
    <JoinGate roomKey={`participantCode.${plain}`} code={plain} title={t("joinAsParticipant")} nameLabel={t("displayName")}>
      {(name) => <ParticipantRoom code={plain} name={name} />}
    </JoinGate>
  );
}
