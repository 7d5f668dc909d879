// The facilitator's dilemmas: one block per dilemma, the form to add one (prefilled when a
// proposal from the intake is being adopted) and, for the conclusion, the one-way switch that
// shows every device which scenario follows the strategy.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Proposal } from "../proto";
import { FocusKind } from "../proto";
import { focusOf } from "../store/focus_state";
import { ShowOnScreen } from "../ui/show_on_screen";
import { useRunner } from "../ui/use_runner";
import { DilemmaAdmin } from "./dilemma_admin";
import { DEFAULT_STRATEGY_SCENARIO, DilemmaForm } from "./dilemma_form";
import { PrepFold } from "./prep_fold";

function ShowMarks({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const conclusion = (
    <div class="titled">
      <h3>{t("conclusion")}</h3>
      <ShowOnScreen client={client} focus={focusOf(FocusKind.CONCLUSION)} />
    </div>
  );
  if (client.state.strategyMarksShown) {
    return (
      <div class="show-marks">
        {conclusion}
        <p class="notice" data-testid="marks-shown">{t("marksShown")}</p>
      </div>
    );
  }
  return (
    <div class="show-marks">
      {conclusion}
      <p class="hint">{t("showMarksHint")}</p>
      <div class="buttons">
        <button
          type="button"
          data-testid="show-marks"
          disabled={client.state.dilemmas.length === 0}
          onClick={() => run(client.command({ case: "showStrategyMarks", value: {} }))}
        >
          {t("showMarks")}
        </button>
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </div>
  );
}

interface DilemmasPanelProps {
  client: RoomClient;
  // The intake proposal being adopted, if any; the form is prefilled with it.
  adopting?: Proposal;
  onAdoptionEnd(): void;
}

export function DilemmasPanel({ client, adopting, onAdoptionEnd }: DilemmasPanelProps) {
  const t = useT();
  const { dilemmas } = client.state;
  return (
    <section class="panel" aria-labelledby="dilemmas-h" data-testid="dilemmas">
      <h2 id="dilemmas-h">{t("dilemmas")}</h2>
      {dilemmas.length === 0 ? <p class="hint">{t("noDilemmas")}</p> : null}
      {dilemmas.map((dilemma) => (
        <DilemmaAdmin client={client} dilemma={dilemma} key={dilemma.id.toString()} />
      ))}
      {adopting ? (
        <DilemmaForm
          key={`adopt-${adopting.id}`}
          client={client}
          heading={t("adoptDilemma")}
          initial={{ ...adopting, strategyScenario: DEFAULT_STRATEGY_SCENARIO }}
          proposalId={adopting.id}
          focusOnMount
          onDone={onAdoptionEnd}
          onCancel={onAdoptionEnd}
        />
      ) : (
        <PrepFold client={client} summary={t("addDilemma")}>
          <DilemmaForm key="new" client={client} heading={t("addDilemma")} />
        </PrepFold>
      )}
      <ShowMarks client={client} />
    </section>
  );
}
