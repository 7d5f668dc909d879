// The device's estimate of the server's clock, from Welcome and every Pong, and the remaining time
// it gives on devices whose own clocks disagree.
import { describe, expect, it } from "vitest";
import { CLOCK_SAMPLES_KEPT, ClockOffsetEstimator } from "../src/net/clock_offset";
import { PING_INTERVAL_MS } from "../src/net/room_client";
import { computeClock } from "../src/store/timer_math";
import { ManualTimers } from "./fakes";
import type { FakeConnection } from "./fakes";
import { event, joinFresh, setup } from "./room_client_setup";

describe("ClockOffsetEstimator", () => {
  it("is 0 before any sample", () => {
    expect(new ClockOffsetEstimator().offsetMs).toBe(0);
  });

  it("takes the middle of the round trip: server time minus the mean of send and receive", () => {
    const clock = new ClockOffsetEstimator();
    clock.addSample(1_000, 1_200, 50_100);
    expect(clock.offsetMs).toBe(50_100 - 1_100);
  });

  it("believes the sample with the smallest round trip: one slow reply does not move the clock", () => {
    const clock = new ClockOffsetEstimator();
    clock.addSample(0, 40, 10_020);
    expect(clock.offsetMs).toBe(10_000);
    // A reply held up 3 s on its way back: its middle is 1.5 s off.
    clock.addSample(2_000, 5_040, 12_020);
    expect(clock.offsetMs).toBe(10_000);
    // A faster one wins, even when it says something else.
    clock.addSample(6_000, 6_010, 16_105);
    expect(clock.offsetMs).toBe(10_100);
  });

  it(`forgets a sample after ${CLOCK_SAMPLES_KEPT} newer ones, so a change of the device's clock is followed`, () => {
    const clock = new ClockOffsetEstimator();
    const start = 1_000_000;
    clock.addSample(start, start + 10, start + 10_005);
    // The device's clock is set an hour ahead: every later sample says -50 minutes, slower.
    const later = (i: number) => start + 3_600_000 + i * 2_000;
    for (let i = 1; i < CLOCK_SAMPLES_KEPT; i++) clock.addSample(later(i), later(i) + 50, later(i) + 25 - 3_000_000);
    expect(clock.offsetMs).toBe(10_000);
    clock.addSample(later(CLOCK_SAMPLES_KEPT), later(CLOCK_SAMPLES_KEPT) + 50, later(CLOCK_SAMPLES_KEPT) + 25 - 3_000_000);
    expect(clock.offsetMs).toBe(-3_000_000);
  });

  it("ignores a reply without the server's time and a round trip that ran backwards", () => {
    const clock = new ClockOffsetEstimator();
    clock.addSample(0, 100, 7_050);
    clock.addSample(200, 210, 0);
    clock.addSample(300, 290, 99_999);
    expect(clock.offsetMs).toBe(7_000);
  });
});

// The server's Welcome for the Hello on `connection`, stamped `serverTimeMs`.
function welcome(connection: FakeConnection, serverTimeMs: number) {
  const hello = connection.ofCase("hello")[0];
  connection.push({ requestId: hello.requestId, payload: { case: "welcome", value: { serverTimeMs: BigInt(serverTimeMs) } } });
}

describe("RoomClient's clock", () => {
  it("sets its offset from Welcome, measured against the Hello's send time", () => {
    const timers = new ManualTimers(1_000_000);
    const { network, client } = setup(undefined, timers);
    client.start();
    network.last.open();
    timers.advance(80);
    welcome(network.last, 1_120_040);
    expect(client.serverOffsetMs).toBe(120_000);
    expect(client.serverNow()).toBe(timers.now() + 120_000);
  });

  it("refines it from each Pong, whose nonce is the Ping's send time", () => {
    const timers = new ManualTimers(1_000_000);
    const { network, client } = setup(undefined, timers);
    client.start();
    const connection = network.last;
    connection.open();
    timers.advance(900);
    welcome(connection, 1_000_450 - 3_000);
    expect(client.serverOffsetMs).toBe(-3_000);
    joinFresh(network);
    timers.advance(PING_INTERVAL_MS - 900);
    const ping = connection.ofCase("ping")[0];
    if (ping.payload.case !== "ping") throw new Error("unreachable");
    expect(Number(ping.payload.value.nonce)).toBe(timers.now());
    timers.advance(20);
    connection.push({
      requestId: ping.requestId,
      payload: { case: "pong", value: { nonce: ping.payload.value.nonce, serverTimeMs: BigInt(timers.now() - 10 - 2_500) } },
    });
    expect(client.serverOffsetMs).toBe(-2_500);
  });

  it("shows the same remaining time on devices two minutes ahead, right and two minutes behind", () => {
    const serverStart = 5_000_000;
    const remaining = [120_000, 0, -120_000].map((skew) => {
      const timers = new ManualTimers(serverStart + skew);
      const { network, client } = setup(undefined, timers);
      client.start();
      const connection = network.last;
      connection.open();
      timers.advance(30);
      welcome(connection, serverStart + 15);
      joinFresh(network, 0n);
      connection.push(event(1n, { case: "agendaSet", value: { phases: [{ title: "Start", plannedSeconds: 600 }] } }));
      connection.push(
        event(2n, { case: "timerChanged", value: { timer: { running: true, startedAtMs: BigInt(serverStart + 30), phaseIndex: 0 } } }),
      );
      timers.advance(60_000);
      return computeClock(client.state.phases, client.state.timer, client.serverNow()).remainingMs;
    });
    expect(remaining).toEqual([540_000, 540_000, 540_000]);
  });
});
