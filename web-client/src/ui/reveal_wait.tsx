// The facilitator's reason why a reveal button is disabled: a secret ballot short of the room's
// k votes. Shown beside the button before anybody presses it; the button names it with
// aria-describedby, so a screen reader reads the reason with the button.
import { useT } from "../i18n/i18n";
import type { VoteRevealGate } from "../store/anonymity";
import { voteWaitPhrase } from "../store/anonymity";

interface RevealWaitProps {
  gate: VoteRevealGate;
  id: string;
  // True for "reveal all at once" of a bundle: the wait is for every item.
  wholeBundle?: boolean;
}

export function RevealWait({ gate, id, wholeBundle = false }: RevealWaitProps) {
  const t = useT();
  if (gate.kind !== "waitForVotes") return null;
  const phrase = voteWaitPhrase(gate, wholeBundle);
  return (
    <p class="reveal-wait" id={id} data-testid="reveal-wait">
      {t(phrase.key, phrase.params)}
    </p>
  );
}
