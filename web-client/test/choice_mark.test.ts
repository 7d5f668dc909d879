// A tapped vote option says "sending…" until the Ack, then ✓; never two marks at once.
import { describe, expect, it } from "vitest";
import { translate } from "../src/i18n/i18n";
import { choiceMark } from "../src/ui/choice_mark";

describe("choice mark", () => {
  it("shows sending on the tapped option until the Ack, and no ✓ elsewhere meanwhile", () => {
    expect(choiceMark(2, 2, undefined)).toBe("sending");
    expect(choiceMark(1, 2, 1)).toBe("none");
    expect(choiceMark(3, 2, 1)).toBe("none");
  });

  it("shows ✓ on the acknowledged choice once nothing is being sent", () => {
    expect(choiceMark(2, undefined, 2)).toBe("chosen");
    expect(choiceMark(1, undefined, 2)).toBe("none");
    expect(choiceMark(1, undefined, undefined)).toBe("none");
  });

  it("says sending in both languages", () => {
    expect(translate("nl", "sending")).toBe("wordt verstuurd…");
    expect(translate("en", "sending")).toBe("sending…");
  });
});
