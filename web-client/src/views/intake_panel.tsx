// The facilitator's intake: the dilemmas participants sent in anonymously before the workshop.
// Only this view ever holds them (the server seals them for every other device). Adopting opens
// the dilemma form prefilled with the proposal; dismissing sets it aside.
import type { Translate } from "../i18n/i18n";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Proposal } from "../proto";
import { ProposalStatus } from "../proto";
import { useRunner } from "../ui/use_runner";

function statusText(proposal: Proposal, t: Translate): string {
  if (proposal.status === ProposalStatus.ADOPTED) return t("proposalAdopted");
  if (proposal.status === ProposalStatus.DISMISSED) return t("proposalDismissed");
  return t("proposalOpen");
}

export function IntakePanel({ client, onAdopt }: { client: RoomClient; onAdopt(proposal: Proposal): void }) {
  const t = useT();
  const { error, run } = useRunner();
  const { proposals } = client.state;
  return (
    <section class="panel" aria-labelledby="intake-h" data-testid="intake">
      <h2 id="intake-h">{t("intake")}</h2>
      {proposals.length === 0 ? <p class="hint">{t("intakeEmpty")}</p> : null}
      <ul class="proposals">
        {proposals.map((proposal) => {
          const open = proposal.status === ProposalStatus.OPEN;
          return (
            <li
              class={open ? "card proposal" : "card proposal proposal-done"}
              data-testid="proposal"
              data-proposal-id={proposal.id.toString()}
              key={proposal.id.toString()}
            >
              <div class="proposal-head">
                <h3>{proposal.title}</h3>
                <span class="tag">{statusText(proposal, t)}</span>
              </div>
              {proposal.context ? <p class="prose">{proposal.context}</p> : null}
              {proposal.scenarios.length > 0 ? (
                <>
                  <h4>{t("suggestedScenarios")}</h4>
                  <ol class="options">
                    {proposal.scenarios.map((scenario, index) => <li key={index}>{scenario}</li>)}
                  </ol>
                </>
              ) : null}
              {open ? (
                <div class="buttons">
                  <button type="button" data-testid="adopt-proposal" onClick={() => onAdopt(proposal)}>
                    {t("adopt")}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    data-testid="dismiss-proposal"
                    onClick={() => run(client.command({ case: "dismissProposal", value: { proposalId: proposal.id } }))}
                  >
                    {t("dismiss")}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </section>
  );
}
