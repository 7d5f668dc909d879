// The programme lead's page (#/programme/<secret>): the programme's title and strategy (the
// strategy of every room), its rooms as the overview shows them (ProgrammeOverview, asked again
// after each programme event and every few seconds), the forms to add rooms, and per room what the
// lead does there: a workshop's dilemmas onto the board meeting's agenda and its feedback; the
// board meeting's decisions given back; and the programme's record (the server gives the lead's
// secret the programme's record, in the same formats as a workshop's).
import { useT } from "../i18n/i18n";
import { useOverview } from "../ui/use_overview";
import { useRoom } from "../ui/use_room";
import { StatusBar } from "../ui/status_bar";
import { FailedView } from "./failed";
import { ProgrammeAddRooms } from "./programme_add_rooms";
import { ProgrammeRooms } from "./programme_rooms";
import { RecordPanel } from "./record_panel";
import { StrategyEditor } from "./strategy_editor";

export function ProgrammeView({ secret }: { secret: string }) {
  const t = useT();
  const client = useRoom({ kind: "facilitatorSecret", value: secret });
  useOverview(client);
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} />;
  return (
    <div class="page programme">
      <StatusBar client={client} role={t("programmeLead")} />
      <main class="programme-grid">
        <div class="column">
          <StrategyEditor client={client} />
          <ProgrammeAddRooms client={client} />
          <RecordPanel client={client} secret={secret} />
        </div>
        <div class="column column-wide">
          <ProgrammeRooms client={client} />
        </div>
      </main>
    </div>
  );
}
