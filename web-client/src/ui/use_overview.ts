// Keeps a programme lead's overview fresh: the server never pushes it, so ask once joined, after
// every programme event (the state's seq moves) and every OVERVIEW_POLL_MS while the page is
// visible.
import { useEffect } from "preact/hooks";
import type { RoomClient } from "../net/room_client";

export const OVERVIEW_POLL_MS = 4_000;

export function useOverview(client: RoomClient | undefined): void {
  const joined = client?.status === "joined";
  const seq = client?.state.seq;
  useEffect(() => {
    if (client && joined) client.requestOverview();
  }, [client, joined, seq]);
  useEffect(() => {
    if (!client) return undefined;
    const handle = setInterval(() => {
      if (document.visibilityState === "visible") client.requestOverview();
    }, OVERVIEW_POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") client.requestOverview();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(handle);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [client]);
}
