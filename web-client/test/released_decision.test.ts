// A decision the programme gave back, in words, in both languages.
import { describe, expect, it } from "vitest";
import type { Translate } from "../src/i18n/i18n";
import { translate } from "../src/i18n/i18n";
import { BundleItemKind, DilemmaSchema, ReleasedDecisionSchema, create } from "../src/proto";
import { releasedDecisionText } from "../src/ui/released_decision";

const nl: Translate = (key, params) => translate("nl", key, params);
const en: Translate = (key, params) => translate("en", key, params);
const dilemma = create(DilemmaSchema, { id: 2n, title: "Dubbelglas", scenarios: ["Enkelglas", "Bij klachten", "Beter wonen"] });
const decision = (kind: BundleItemKind, value: number, scenario: number) =>
  create(ReleasedDecisionSchema, { roomId: 5n, dilemmaId: 2n, title: "Dubbelglas", kind, decision: value, scenario });

describe("a released decision in words", () => {
  it("approval: the board approves the group's scenario, or rejects it", () => {
    expect(releasedDecisionText(decision(BundleItemKind.APPROVAL, 1, 3), dilemma, nl)).toBe(
      "Het bestuur keurt de keuze van de groep goed: Scenario 3 (Beter wonen)",
    );
    expect(releasedDecisionText(decision(BundleItemKind.APPROVAL, 2, 0), dilemma, nl)).toBe("Het bestuur wijst de keuze van de groep af");
    expect(releasedDecisionText(decision(BundleItemKind.APPROVAL, 2, 0), dilemma, en)).toBe("The board rejects the group's choice");
  });

  it("choice: the chosen scenario with its text when the room holds the dilemma", () => {
    expect(releasedDecisionText(decision(BundleItemKind.CHOICE, 2, 2), dilemma, nl)).toBe("Het bestuur kiest scenario 2: Bij klachten");
    expect(releasedDecisionText(decision(BundleItemKind.CHOICE, 2, 2), undefined, en)).toBe("The board chooses scenario 2");
  });
});
