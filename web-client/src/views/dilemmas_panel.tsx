// The facilitator's dilemma forms and the conclusion. NewDilemma: the form to add a dilemma (placed
// into the current phase), prefilled while a proposal from the intake is being adopted. ShowMarks:
// the conclusion with "show on screen" and the one-way switch that shows every device which
// scenario follows the strategy. The dilemmas themselves are run where their phase is (PhaseView).
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Proposal } from "../proto";
import { FocusKind } from "../proto";
import { focusOf } from "../store/focus_state";
import { PlaceActivity } from "../ui/place_activity";
import { ShowOnScreen } from "../ui/show_on_screen";
import { useRunner } from "../ui/use_runner";
import { DEFAULT_STRATEGY_SCENARIO, DilemmaForm } from "./dilemma_form";
import { PrepFold } from "./prep_fold";

export function ShowMarks({ client }: { client: RoomClient }) {
  const t = useT();
  const { error, run } = useRunner();
  const focus = focusOf(FocusKind.CONCLUSION);
  const conclusion = (
    <div class="titled">
      <h3>{t("conclusion")}</h3>
      <ShowOnScreen client={client} focus={focus} />
      <PlaceActivity client={client} activity={focus} />
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

interface NewDilemmaProps {
  client: RoomClient;
  // The intake proposal being adopted, if any; the form is prefilled with it.
  adopting?: Proposal;
  onAdoptionEnd(): void;
}

export function NewDilemma({ client, adopting, onAdoptionEnd }: NewDilemmaProps) {
  const t = useT();
  return (
    <div class="new-dilemma" data-testid="dilemmas">
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
    </div>
  );
}
