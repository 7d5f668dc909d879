// A template the facilitator is editing: a plain copy of a catalogue entry (GET /templates), the
// advice its maxima give, and the commands that apply it. The server has no template command:
// applying is SetAgenda (phases replacing the agenda for the workshop, appended for an exercise)
// then one AddBoard per board, each sent with its own idempotency key like any other command.
import type { AddBoard, Phase, TemplateCatalogue, WorkshopTemplate } from "../proto";
import { BoardKind, TemplateCatalogueSchema, WritingMode, fromBinary } from "../proto";

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

export type TemplateCommand =
  | { case: "setAgenda"; value: { phases: Pick<Phase, "title" | "plannedSeconds">[] } }
  | { case: "addBoard"; value: Omit<AddBoard, "$typeName"> };

// The commands that apply `plan` to a room whose agenda is `current` (in order).
export function templateCommands(plan: TemplatePlan, current: Pick<Phase, "title" | "plannedSeconds">[]): TemplateCommand[] {
  const commands: TemplateCommand[] = [];
  if (plan.phases.length > 0) {
    const added = plan.phases.map((phase) => ({ title: phase.title, plannedSeconds: phase.minutes * 60 }));
    const kept = plan.replacesAgenda ? [] : current.map(({ title, plannedSeconds }) => ({ title, plannedSeconds }));
    commands.push({ case: "setAgenda", value: { phases: [...kept, ...added] } });
  }
  for (const board of plan.boards) {
    commands.push({
      case: "addBoard",
      value: {
        title: board.title,
        kind: board.kind,
        writingMode: board.privateFirst ? WritingMode.PRIVATE_FIRST : WritingMode.OPEN,
        columnLabels: board.kind === BoardKind.CIRCLES ? [] : board.columns,
        rowLabels: board.kind === BoardKind.MATRIX ? board.rows : [],
        participantsMayMove: board.participantsMayMove,
      },
    });
  }
  return commands;
}
