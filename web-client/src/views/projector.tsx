// The big screen, read-only, at presentation scale for a 1920x1080 screen seen from the back of
// the room: it shows the room's focus and nothing of the console (no language switch, no run-sheet,
// no drift; the connection only when it is lost; the timer as time left). What each focus shows
// is in projector_focus.tsx.
import { useT } from "../i18n/i18n";
import { FocusKind } from "../proto";
import { ConnectionLost } from "../ui/connection_lost";
import { RemainingTime } from "../ui/remaining_time";
import { useRoom } from "../ui/use_room";
import { FailedView } from "./failed";
import { ProjectorFocus } from "./projector_focus";
import { nothingYet } from "./projector_overview";

export function ProjectorView({ token }: { token: string }) {
  const t = useT();
  const client = useRoom({ kind: "projectorToken", value: token });
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} notFound={t("failedProjectorLink")} presentation />;
  const { state } = client;
  const kind = state.focus.kind;
  // The welcome shows the title large itself (as the page's one h1), whether the facilitator put
  // it on screen or the room has nothing else to show yet.
  const welcome = kind === FocusKind.WELCOME || (kind === FocusKind.UNSPECIFIED && nothingYet(state));
  const showTitle = !welcome;
  return (
    <div class="page stage" data-testid="projector" data-focus={FocusKind[kind]}>
      <header class="stage-bar">
        {showTitle ? <h1 class="stage-title">{state.title}</h1> : <span class="stage-title" />}
        <ConnectionLost client={client} />
        <RemainingTime client={client} />
      </header>
      <main class="stage-main">
        <ProjectorFocus client={client} />
      </main>
    </div>
  );
}
