// A connection that goes silent without closing (hanging Wi-Fi), timers held back by the device, and
// the browser's `online` event: the room client notices within seconds, reconnects, and loses no
// pending command.
import { describe, expect, it } from "vitest";
import { PING_INTERVAL_MS } from "../src/net/room_client";
import { JOINING_SILENCE_LIMIT_MS, SILENCE_LIMIT_MS } from "../src/net/silence_watch";
import type { FakeConnection } from "./fakes";
import { event, joinFresh, setup } from "./room_client_setup";

// The server's side of every Ping sent on `connection` so far and not yet answered.
function answerPings(connection: FakeConnection, answered: Set<bigint>) {
  for (const ping of connection.ofCase("ping")) {
    if (answered.has(ping.requestId) || ping.payload.case !== "ping") continue;
    answered.add(ping.requestId);
    connection.push({
      requestId: ping.requestId,
      payload: { case: "pong", value: { nonce: ping.payload.value.nonce, serverTimeMs: 5n } },
    });
  }
}

function idempotencyKey(connection: FakeConnection): number[] {
  const sent = connection.ofCase("command")[0];
  if (sent.payload.case !== "command") throw new Error("no command sent");
  return Array.from(sent.payload.value.idempotencyKey);
}

describe("connection liveness", () => {
  it("pings every 2 s once the connection is open, not before", () => {
    const { network, timers, client } = setup();
    client.start();
    timers.advance(PING_INTERVAL_MS * 2);
    expect(network.last.ofCase("ping")).toHaveLength(0);
    const connection = joinFresh(network);
    const answered = new Set<bigint>();
    for (let tick = 1; tick <= 3; tick++) {
      timers.advance(PING_INTERVAL_MS);
      expect(connection.ofCase("ping")).toHaveLength(tick);
      answerPings(connection, answered);
    }
    expect(PING_INTERVAL_MS).toBeLessThan(SILENCE_LIMIT_MS);
  });

  it("a joined connection that answers its pings stays up", () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network);
    const answered = new Set<bigint>();
    for (let elapsed = 0; elapsed < 60_000; elapsed += 500) {
      timers.advance(500);
      answerPings(connection, answered);
    }
    expect(client.status).toBe("joined");
    expect(network.connections).toHaveLength(1);
    expect(answered.size).toBe(60_000 / PING_INTERVAL_MS);
  });

  it("any frame counts as a sign of life, not only a Pong", () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network, 10n);
    for (let seq = 11n; seq < 21n; seq++) {
      timers.advance(SILENCE_LIMIT_MS - 1);
      connection.push(event(seq));
    }
    expect(client.status).toBe("joined");
    expect(connection.closed).toBe(false);
  });

  it("drops a connection silent for 4 s at once, shows reconnecting and reconnects with the backoff", () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network);
    timers.advance(SILENCE_LIMIT_MS - 1);
    expect(client.status).toBe("joined");
    expect(connection.closed).toBe(false);
    timers.advance(1);
    expect(connection.closed).toBe(true);
    expect(client.status).toBe("reconnecting");
    timers.advance(249);
    expect(network.connections).toHaveLength(1);
    timers.advance(1);
    expect(network.connections).toHaveLength(2);
  });

  it("silence counts from the last frame: a Pong just before the freeze moves the deadline", () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network);
    timers.advance(3_000);
    answerPings(connection, new Set());
    timers.advance(SILENCE_LIMIT_MS - 1);
    expect(connection.closed).toBe(false);
    timers.advance(1);
    expect(connection.closed).toBe(true);
  });

  it("a command sent into a silent connection is resent once, same key, after the reconnect", async () => {
    const { network, timers, client } = setup();
    client.start();
    const frozen = joinFresh(network);
    const acked = client.command({ case: "startTimer", value: {} });
    timers.advance(SILENCE_LIMIT_MS + 250);
    const next = joinFresh(network);
    expect(next.ofCase("command")).toHaveLength(1);
    expect(idempotencyKey(next)).toEqual(idempotencyKey(frozen));
    expect(client.pendingCount()).toBe(1);
    const retry = next.ofCase("command")[0];
    next.push({ requestId: retry.requestId, payload: { case: "ack", value: { seq: 1n, createdId: 0n } } });
    await expect(acked).resolves.toMatchObject({ seq: 1n });
    expect(client.pendingCount()).toBe(0);
  });

  it("ignores what a dropped connection still reports: its late frames and its close", () => {
    const { network, timers, client } = setup();
    client.start();
    const frozen = joinFresh(network, 10n);
    timers.advance(SILENCE_LIMIT_MS + 250);
    joinFresh(network, 10n);
    frozen.push(event(11n, { case: "hiddenNoteCount", value: { boardId: 1n, hiddenCount: 4 } }));
    expect(client.state.seq).toBe(10n);
    frozen.drop();
    expect(client.status).toBe("joined");
    timers.advance(SILENCE_LIMIT_MS - 1);
    expect(network.connections).toHaveLength(2);
  });

  it("gives a connect that never opens the joining limit, then tries again", () => {
    const { network, timers, client } = setup();
    client.start();
    timers.advance(JOINING_SILENCE_LIMIT_MS - 1);
    expect(network.connections[0].closed).toBe(false);
    timers.advance(1);
    expect(network.connections[0].closed).toBe(true);
    expect(client.status).toBe("reconnecting");
    timers.advance(250);
    expect(network.connections).toHaveLength(2);
  });

  it("a device whose timers were held back probes before judging: a Pong keeps the connection", () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network);
    timers.stall(60_000);
    timers.advance(0);
    expect(connection.closed).toBe(false);
    expect(client.status).toBe("joined");
    expect(connection.ofCase("ping").length).toBeGreaterThan(0);
    const answered = new Set<bigint>();
    for (let elapsed = 0; elapsed < 3 * SILENCE_LIMIT_MS; elapsed += 1000) {
      answerPings(connection, answered);
      timers.advance(1000);
    }
    expect(connection.closed).toBe(false);
    expect(network.connections).toHaveLength(1);
  });

  it("a device whose timers were held back drops the connection when its probe goes unanswered", () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network);
    timers.stall(60_000);
    timers.advance(SILENCE_LIMIT_MS - 1);
    expect(connection.closed).toBe(false);
    timers.advance(1);
    expect(connection.closed).toBe(true);
    expect(client.status).toBe("reconnecting");
  });

  it("on `online` reconnects at once and starts the backoff over", () => {
    const { network, timers, client, online } = setup();
    client.start();
    joinFresh(network);
    network.last.drop();
    // Refused five times: 250, 500, 1000, 2000 and 4000 ms waited, the next wait would be 8 s.
    for (const wait of [250, 500, 1000, 2000, 4000]) {
      timers.advance(wait);
      network.last.drop();
    }
    expect(network.connections).toHaveLength(6);
    timers.advance(1000);
    expect(network.connections).toHaveLength(6);
    online.fire();
    expect(network.connections).toHaveLength(7);
    expect(client.status).toBe("reconnecting");
    network.last.drop();
    timers.advance(250);
    expect(network.connections).toHaveLength(8);
    joinFresh(network);
    expect(client.status).toBe("joined");
  });

  it("on `online` replaces a connect stuck on the old network", () => {
    const { network, timers, client, online } = setup();
    client.start();
    joinFresh(network);
    network.last.drop();
    timers.advance(250);
    const stuck = network.last;
    online.fire();
    expect(stuck.closed).toBe(true);
    expect(network.connections).toHaveLength(3);
    joinFresh(network);
    expect(client.status).toBe("joined");
  });

  it("on `online` while joined only probes the connection: a ping now, no new connection", () => {
    const { network, timers, client, online } = setup();
    client.start();
    const connection = joinFresh(network);
    timers.advance(500);
    online.fire();
    expect(connection.ofCase("ping")).toHaveLength(1);
    expect(network.connections).toHaveLength(1);
    timers.advance(SILENCE_LIMIT_MS - 500);
    expect(connection.closed).toBe(true);
  });

  it("stops listening for `online` when stopped", () => {
    const { network, client, online } = setup();
    client.start();
    expect(online.listening).toBe(1);
    client.stop();
    expect(online.listening).toBe(0);
    online.fire();
    expect(network.connections).toHaveLength(1);
  });
});
