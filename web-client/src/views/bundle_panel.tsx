// The facilitator's board session ("Bestuursvergadering"): the form that bundles dilemmas for the
// board, and per bundle its items with progress, reveal (per item or all at once) and decisions.
// A bundle's items fold to one line while the room looks at a board, a dilemma or another bundle.
// "Reveal all at once" waits, disabled and with its reason shown, while any secret item has
// fewer than the room's k votes (the server reveals all remaining items or none).
import { counted, useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Bundle } from "../proto";
import { BallotMode, FocusKind } from "../proto";
import { heldActivity } from "../store/agenda_activities";
import { focusOf } from "../store/focus_state";
import { PlaceActivity } from "../ui/place_activity";
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
  // Its items fold while the room looks at a board, a dilemma or another bundle: then the console
  // is about that.
  const { focus } = client.state;
  const itemsOpen = focus.bundleId === bundle.id || (focus.bundleId === 0n && heldActivity(client.state, focus) === undefined);
  return (
    <article class="bundle-admin" data-testid="bundle-admin" data-bundle-id={bundle.id.toString()}>
      <header class="dilemma-head">
        <h3>{bundle.title}</h3>
        <span class="tag">{bundle.mode === BallotMode.SECRET ? t("modeSecret") : t("modeOpen")}</span>
        <ShowOnScreen client={client} focus={focusOf(FocusKind.BUNDLE, { bundleId: bundle.id })} />
        <PlaceActivity client={client} activity={focusOf(FocusKind.BUNDLE, { bundleId: bundle.id })} />
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
      <details class="bundle-items-fold" open={itemsOpen}>
        <summary>{counted(t, "bundleItemCount", bundle.items.length)}</summary>
        <ol class="bundle-items">
          {bundle.items.map((item, index) => (
            <BundleItemAdmin client={client} bundle={bundle} item={item} position={index + 1} key={item.voteId.toString()} />
          ))}
        </ol>
      </details>
    </article>
  );
}

// While the room looks at a board or a dilemma the whole board session folds to its title line:
// the console is about what is on screen.
export function BundlePanel({ client }: { client: RoomClient }) {
  const t = useT();
  const { bundles, focus } = client.state;
  const quiet = heldActivity(client.state, focus) !== undefined;
  return (
    <details class="panel bundles" open={!quiet} data-testid="bundles">
      <summary>
        <h2 id="bundles-h">{t("boardSession")}</h2>
        {bundles.length > 0 ? <span class="hint">{counted(t, "bundleCount", bundles.length)}</span> : null}
      </summary>
      {[...bundles].reverse().map((bundle) => (
        <BundleAdmin client={client} bundle={bundle} key={bundle.id.toString()} />
      ))}
      <PrepFold client={client} summary={t("boardSessionNew")}>
        <p class="hint">{t("boardSessionHint")}</p>
        <BundleForm client={client} />
      </PrepFold>
    </details>
  );
}
