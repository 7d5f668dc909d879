import { describe, expect, it } from "vitest";
import { dispositionFilename, failureOf, recordUrl } from "../src/net/record_download";

describe("decision record download", () => {
  it("names the room and format in the query, never the secret", () => {
    expect(recordUrl("https://kring.example", { participantCode: "K7MP4QRX" }, "html")).toBe("https://kring.example/record?room=K7MP4QRX&format=html");
  });

  it("takes the filename from Content-Disposition, UTF-8 form first", () => {
    expect(dispositionFilename(`attachment; filename="kring-K7MP.md"`, "md")).toBe("kring-K7MP.md");
    expect(dispositionFilename(`attachment; filename="x.xlsx"; filename*=UTF-8''besluiten%20kring.xlsx`, "xlsx")).toBe("besluiten kring.xlsx");
    expect(dispositionFilename(null, "xlsx")).toBe("besluitenlijst.xlsx");
  });

  it("tells a missing endpoint from a refused secret", () => {
    expect(failureOf(404)).toBe("notThere");
    expect(failureOf(401)).toBe("unauthorized");
    expect(failureOf(500)).toBe("failed");
  });
});
