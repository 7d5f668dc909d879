// The lead's feedback text for one job family (SetFeedback; empty clears it). It goes to the
// workshop with the board's decisions. The box shows the programme's text until the lead types.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { ProgrammeRoom } from "../proto";
import { errorWords } from "../ui/error_words";
import { useDoneFocus } from "../ui/use_done_focus";

export function ProgrammeFeedbackForm({ client, room }: { client: RoomClient; room: ProgrammeRoom }) {
  const t = useT();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState("");
  const { ref, done, say } = useDoneFocus();
  const text = draft ?? room.feedback;
  const submit = (event: Event) => {
    event.preventDefault();
    setError("");
    client
      .command({ case: "setFeedback", value: { roomId: room.roomId, text: text.trim() } })
      .then(() => {
        setDraft(undefined);
        say(t("feedbackSaved"));
      })
      .catch((failure) => setError(errorWords(failure, t)));
  };
  return (
    <form class="form-grid" onSubmit={submit} data-testid="feedback-form">
      <label>
        {t("feedbackFor", { family: room.jobFamily })}
        <textarea name="feedback" rows={3} maxLength={2000} value={text} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
      </label>
      <div class="buttons">
        <button type="submit" data-testid="save-feedback">{t("save")}</button>
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
      <p ref={ref} tabIndex={-1} role="status" class="saved">{done}</p>
    </form>
  );
}
