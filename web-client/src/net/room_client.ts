// One device's session in one room: connects, says Hello, joins (resuming from the last applied
// event), applies events strictly in seq order, and keeps every command pending until its Ack.
// On any loss of the connection it reconnects with backoff and resends the pending commands with
// their original idempotency keys, so a command is applied at most once whatever happens. A command
// the room could not take for now (storage unavailable, rate limited) is sent again on the same
// connection after a backoff, with the same key: it is never lost to a passing refusal.
//
// A connection that goes silent (silence_watch.ts) is dropped and replaced like a closed one; when
// the browser says the network is back (`online`), a waiting reconnect happens at once. The
// server's clock is estimated from Welcome and every Pong (clock_offset.ts): `serverNow()` is the
// time every deadline is read against.
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { Ack, ClientMessage, ProgrammeOverview, ServerMessage } from "../proto";
import {
  ClientMessageSchema,
  ErrorCode,
  ProtocolVersion,
  Role,
  RoomCommandSchema,
  ServerBatchSchema,
  create,
  fromBinary,
  toBinary,
} from "../proto";
import type { DeviceSecrets } from "../store/device_secrets";
import type { RoomState } from "../store/room_types";
import { addOwnHidden, applyEvent, emptyRoom, fromSnapshot, setOwnNotes } from "../store/room_state";
import { backoffDelay } from "./backoff";
import { ClockOffsetEstimator } from "./clock_offset";
import type { OnlineSignal } from "./online_signal";
import { browserOnlineSignal } from "./online_signal";
import { randomBytes } from "./random";
import { JOINING_SILENCE_LIMIT_MS, SILENCE_LIMIT_MS, SilenceWatch } from "./silence_watch";
import type { Timers } from "./timers";
import { browserTimers } from "./timers";
import type { Transport, TransportFactory } from "./transport";

export type { Timers } from "./timers";

export type CredentialKind = "facilitatorSecret" | "participantCode" | "boardCode" | "projectorToken";

export interface Credential {
  kind: CredentialKind;
  value: string;
}

// A silent connection shows as "reconnecting", the same as a closed one, with no state of its own:
// for a participant both mean "what you do now waits until the connection is back" (a note stays
// in its box, "sending…"), and the client drops the silent socket at once anyway, so a separate
// "silent" state would flash by only to be replaced by "reconnecting".
export type ConnectionStatus = "connecting" | "joined" | "reconnecting" | "failed";

// While a connection is open it is pinged this often: a Ping is a few bytes, 0.5 requests a second
// against the server's 30 per connection (docs/operations.md), and it keeps a live connection heard
// from well inside SILENCE_LIMIT_MS. Each Pong is also a clock sample.
export const PING_INTERVAL_MS = 2_000;

export class CommandRejected extends Error {
  constructor(
    readonly code: ErrorCode,
    detail: string,
  ) {
    super(detail || ErrorCode[code]);
  }
}

// A command as its init shape: { case: "addNote", value: { boardId, ... } }.
export type CommandInit = NonNullable<MessageInitShape<typeof RoomCommandSchema>["command"]>;

interface PendingCommand {
  key: Uint8Array;
  command: CommandInit;
  requestId: bigint;
  // Sends after a passing refusal so far: the next one waits backoffDelay(retries).
  retries: number;
  retryTimer?: unknown;
  resolve(ack: Ack): void;
  reject(error: Error): void;
}

// Errors after which the same command may succeed later on this connection, sent again after a
// backoff. The room remembers no rejection, so the retry is decided afresh, under the same key.
const RETRY_LATER = new Set<ErrorCode>([ErrorCode.STORAGE_UNAVAILABLE, ErrorCode.RATE_LIMITED]);
// Errors after which the same command may succeed on a later connection.
const RETRY_ON_NEXT_JOIN = new Set<ErrorCode>([ErrorCode.GOING_AWAY, ErrorCode.NOT_JOINED]);

export interface RoomClientOptions {
  credential: Credential;
  displayName?: string;
  transport: TransportFactory;
  secrets: DeviceSecrets;
  timers?: Timers;
  random?: () => number;
  // The browser's `online` event by default.
  online?: OnlineSignal;
}

export class RoomClient {
  state: RoomState = emptyRoom();
  status: ConnectionStatus = "connecting";
  role: Role = Role.UNSPECIFIED;
  memberId = 0n;
  failure: ErrorCode | undefined;
  // The facilitator deleted the room: it is gone from every store, nothing to rejoin.
  deleted = false;
  // A programme's lead: the latest answer to requestOverview() (the server never pushes it).
  overview: ProgrammeOverview | undefined;

  private transport: Transport | undefined;
  // The transport has opened and Hello went out: pings may follow.
  private opened = false;
  private helloSentAt = 0;
  private attempt = 0;
  private nextRequestId = 1n;
  private joinRequestId = 0n;
  private joined = false;
  private stopped = false;
  private reconnectTimer: unknown;
  private pingTimer: unknown;
  private stopListeningOnline: (() => void) | undefined;
  private readonly silence: SilenceWatch;
  private readonly clock = new ClockOffsetEstimator();
  private readonly pending = new Map<string, PendingCommand>();
  private readonly listeners = new Set<() => void>();
  private readonly timers: Timers;

  constructor(private readonly options: RoomClientOptions) {
    this.timers = options.timers ?? browserTimers;
    this.silence = new SilenceWatch(
      this.timers,
      () => this.dropConnection(),
      () => this.ping(),
    );
  }

  // The address people in the room reach the service at (--public-url, from Welcome); empty when
  // the operator set none. Links and QR codes use linkOrigin() (route.ts).
  publicUrl = "";
  // Milliseconds to add to the local clock to read the server's (0 until the first Welcome).
  get serverOffsetMs(): number {
    return this.clock.offsetMs;
  }

  // The server's clock now, as this device estimates it: what every deadline is compared with.
  serverNow(): number {
    return this.timers.now() + this.clock.offsetMs;
  }

  get secrets(): DeviceSecrets {
    return this.options.secrets;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  pendingCount(): number {
    return this.pending.size;
  }

  start(): void {
    this.stopped = false;
    this.connect();
    this.pingTimer = this.timers.setInterval(() => this.ping(), PING_INTERVAL_MS);
    this.stopListeningOnline = (this.options.online ?? browserOnlineSignal)(() => this.onOnline());
  }

  stop(): void {
    this.stopped = true;
    this.timers.clearTimeout(this.reconnectTimer);
    this.timers.clearInterval(this.pingTimer);
    this.silence.stop();
    this.stopListeningOnline?.();
    this.stopListeningOnline = undefined;
    for (const entry of this.pending.values()) this.timers.clearTimeout(entry.retryTimer);
    this.transport?.close();
    this.transport = undefined;
  }

  // Sends a room command; resolves with its Ack, rejects with CommandRejected. The command stays
  // pending (and is resent after a reconnect with the same idempotency key) until answered.
  command(command: CommandInit): Promise<Ack> {
    return new Promise((resolve, reject) => {
      const entry: PendingCommand = {
        key: randomBytes(32),
        command,
        requestId: 0n,
        retries: 0,
        resolve,
        reject,
      };
      this.pending.set(this.keyOf(entry), entry);
      if (this.joined) this.sendCommand(entry);
      this.notify();
    });
  }

  // Records this device's own note on an unrevealed board (it never arrives as an event).
  rememberOwnHidden(noteId: bigint, boardId: bigint, zoneId: number, text: string, secret: Uint8Array) {
    this.secrets.addNoteSecret(noteId, secret);
    this.updateState(
      addOwnHidden(this.state, { id: noteId, boardId, zoneId, text, mergedIds: [] } as never),
    );
  }

  // Records this device's own note on a visible board: its secret lets the device delete or move
  // it. The views that offer that are drawn again now, not at the room's next change.
  rememberOwnNote(noteId: bigint, secret: Uint8Array) {
    this.secrets.addNoteSecret(noteId, secret);
    this.notify();
  }

  updateState(state: RoomState): void {
    this.state = state;
    this.notify();
  }

  private keyOf(entry: PendingCommand): string {
    return Array.from(entry.key, (byte) => byte.toString(16).padStart(2, "0")).join("");
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.notify();
  }

  private takeRequestId(): bigint {
    return this.nextRequestId++;
  }

  private send(message: ClientMessage["payload"], requestId = this.takeRequestId()): bigint {
    const frame = create(ClientMessageSchema, { requestId, payload: message });
    this.transport?.send(toBinary(ClientMessageSchema, frame));
    return requestId;
  }

  // Each connection's callbacks act only while it is the current one: a socket dropped for silence
  // may still report its close (or, thawed, a late frame) after its replacement is up.
  private connect(): void {
    if (this.stopped) return;
    this.joined = false;
    this.opened = false;
    this.silence.watch(JOINING_SILENCE_LIMIT_MS);
    let self: Transport | undefined;
    const current = () => self !== undefined && self === this.transport;
    self = this.transport = this.options.transport({
      onOpen: () => current() && this.onOpen(),
      onMessage: (bytes) => current() && this.onFrame(bytes),
      onClose: () => current() && this.onClose(),
    });
  }

  private onOpen(): void {
    this.opened = true;
    this.helloSentAt = this.timers.now();
    this.send({
      case: "hello",
      value: { protocolVersion: ProtocolVersion.PROTOCOL_VERSION_1, client: "kring-web/1" } as never,
    });
    const { kind, value } = this.options.credential;
    const hasPosition = this.state.seq > 0n || this.state.epoch > 0n;
    this.joinRequestId = this.send({
      case: "joinRoom",
      value: {
        credential: { case: kind, value },
        memberSecret: this.secrets.memberSecret() ?? new Uint8Array(),
        displayName: this.options.displayName ?? "",
        resumeFrom: hasPosition
          ? { epoch: this.state.epoch, seq: this.state.seq, atMs: this.state.seqAtMs }
          : undefined,
      } as never,
    });
  }

  private onClose(): void {
    this.transport = undefined;
    this.joined = false;
    this.opened = false;
    this.silence.stop();
    if (this.stopped || this.status === "failed") return;
    this.setStatus("reconnecting");
    this.scheduleReconnect(backoffDelay(this.attempt++, this.options.random));
  }

  private scheduleReconnect(delayMs: number): void {
    this.timers.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = this.timers.setTimeout(() => this.connect(), delayMs);
  }

  // Drops the connection on purpose; onClose schedules the reconnect.
  private dropConnection(): void {
    const transport = this.transport;
    this.transport = undefined;
    transport?.close();
    if (transport) this.onClose();
  }

  // The nonce is the local send time, so that the Pong alone makes a clock sample.
  private ping(): void {
    if (!this.transport || !this.opened) return;
    this.send({ case: "ping", value: { nonce: BigInt(this.timers.now()) } as never });
  }

  // The network is back: a reconnect waiting out its backoff (or stuck in a connect that went out
  // over the old network) starts again now, from the first backoff step. A joined connection may
  // have died with the old network without a word, so it is pinged at once: the silence watch
  // replaces it if nothing comes back.
  private onOnline(): void {
    if (this.stopped || this.status === "failed") return;
    this.attempt = 0;
    if (this.joined) {
      this.ping();
      return;
    }
    this.timers.clearTimeout(this.reconnectTimer);
    const stale = this.transport;
    this.transport = undefined;
    stale?.close();
    this.connect();
  }

  // One frame is a ServerBatch: its messages are handled in order, as if each
  // had come alone, until one of them ends this connection.
  private onFrame(bytes: Uint8Array): void {
    this.silence.heard();
    let messages: ServerMessage[];
    try {
      messages = fromBinary(ServerBatchSchema, bytes).messages;
    } catch {
      this.dropConnection();
      return;
    }
    const transport = this.transport;
    for (const message of messages) {
      if (!transport || this.transport !== transport) return;
      this.onMessage(message);
    }
  }

  private onMessage(message: ServerMessage): void {
    const payload = message.payload;
    switch (payload.case) {
      case "welcome":
        this.clock.addSample(this.helloSentAt, this.timers.now(), Number(payload.value.serverTimeMs));
        this.publicUrl = payload.value.publicUrl;
        this.notify();
        return;
      case "pong":
        this.clock.addSample(Number(payload.value.nonce), this.timers.now(), Number(payload.value.serverTimeMs));
        return;
      case "joined": {
        const joined = payload.value;
        this.joined = true;
        this.attempt = 0;
        this.silence.watch(SILENCE_LIMIT_MS);
        this.role = joined.role;
        this.memberId = joined.memberId;
        this.secrets.setMemberSecret(joined.memberSecret);
        if (!joined.recovered && joined.snapshot) {
          this.state = fromSnapshot(this.state, joined.snapshot);
        }
        this.claimOwnNotes();
        for (const entry of this.pending.values()) this.sendCommand(entry);
        this.setStatus("joined");
        this.notify();
        return;
      }
      case "event": {
        const event = payload.value;
        if (event.seq <= this.state.seq && event.epoch === this.state.epoch) return;
        if (event.seq !== this.state.seq + 1n) {
          // A gap (or a new epoch) is never silent: come back with resume.
          this.dropConnection();
          return;
        }
        this.state = applyEvent(this.state, event);
        this.notify();
        return;
      }
      case "ack":
        this.settle(message.requestId, (entry) => entry.resolve(payload.value));
        return;
      case "error": {
        const error = payload.value;
        if (message.requestId !== 0n && message.requestId === this.joinRequestId) {
          this.failure = error.code;
          if (error.code === ErrorCode.ROOM_NOT_FOUND || error.code === ErrorCode.FORBIDDEN) {
            this.setStatus("failed");
            this.stop();
          } else {
            this.dropConnection();
          }
          this.notify();
          return;
        }
        if (RETRY_LATER.has(error.code)) {
          const entry = this.pendingWithRequest(message.requestId);
          if (entry) this.retryLater(entry);
          return;
        }
        if (RETRY_ON_NEXT_JOIN.has(error.code)) {
          // Kept pending; it is resent (same key) after the next join.
          if (error.code !== ErrorCode.NOT_JOINED) this.dropConnection();
          return;
        }
        this.settle(message.requestId, (entry) =>
          entry.reject(new CommandRejected(error.code, error.detail)),
        );
        return;
      }
      case "programmeOverview":
        this.overview = payload.value;
        this.notify();
        return;
      case "ownNotes":
        this.state = setOwnNotes(this.state, payload.value.notes);
        this.notify();
        return;
      case "roomDeleted":
        this.deleted = true;
        this.failure = ErrorCode.ROOM_NOT_FOUND;
        this.setStatus("failed");
        this.stop();
        this.notify();
        return;
      case "goingAway": {
        const transport = this.transport;
        this.transport = undefined;
        this.joined = false;
        this.opened = false;
        this.silence.stop();
        transport?.close();
        this.setStatus("reconnecting");
        this.scheduleReconnect(payload.value.retryAfterMs || backoffDelay(0, this.options.random));
        return;
      }
      default:
        return;
    }
  }

  // A programme's lead asks for the state of every room of the programme; the answer replaces
  // `overview`. Not queued: asked while not joined it is dropped (the caller asks again).
  requestOverview(): void {
    if (!this.joined) return;
    this.send({ case: "getProgrammeOverview", value: {} as never });
  }

  private claimOwnNotes(): void {
    if (this.role !== Role.PARTICIPANT && this.role !== Role.FACILITATOR) return;
    const secrets = [...this.secrets.noteSecrets().values()];
    if (secrets.length === 0) return;
    this.send({ case: "claimNotes", value: { noteSecrets: secrets } as never });
  }

  private sendCommand(entry: PendingCommand): void {
    this.timers.clearTimeout(entry.retryTimer);
    entry.retryTimer = undefined;
    const command = create(RoomCommandSchema, {
      idempotencyKey: entry.key,
      command: entry.command,
    } as MessageInitShape<typeof RoomCommandSchema>);
    entry.requestId = this.send({ case: "command", value: command });
  }

  private pendingWithRequest(requestId: bigint): PendingCommand | undefined {
    if (requestId === 0n) return undefined;
    for (const entry of this.pending.values()) if (entry.requestId === requestId) return entry;
    return undefined;
  }

  // Sends `entry` again after a backoff, if it is still pending and the device is joined then (a
  // join in between sends it at once). Its old request id no longer matches any reply.
  private retryLater(entry: PendingCommand): void {
    entry.requestId = 0n;
    this.timers.clearTimeout(entry.retryTimer);
    entry.retryTimer = this.timers.setTimeout(() => {
      entry.retryTimer = undefined;
      if (this.joined && this.pending.get(this.keyOf(entry)) === entry) this.sendCommand(entry);
    }, backoffDelay(entry.retries++, this.options.random));
  }

  private settle(requestId: bigint, finish: (entry: PendingCommand) => void): void {
    for (const [key, entry] of this.pending) {
      if (entry.requestId === requestId) {
        this.pending.delete(key);
        finish(entry);
        this.notify();
        return;
      }
    }
  }
}
