// Actions for the facilitator and participants: the ranking once revealed, then every action to
// work out (and, for participants, to score). The facilitator also types in a new action and
// reveals the ranking; actions from notes are made in the note's menu on the board.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import { FocusKind, Role } from "../proto";
import { NEW_ACTION_TERM } from "../store/action_state";
import { focusOf } from "../store/focus_state";
import { PlaceActivity } from "../ui/place_activity";
import { ShowOnScreen } from "../ui/show_on_screen";
import { ActionCard } from "../ui/action_card";
import { RankingView } from "../ui/ranking_view";
import { PrepFold } from "./prep_fold";
import { useRunner } from "../ui/use_runner";

function NewActionForm({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const [title, setTitle] = useState("");
  const submit = (event: Event) => {
    event.preventDefault();
    run(client.command({ case: "saveAction", value: { actionId: 0n, action: { title: title.trim(), term: NEW_ACTION_TERM } } }).then(() => setTitle("")));
  };
  return (
    <form class="buttons new-action" onSubmit={submit} data-testid="new-action">
      <label class="inline grow">
        {t("newAction")}
        <input name="new-action-title" value={title} required maxLength={1000} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit">{t("add")}</button>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}

function RevealRanking({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const again = client.state.ranking.length > 0;
  return (
    <div class="buttons">
      <button type="button" data-testid="reveal-ranking" onClick={() => run(client.command({ case: "revealRanking", value: {} }))}>
        {again ? t("revealRankingAgain") : t("revealRanking")}
      </button>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </div>
  );
}

export function ActionsPanel({ client }: { client: RoomClient }) {
  const t = useT();
  const { actions, ranking } = client.state;
  const facilitator = client.role === Role.FACILITATOR;
  if (!facilitator && actions.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="actions-h" data-testid="actions">
      <div class="titled">
        <h2 id="actions-h">{t("actions")}</h2>
        {facilitator && actions.length > 0 ? <ShowOnScreen client={client} focus={focusOf(FocusKind.RANKING)} /> : null}
        {facilitator && actions.length > 0 ? <PlaceActivity client={client} activity={focusOf(FocusKind.RANKING)} /> : null}
      </div>
      <RankingView client={client} />
      {actions.length === 0 ? <p class="hint">{t("noActions")}</p> : null}
      {ranking.length === 0 && actions.length > 0 ? <p class="hint">{t("rankingHidden")}</p> : null}
      {actions.map((action) => <ActionCard client={client} action={action} key={action.id.toString()} />)}
      {facilitator ? (
        <>
          <PrepFold client={client} summary={t("newAction")}>
            <NewActionForm client={client} />
          </PrepFold>
          {actions.length > 0 ? <RevealRanking client={client} /> : null}
        </>
      ) : null}
    </section>
  );
}
