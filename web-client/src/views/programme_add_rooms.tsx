// How rooms join a programme (the lead): a new workshop made here (created, then attached with its
// facilitator secret; its link and codes are shown once, to hand on), an existing workshop by its
// facilitator link or secret, and the one board meeting (created and attached the same way).
import { useRef, useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import { createRoom, defaultAgenda, projectorTokenKey } from "../net/create_room";
import type { RoomClient } from "../net/room_client";
import type { RoomCreated } from "../proto";
import { defaultSocketUrl } from "../net/transport";
import { secretFromLink } from "../route";
import { errorWords } from "../ui/error_words";
import { useDoneFocus } from "../ui/use_done_focus";
import { HandOn } from "./programme_hand_on";

interface Made {
  family: string;
  boardMeeting: boolean;
  created: RoomCreated;
}

export function ProgrammeAddRooms({ client }: { client: RoomClient }) {
  const t = useT();
  const hasBoard = client.state.programmeRooms.some((room) => room.boardMeeting);
  const [made, setMade] = useState<Made | undefined>(undefined);
  return (
    <>
      {made ? <HandOn client={client} family={made.family} boardMeeting={made.boardMeeting} created={made.created} onDone={() => setMade(undefined)} /> : null}
      <MakeRoomForm client={client} boardMeeting={false} onMade={setMade} />
      <AttachExistingForm client={client} />
      {hasBoard ? null : <MakeRoomForm client={client} boardMeeting onMade={setMade} />}
      {hasBoard ? null : <p class="hint">{t("noBoardMeetingYet")}</p>}
    </>
  );
}

function MakeRoomForm({ client, boardMeeting, onMade }: { client: RoomClient; boardMeeting: boolean; onMade: (made: Made) => void }) {
  const t = useT();
  const [family, setFamily] = useState(boardMeeting ? t("defaultBoardMeetingName") : "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const id = boardMeeting ? "make-board-h" : "make-workshop-h";
  const submit = async (event: Event) => {
    event.preventDefault();
    const name = family.trim();
    if (!name) return;
    setBusy(true);
    setError("");
    try {
      const phases = defaultAgenda([t("phase1"), t("phase2"), t("phase3")]);
      const title = boardMeeting ? name : `${client.state.title} · ${name}`;
      const created = await createRoom(defaultSocketUrl(window.location), title, phases);
      // The projector token is shown once too; kept on this device for the facilitator console.
      localStorage.setItem(projectorTokenKey(created.facilitatorSecret), created.projectorToken);
      await client.command({ case: "attachRoom", value: { facilitatorSecret: created.facilitatorSecret, jobFamily: name, boardMeeting } });
      setFamily(boardMeeting ? t("defaultBoardMeetingName") : "");
      onMade({ family: name, boardMeeting, created });
    } catch (failure) {
      setError(errorWords(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{boardMeeting ? t("createBoardMeeting") : t("newWorkshop")}</h2>
      <form class="form-grid" onSubmit={submit} data-testid={boardMeeting ? "make-board-meeting" : "make-workshop"}>
        <label>
          {boardMeeting ? t("boardMeetingName") : t("jobFamily")}
          <input name="job-family" value={family} maxLength={80} required onInput={(e) => setFamily((e.target as HTMLInputElement).value)} />
        </label>
        <div class="buttons">
          <button type="submit" disabled={busy}>{boardMeeting ? t("createBoardMeeting") : t("createWorkshop")}</button>
        </div>
        {error ? <p class="error" role="alert">{error}</p> : null}
      </form>
    </section>
  );
}

function AttachExistingForm({ client }: { client: RoomClient }) {
  const t = useT();
  const [link, setLink] = useState("");
  const [family, setFamily] = useState("");
  const [error, setError] = useState("");
  const linkRef = useRef<HTMLInputElement>(null);
  const { ref, done, say } = useDoneFocus();
  const submit = (event: Event) => {
    event.preventDefault();
    setError("");
    const secret = secretFromLink(link);
    const name = family.trim();
    if (!secret) {
      setError(t("errorBadSecret"));
      linkRef.current?.focus();
      return;
    }
    client
      .command({ case: "attachRoom", value: { facilitatorSecret: secret, jobFamily: name, boardMeeting: false } })
      .then(() => {
        setLink("");
        setFamily("");
        say(t("attached", { family: name }));
      })
      .catch((failure) => {
        setError(errorWords(failure, t));
        linkRef.current?.focus();
      });
  };
  return (
    <section class="panel" aria-labelledby="attach-h">
      <h2 id="attach-h">{t("attachExisting")}</h2>
      <form class="form-grid" onSubmit={submit} data-testid="attach-existing">
        <label>
          {t("facilitatorLinkOrSecret")}
          <input ref={linkRef} name="facilitator-link" value={link} required autocomplete="off" onInput={(e) => setLink((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t("jobFamily")}
          <input name="job-family" value={family} maxLength={80} required onInput={(e) => setFamily((e.target as HTMLInputElement).value)} />
        </label>
        <div class="buttons">
          <button type="submit">{t("attach")}</button>
        </div>
        {error ? <p class="error" role="alert">{error}</p> : null}
        <p ref={ref} tabIndex={-1} role="status" class="saved">{done}</p>
      </form>
    </section>
  );
}
