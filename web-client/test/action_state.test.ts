import { describe, expect, it } from "vitest";
import { ActionTerm, RankingEntrySchema, create } from "../src/proto";
import { entryMeans, formatMean, isCompleteScore, rankedActions, splitItems } from "../src/store/action_state";
import { DeviceSecrets, memoryStore } from "../src/store/device_secrets";
import { applyEvent } from "../src/store/room_state";
import { ev, roomFrom } from "./room_events";

const saved = (id: bigint, title: string, extra: Record<string, unknown> = {}) =>
  ev({ case: "actionSaved", value: { action: { id, title, ...extra } } });

describe("action state", () => {
  it("adds an action, replaces its fields on a later save and removes it", () => {
    let state = applyEvent(roomFrom(), saved(1n, "Tochtstrips", { noteId: 4n, circleZone: 1 }));
    expect(state.spotlight).toBe("actions");
    state = applyEvent(state, saved(1n, "Tochtstrips plaatsen", { noteId: 4n, owner: "Team onderhoud", term: ActionTerm.SHORT, pros: ["warmer"] }));
    expect(state.actions).toHaveLength(1);
    expect(state.actions[0]).toMatchObject({ title: "Tochtstrips plaatsen", owner: "Team onderhoud", term: ActionTerm.SHORT, pros: ["warmer"] });
    state = applyEvent(state, saved(2n, "Bewonersavond"));
    state = applyEvent(state, ev({ case: "actionRemoved", value: { actionId: 1n } }));
    expect(state.actions.map((a) => a.title)).toEqual(["Bewonersavond"]);
  });

  it("keeps only the count of scorers until the ranking is revealed", () => {
    let state = applyEvent(roomFrom(), saved(1n, "Tochtstrips"));
    state = applyEvent(state, ev({ case: "actionScoreProgress", value: { actionId: 1n, scorers: 2 } }));
    expect(state.actions[0].scorers).toBe(2);
    expect(state.ranking).toEqual([]);
    expect(rankedActions(state)).toEqual([]);
  });

  it("computes each criterion's mean and a total with reach S/M/L weighed as 1/3/5", () => {
    // Two scorers: likelihood 4+5, visibility 3+3, fits 5+4, reach L+M (3+2), concreteness 2+4.
    const entry = create(RankingEntrySchema, {
      actionId: 1n,
      scorers: 2,
      sums: { likelihood: 9, visibility: 6, fitsVision: 9, reach: 5, concreteness: 6 },
    });
    const means = entryMeans(entry);
    expect(means).toMatchObject({ likelihood: 4.5, visibility: 3, fitsVision: 4.5, reach: 2.5, concreteness: 3 });
    // 4.5 + 3 + 4.5 + (2 * 2.5 - 1) + 3 = 19
    expect(means?.total).toBe(19);
    expect(formatMean(19)).toBe("19.0");
    expect(formatMean(3.25)).toBe("3.3");
    expect(entryMeans(create(RankingEntrySchema, { actionId: 2n, scorers: 0, sums: {} }))).toBeUndefined();
  });

  it("ranks in the server's order, leaving out actions removed since", () => {
    let state = applyEvent(roomFrom(), saved(1n, "A"));
    state = applyEvent(state, saved(2n, "B"));
    state = applyEvent(state, saved(3n, "C"));
    state = applyEvent(
      state,
      ev({
        case: "rankingRevealed",
        value: {
          entries: [
            { actionId: 2n, scorers: 1, sums: { likelihood: 5, visibility: 5, fitsVision: 5, reach: 3, concreteness: 5 } },
            { actionId: 1n, scorers: 1, sums: { likelihood: 1, visibility: 1, fitsVision: 1, reach: 1, concreteness: 1 } },
            { actionId: 3n, scorers: 0, sums: {} },
          ],
        },
      }),
    );
    expect(rankedActions(state).map((r) => [r.rank, r.action.title, r.means?.total])).toEqual([
      [1, "B", 25],
      [2, "A", 5],
      [3, "C", undefined],
    ]);
    state = applyEvent(state, ev({ case: "actionRemoved", value: { actionId: 2n } }));
    expect(rankedActions(state).map((r) => [r.rank, r.action.title])).toEqual([
      [1, "A"],
      [2, "C"],
    ]);
  });

  it("takes actions and the ranking from a snapshot", () => {
    const state = roomFrom({ actions: [{ id: 1n, title: "A", scorers: 3 }], ranking: [{ actionId: 1n, scorers: 3 }] });
    expect(state.actions[0].scorers).toBe(3);
    expect(state.ranking).toHaveLength(1);
    expect(state.spotlight).toBe("actions");
  });

  it("accepts a score only with every criterion in its range", () => {
    const full = { likelihood: 5, visibility: 1, fitsVision: 3, reach: 3, concreteness: 2 };
    expect(isCompleteScore(full)).toBe(true);
    expect(isCompleteScore({ ...full, reach: 4 })).toBe(false);
    expect(isCompleteScore({ ...full, likelihood: 0 })).toBe(false);
    expect(isCompleteScore({ likelihood: 5 })).toBe(false);
  });

  it("keeps this device's scores per room and action", () => {
    const store = memoryStore();
    const mine = new DeviceSecrets(store, "participantCode.ABCD2345");
    mine.setActionScores(7n, { likelihood: 4 });
    expect(mine.actionScores(7n)).toEqual({ likelihood: 4 });
    expect(mine.actionScores(8n)).toBeUndefined();
    expect(new DeviceSecrets(store, "participantCode.OTHER234").actionScores(7n)).toBeUndefined();
  });

  it("splits pros and cons one per line, dropping blank lines", () => {
    expect(splitItems(" warmer \n\n goedkoper\n")).toEqual(["warmer", "goedkoper"]);
  });
});
