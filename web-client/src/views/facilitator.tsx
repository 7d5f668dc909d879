// The facilitator's laptop: links and QR codes, agenda and timer, boards, votes.
// Hidden content shows here as counts only; the server never sends more.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import { defaultAgenda, projectorTokenKey } from "../net/create_room";
import type { RoomClient } from "../net/room_client";
import type { Vote } from "../proto";
import { BallotMode, BoardKind, VoteAudience, VoteStatus, WritingMode } from "../proto";
import { formatCode, viewLink } from "../route";
import { isPrivateUnrevealed } from "../store/room_state";
import { BoardView } from "../ui/board_view";
import { QrCode } from "../ui/qr_code";
import { StatusBar } from "../ui/status_bar";
import { TimerView } from "../ui/timer_view";
import { useRoom } from "../ui/use_room";
import { VoteChart } from "../ui/vote_chart";
import { FailedView } from "./failed";

function useRunner() {
  const [error, setError] = useState("");
  const run = (action: Promise<unknown>) => {
    setError("");
    action.catch((failure: Error) => setError(failure.message));
  };
  return { error, run };
}

function splitList(text: string): string[] {
  return text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
}

function LinkCard({ title, url, code }: { title: string; url: string; code?: string }) {
  return (
    <div class="link-card">
      <h3>{title}</h3>
      <QrCode text={url} size={140} label={url} />
      {code ? <div class="code" data-testid={`code-${title}`}>{formatCode(code)}</div> : null}
      <a href={url} target="_blank" rel="noopener" class="link" data-testid={`link-${title}`}>
        {url}
      </a>
    </div>
  );
}

function Links({ client, secret }: { client: RoomClient; secret: string }) {
  const t = useT();
  const origin = window.location.origin;
  const { participantCode, boardCode } = client.state;
  const projectorToken = localStorage.getItem(projectorTokenKey(secret));
  return (
    <section class="panel" aria-labelledby="links-h">
      <h2 id="links-h">{t("links")}</h2>
      <p class="hint" data-testid="member-counts">
        {t("memberCounts", { participants: client.state.participantCount, board: client.state.boardMemberCount })}
      </p>
      <div class="links">
        {participantCode ? (
          <LinkCard title={t("participantLink")} url={viewLink(origin, "join", formatCode(participantCode))} code={participantCode} />
        ) : null}
        {boardCode ? (
          <LinkCard title={t("boardLink")} url={viewLink(origin, "board", formatCode(boardCode))} code={boardCode} />
        ) : null}
        {projectorToken ? (
          <LinkCard title={t("projectorLink")} url={viewLink(origin, "projector", projectorToken)} />
        ) : (
          <p class="hint">{t("projectorLinkUnknown")}</p>
        )}
      </div>
    </section>
  );
}

function AgendaPanel({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const { phases, timer } = client.state;
  const command = (value: Parameters<RoomClient["command"]>[0]) => run(client.command(value));
  return (
    <section class="panel" aria-labelledby="agenda-h">
      <h2 id="agenda-h">{t("agenda")}</h2>
      {phases.length === 0 ? (
        <button
          type="button"
          onClick={() => command({ case: "setAgenda", value: { phases: defaultAgenda([t("phase1"), t("phase2"), t("phase3")]) } })}
        >
          {t("useDefaultAgenda")}
        </button>
      ) : (
        <>
          <ol class="phases">
            {phases.map((phase, index) => (
              <li key={index} class={index === (timer?.phaseIndex ?? 0) ? "phase-current" : ""}>
                {phase.title} · {t("minutes", { n: Math.round(phase.plannedSeconds / 60) })}
              </li>
            ))}
          </ol>
          <TimerView client={client} />
          <div class="buttons">
            {timer?.running ? (
              <button type="button" onClick={() => command({ case: "pauseTimer", value: {} })}>{t("pause")}</button>
            ) : (
              <button type="button" data-testid="timer-start" onClick={() => command({ case: "startTimer", value: {} })}>{t("start")}</button>
            )}
            <button type="button" onClick={() => command({ case: "extendTimer", value: { seconds: 300 } })}>{t("extend")}</button>
            <button type="button" data-testid="next-phase" onClick={() => command({ case: "nextPhase", value: {} })}>{t("nextPhase")}</button>
          </div>
        </>
      )}
      {error ? <p class="error" role="alert">{error}</p> : null}
    </section>
  );
}

function AddBoardForm({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState(BoardKind.CIRCLES);
  const [mode, setMode] = useState(WritingMode.PRIVATE_FIRST);
  const [columns, setColumns] = useState(t("defaultColumns"));
  const [rows, setRows] = useState(t("defaultRows"));
  const [mayMove, setMayMove] = useState(true);
  const submit = (event: Event) => {
    event.preventDefault();
    const boardTitle = title.trim() || (kind === BoardKind.CIRCLES ? t("kindCircles") : kind === BoardKind.MATRIX ? t("kindMatrix") : t("kindColumns"));
    run(
      client
        .command({
          case: "addBoard",
          value: {
            title: boardTitle,
            kind,
            writingMode: mode,
            columnLabels: kind === BoardKind.CIRCLES ? [] : splitList(columns),
            rowLabels: kind === BoardKind.MATRIX ? splitList(rows) : [],
            participantsMayMove: mayMove,
          },
        })
        .then(() => setTitle("")),
    );
  };
  return (
    <form class="card form-grid" onSubmit={submit} data-testid="add-board">
      <h3>{t("addBoard")}</h3>
      <label>
        {t("boardTitle")}
        <input value={title} name="board-title" onInput={(e) => setTitle((e.target as HTMLInputElement).value)} maxLength={200} />
      </label>
      <label>
        {t("kind")}
        <select
          name="board-kind"
          value={kind}
          onChange={(e) => {
            const next = Number((e.target as HTMLSelectElement).value);
            setKind(next);
            // Templates: 3B for columns, the health matrix for a matrix.
            setColumns(next === BoardKind.MATRIX ? t("defaultMatrixColumns") : t("defaultColumns"));
          }}
        >
          <option value={BoardKind.CIRCLES}>{t("kindCircles")}</option>
          <option value={BoardKind.COLUMNS}>{t("kindColumns")}</option>
          <option value={BoardKind.MATRIX}>{t("kindMatrix")}</option>
        </select>
      </label>
      {kind !== BoardKind.CIRCLES ? (
        <label>
          {t("columns")}
          <input value={columns} onInput={(e) => setColumns((e.target as HTMLInputElement).value)} />
        </label>
      ) : null}
      {kind === BoardKind.MATRIX ? (
        <label>
          {t("rows")}
          <input value={rows} onInput={(e) => setRows((e.target as HTMLInputElement).value)} />
        </label>
      ) : null}
      <label>
        {t("writingMode")}
        <select name="writing-mode" value={mode} onChange={(e) => setMode(Number((e.target as HTMLSelectElement).value))}>
          <option value={WritingMode.PRIVATE_FIRST}>{t("privateFirst")}</option>
          <option value={WritingMode.OPEN}>{t("openWriting")}</option>
        </select>
      </label>
      <label class="check">
        <input type="checkbox" checked={mayMove} onChange={(e) => setMayMove((e.target as HTMLInputElement).checked)} />
        {t("mayMove")}
      </label>
      <button type="submit">{t("add")}</button>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}

function BoardsPanel({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  return (
    <section class="panel" aria-labelledby="boards-h">
      <h2 id="boards-h">{t("boards")}</h2>
      {client.state.boards.map((board) => (
        <div class="board-block" data-testid="board-block" key={board.id.toString()}>
          <div class="buttons">
            <button
              type="button"
              data-testid="toggle-writing"
              onClick={() => run(client.command({ case: "setWriting", value: { boardId: board.id, open: !board.writingOpen } }))}
            >
              {board.writingOpen ? t("closeWritingButton") : t("openWritingButton")}
            </button>
            {isPrivateUnrevealed(board) ? (
              <button type="button" data-testid="reveal-board" onClick={() => run(client.command({ case: "revealBoard", value: { boardId: board.id } }))}>
                {t("reveal")}
              </button>
            ) : null}
          </div>
          <BoardView client={client} board={board} />
        </div>
      ))}
      {error ? <p class="error" role="alert">{error}</p> : null}
      <AddBoardForm client={client} />
    </section>
  );
}

function VoteRow({ client, vote }: { client: RoomClient; vote: Vote }) {
  const t = useT();
  const { error, run } = useRunner();
  const result = client.state.results.find((known) => known.voteId === vote.id);
  const status = vote.status === VoteStatus.OPEN ? t("voteOpen") : vote.status === VoteStatus.CLOSED ? t("voteClosed") : t("voteRevealed");
  return (
    <article class="card vote" data-testid="vote" data-vote-id={vote.id.toString()}>
      <h3>{vote.title}</h3>
      <p>
        <span class="tag">{vote.audience === VoteAudience.BOARD ? t("audienceBoard") : t("audienceParticipants")}</span>{" "}
        <span class="tag">{vote.mode === BallotMode.SECRET ? t("modeSecret") : t("modeOpen")}</span>{" "}
        <span class="tag">{status}</span>{" "}
        <strong data-testid="vote-progress">{t("voted", { voted: vote.votedCount, eligible: vote.eligibleCount })}</strong>
      </p>
      <ol class="options">
        {vote.options.map((option) => <li key={option.id}>{option.label}</li>)}
      </ol>
      <div class="buttons">
        {vote.status === VoteStatus.OPEN ? (
          <button type="button" onClick={() => run(client.command({ case: "closeVote", value: { voteId: vote.id } }))}>{t("close")}</button>
        ) : null}
        {vote.status !== VoteStatus.REVEALED ? (
          <button type="button" data-testid="reveal-vote" onClick={() => run(client.command({ case: "revealVote", value: { voteId: vote.id } }))}>{t("reveal")}</button>
        ) : null}
      </div>
      {result ? <VoteChart vote={vote} result={result} /> : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
    </article>
  );
}

function OpenVoteForm({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const [title, setTitle] = useState("");
  const [audience, setAudience] = useState(VoteAudience.BOARD);
  const [mode, setMode] = useState(BallotMode.OPEN_CARDS);
  const [options, setOptions] = useState(t("defaultOptions"));
  const submit = (event: Event) => {
    event.preventDefault();
    run(
      client
        .command({ case: "openVote", value: { title: title.trim(), audience, mode, options: splitLines(options) } })
        .then(() => setTitle("")),
    );
  };
  return (
    <form class="card form-grid" onSubmit={submit} data-testid="open-vote">
      <h3>{t("openVote")}</h3>
      <label>
        {t("voteTitle")}
        <input name="vote-title" value={title} required maxLength={200} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t("audience")}
        <select name="vote-audience" value={audience} onChange={(e) => setAudience(Number((e.target as HTMLSelectElement).value))}>
          <option value={VoteAudience.BOARD}>{t("audienceBoard")}</option>
          <option value={VoteAudience.PARTICIPANTS}>{t("audienceParticipants")}</option>
        </select>
      </label>
      <label>
        {t("mode")}
        <select value={mode} onChange={(e) => setMode(Number((e.target as HTMLSelectElement).value))}>
          <option value={BallotMode.OPEN_CARDS}>{t("modeOpen")}</option>
          <option value={BallotMode.SECRET}>{t("modeSecret")}</option>
        </select>
      </label>
      <label>
        {t("options")}
        <textarea name="vote-options" rows={4} value={options} onInput={(e) => setOptions((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button type="submit">{t("openVote")}</button>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}

function splitLines(text: string): string[] {
  return text.split("\n").map((line) => line.trim()).filter(Boolean);
}

export function FacilitatorView({ secret }: { secret: string }) {
  const t = useT();
  const client = useRoom({ kind: "facilitatorSecret", value: secret });
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} />;
  return (
    <div class="page facilitator">
      <StatusBar client={client} role={t("facilitator")} />
      <main class="facilitator-grid">
        <div class="column">
          <AgendaPanel client={client} />
          <Links client={client} secret={secret} />
        </div>
        <div class="column column-wide">
          <BoardsPanel client={client} />
          <section class="panel" aria-labelledby="votes-h">
            <h2 id="votes-h">{t("votes")}</h2>
            {client.state.votes.map((vote) => <VoteRow client={client} vote={vote} key={vote.id.toString()} />)}
            <OpenVoteForm client={client} />
          </section>
        </div>
      </main>
    </div>
  );
}
