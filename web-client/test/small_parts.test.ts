import { describe, expect, it } from "vitest";
import { initialLang, translate } from "../src/i18n/i18n";
import { strings } from "../src/i18n/strings";
import { BACKOFF_MAX_MS, backoffDelay } from "../src/net/backoff";
import { formatCode, parseRoute } from "../src/route";
import { computeClock, formatDuration } from "../src/store/timer_math";

describe("backoff", () => {
  it("doubles from 250 ms up to the cap and jitters downwards only", () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, () => 0))).toEqual([250, 500, 1000, 2000]);
    expect(backoffDelay(30, () => 0)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(2, () => 1)).toBe(700);
  });
});

describe("routes", () => {
  it("reads the view and its credential from the fragment", () => {
    expect(parseRoute("#/facilitate/abc")).toEqual({ view: "facilitator", secret: "abc" });
    expect(parseRoute("#/facilitator/abc")).toEqual({ view: "facilitator", secret: "abc" });
    expect(parseRoute("#/join/K7MP-4QRX")).toEqual({ view: "participant", code: "K7MP-4QRX" });
    expect(parseRoute("#/board/B0ARDC0D")).toEqual({ view: "board", code: "B0ARDC0D" });
    expect(parseRoute("#/projector/tok")).toEqual({ view: "projector", token: "tok" });
    expect(parseRoute("")).toEqual({ view: "home" });
    expect(parseRoute("#/join/")).toEqual({ view: "home" });
  });
  it("formats codes in two groups of four", () => {
    expect(formatCode("k7mp4qrx")).toBe("K7MP-4QRX");
  });
});

describe("language", () => {
  it("defaults from the browser language unless chosen", () => {
    expect(initialLang(null, "nl-BE")).toBe("nl");
    expect(initialLang(null, "en-GB")).toBe("en");
    expect(initialLang(null, "de-DE")).toBe("en");
    expect(initialLang("nl", "en-US")).toBe("nl");
  });
  it("has every key in both languages and fills parameters", () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.nl).sort());
    expect(translate("nl", "voted", { voted: 5, eligible: 7 })).toBe("5/7 gestemd");
    expect(translate("en", "voted", { voted: 5, eligible: 7 })).toBe("5/7 voted");
  });
});

describe("agenda clock", () => {
  const phases = [
    { title: "a", plannedSeconds: 60 },
    { title: "b", plannedSeconds: 120 },
  ] as never;
  it("counts down while running and shows extensions", () => {
    const timer = { phaseIndex: 0, running: true, startedAtMs: 1_000n, elapsedMs: 10_000n, extendedSeconds: 30, actualMs: [] } as never;
    const clock = computeClock(phases, timer, 21_000);
    expect(clock.remainingMs).toBe(60_000 + 30_000 - 30_000);
    expect(clock.driftMs).toBe(0);
  });
  it("adds the overrun of finished phases and of the current one to the drift", () => {
    const timer = { phaseIndex: 1, running: false, startedAtMs: 0n, elapsedMs: 130_000n, extendedSeconds: 0, actualMs: [90_000n] } as never;
    const clock = computeClock(phases, timer, 0);
    expect(clock.remainingMs).toBe(-10_000);
    expect(clock.driftMs).toBe(30_000 + 10_000);
    expect(formatDuration(clock.driftMs)).toBe("0:40");
  });
});
