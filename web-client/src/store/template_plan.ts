// A template the facilitator is editing: a plain copy of a catalogue entry (GET /templates), the
// advice its maxima give, and the steps that apply it. The server has no template command:
// applying is SetAgenda (the workshop replaces the agenda; an exercise may insert its own phase),
// AddBoard per board and PlaceActivity into the board's phase, each sent with its own idempotency
// key like any other command (templateSteps; ui/apply_template.ts sends them).
import type { AddBoard, TemplateCatalogue, WorkshopTemplate } from "../proto";
import { BoardKind, TemplateCatalogueSchema, WritingMode, fromBinary } from "../proto";
import type { AgendaPhase } from "./agenda_activities";
import { agendaWithActivities } from "./agenda_activities";

export interface PhasePlan {
  title: string;
  minutes: number;
  maxMinutes: number; // 0 = no bound
}

export interface BoardPlan {
  title: string;
  kind: BoardKind;
  privateFirst: boolean;
  columns: string[];
  rows: string[];
  participantsMayMove: boolean;
}

export interface TemplatePlan {
  key: string;
  name: string;
  purpose: string;
  replacesAgenda: boolean;
  phases: PhasePlan[];
  maxTotalMinutes: number; // 0 = no bound
  boards: BoardPlan[];
}

export type Advice =
  | { kind: "phaseOverMaximum"; index: number; minutes: number; maxMinutes: number }
  | { kind: "totalOverMaximum"; minutes: number; maxMinutes: number };

export function planOf(t: WorkshopTemplate): TemplatePlan {
  return {
    key: t.key,
    name: t.name,
    purpose: t.purpose,
    replacesAgenda: t.replacesAgenda,
    phases: t.phases.map((phase, i) => ({
      title: phase.title,
      minutes: Math.round(phase.plannedSeconds / 60),
      maxMinutes: Math.round((t.phaseMaxSeconds[i] ?? 0) / 60),
    })),
    maxTotalMinutes: Math.round(t.maxTotalSeconds / 60),
    boards: t.boards.map((b) => ({
      title: b.title,
      kind: b.kind,
      privateFirst: b.writingMode === WritingMode.PRIVATE_FIRST,
      columns: [...b.columnLabels],
      rows: [...b.rowLabels],
      participantsMayMove: b.participantsMayMove,
    })),
  };
}

export function parseCatalogue(bytes: Uint8Array): TemplatePlan[] {
  const catalogue: TemplateCatalogue = fromBinary(TemplateCatalogueSchema, bytes);
  return catalogue.templates.map(planOf);
}

export async function fetchCatalogue(lang: string): Promise<TemplatePlan[]> {
  const response = await fetch(`/templates?lang=${lang === "en" ? "en" : "nl"}`);
  if (!response.ok) throw new Error(`templates: HTTP ${response.status}`);
  return parseCatalogue(new Uint8Array(await response.arrayBuffer()));
}

export function totalMinutes(plan: TemplatePlan): number {
  return plan.phases.reduce((sum, phase) => sum + phase.minutes, 0);
}

// What the edited plan does against the method's maxima: advice, the facilitator may go on.
export function adviceFor(plan: TemplatePlan): Advice[] {
  const advice: Advice[] = [];
  plan.phases.forEach((phase, index) => {
    if (phase.maxMinutes > 0 && phase.minutes > phase.maxMinutes) {
      advice.push({ kind: "phaseOverMaximum", index, minutes: phase.minutes, maxMinutes: phase.maxMinutes });
    }
  });
  const total = totalMinutes(plan);
  if (plan.maxTotalMinutes > 0 && total > plan.maxTotalMinutes) {
    advice.push({ kind: "totalOverMaximum", minutes: total, maxMinutes: plan.maxTotalMinutes });
  }
  return advice;
}

// Where an exercise goes (the workshop always replaces the agenda): into an existing phase (no
// phase added; its boards are placed there), or as its own phase inserted after phase
// `phaseNumber` (1-based; 0 = at the end).
export type Placement = { kind: "intoPhase"; phaseNumber: number } | { kind: "ownPhaseAfter"; phaseNumber: number };


// What applying a plan sends, in order (mirrors the server's core::template_commands): `agenda`
// when the agenda changes (SetAgenda, every phase carrying the activities it holds, since SetAgenda
// replaces them), then each board (AddBoard), each placed into phase `home` (PlaceActivity with
// the AddBoard ack's created_id) when home > 0. The clock is never touched: once it has run, the
// server keeps the current phase, its running stretch and every actual time through a SetAgenda.
export interface TemplateSteps {
  agenda?: AgendaPhase[];
  boards: Omit<AddBoard, "$typeName">[];
  home: number;
}

export function templateSteps(plan: TemplatePlan, current: AgendaPhase[], where: Placement): TemplateSteps {
  const boards = plan.boards.map(addBoardOf);
  const added = plan.phases.map((phase) => ({ title: phase.title, plannedSeconds: phase.minutes * 60, activities: [] }));
  if (plan.replacesAgenda) {
    return added.length > 0 ? { agenda: phasesKeepingActivities(current, added), boards, home: 1 } : { boards, home: 0 };
  }
  if (where.kind === "intoPhase" && where.phaseNumber > 0) return { boards, home: where.phaseNumber };
  if (added.length === 0) return { boards, home: 0 };
  const kept = agendaWithActivities(current);
  const at = where.phaseNumber === 0 ? kept.length : Math.min(where.phaseNumber, kept.length);
  return { agenda: [...kept.slice(0, at), ...added, ...kept.slice(at)], boards, home: at + 1 };
}

// The workshop's phases holding every activity the current agenda holds, as the server's template
// does: a phase's activities go to the new phase of the same title, else to the new phase at the
// same position (the last one when the new agenda is shorter). Replacing the agenda drops nothing.
function phasesKeepingActivities(current: AgendaPhase[], replacement: AgendaPhase[]): AgendaPhase[] {
  const phases = replacement.map((phase) => ({ ...phase, activities: [...phase.activities] }));
  current.forEach((phase, index) => {
    const home = phases.find((candidate) => candidate.title === phase.title) ?? phases[Math.min(index, phases.length - 1)];
    home.activities.push(...phase.activities);
  });
  return phases;
}

function addBoardOf(board: BoardPlan): Omit<AddBoard, "$typeName"> {
  return {
    title: board.title,
    kind: board.kind,
    writingMode: board.privateFirst ? WritingMode.PRIVATE_FIRST : WritingMode.OPEN,
    columnLabels: board.kind === BoardKind.CIRCLES ? [] : board.columns,
    rowLabels: board.kind === BoardKind.MATRIX ? board.rows : [],
    participantsMayMove: board.participantsMayMove,
  };
}
