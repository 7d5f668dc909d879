import { describe, expect, it } from "vitest";
import { parseRoute, secretFromLink, viewLink } from "../src/route";

describe("the programme lead's route", () => {
  it("opens #/programme/<secret> and makes its link", () => {
    expect(parseRoute("#/programme/abc%2Bdef")).toEqual({ view: "programme", secret: "abc+def" });
    expect(parseRoute("#/programme/")).toEqual({ view: "home" });
    expect(viewLink("https://k.example", "programme", "s/1")).toBe("https://k.example/#/programme/s%2F1");
  });

  it("takes the secret from a pasted facilitator link or a bare secret", () => {
    expect(secretFromLink("  https://k.example/#/facilitate/Abc123 ")).toBe("Abc123");
    expect(secretFromLink("http://127.0.0.1:8080/#/facilitator/x%2By")).toBe("x+y");
    expect(secretFromLink("Abc123")).toBe("Abc123");
    expect(secretFromLink("https://k.example/#/join/K7MP4QRX")).toBe("");
  });
});
