import { describe, expect, it } from "vitest";
import { PROJECTOR_TOKEN_ALPHABET, decodeStoredLink, encodeStoredLink, isReplaced, newProjectorToken } from "../src/net/projector_token";

describe("a projector token made on the device", () => {
  it("is 26 characters of a-z and 2-7", () => {
    const token = newProjectorToken();
    expect(token).toHaveLength(26);
    expect(token).toMatch(/^[a-z2-7]{26}$/);
  });

  it("takes the low 5 bits of each random byte", () => {
    const bytes = Uint8Array.from({ length: 26 }, (_, i) => (i * 37 + 0xe0) & 0xff);
    const token = newProjectorToken(() => bytes);
    expect([...token]).toEqual([...bytes].map((byte) => PROJECTOR_TOKEN_ALPHABET[byte % 32]));
    expect(newProjectorToken(() => new Uint8Array(26).fill(0xff))).toBe("7".repeat(26));
    expect(newProjectorToken(() => new Uint8Array(26).fill(0x20))).toBe("a".repeat(26));
  });

  it("is new every time (no repeats in 1000)", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newProjectorToken()));
    expect(tokens.size).toBe(1000);
  });

  it("uses the whole alphabet", () => {
    const seen = new Set([...Array.from({ length: 200 }, () => newProjectorToken()).join("")]);
    expect(seen.size).toBe(32);
  });
});

describe("the projector link a facilitator device keeps", () => {
  it("round-trips token and seq, reads a bare token as the room's first", () => {
    const link = { token: "abcdefghijklmnopqrstuvwxyz", seq: 42n };
    expect(decodeStoredLink(encodeStoredLink(link))).toEqual(link);
    expect(decodeStoredLink("abcdefghijklmnopqrstuvwxyz")).toEqual({ token: "abcdefghijklmnopqrstuvwxyz", seq: 0n });
    expect(decodeStoredLink(null)).toBeNull();
    expect(decodeStoredLink("{not json")).toBeNull();
    expect(decodeStoredLink('{"token":"x","seq":"-1"}')).toBeNull();
  });

  it("is replaced once the room replaced the link after it was made", () => {
    expect(isReplaced({ token: "t", seq: 0n }, 0n)).toBe(false);
    expect(isReplaced({ token: "t", seq: 0n }, 17n)).toBe(true);
    expect(isReplaced({ token: "t", seq: 17n }, 17n)).toBe(false);
  });
});
