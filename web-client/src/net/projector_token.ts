// A projector token made on the facilitator's device (ReissueProjectorToken): 26 characters of
// a-z and 2-7, each from the low 5 bits of one byte of the platform's CSPRNG: 130 random bits, as
// the token RoomCreated hands out. The server keeps only its hash, so this device shows the link.
import { randomBytes } from "./random";

export const PROJECTOR_TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
export const PROJECTOR_TOKEN_LENGTH = 26;

// `random` is the byte source (tests pass their own).
export function newProjectorToken(random: (length: number) => Uint8Array = randomBytes): string {
  return Array.from(random(PROJECTOR_TOKEN_LENGTH), (byte) => PROJECTOR_TOKEN_ALPHABET[byte & 31]).join("");
}

// What a facilitator device keeps of its projector link: the token and the seq of the event that
// made it current (0n for the token made with the room). Stored as JSON; a bare token, as devices
// kept it before, counts as the room's first.
export interface StoredProjectorLink {
  token: string;
  seq: bigint;
}

export function encodeStoredLink(link: StoredProjectorLink): string {
  return JSON.stringify({ token: link.token, seq: link.seq.toString() });
}

export function decodeStoredLink(raw: string | null): StoredProjectorLink | null {
  if (!raw) return null;
  if (!raw.startsWith("{")) return { token: raw, seq: 0n };
  try {
    const parsed = JSON.parse(raw) as { token?: unknown; seq?: unknown };
    if (typeof parsed.token !== "string" || typeof parsed.seq !== "string" || !/^\d+$/.test(parsed.seq)) return null;
    return { token: parsed.token, seq: BigInt(parsed.seq) };
  } catch {
    return null;
  }
}

// The link no longer works: the room replaced it after this device's token was made
// (Snapshot.projector_link_seq / ProjectorLinkReplaced).
export function isReplaced(link: StoredProjectorLink, roomLinkSeq: bigint): boolean {
  return roomLinkSeq > link.seq;
}
