// The run-sheet ("draaiboek"): per phase planned and actual minutes and the drift against the
// plan, the current phase highlighted; recomputed every second from the server's Timer data.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { formatDriftMinutes, runSheet, wholeMinutes } from "../store/run_sheet";
import { useTick } from "./use_room";

function driftClass(driftMs: number): string {
  const minutes = Math.round(driftMs / 60_000);
  return minutes > 0 ? "drift-cell drift-behind" : minutes < 0 ? "drift-cell drift-ahead" : "drift-cell";
}

export function RunSheetView({ client }: { client: RoomClient }) {
  useTick(1000);
  const t = useT();
  const { phases, timer } = client.state;
  if (phases.length === 0) return null;
  const sheet = runSheet(phases, timer, client.serverNow());
  return (
    <table class="run-sheet" data-testid="run-sheet">
      <caption>{t("runSheet")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("phase")}</th>
          <th scope="col" class="num">{t("planned")}</th>
          <th scope="col" class="num">{t("actual")}</th>
          <th scope="col" class="num">{t("drift")}</th>
        </tr>
      </thead>
      <tbody>
        {sheet.rows.map((row) => (
          <tr
            key={row.index}
            class={`run-${row.state}`}
            aria-current={row.state === "current" ? "step" : undefined}
            data-testid="run-row"
          >
            <th scope="row">
              {row.index + 1}. {row.title}
            </th>
            <td class="num">{t("minutes", { n: wholeMinutes(row.plannedMs) })}</td>
            <td class="num">{row.actualMs === undefined ? "–" : t("minutes", { n: wholeMinutes(row.actualMs) })}</td>
            <td class={`num ${driftClass(row.driftMs)}`}>
              {row.actualMs === undefined ? "–" : t("driftMinutes", { d: formatDriftMinutes(row.driftMs) })}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t("total")}</th>
          <td class="num">{t("minutes", { n: wholeMinutes(sheet.totalPlannedMs) })}</td>
          <td />
          <td class={`num ${driftClass(sheet.totalDriftMs)}`} data-testid="run-total-drift">
            {t("driftMinutes", { d: formatDriftMinutes(sheet.totalDriftMs) })}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
