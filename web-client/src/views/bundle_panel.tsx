// The facilitator's board session ("Bestuursvergadering"): the form that bundles dilemmas for the
// board, and per bundle its items with progress, reveal (per item or all at once) and decisions.
// "Reveal all at once" waits, disabled and with its reason shown, while any secret item has
// fewer than the room's k votes (the server reveals all remaining items or none).
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Bundle } from "../proto";
import { BallotMode, FocusKind } from "../proto";
import { focusOf } from "../store/focus_state";
import { ShowOnScreen } from "../ui/show_on_screen";
import { bundleRevealGate } from "../store/anonymity";
import { isBundleRevealed } from "../store/bundle_state";
import { RevealWait } from "../ui/reveal_wait";
import { useRunner } from "../ui/use_runner";
import { BundleForm } from "./bundle_form";
import { BundleItemAdmin } from "./bundle_item_admin";
import { PrepFold } from "./prep_fold";

function BundleAdmin({ client, bundle }: { client: RoomClient; bundle: Bundle }) {
  const t = useT();
  const { error, run } = useRunner();
  const gate = bundleRevealGate(client.state, bundle);
  const waitId = `bundle-wait-${bundle.id}`;
  const unrevealed = !isBundleRevealed(client.state, bundle);
  return (
    <article class="bundle-admin" data-testid="bundle-admin" data-bundle-id={bundle.id.toString()}>
      <header class="dilemma-head">
        <h3>{bundle.title}</h3>
        <span class="tag">{bundle.mode === BallotMode.SECRET ? t("modeSecret") : t("modeOpen")}</span>
        <ShowOnScreen client={client} focus={focusOf(FocusKind.BUNDLE, { bundleId: bundle.id })} />
        {unrevealed ? (
          <button
            type="button"
            data-testid="reveal-bundle"
            disabled={gate.kind === "waitForVotes"}
            aria-describedby={gate.kind === "waitForVotes" ? waitId : undefined}
            onClick={() => run(client.command({ case: "revealBundle", value: { bundleId: bundle.id } }))}
          >
            {t("revealBundle")}
          </button>
        ) : null}
      </header>
      {unrevealed ? <RevealWait gate={gate} id={waitId} wholeBundle /> : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
      <ol class="bundle-items">
        {bundle.items.map((item, index) => (
          <BundleItemAdmin client={client} bundle={bundle} item={item} position={index + 1} key={item.voteId.toString()} />
        ))}
      </ol>
    </article>
  );
}

export function BundlePanel({ client }: { client: RoomClient }) {
  const t = useT();
  return (
    <section class="panel" aria-labelledby="bundles-h" data-testid="bundles">
      <h2 id="bundles-h">{t("boardSession")}</h2>
      {[...client.state.bundles].reverse().map((bundle) => (
        <BundleAdmin client={client} bundle={bundle} key={bundle.id.toString()} />
      ))}
      <PrepFold client={client} summary={t("boardSessionNew")}>
        <p class="hint">{t("boardSessionHint")}</p>
        <BundleForm client={client} />
      </PrepFold>
    </section>
  );
}
