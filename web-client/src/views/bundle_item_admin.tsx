// One bundle item as the facilitator runs it: the dilemma, what the board is asked, "n/m voted"
// (a count, never who or what), reveal this item alone (a secret ballot once the room's k have
// voted; the reason shows beside the disabled button until then), then the spread and the decision
// with its reason. A tie (the most cards shared by two options) says so and offers another round
// (a fresh hidden vote on the item, at most MAX_ROUNDS) or the chair's decision, which presets the
// reason and puts focus in it.
import { ImportedSource } from "../ui/imported_source";
import { useRef, useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Bundle, BundleItem } from "../proto";
import { FocusKind, VoteStatus } from "../proto";
import { voteRevealGate } from "../store/anonymity";
import { MAX_ROUNDS, decisionChoices, isTie, itemResult, itemVote, leadingOption, roundOf } from "../store/bundle_state";
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
  const [reason, setReason] = useState<string | undefined>(undefined);
  const reasonField = useRef<HTMLInputElement>(null);
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
  const reasonText = reason ?? item.decisionReason;
  const tied = revealed && item.decision === 0 && isTie(item, result);
  const round = roundOf(item);
  const record = (event: Event) => {
    event.preventDefault();
    const value = { bundleId: bundle.id, dilemmaId: item.dilemmaId, decision: selected, reason: selected === 0 ? "" : reasonText.trim() };
    run(
      client.command({ case: "recordDecision", value }).then(() => {
        setPicked(undefined);
        setReason(undefined);
      }),
    );
  };
  // A tie asks first: another round, or the chair decides (which opens the decision form with the
  // reason preset and the focus in it).
  const [chairDeciding, setChairDeciding] = useState(false);
  const chairDecides = () => {
    setChairDeciding(true);
    if (!reasonText) setReason(t("chairReason"));
    requestAnimationFrame(() => reasonField.current?.focus());
  };
  return (
    <li class="card bundle-item-admin" data-testid="bundle-item" data-dilemma-id={item.dilemmaId.toString()}>
      <div class="titled">
        <h4>
          {position}. {dilemma?.title ?? vote?.title}
        </h4>
        <ShowOnScreen client={client} focus={focusOf(FocusKind.BUNDLE_ITEM, { bundleId: bundle.id, dilemmaId: item.dilemmaId })} />
      </div>
      {round > 1 ? (
        <span class="tag" data-testid="item-round">
          {t("roundN", { n: round })}
        </span>
      ) : null}
      <ItemQuestion item={item} dilemma={dilemma} withScenarios />
      <ImportedSource dilemma={dilemma} />
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
      {tied && !chairDeciding ? (
        <div class="tie-notice" role="status" data-testid="tie-notice">
          <p>
            <strong>{t("tieHeading")}.</strong> {round < MAX_ROUNDS ? t("tieExplain") : t("roundsUsed", { n: round })}
          </p>
          <div class="buttons">
            {round < MAX_ROUNDS ? (
              <button
                type="button"
                data-testid="another-round"
                onClick={() => run(client.command({ case: "openBundleRound", value: { bundleId: bundle.id, dilemmaId: item.dilemmaId } }))}
              >
                {t("anotherRound")}
              </button>
            ) : null}
            <button type="button" class="secondary" data-testid="chair-decides" onClick={chairDecides}>
              {t("chairDecides")}
            </button>
          </div>
        </div>
      ) : null}
      {revealed && (!tied || chairDeciding) ? (
        <form class="decision-form" onSubmit={record}>
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
          <label class="inline decision-reason-field">
            {t("decisionReasonShown")}
            <input
              ref={reasonField}
              type="text"
              name="decision-reason"
              data-testid="decision-reason-input"
              maxLength={500}
              placeholder={t("decisionReasonHint")}
              value={reasonText}
              onInput={(e) => setReason((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" data-testid="record-decision">{t("recordDecision")}</button>
        </form>
      ) : null}
      <DecisionLine item={item} dilemma={dilemma} />
      {error ? <p class="error" role="alert">{error}</p> : null}
    </li>
  );
}
