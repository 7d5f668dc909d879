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
