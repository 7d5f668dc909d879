import { describe, expect, it } from "vitest";
import { isLoopbackHost, linkOrigin, linksUnreachable, viewLink } from "../src/route";

describe("links people in the room can open", () => {
  it("use the public URL when the operator set one, else the page's origin", () => {
    const here = { origin: "http://127.0.0.1:8080" };
    expect(linkOrigin("http://192.168.1.20:8080", here)).toBe("http://192.168.1.20:8080");
    expect(linkOrigin("", here)).toBe("http://127.0.0.1:8080");
    expect(viewLink(linkOrigin("https://kring.example.org", here), "join", "K7MP-4QRX")).toBe(
      "https://kring.example.org/#/join/K7MP-4QRX",
    );
  });

  it("knows the addresses only this computer can open", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "app.localhost", "[::1]", "::1", "LOCALHOST"]) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ["192.168.1.20", "kring.example.org", "10.0.0.1", "127.example.org", "[fd00::2]"]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });

  it("warns only without a public URL on a loopback page", () => {
    expect(linksUnreachable("", { hostname: "127.0.0.1" })).toBe(true);
    expect(linksUnreachable("http://192.168.1.20:8080", { hostname: "127.0.0.1" })).toBe(false);
    expect(linksUnreachable("", { hostname: "192.168.1.20" })).toBe(false);
  });
});
