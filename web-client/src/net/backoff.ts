// Reconnect delays: exponential from 250 ms, capped at 10 s, with up to 30% jitter so that a
// room full of devices that lost the same node does not come back in one burst.
export const BACKOFF_BASE_MS = 250;
export const BACKOFF_MAX_MS = 10_000;

export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt, 0), 16);
  const plain = Math.min(BACKOFF_BASE_MS * 2 ** exponent, BACKOFF_MAX_MS);
  return Math.round(plain * (1 - 0.3 * random()));
}
