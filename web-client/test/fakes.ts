// Test doubles: a scripted server end of the transport and a manual clock.
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { ClientMessage } from "../src/proto";
import { ClientMessageSchema, ServerBatchSchema, ServerMessageSchema, create, fromBinary, toBinary } from "../src/proto";
import type { Timers } from "../src/net/timers";
import type { TransportFactory, TransportHandlers } from "../src/net/transport";

export class FakeConnection {
  sent: ClientMessage[] = [];
  closed = false;
  constructor(readonly handlers: TransportHandlers) {}

  open() {
    this.handlers.onOpen();
  }
  // One frame holding one message, as the server sends it when nothing else is queued.
  push(message: MessageInitShape<typeof ServerMessageSchema>) {
    this.pushBatch([message]);
  }
  // One frame holding several messages, as the server packs a busy queue.
  pushBatch(messages: MessageInitShape<typeof ServerMessageSchema>[]) {
    const batch = create(ServerBatchSchema, { messages: messages.map((m) => create(ServerMessageSchema, m)) });
    this.handlers.onMessage(toBinary(ServerBatchSchema, batch));
  }
  drop() {
    this.closed = true;
    this.handlers.onClose();
  }
  ofCase(kind: string): ClientMessage[] {
    return this.sent.filter((message) => message.payload.case === kind);
  }
}

export class FakeNetwork {
  connections: FakeConnection[] = [];
  factory: TransportFactory = (handlers) => {
    const connection = new FakeConnection(handlers);
    this.connections.push(connection);
    return {
      send: (bytes) => connection.sent.push(fromBinary(ClientMessageSchema, bytes)),
      close: () => {
        connection.closed = true;
      },
    };
  };
  get last(): FakeConnection {
    return this.connections[this.connections.length - 1];
  }
}

export class ManualTimers implements Timers {
  // `time`: where this device's clock starts (devices in one test may disagree).
  constructor(private time = 1_000_000) {}
  private nextId = 1;
  private tasks = new Map<number, { at: number; fn: () => void; every?: number }>();

  now() {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number) {
    const id = this.nextId++;
    this.tasks.set(id, { at: this.time + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown) {
    this.tasks.delete(handle as number);
  }
  setInterval(fn: () => void, ms: number) {
    const id = this.nextId++;
    this.tasks.set(id, { at: this.time + ms, fn, every: ms });
    return id;
  }
  clearInterval(handle: unknown) {
    this.tasks.delete(handle as number);
  }
  advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      let soonest: [number, { at: number; fn: () => void; every?: number }] | undefined;
      for (const entry of this.tasks) if (entry[1].at <= end && (!soonest || entry[1].at < soonest[1].at)) soonest = entry;
      if (!soonest) break;
      const [id, task] = soonest;
      // A task overdue after a stall runs late, at the current time, as a browser runs it.
      this.time = Math.max(this.time, task.at);
      if (task.every) task.at = task.at + task.every > this.time ? task.at + task.every : this.time + task.every;
      else this.tasks.delete(id);
      task.fn();
    }
    this.time = end;
  }
  // The device held its timers back (a hidden tab, a phone asleep): the clock moves on and nothing
  // runs; what fell due runs late at the next advance.
  stall(ms: number) {
    this.time += ms;
  }
}

// The browser's `online` event, fired by hand.
export class FakeOnline {
  private listeners = new Set<() => void>();
  signal = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  fire() {
    for (const listener of this.listeners) listener();
  }
  get listening(): number {
    return this.listeners.size;
  }
}
