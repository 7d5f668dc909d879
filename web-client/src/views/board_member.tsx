// A board member's phone: the bundle item the room looks at first (board_focus_item.tsx), then
// the bundles of the board session (one card per dilemma, newest bundle first) and any plain board
// vote; tap to choose, change until revealed or closed.
import { useT } from "../i18n/i18n";
import { FocusKind, VoteAudience } from "../proto";
import { isBundleVote } from "../store/bundle_state";
import { StatusBar } from "../ui/status_bar";
import { useRoom } from "../ui/use_room";
import { VoteCard } from "../ui/vote_card";
import { BoardBundleCards } from "./board_bundle_cards";
import { BoardFocusItem } from "./board_focus_item";
import { FailedView } from "./failed";
import { JoinGate } from "./join_gate";
import { normalizeCode } from "./participant";

function BoardRoom({ code, name }: { code: string; name: string }) {
  const t = useT();
  const client = useRoom({ kind: "boardCode", value: code }, name);
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} />;
  // Bundle items show under their bundle; the rest are plain board votes.
  const votes = client.state.votes.filter((vote) => vote.audience === VoteAudience.BOARD && !isBundleVote(client.state, vote.id));
  const bundles = [...client.state.bundles].reverse();
  const { focus } = client.state;
  const focusBundle = focus.kind === FocusKind.BUNDLE_ITEM ? bundles.find((bundle) => bundle.id === focus.bundleId) : undefined;
  const focusItem = focusBundle?.items.find((item) => item.dilemmaId === focus.dilemmaId);
  return (
    <div class="page board-member">
      <StatusBar client={client} role={t("boardMember")} />
      <main class="narrow">
        {votes.length === 0 && bundles.length === 0 ? <p class="hint">{t("noVotes")}</p> : null}
        {focusBundle && focusItem ? <BoardFocusItem client={client} bundle={focusBundle} item={focusItem} /> : null}
        {bundles.map((bundle) => (
          <BoardBundleCards
            client={client}
            bundle={bundle}
            skipDilemmaId={bundle === focusBundle ? focusItem?.dilemmaId : undefined}
            key={bundle.id.toString()}
          />
        ))}
        {[...votes].reverse().map((vote) => <VoteCard client={client} vote={vote} key={vote.id.toString()} />)}
      </main>
    </div>
  );
}

export function BoardMemberView({ code }: { code: string }) {
  const t = useT();
  const plain = normalizeCode(code);
  return (
    <JoinGate roomKey={`boardCode.${plain}`} code={plain} title={t("joinAsBoard")} nameLabel={t("displayNameBoard")}>
      {(name) => <BoardRoom code={plain} name={name} />}
    </JoinGate>
  );
}
