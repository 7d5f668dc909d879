// The facilitator's laptop: what is on screen now with previous / next (FocusBar), agenda, timer and
// run-sheet, the welcome and the strategy, the method's activities (dilemmas, the board session,
// boards, actions, votes), each with "show on screen" beside its title, and the preparation
// (template, intake, links, the room's minimum group size, the decision record, deleting), folded
// once the facilitator leads by focus. On a phone it is a remote (facilitator_remote.tsx). Hidden
// content shows here as counts only; the server never sends more.
import { ProgrammeNewsPanel } from "./programme_news";
import { useState } from "preact/hooks";
import type { Translate } from "../i18n/i18n";
import { counted, useT } from "../i18n/i18n";
import { defaultAgenda } from "../net/create_room";
import { TemplatePanel } from "./template_panel";
import type { RoomClient } from "../net/room_client";
import type { Proposal } from "../proto";
import { BallotMode, FocusKind, VoteAudience } from "../proto";
import { formatCode, linkOrigin, viewLink } from "../route";
import { phaseNumberOf } from "../store/agenda_activities";
import { focusOf } from "../store/focus_state";
import { PlaceActivity } from "../ui/place_activity";
import { QrCode } from "../ui/qr_code";
import { RunSheetView } from "../ui/run_sheet_view";
import { UnreachableNotice } from "../ui/unreachable_notice";
import { ShowOnScreen } from "../ui/show_on_screen";
import { StatusBar } from "../ui/status_bar";
import { TimerView } from "../ui/timer_view";
import { useMediaQuery } from "../ui/use_media_query";
import { useRoom } from "../ui/use_room";
import { useRunner } from "../ui/use_runner";
import { ActionsPanel } from "./actions_panel";
import { AnonymityPanel } from "./anonymity_panel";
import { BundlePanel } from "./bundle_panel";
import { ShowMarks } from "./dilemmas_panel";
import { AgendaPhases } from "./agenda_phases";
import { PhaseActivity } from "./phase_activity";
import { FacilitatorRemote } from "./facilitator_remote";
import { FailedView } from "./failed";
import { FocusBar } from "./focus_bar";
import { IntakePanel } from "./intake_panel";
import { RecordPanel } from "./record_panel";
import { DeleteRoomPanel } from "./delete_room_panel";
import { PrepFold } from "./prep_fold";
import { ProjectorLink } from "./projector_link";
import { StrategyEditor } from "./strategy_editor";
import { VoteRow } from "./vote_row";

// "1 deelnemer · 3 bestuursleden": who is in, each count in its own singular or plural.
function memberCountParams(client: RoomClient, t: Translate) {
  return {
    participants: counted(t, "participantCount", client.state.participantCount),
    board: counted(t, "boardMemberCount", client.state.boardMemberCount),
  };
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
  const origin = linkOrigin(client.publicUrl, window.location);
  const { participantCode, boardCode } = client.state;
  return (
    <section class="panel" aria-labelledby="links-h">
      <h2 id="links-h">{t("links")}</h2>
      <p class="hint" data-testid="member-counts">
        {t("memberCounts", memberCountParams(client, t))}
      </p>
      <div class="links">
        {participantCode ? (
          <LinkCard title={t("participantLink")} url={viewLink(origin, "join", formatCode(participantCode))} code={participantCode} />
        ) : null}
        {boardCode ? (
          <LinkCard title={t("boardLink")} url={viewLink(origin, "board", formatCode(boardCode))} code={boardCode} />
        ) : null}
        <ProjectorLink client={client} secret={secret} />
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

// What is always at hand, whatever the phase: the welcome (who is in), the strategy and the
// conclusion, each with "show on screen" and "to phase…"; a phase that holds one shows it there.
function StandingActivities({ client }: { client: RoomClient }) {
  const t = useT();
  const { phases } = client.state;
  const unplaced = (kind: FocusKind) => phaseNumberOf(phases, focusOf(kind)) === 0;
  return (
    <section class="panel standing" aria-labelledby="standing-h">
      <h2 id="standing-h" class="standing-title">{t("standing")}</h2>
      {unplaced(FocusKind.WELCOME) ? (
        <div data-testid="welcome-row">
          <div class="titled">
            <h3>{t("focusWelcome")}</h3>
            <ShowOnScreen client={client} focus={focusOf(FocusKind.WELCOME)} />
            <PlaceActivity client={client} activity={focusOf(FocusKind.WELCOME)} />
          </div>
          <p class="hint">{t("memberCounts", memberCountParams(client, t))}</p>
        </div>
      ) : null}
      {unplaced(FocusKind.STRATEGY) ? <PhaseActivity client={client} activity={focusOf(FocusKind.STRATEGY)} /> : null}
      {unplaced(FocusKind.CONCLUSION) ? <ShowMarks client={client} /> : null}
    </section>
  );
}

function VotesPanel({ client }: { client: RoomClient }) {
  const t = useT();
  // A dilemma's group poll is run under its dilemma.
  const votes = client.state.votes.filter((vote) => vote.dilemmaId === 0n);
  return (
    <section class="panel" aria-labelledby="votes-h">
      <h2 id="votes-h">{t("votes")}</h2>
      {votes.map((vote) => <VoteRow client={client} vote={vote} key={vote.id.toString()} />)}
      <PrepFold client={client} summary={t("openVote")}>
        <OpenVoteForm client={client} />
      </PrepFold>
    </section>
  );
}

export function FacilitatorView({ secret }: { secret: string }) {
  const t = useT();
  const client = useRoom({ kind: "facilitatorSecret", value: secret });
  // The intake proposal being turned into a dilemma (the form in DilemmasPanel is prefilled).
  const [adopting, setAdopting] = useState<Proposal | undefined>(undefined);
  // On a phone the console is a remote until the full console is asked for.
  const phone = useMediaQuery("(max-width: 600px)");
  const [fullOnPhone, setFullOnPhone] = useState(false);
  if (!client) return null;
  const focusKind = client.state.focus.kind;
  const bundleOnScreen = focusKind === FocusKind.BUNDLE || focusKind === FocusKind.BUNDLE_ITEM;
  if (client.status === "failed") return <FailedView client={client} />;
  if (phone && !fullOnPhone) {
    return (
      <div class="page facilitator">
        <StatusBar client={client} role={t("facilitator")} titleHeading={false} />
        <FacilitatorRemote client={client} onFullConsole={() => setFullOnPhone(true)} />
      </div>
    );
  }
  return (
    <div class="page facilitator">
      <StatusBar client={client} role={t("facilitator")} />
      <FocusBar client={client} />
      {/* At the top, where it is seen before the links are handed out. */}
      <UnreachableNotice client={client} />
      {phone ? (
        <button type="button" class="link-button" onClick={() => setFullOnPhone(false)}>{t("backToRemote")}</button>
      ) : null}
      <main class="facilitator-grid">
        <div class="column">
          <AgendaPanel client={client} />
          <StandingActivities client={client} />
          <PrepFold client={client} summary={t("preparation")} testid="preparation">
            <div class="column">
              <StrategyEditor client={client} />
              <TemplatePanel client={client} />
              <IntakePanel client={client} onAdopt={setAdopting} />
              <Links client={client} secret={secret} />
              <AnonymityPanel client={client} />
              <RecordPanel client={client} secret={secret} />
              <DeleteRoomPanel client={client} />
            </div>
          </PrepFold>
          <ActionsPanel client={client} />
          <VotesPanel client={client} />
        </div>
        <div class="column column-wide">
          <ProgrammeNewsPanel state={client.state} />
          {bundleOnScreen ? <BundlePanel client={client} /> : null}
          <AgendaPhases client={client} adopting={adopting} onAdoptionEnd={() => setAdopting(undefined)} />
          {bundleOnScreen ? null : <BundlePanel client={client} />}
        </div>
      </main>
    </div>
  );
}
