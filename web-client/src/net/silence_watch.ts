// Decides when a connection has gone silent. Wi-Fi that hangs closes no socket: the browser keeps
// a dead WebSocket "open" for minutes. So the client pings often (room_client.ts) and counts any
// frame, a Pong or anything else, as a sign of life; a connection from which nothing arrived for
// the limit is silent, and `onSilent` runs once.
//
// Silence is measured in the device's own time, which can stop: a hidden tab's timers are held
// back (to once a minute in Chromium), a phone asleep runs none. A check that runs more than
// TIMER_STALL_MS after it was due cannot tell the network's silence from its own, so it does not
// judge: it calls `onWake` (the client pings) and gives the connection a fresh limit to answer.
import type { Timers } from "./timers";

// An open, joined connection: the client pings every 2 s, so a live one is heard from at least that
// often; 4 s leaves 2 s of round trip before a participant is told.
export const SILENCE_LIMIT_MS = 4_000;
// From connecting until joined: the Joined reply carries the room's snapshot, which may take a slow
// phone link several seconds to receive, and no frame completes meanwhile.
export const JOINING_SILENCE_LIMIT_MS = 10_000;
export const TIMER_STALL_MS = 2_000;

export class SilenceWatch {
  private limitMs = SILENCE_LIMIT_MS;
  private quietSinceMs = 0;
  private checkDueAtMs = 0;
  private timer: unknown;

  constructor(
    private readonly timers: Timers,
    private readonly onSilent: () => void,
    private readonly onWake: () => void,
  ) {}

  // Starts (or restarts) watching with `limitMs`; silence counts from now.
  watch(limitMs: number): void {
    this.limitMs = limitMs;
    this.heard();
    this.scheduleCheck(limitMs);
  }

  // A frame arrived.
  heard(): void {
    this.quietSinceMs = this.timers.now();
  }

  stop(): void {
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private scheduleCheck(delayMs: number): void {
    this.timers.clearTimeout(this.timer);
    this.checkDueAtMs = this.timers.now() + delayMs;
    this.timer = this.timers.setTimeout(() => this.check(), delayMs);
  }

  private check(): void {
    this.timer = undefined;
    const now = this.timers.now();
    if (now - this.checkDueAtMs > TIMER_STALL_MS) {
      this.quietSinceMs = now;
      this.scheduleCheck(this.limitMs);
      this.onWake();
      return;
    }
    const quietMs = now - this.quietSinceMs;
    if (quietMs >= this.limitMs) {
      this.onSilent();
      return;
    }
    this.scheduleCheck(this.limitMs - quietMs);
  }
}
