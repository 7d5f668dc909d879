// A participant's phone or laptop: write notes (private first: only you see them until the
// reveal), sort them when allowed, vote in group polls.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Board } from "../proto";
import { BoardKind, VoteAudience } from "../proto";
import { isPrivateUnrevealed } from "../store/room_state";
import { BoardView, zoneLabel } from "../ui/board_view";
import { addNote } from "../ui/note_actions";
import { StatusBar } from "../ui/status_bar";
import { TimerView } from "../ui/timer_view";
import { useRoom } from "../ui/use_room";
import { VoteCard } from "../ui/vote_card";
import { FailedView } from "./failed";
import { JoinGate } from "./join_gate";

export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, "").toUpperCase();
}

function Composer({ client, board }: { client: RoomClient; board: Board }) {
  const t = useT();
  const draftName = `note.${board.id}`;
  const [text, setText] = useState(() => client.secrets.draft(draftName));
  const defaultZone = board.kind === BoardKind.CIRCLES ? 0 : (board.zones[0]?.id ?? 0);
  const [zoneId, setZoneId] = useState(defaultZone);
  const [error, setError] = useState("");
  const [sending, setSending] = useState(false);
  const update = (value: string) => {
    setText(value);
    client.secrets.setDraft(draftName, value);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    setSending(true);
    setError("");
    try {
      // The draft stays (on screen and on the device) until the server has acknowledged it.
      await addNote(client, board, zoneId, body);
      update("");
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setSending(false);
    }
  };
  return (
    <form class="composer" onSubmit={submit} data-testid="composer">
      <label>
        {t("writeNote")}
        <textarea
          name="note-text"
          rows={3}
          maxLength={1000}
          value={text}
          onInput={(e) => update((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="composer-row">
        {board.zones.length > 1 ? (
          <label class="inline">
            {t("zone")}
            <select value={zoneId} onChange={(e) => setZoneId(Number((e.target as HTMLSelectElement).value))}>
              {board.zones.map((zone) => (
                <option value={zone.id} key={zone.id}>
                  {zoneLabel(board, zone, t)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" disabled={sending} data-testid="post-note">
          {sending ? t("sending") : t("post")}
        </button>
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}

function ParticipantRoom({ code, name }: { code: string; name: string }) {
  const t = useT();
  const client = useRoom({ kind: "participantCode", value: code }, name);
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} />;
  const polls = client.state.votes.filter((vote) => vote.audience === VoteAudience.PARTICIPANTS);
  const boards = [...client.state.boards].reverse();
  return (
    <div class="page participant">
      <StatusBar client={client} role={t("participant")} />
      <main class="narrow">
        <TimerView client={client} />
        {polls.map((vote) => <VoteCard client={client} vote={vote} key={vote.id.toString()} />)}
        {boards.length === 0 ? <p class="hint">{t("waitingRoom")}</p> : null}
        {boards.map((board) => (
          <section class="panel" key={board.id.toString()}>
            {isPrivateUnrevealed(board) ? (
              <div class="private-note" role="note" data-testid="private-banner">
                <strong>{t("onlyYou")}</strong>
                <span>{t("onlyYouExplain")}</span>
              </div>
            ) : null}
            {board.writingOpen ? <Composer client={client} board={board} /> : <p class="hint">{t("writingClosed")}</p>}
            <BoardView client={client} board={board} />
          </section>
        ))}
      </main>
    </div>
  );
}

export function ParticipantView({ code }: { code: string }) {
  const t = useT();
  const plain = normalizeCode(code);
  return (
    <JoinGate roomKey={`participantCode.${plain}`} code={plain} title={t("joinAsParticipant")} nameLabel={t("displayName")}>
      {(name) => <ParticipantRoom code={plain} name={name} />}
    </JoinGate>
  );
}
