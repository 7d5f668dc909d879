import { describe, expect, it } from "vitest";
import type { Focus } from "../src/proto";
import { BoardKind, FocusKind, TemplateCatalogueSchema, WritingMode, create, toBinary } from "../src/proto";
import type { TemplateSteps } from "../src/store/template_plan";
import { adviceFor, parseCatalogue, templateSteps, totalMinutes } from "../src/store/template_plan";

const catalogueBytes = toBinary(
  TemplateCatalogueSchema,
  create(TemplateCatalogueSchema, {
    templates: [
      {
        key: "kleine-keuzes",
        name: "Kleine keuzes",
        replacesAgenda: true,
        phases: [
          { title: "Waar staan we vandaag?", plannedSeconds: 900 },
          { title: "Dilemma's", plannedSeconds: 5400 },
          { title: "Conclusie en feedback", plannedSeconds: 900 },
        ],
        phaseMaxSeconds: [0, 5400, 0],
        maxTotalSeconds: 7200,
      },
      {
        key: "3b",
        name: "3B",
        phases: [{ title: "3B", plannedSeconds: 1200 }],
        phaseMaxSeconds: [0],
        boards: [{ title: "3B", kind: BoardKind.COLUMNS, writingMode: WritingMode.PRIVATE_FIRST, columnLabels: ["Behouden", "Bannen", "Bereiken"] }],
      },
      {
        key: "cirkel-van-invloed",
        name: "Cirkel",
        boards: [{ title: "Cirkel", kind: BoardKind.CIRCLES, writingMode: WritingMode.OPEN, columnLabels: ["ignored"], participantsMayMove: true }],
      },
    ],
  }),
);

describe("template plans", () => {
  const [workshop, threeB, circles] = parseCatalogue(catalogueBytes);

  it("reads the catalogue into editable minutes", () => {
    expect(workshop.phases.map((p) => [p.minutes, p.maxMinutes])).toEqual([[15, 0], [90, 90], [15, 0]]);
    expect(workshop.maxTotalMinutes).toBe(120);
    expect(totalMinutes(workshop)).toBe(120);
    expect(threeB.boards[0].privateFirst).toBe(true);
  });

  it("advises when a phase or the whole runs over the method's maximum", () => {
    expect(adviceFor(workshop)).toEqual([]);
    const longer = { ...workshop, phases: workshop.phases.map((p, i) => (i === 1 ? { ...p, minutes: 100 } : p)) };
    expect(adviceFor(longer)).toEqual([
      { kind: "phaseOverMaximum", index: 1, minutes: 100, maxMinutes: 90 },
      { kind: "totalOverMaximum", minutes: 130, maxMinutes: 120 },
    ]);
  });

  const board7 = { kind: FocusKind.BOARD, boardId: 7n } as Focus;
  const current = [
    { title: "Waar staan we vandaag?", plannedSeconds: 900, activities: [board7] },
    { title: "Dilemma's", plannedSeconds: 5400, activities: [] },
    { title: "Conclusie en feedback", plannedSeconds: 900, activities: [] },
  ];
  const titles = (steps: TemplateSteps) => steps.agenda?.map((phase) => phase.title);

  it("replaces the agenda for the workshop, keeping the activities placed in it", () => {
    const steps = templateSteps(workshop, current, { kind: "intoPhase", phaseNumber: 2 });
    expect(steps.agenda).toEqual([
      { title: "Waar staan we vandaag?", plannedSeconds: 900, activities: [board7] },
      { title: "Dilemma's", plannedSeconds: 5400, activities: [] },
      { title: "Conclusie en feedback", plannedSeconds: 900, activities: [] },
    ]);
    expect(steps.boards).toEqual([]);
  });

  it("carries activities to the phase of the same title, else to the one at their place", () => {
    const board = (boardId: number) => ({ kind: FocusKind.BOARD, boardId: BigInt(boardId) }) as Focus;
    const old = [
      { title: "Opening", plannedSeconds: 300, activities: [board(1)] },
      { title: "Dilemma's", plannedSeconds: 600, activities: [board(2)] },
      { title: "Extra", plannedSeconds: 60, activities: [board(3)] },
      { title: "Laatste", plannedSeconds: 60, activities: [board(4)] },
    ];
    const steps = templateSteps(workshop, old, { kind: "intoPhase", phaseNumber: 0 });
    expect(steps.agenda?.map((phase) => phase.activities)).toEqual([[board(1)], [board(2)], [board(3), board(4)]]);
  });

  it("places an exercise into an existing phase without touching the agenda", () => {
    const steps = templateSteps(threeB, current, { kind: "intoPhase", phaseNumber: 1 });
    expect(steps.agenda).toBeUndefined();
    expect(steps.home).toBe(1);
    expect(steps.boards[0]).toMatchObject({ writingMode: WritingMode.PRIVATE_FIRST, columnLabels: ["Behouden", "Bannen", "Bereiken"] });
  });

  it("inserts an exercise as its own phase after the chosen one, keeping every phase's activities", () => {
    const steps = templateSteps(threeB, current, { kind: "ownPhaseAfter", phaseNumber: 1 });
    expect(titles(steps)).toEqual(["Waar staan we vandaag?", "3B", "Dilemma's", "Conclusie en feedback"]);
    expect(steps.agenda?.[0].activities).toEqual([board7]);
    expect(steps.agenda?.[1]).toEqual({ title: "3B", plannedSeconds: 1200, activities: [] });
    expect(steps.home).toBe(2);
    const atEnd = templateSteps(threeB, current, { kind: "ownPhaseAfter", phaseNumber: 0 });
    expect(titles(atEnd)?.at(-1)).toBe("3B");
    expect(atEnd.home).toBe(4);
  });

  it("appends an exercise's phase to an empty agenda", () => {
    const steps = templateSteps(threeB, [], { kind: "intoPhase", phaseNumber: 0 });
    expect(titles(steps)).toEqual(["3B"]);
    expect(steps.home).toBe(1);
  });

  it("sends no agenda without phases and no labels for a circles board", () => {
    const steps = templateSteps(circles, [], { kind: "ownPhaseAfter", phaseNumber: 0 });
    expect(steps.agenda).toBeUndefined();
    expect(steps.home).toBe(0);
    expect(steps.boards[0]).toMatchObject({ kind: BoardKind.CIRCLES, columnLabels: [], rowLabels: [], participantsMayMove: true });
  });

  it("follows an edit of the private-first switch", () => {
    const open = { ...threeB, boards: [{ ...threeB.boards[0], privateFirst: false }] };
    expect(templateSteps(open, [], { kind: "intoPhase", phaseNumber: 0 }).boards[0]).toMatchObject({ writingMode: WritingMode.OPEN });
  });
});
