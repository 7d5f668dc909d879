// What a vote option shows in front of its label. From the tap until the room's Ack the tapped
// option says "sending…" (the choice is not in yet: a lost connection keeps it pending and sends it
// again); once acknowledged, the option this device chose shows ✓. While a choice is being sent no
// other option shows ✓, so the screen never claims two choices at once.
export type ChoiceMark = "sending" | "chosen" | "none";

export function choiceMark(optionId: number, sendingOptionId: number | undefined, ballotOptionId: number | undefined): ChoiceMark {
  if (sendingOptionId !== undefined) return optionId === sendingOptionId ? "sending" : "none";
  return optionId === ballotOptionId ? "chosen" : "none";
}
