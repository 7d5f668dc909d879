// The facilitator bundles dilemmas for the board: a title, open cards or secret ballot, and the
// dilemmas with a recorded outcome in the order they are ticked (the board's order). A consensus
// becomes an approval item, no consensus a choice between the scenarios (decided by the server).
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { BallotMode, DilemmaOutcome } from "../proto";
import { MAX_BUNDLE_ITEMS, bundleable } from "../store/bundle_state";
import { useRunner } from "../ui/use_runner";

export function BundleForm({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const [title, setTitle] = useState("");
  const [mode, setMode] = useState(BallotMode.OPEN_CARDS);
  // Dilemma ids in the order they were ticked.
  const [chosen, setChosen] = useState<bigint[]>([]);
  const candidates = bundleable(client.state.dilemmas);
  if (candidates.length === 0) return <p class="hint" data-testid="no-bundleable">{t("noBundleable")}</p>;
  const toggle = (id: bigint, on: boolean) =>
    setChosen((list) => (on ? [...list.filter((known) => known !== id), id] : list.filter((known) => known !== id)));
  const submit = (event: Event) => {
    event.preventDefault();
    const dilemmaIds = chosen.filter((id) => candidates.some((d) => d.id === id));
    run(
      client
        .command({ case: "createBundle", value: { title: title.trim() || t("defaultBundleTitle"), mode, dilemmaIds } })
        .then(() => {
          setTitle("");
          setChosen([]);
        }),
    );
  };
  return (
    <form class="card form-grid" onSubmit={submit} data-testid="bundle-form">
      <label>
        {t("bundleTitle")}
        <input name="bundle-title" value={title} maxLength={200} placeholder={t("defaultBundleTitle")} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t("mode")}
        <select name="bundle-mode" value={mode} onChange={(e) => setMode(Number((e.target as HTMLSelectElement).value))}>
          <option value={BallotMode.OPEN_CARDS}>{t("modeOpen")}</option>
          <option value={BallotMode.SECRET}>{t("modeSecret")}</option>
        </select>
      </label>
      <fieldset class="bundle-choice">
        <legend>{t("chooseDilemmas")}</legend>
        {candidates.map((dilemma) => {
          const position = chosen.indexOf(dilemma.id);
          return (
            <label class="check" key={dilemma.id.toString()}>
              <input
                type="checkbox"
                data-testid={`bundle-dilemma-${dilemma.id}`}
                checked={position >= 0}
                disabled={position < 0 && chosen.length >= MAX_BUNDLE_ITEMS}
                onChange={(e) => toggle(dilemma.id, (e.target as HTMLInputElement).checked)}
              />
              <span class="order" aria-hidden="true">{position >= 0 ? position + 1 : ""}</span>
              <span class="bundle-choice-title">{dilemma.title}</span>
              <span class="tag">{dilemma.outcome === DilemmaOutcome.CONSENSUS ? t("forApproval") : t("forChoice")}</span>
            </label>
          );
        })}
      </fieldset>
      <button type="submit" data-testid="create-bundle" disabled={chosen.length === 0}>
        {t("createBundle")}
      </button>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}
