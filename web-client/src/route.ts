// Views are chosen by the URL fragment, so secrets never reach an HTTP log:
//   #/facilitate/<secret>  #/join/<participant code>  #/board/<board code>  #/projector/<token>
// (#/facilitator/<secret> is accepted as well). Anything else is the start page.
export type Route =
  | { view: "home" }
  | { view: "facilitator"; secret: string }
  | { view: "participant"; code: string }
  | { view: "board"; code: string }
  | { view: "projector"; token: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/");
  const value = decodeURIComponent(parts[1] ?? "").trim();
  if (!value) return { view: "home" };
  switch (parts[0]) {
    case "facilitate":
    case "facilitator":
      return { view: "facilitator", secret: value };
    case "join":
      return { view: "participant", code: value };
    case "board":
      return { view: "board", code: value };
    case "projector":
      return { view: "projector", token: value };
    default:
      return { view: "home" };
  }
}

export function viewLink(origin: string, view: "join" | "board" | "projector" | "facilitate", value: string) {
  return `${origin}/#/${view}/${encodeURIComponent(value)}`;
}

// Codes are shown as two groups of four (K7MP-4QRX); the server accepts either form.
export function formatCode(code: string): string {
  const plain = code.replace(/-/g, "").toUpperCase();
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}
