// How a board's zones are named in the reader's language: the circles by their fixed keys, a
// dilemma's note board by its method keys, a matrix cell as "row × column"; any other label is the
// facilitator's own text, shown as written.
import type { Translate } from "../i18n/i18n";
import type { Board, Zone } from "../proto";
import { BoardKind } from "../proto";

export const CIRCLE_KEYS = ["unsorted", "changeable", "partly_changeable", "unchangeable"] as const;
// A dilemma's note board (made by the server) labels its rows and columns with these keys; the
// client shows them in the reader's language. Any other label is the facilitator's own text.
const METHOD_KEYS = [
  "scenario_1",
  "scenario_2",
  "scenario_3",
  "prompt_my_work",
  "prompt_opportunities",
  "prompt_hard",
] as const;

export function labelText(label: string, t: Translate): string {
  const key = METHOD_KEYS.find((known) => known === label);
  return key ? t(key) : label;
}

// A matrix cell's [row, column] names.
export function matrixParts(board: Board, zone: Zone, t: Translate): [string, string] {
  return [labelText(board.rowLabels[zone.row] ?? "", t), labelText(board.columnLabels[zone.column] ?? "", t)];
}

export function zoneLabel(board: Board, zone: Zone, t: Translate): string {
  if (board.kind === BoardKind.CIRCLES) {
    const key = CIRCLE_KEYS.find((known) => known === zone.label);
    return key ? t(key) : zone.label;
  }
  if (board.kind === BoardKind.MATRIX) return matrixParts(board, zone, t).join(" × ");
  return labelText(zone.label, t);
}
