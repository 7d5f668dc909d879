// Tells the room client that the device's network came back (the window's `online` event: Wi-Fi
// rejoined, a phone left a tunnel). The client then reconnects at once instead of waiting out its
// backoff. Returns the function that stops listening.
export type OnlineSignal = (listener: () => void) => () => void;

export const browserOnlineSignal: OnlineSignal = (listener) => {
  if (typeof window === "undefined") return () => undefined;
  window.addEventListener("online", listener);
  return () => window.removeEventListener("online", listener);
};
