// One bundle item as the facilitator runs it: the dilemma, what the board is asked, "n/m voted"
// (a count, never who or what), reveal this item alone (a secret ballot once the room's k have
// voted; the reason shows beside the disabled button until then), then the spread and the decision.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Bundle, BundleItem } from "../proto";
import { FocusKind, VoteStatus } from "../proto";
import { voteRevealGate } from "../store/anonymity";
import { decisionChoices, itemResult, itemVote, leadingOption } from "../store/bundle_state";
import { DecisionLine, ItemQuestion, decisionText } from "../ui/decision_line";
import { focusOf } from "../store/focus_state";
import { RevealWait } from "../ui/reveal_wait";
import { ShowOnScreen } from "../ui/show_on_screen";
import { useRunner } from "../ui/use_runner";
import { VoteChart } from "../ui/vote_chart";

interface Props {
  client: RoomClient;
  bundle: Bundle;
  item: BundleItem;
  position: number;
}

export function BundleItemAdmin({ client, bundle, item, position }: Props) {
  const t = useT();
  const { error, run } = useRunner();
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const { state } = client;
  const vote = itemVote(state, item);
  const result = itemResult(state, item);
  const dilemma = state.dilemmas.find((known) => known.id === item.dilemmaId);
  const revealed = vote?.status === VoteStatus.REVEALED;
  const gate = vote ? voteRevealGate(vote, state.minGroupSize) : undefined;
  const waitId = `reveal-wait-${item.voteId}`;
  const choices = decisionChoices(item, dilemma);
  // Preset: the recorded decision, else the option most cards chose (when it is a decision).
  const leading = leadingOption(result);
  const selected = picked ?? (item.decision || (choices.includes(leading) ? leading : choices[0]));
  const record = (event: Event) => {
    event.preventDefault();
    run(
      client
        .command({ case: "recordDecision", value: { bundleId: bundle.id, dilemmaId: item.dilemmaId, decision: selected } })
        .then(() => setPicked(undefined)),
    );
  };
  return (
    <li class="card bundle-item-admin" data-testid="bundle-item" data-dilemma-id={item.dilemmaId.toString()}>
      <div class="titled">
        <h4>
          {position}. {dilemma?.title ?? vote?.title}
        </h4>
        <ShowOnScreen client={client} focus={focusOf(FocusKind.BUNDLE_ITEM, { bundleId: bundle.id, dilemmaId: item.dilemmaId })} />
      </div>
      <ItemQuestion item={item} dilemma={dilemma} withScenarios />
      {vote && !revealed ? (
        <div class="buttons">
          <strong data-testid="item-progress">{t("voted", { voted: vote.votedCount, eligible: vote.eligibleCount })}</strong>
          <button
            type="button"
            data-testid="reveal-item"
            disabled={gate?.kind === "waitForVotes"}
            aria-describedby={gate?.kind === "waitForVotes" ? waitId : undefined}
            onClick={() => run(client.command({ case: "revealVote", value: { voteId: vote.id } }))}
          >
            {t("reveal")}
          </button>
          {gate ? <RevealWait gate={gate} id={waitId} /> : null}
        </div>
      ) : null}
      {vote && result ? <VoteChart vote={vote} result={result} /> : null}
      {revealed ? (
        <form class="buttons" onSubmit={record}>
          <label class="inline">
            {t("decision")}
            <select name="decision" value={String(selected)} onChange={(e) => setPicked(Number((e.target as HTMLSelectElement).value))}>
              {choices.map((choice) => (
                <option value={String(choice)} key={choice}>
                  {decisionText({ ...item, decision: choice }, dilemma, t)}
                </option>
              ))}
              <option value="0">{t("noDecision")}</option>
            </select>
          </label>
          <button type="submit" data-testid="record-decision">{t("recordDecision")}</button>
        </form>
      ) : null}
      <DecisionLine item={item} dilemma={dilemma} />
      {error ? <p class="error" role="alert">{error}</p> : null}
    </li>
  );
}
