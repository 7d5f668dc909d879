// Views are chosen by the URL fragment, so secrets never reach an HTTP log:
//   #/facilitate/<secret>  #/join/<participant code>  #/board/<board code>  #/projector/<token>
//   #/programme/<the programme's facilitator secret: the lead's link>
// (#/facilitator/<secret> is accepted as well). Anything else is the start page.
export type Route =
  | { view: "home" }
  | { view: "facilitator"; secret: string }
  | { view: "participant"; code: string }
  | { view: "board"; code: string }
  | { view: "projector"; token: string }
  | { view: "programme"; secret: string };

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
    case "programme":
      return { view: "programme", secret: value };
    default:
      return { view: "home" };
  }
}

// A pasted facilitator link (…#/facilitate/<secret>) or the bare secret; "" for another link.
export function secretFromLink(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf("#");
  if (hash < 0) return trimmed;
  const route = parseRoute(trimmed.slice(hash));
  return route.view === "facilitator" ? route.secret : "";
}

export function viewLink(origin: string, view: "join" | "board" | "projector" | "facilitate" | "programme", value: string) {
  return `${origin}/#/${view}/${encodeURIComponent(value)}`;
}

// Codes are shown as two groups of four (K7MP-4QRX); the server accepts either form.
export function formatCode(code: string): string {
  const plain = code.replace(/-/g, "").toUpperCase();
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

// Where links and QR codes point: the operator's public URL (Welcome.public_url) when it was set,
// else the address this page was loaded from.
export function linkOrigin(publicUrl: string, location: { origin: string }): string {
  return publicUrl || location.origin;
}

// A host only this computer can open: 127.0.0.0/8, ::1, localhost (and its subdomains).
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

// True when phones in the room cannot follow the links this device shows: no public URL and the
// page came from a loopback address.
export function linksUnreachable(publicUrl: string, location: { hostname: string }): boolean {
  return !publicUrl && isLoopbackHost(location.hostname);
}
