// The facilitator's board session ("Bestuursvergadering"): the form that bundles dilemmas for the
// board, and per bundle its items with progress, reveal (per item or all at once) and decisions.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Bundle } from "../proto";
import { BallotMode } from "../proto";
import { isBundleRevealed } from "../store/bundle_state";
import { useRunner } from "../ui/use_runner";
import { BundleForm } from "./bundle_form";
import { BundleItemAdmin } from "./bundle_item_admin";

function BundleAdmin({ client, bundle }: { client: RoomClient; bundle: Bundle }) {
  const t = useT();
  const { error, run } = useRunner();
  return (
    <article class="bundle-admin" data-testid="bundle-admin" data-bundle-id={bundle.id.toString()}>
      <header class="dilemma-head">
        <h3>{bundle.title}</h3>
        <span class="tag">{bundle.mode === BallotMode.SECRET ? t("modeSecret") : t("modeOpen")}</span>
        {!isBundleRevealed(client.state, bundle) ? (
          <button type="button" data-testid="reveal-bundle" onClick={() => run(client.command({ case: "revealBundle", value: { bundleId: bundle.id } }))}>
            {t("revealBundle")}
          </button>
        ) : null}
      </header>
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
      <p class="hint">{t("boardSessionHint")}</p>
      {[...client.state.bundles].reverse().map((bundle) => (
        <BundleAdmin client={client} bundle={bundle} key={bundle.id.toString()} />
      ))}
      <BundleForm client={client} />
    </section>
  );
}
