// The facilitator's laptop: links and QR codes, agenda, timer and run-sheet, the method (strategy,
// intake, dilemmas, the board session, actions), the room's minimum group size, boards, votes, the
// decision record. Hidden content shows here as counts only; the server never sends more.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import { defaultAgenda, projectorTokenKey } from "../net/create_room";
import { TemplatePanel } from "./template_panel";
import type { RoomClient } from "../net/room_client";
import type { Proposal } from "../proto";
import { BallotMode, BoardKind, VoteAudience, WritingMode } from "../proto";
import { formatCode, viewLink } from "../route";
import { isDilemmaBoard } from "../store/method_state";
import { BoardControls } from "../ui/board_controls";
import { BoardView } from "../ui/board_view";
import { QrCode } from "../ui/qr_code";
import { RunSheetView } from "../ui/run_sheet_view";
import { StatusBar } from "../ui/status_bar";
import { TimerView } from "../ui/timer_view";
import { useRoom } from "../ui/use_room";
import { useRunner } from "../ui/use_runner";
import { ActionsPanel } from "./actions_panel";
import { AnonymityPanel } from "./anonymity_panel";
import { BundlePanel } from "./bundle_panel";
import { DilemmasPanel } from "./dilemmas_panel";
import { FailedView } from "./failed";
import { IntakePanel } from "./intake_panel";
import { RecordPanel } from "./record_panel";
import { DeleteRoomPanel } from "./delete_room_panel";
import { StrategyEditor } from "./strategy_editor";
import { VoteRow } from "./vote_row";

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
          <TimerView client={client} />
          <RunSheetView client={client} />
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

// Plain boards; a dilemma's note board is run under its dilemma (DilemmasPanel).
function BoardsPanel({ client }: { client: RoomClient }) {
  const t = useT();
  const boards = client.state.boards.filter((board) => !isDilemmaBoard(client.state, board.id));
  return (
    <section class="panel" aria-labelledby="boards-h">
      <h2 id="boards-h">{t("boards")}</h2>
      {boards.map((board) => (
        <div class="board-block" data-testid="board-block" key={board.id.toString()}>
          <BoardControls client={client} board={board} />
          <BoardView client={client} board={board} />
        </div>
      ))}
      <AddBoardForm client={client} />
    </section>
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
  // The intake proposal being turned into a dilemma (the form in DilemmasPanel is prefilled).
  const [adopting, setAdopting] = useState<Proposal | undefined>(undefined);
  if (!client) return null;
  if (client.status === "failed") return <FailedView client={client} />;
  // A dilemma's group poll is run under its dilemma.
  const votes = client.state.votes.filter((vote) => vote.dilemmaId === 0n);
  return (
    <div class="page facilitator">
      <StatusBar client={client} role={t("facilitator")} />
      <main class="facilitator-grid">
        <div class="column">
          <AgendaPanel client={client} />
          <TemplatePanel client={client} />
          <StrategyEditor client={client} />
          <IntakePanel client={client} onAdopt={setAdopting} />
          <Links client={client} secret={secret} />
          <AnonymityPanel client={client} />
          <RecordPanel client={client} secret={secret} />
          <DeleteRoomPanel client={client} />
        </div>
        <div class="column column-wide">
          <DilemmasPanel client={client} adopting={adopting} onAdoptionEnd={() => setAdopting(undefined)} />
          <BundlePanel client={client} />
          <BoardsPanel client={client} />
          <ActionsPanel client={client} />
          <section class="panel" aria-labelledby="votes-h">
            <h2 id="votes-h">{t("votes")}</h2>
            {votes.map((vote) => <VoteRow client={client} vote={vote} key={vote.id.toString()} />)}
            <OpenVoteForm client={client} />
          </section>
        </div>
      </main>
    </div>
  );
}
