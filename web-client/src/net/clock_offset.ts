// How far the server's clock is from this device's: the number of milliseconds to add to the local
// clock to read the server's. Deadlines (the agenda timer's started_at_ms) are the server's time,
// so every device reads them through this offset and shows the same remaining time whatever its
// own clock says.
//
// A sample is one request whose reply carries the server's wall clock (Welcome for Hello, Pong for
// Ping): the server stamped it somewhere inside the round trip, so the best guess is its middle,
// offset = server_time - (sent + received) / 2, wrong by at most half the round trip. Of the last
// CLOCK_SAMPLES_KEPT samples the one with the smallest round trip is believed (as NTP does): one
// slow reply does not move the clock, and a change of the device's own clock is followed within
// that many samples.
export const CLOCK_SAMPLES_KEPT = 8;

interface ClockSample {
  roundTripMs: number;
  offsetMs: number;
}

export class ClockOffsetEstimator {
  private samples: ClockSample[] = [];

  // `sentAtMs` and `receivedAtMs` are local clock readings; `serverTimeMs` the server's stamp.
  // A reply without a stamp (0: a server that does not send one) or a round trip that ran backwards
  // (the local clock was set back meanwhile) is no sample.
  addSample(sentAtMs: number, receivedAtMs: number, serverTimeMs: number): void {
    const roundTripMs = receivedAtMs - sentAtMs;
    if (!(serverTimeMs > 0) || !(roundTripMs >= 0)) return;
    this.samples.push({ roundTripMs, offsetMs: serverTimeMs - (sentAtMs + receivedAtMs) / 2 });
    if (this.samples.length > CLOCK_SAMPLES_KEPT) this.samples.shift();
  }

  // The offset of the kept sample with the smallest round trip (the newest of equals), 0 before any.
  get offsetMs(): number {
    let best: ClockSample | undefined;
    for (const sample of this.samples) if (!best || sample.roundTripMs <= best.roundTripMs) best = sample;
    return best ? Math.round(best.offsetMs) : 0;
  }
}
