import { describe, expect, it } from "vitest";
import { TimerSchema, create } from "../src/proto";
import { formatDriftMinutes, runSheet, wholeMinutes } from "../src/store/run_sheet";

const phases = [
  { title: "Waar staan we vandaag?", plannedSeconds: 15 * 60 },
  { title: "Dilemma's", plannedSeconds: 90 * 60 },
  { title: "Conclusie en feedback", plannedSeconds: 15 * 60 },
] as never[];
const minute = 60_000;

describe("run-sheet", () => {
  it("shows every phase upcoming with no drift before the timer starts", () => {
    const sheet = runSheet(phases, create(TimerSchema, {}), 0);
    expect(sheet.rows.map((r) => r.state)).toEqual(["current", "upcoming", "upcoming"]);
    expect(sheet.rows[0].actualMs).toBe(0);
    expect(sheet.rows[1].actualMs).toBeUndefined();
    expect(sheet.totalPlannedMs).toBe(120 * minute);
    expect(sheet.totalDriftMs).toBe(0);
  });

  it("takes finished phases' actual time and the running phase's time so far", () => {
    const timer = create(TimerSchema, {
      phaseIndex: 1,
      running: true,
      startedAtMs: 1_000_000n,
      elapsedMs: BigInt(10 * minute),
      actualMs: [BigInt(18 * minute)],
    });
    const sheet = runSheet(phases, timer, 1_000_000 + 5 * minute);
    expect(sheet.rows[0]).toMatchObject({ state: "done", actualMs: 18 * minute, driftMs: 3 * minute });
    expect(sheet.rows[1]).toMatchObject({ state: "current", actualMs: 15 * minute, driftMs: 0 });
    expect(sheet.rows[2]).toMatchObject({ state: "upcoming", actualMs: undefined, driftMs: 0 });
    expect(sheet.totalDriftMs).toBe(3 * minute);
  });

  it("counts a phase finished early as negative drift and a current phase over plan as positive", () => {
    const timer = create(TimerSchema, {
      phaseIndex: 1,
      running: false,
      elapsedMs: BigInt(95 * minute),
      actualMs: [BigInt(12 * minute)],
    });
    const sheet = runSheet(phases, timer, 0);
    expect(sheet.rows[0].driftMs).toBe(-3 * minute);
    expect(sheet.rows[1].driftMs).toBe(5 * minute);
    expect(sheet.totalDriftMs).toBe(2 * minute);
  });

  it("marks every phase done once the agenda is finished", () => {
    const timer = create(TimerSchema, { phaseIndex: 3, actualMs: [BigInt(15 * minute), BigInt(80 * minute), BigInt(20 * minute)] });
    const sheet = runSheet(phases, timer, 0);
    expect(sheet.rows.map((r) => r.state)).toEqual(["done", "done", "done"]);
    expect(sheet.totalDriftMs).toBe(-5 * minute);
  });

  it("formats drift with a sign in whole minutes", () => {
    expect(formatDriftMinutes(3 * minute)).toBe("+3");
    expect(formatDriftMinutes(-2 * minute - 10_000)).toBe("-2");
    expect(formatDriftMinutes(20_000)).toBe("0");
    expect(wholeMinutes(89.6 * minute)).toBe(90);
  });
});
