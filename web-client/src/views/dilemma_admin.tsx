// One dilemma as the facilitator runs it: its text and scenarios (with the private strategy mark),
// edit while not yet polled, its note board with the writing controls, its group poll and its
// outcome.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Dilemma } from "../proto";
import { FocusKind } from "../proto";
import { focusOf } from "../store/focus_state";
import { isImported } from "../store/programme_state";
import { boardById } from "../store/room_state";
import { BoardControls } from "../ui/board_controls";
import { BoardView } from "../ui/board_view";
import { ImportedSource } from "../ui/imported_source";
import { OutcomeLine } from "../ui/outcome_line";
import { ScenarioList } from "../ui/scenario_list";
import { ActivityFold } from "./activity_fold";
import { DilemmaForm } from "./dilemma_form";
import { DilemmaPoll } from "./dilemma_poll";
import { OutcomeForm } from "./outcome_form";

export function DilemmaAdmin({ client, dilemma }: { client: RoomClient; dilemma: Dilemma }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const board = boardById(client.state, dilemma.boardId);
  // A board meeting's copy of a workshop's dilemma is what the group worked on: no edit, no poll.
  const imported = isImported(dilemma);
  // Once polled, the scenarios are what people voted on; the server refuses an edit.
  const editable = dilemma.pollId === 0n && !imported;
  const { focus } = client.state;
  // Once the facilitator leads by focus, an empty note board with writing closed folds to its title.
  const noteBoardOpen =
    focus.kind === FocusKind.UNSPECIFIED ||
    (board !== undefined && (board.writingOpen || board.revealed || client.state.notes.some((note) => note.boardId === board.id)));
  const pollOnScreen = focus.kind === FocusKind.VOTE && focus.voteId === dilemma.pollId && dilemma.pollId !== 0n;
  return (
    <article class="card dilemma-admin" data-testid="dilemma-admin" data-dilemma-id={dilemma.id.toString()}>
      <ActivityFold
        client={client}
        focus={focusOf(FocusKind.DILEMMA, { dilemmaId: dilemma.id })}
        title={dilemma.title}
        board={board}
        alsoActive={pollOnScreen}
        aside={dilemma.proposalId !== 0n ? <span class="tag">{t("fromIntake")}</span> : null}
      >
      {editing && editable ? (
        <DilemmaForm
          client={client}
          heading={t("editDilemmaTitle")}
          dilemmaId={dilemma.id}
          initial={dilemma}
          focusOnMount
          onDone={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {dilemma.context ? <p class="prose">{dilemma.context}</p> : null}
          <ScenarioList dilemma={dilemma} marksShown={client.state.strategyMarksShown} />
          <ImportedSource dilemma={dilemma} />
          {editable ? (
            <div class="buttons">
              <button type="button" class="secondary" data-testid="edit-dilemma" onClick={() => setEditing(true)}>
                {t("editDilemma")}
              </button>
            </div>
          ) : null}
        </>
      )}
      {board ? (
        <details class="dilemma-board" open={noteBoardOpen}>
          <summary>{t("notesOnScenarios")}</summary>
          <BoardControls client={client} board={board} />
          <BoardView client={client} board={board} heading="" />
        </details>
      ) : null}
      {imported ? null : <DilemmaPoll client={client} dilemma={dilemma} />}
      <OutcomeLine dilemma={dilemma} />
      {imported ? null : <OutcomeForm client={client} dilemma={dilemma} />}
      </ActivityFold>
    </article>
  );
}
