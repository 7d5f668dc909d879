import { describe, expect, it } from "vitest";
import { DeviceSecrets, memoryStore } from "../src/store/device_secrets";
import { ErrorCode } from "../src/proto";
import { event, joinFresh, memberSecret, setup } from "./room_client_setup";

describe("RoomClient", () => {
  it("says Hello first, then joins with the credential and without resume on a first join", () => {
    const { network, client } = setup();
    client.start();
    network.last.open();
    const [hello, join] = network.last.sent;
    expect(hello.payload.case).toBe("hello");
    expect(join.payload.case).toBe("joinRoom");
    if (join.payload.case !== "joinRoom") throw new Error("unreachable");
    expect(join.payload.value.credential).toEqual({ case: "participantCode", value: "K7MP4QRX" });
    expect(join.payload.value.displayName).toBe("Anna");
    expect(join.payload.value.resumeFrom).toBeUndefined();
  });

  it("keeps the member secret and rejoins with it after a reload", () => {
    const store = memoryStore();
    const first = setup(store);
    first.client.start();
    joinFresh(first.network);
    expect(first.client.status).toBe("joined");
    first.client.stop();

    const second = setup(store);
    second.client.start();
    second.network.last.open();
    const join = second.network.last.ofCase("joinRoom")[0];
    if (join.payload.case !== "joinRoom") throw new Error("unreachable");
    expect(Array.from(join.payload.value.memberSecret)).toEqual(Array.from(memberSecret));
  });

  it("applies events in order, ignores duplicates and reconnects with resume on a gap", () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network, 10n);
    connection.push(event(11n, { case: "hiddenNoteCount", value: { boardId: 1n, hiddenCount: 2 } }));
    connection.push(event(11n, { case: "hiddenNoteCount", value: { boardId: 1n, hiddenCount: 9 } }));
    expect(client.state.seq).toBe(11n);
    expect(client.state.boards[0].hiddenCount).toBe(2);

    connection.push(event(13n));
    expect(client.state.seq).toBe(11n);
    expect(connection.closed).toBe(true);
    expect(client.status).toBe("reconnecting");

    timers.advance(250);
    expect(network.connections).toHaveLength(2);
    network.last.open();
    const join = network.last.ofCase("joinRoom")[0];
    if (join.payload.case !== "joinRoom") throw new Error("unreachable");
    expect(join.payload.value.resumeFrom).toMatchObject({ epoch: 3n, seq: 11n });
  });

  it("handles every message of a batched frame in order and stops at the one that drops the connection", () => {
    const { network, client } = setup();
    client.start();
    const connection = joinFresh(network, 10n);
    connection.pushBatch([
      event(11n, { case: "hiddenNoteCount", value: { boardId: 1n, hiddenCount: 2 } }),
      event(12n, { case: "hiddenNoteCount", value: { boardId: 1n, hiddenCount: 3 } }),
    ]);
    expect(client.state.seq).toBe(12n);
    expect(client.state.boards[0].hiddenCount).toBe(3);

    // A gap in the middle of a batch: what follows it in the frame is not applied.
    connection.pushBatch([
      event(14n),
      event(13n, { case: "hiddenNoteCount", value: { boardId: 1n, hiddenCount: 7 } }),
    ]);
    expect(client.state.seq).toBe(12n);
    expect(client.state.boards[0].hiddenCount).toBe(3);
    expect(connection.closed).toBe(true);
    expect(client.status).toBe("reconnecting");
  });

  it("resends a pending command with the same idempotency key after a reconnect", async () => {
    const { network, timers, client } = setup();
    client.start();
    joinFresh(network);
    const acked = client.command({ case: "startTimer", value: {} });
    const firstTry = network.last.ofCase("command")[0];
    expect(client.pendingCount()).toBe(1);

    network.last.drop();
    expect(client.status).toBe("reconnecting");
    timers.advance(250);
    const connection = joinFresh(network);
    const retry = connection.ofCase("command")[0];
    if (retry.payload.case !== "command" || firstTry.payload.case !== "command") throw new Error("unreachable");
    expect(Array.from(retry.payload.value.idempotencyKey)).toEqual(Array.from(firstTry.payload.value.idempotencyKey));
    expect(retry.payload.value.idempotencyKey.length).toBeGreaterThanOrEqual(16);

    connection.push({ requestId: retry.requestId, payload: { case: "ack", value: { seq: 1n, createdId: 0n } } });
    await expect(acked).resolves.toMatchObject({ seq: 1n });
    expect(client.pendingCount()).toBe(0);
  });

  it("sends a command refused for now (storage, rate) again on the same connection, same key, after a backoff", async () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network);
    const acked = client.command({ case: "startTimer", value: {} });
    const keyOf = (sent: (typeof connection.sent)[number]) => {
      if (sent.payload.case !== "command") throw new Error("unreachable");
      return Array.from(sent.payload.value.idempotencyKey);
    };
    const first = connection.ofCase("command")[0];
    connection.push({ requestId: first.requestId, payload: { case: "error", value: { code: ErrorCode.STORAGE_UNAVAILABLE, detail: "" } } });
    expect(connection.closed).toBe(false);
    expect(client.pendingCount()).toBe(1);
    timers.advance(249);
    expect(connection.ofCase("command")).toHaveLength(1);
    timers.advance(1);
    const second = connection.ofCase("command")[1];
    expect(keyOf(second)).toEqual(keyOf(first));
    expect(second.requestId).not.toBe(first.requestId);

    // A late answer to the first try settles nothing; the second refusal waits twice as long.
    connection.push({ requestId: first.requestId, payload: { case: "error", value: { code: ErrorCode.FORBIDDEN, detail: "" } } });
    expect(client.pendingCount()).toBe(1);
    connection.push({ requestId: second.requestId, payload: { case: "error", value: { code: ErrorCode.RATE_LIMITED, detail: "" } } });
    timers.advance(499);
    expect(connection.ofCase("command")).toHaveLength(2);
    timers.advance(1);
    const third = connection.ofCase("command")[2];
    expect(keyOf(third)).toEqual(keyOf(first));
    connection.push({ requestId: third.requestId, payload: { case: "ack", value: { seq: 4n, createdId: 0n } } });
    await expect(acked).resolves.toMatchObject({ seq: 4n });
    expect(client.pendingCount()).toBe(0);
  });

  it("a command waiting to be sent again goes once, at the next join, when the connection drops meanwhile", () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network);
    void client.command({ case: "startTimer", value: {} });
    const first = connection.ofCase("command")[0];
    connection.push({ requestId: first.requestId, payload: { case: "error", value: { code: ErrorCode.STORAGE_UNAVAILABLE, detail: "" } } });
    connection.drop();
    timers.advance(250);
    const next = joinFresh(network);
    expect(next.ofCase("command")).toHaveLength(1);
    timers.advance(10_000);
    expect(next.ofCase("command")).toHaveLength(1);
    expect(connection.ofCase("command")).toHaveLength(1);
  });

  it("does not send commands before the join is answered", () => {
    const { network, client } = setup();
    client.start();
    network.last.open();
    void client.command({ case: "startTimer", value: {} }).catch(() => undefined);
    expect(network.last.ofCase("command")).toHaveLength(0);
  });

  it("rejects a command the room refuses and forgets it", async () => {
    const { network, client } = setup();
    client.start();
    const connection = joinFresh(network);
    const result = client.command({ case: "startTimer", value: {} });
    const sent = connection.ofCase("command")[0];
    connection.push({ requestId: sent.requestId, payload: { case: "error", value: { code: ErrorCode.FORBIDDEN, detail: "no" } } });
    await expect(result).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(client.pendingCount()).toBe(0);
  });

  it("backs off exponentially between failed attempts and resets after a join", () => {
    const { network, timers, client } = setup();
    client.start();
    network.last.drop();
    timers.advance(249);
    expect(network.connections).toHaveLength(1);
    timers.advance(1);
    expect(network.connections).toHaveLength(2);
    network.last.drop();
    timers.advance(499);
    expect(network.connections).toHaveLength(2);
    timers.advance(1);
    expect(network.connections).toHaveLength(3);
    joinFresh(network);
    network.last.drop();
    timers.advance(250);
    expect(network.connections).toHaveLength(4);
  });

  it("stops for good when the room does not exist", () => {
    const { network, timers, client } = setup();
    client.start();
    network.last.open();
    const join = network.last.ofCase("joinRoom")[0];
    network.last.push({ requestId: join.requestId, payload: { case: "error", value: { code: ErrorCode.ROOM_NOT_FOUND } } });
    expect(client.status).toBe("failed");
    timers.advance(60_000);
    expect(network.connections).toHaveLength(1);
  });

  it("claims its own hidden notes after a join, with the secrets it holds", () => {
    const store = memoryStore();
    const secrets = new DeviceSecrets(store, "participantCode.K7MP4QRX");
    secrets.addNoteSecret(42n, new Uint8Array(32).fill(1));
    const { network, client } = setup(store);
    client.start();
    const connection = joinFresh(network);
    const claim = connection.ofCase("claimNotes")[0];
    if (claim.payload.case !== "claimNotes") throw new Error("unreachable");
    expect(claim.payload.value.noteSecrets).toHaveLength(1);
    connection.push({
      requestId: claim.requestId,
      payload: { case: "ownNotes", value: { notes: [{ id: 42n, boardId: 1n, zoneId: 0, text: "mine" }] } },
    });
    expect(client.state.ownHidden.map((note) => note.text)).toEqual(["mine"]);
  });

  it("stops for good when the room is deleted: no reconnect", () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network, 4n);
    connection.push({ requestId: 0n, payload: { case: "roomDeleted", value: {} } });
    expect(client.status).toBe("failed");
    expect(client.deleted).toBe(true);
    timers.advance(60_000);
    expect(network.connections).toHaveLength(1);
  });

  it("keeps the secret of its own visible note and tells the views at once", () => {
    const { client } = setup();
    let notified = 0;
    client.subscribe(() => notified++);
    client.rememberOwnNote(77n, new Uint8Array(32).fill(3));
    expect(client.secrets.noteSecret(77n)).toEqual(new Uint8Array(32).fill(3));
    expect(notified).toBe(1);
  });

  it("follows GoingAway: reconnects after the delay the server asks for", () => {
    const { network, timers, client } = setup();
    client.start();
    const connection = joinFresh(network, 4n);
    connection.push({ requestId: 0n, payload: { case: "goingAway", value: { retryAfterMs: 1000 } } });
    expect(client.status).toBe("reconnecting");
    timers.advance(999);
    expect(network.connections).toHaveLength(1);
    timers.advance(1);
    expect(network.connections).toHaveLength(2);
  });
});
