// Binds a RoomClient to a Preact component: one client per credential, re-render on change.
import { useEffect, useMemo, useReducer } from "preact/hooks";
import { DeviceSecrets } from "../store/device_secrets";
import type { Credential } from "../net/room_client";
import { RoomClient } from "../net/room_client";
import { defaultSocketUrl, webSocketTransport } from "../net/transport";

export function useRoom(credential: Credential | undefined, displayName?: string): RoomClient | undefined {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const client = useMemo(() => {
    if (!credential) return undefined;
    return new RoomClient({
      credential,
      displayName,
      transport: webSocketTransport(defaultSocketUrl(window.location)),
      secrets: new DeviceSecrets(window.localStorage, `${credential.kind}.${credential.value}`),
    });
    // A client lives as long as its credential; the display name is read at join time.
  }, [credential?.kind, credential?.value]);
  useEffect(() => {
    if (!client) return undefined;
    const unsubscribe = client.subscribe(() => rerender(undefined));
    client.start();
    return () => {
      unsubscribe();
      client.stop();
    };
  }, [client]);
  return client;
}

// Re-renders every `ms` (for clocks).
export function useTick(ms: number): void {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const handle = setInterval(() => tick(undefined), ms);
    return () => clearInterval(handle);
  }, [ms]);
}
