// The decision record download: `GET /record?room=<room>&format=md|html|xlsx` with the facilitator
// secret as a bearer token (never in the URL, so it stays out of HTTP logs). The response names
// its file in Content-Disposition; the bytes are handed to the browser as a download.
import type { RoomState } from "../store/room_types";

export type RecordFormat = "md" | "html" | "xlsx";

export type RecordFailure = "notThere" | "unauthorized" | "failed";

export class RecordDownloadError extends Error {
  constructor(readonly kind: RecordFailure, readonly status: number) {
    super(`record download: ${kind} (${status})`);
  }
}

// The one place that decides how the room is named in the request: by its participant code, which
// the facilitator's device knows from the snapshot. The facilitator link itself holds only the
// secret, and that goes in the Authorization header, never in a URL. Empty until joined.
export function recordUrl(origin: string, room: Pick<RoomState, "participantCode">, format: RecordFormat): string {
  const query = new URLSearchParams({ room: room.participantCode, format });
  return `${origin}/record?${query.toString()}`;
}

const FALLBACK_NAMES: Record<RecordFormat, string> = {
  md: "besluitenlijst.md",
  html: "besluitenlijst.html",
  xlsx: "besluitenlijst.xlsx",
};

// The filename from a Content-Disposition header (filename*=UTF-8''… or filename="…").
export function dispositionFilename(header: string | null, format: RecordFormat): string {
  if (header) {
    const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
    if (extended) {
      try {
        return decodeURIComponent(extended[1].trim());
      } catch {
        // Fall through to the plain form.
      }
    }
    const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
    if (plain) return plain[1].trim();
  }
  return FALLBACK_NAMES[format];
}

export function failureOf(status: number): RecordFailure {
  if (status === 404) return "notThere";
  if (status === 401 || status === 403) return "unauthorized";
  return "failed";
}

export async function fetchRecord(
  origin: string,
  room: Pick<RoomState, "participantCode">,
  secret: string,
  format: RecordFormat,
): Promise<{ blob: Blob; filename: string }> {
  const response = await fetch(recordUrl(origin, room, format), {
    headers: { Authorization: `Bearer ${secret}` },
    cache: "no-store",
  });
  if (!response.ok) throw new RecordDownloadError(failureOf(response.status), response.status);
  const filename = dispositionFilename(response.headers.get("Content-Disposition"), format);
  return { blob: await response.blob(), filename };
}

// Hands a blob to the browser as a file download through a temporary <a download>.
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
