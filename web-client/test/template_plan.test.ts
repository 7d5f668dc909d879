import { describe, expect, it } from "vitest";
import { BoardKind, TemplateCatalogueSchema, WritingMode, create, toBinary } from "../src/proto";
import { adviceFor, parseCatalogue, templateCommands, totalMinutes } from "../src/store/template_plan";

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

  it("replaces the agenda for the workshop and appends an exercise", () => {
    const current = [{ title: "Opening", plannedSeconds: 300 }];
    const replace = templateCommands(workshop, current);
    expect(replace).toHaveLength(1);
    expect(replace[0]).toEqual({
      case: "setAgenda",
      value: { phases: [{ title: "Waar staan we vandaag?", plannedSeconds: 900 }, { title: "Dilemma's", plannedSeconds: 5400 }, { title: "Conclusie en feedback", plannedSeconds: 900 }] },
    });
    const append = templateCommands(threeB, current);
    expect(append[0]).toEqual({ case: "setAgenda", value: { phases: [{ title: "Opening", plannedSeconds: 300 }, { title: "3B", plannedSeconds: 1200 }] } });
    expect(append[1]).toMatchObject({ case: "addBoard", value: { writingMode: WritingMode.PRIVATE_FIRST, columnLabels: ["Behouden", "Bannen", "Bereiken"] } });
  });

  it("sends no agenda without phases and no labels for a circles board", () => {
    const commands = templateCommands(circles, []);
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatchObject({ case: "addBoard", value: { kind: BoardKind.CIRCLES, columnLabels: [], rowLabels: [], participantsMayMove: true } });
  });

  it("follows an edit of the private-first switch", () => {
    const open = { ...threeB, boards: [{ ...threeB.boards[0], privateFirst: false }] };
    expect(templateCommands(open, [])[1]).toMatchObject({ value: { writingMode: WritingMode.OPEN } });
  });
});
