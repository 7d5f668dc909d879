// The facilitator's group poll on one dilemma: open it (the scenarios are the options, so the
// command carries none), then the usual close and reveal controls of its latest poll. Another
// poll may be opened once the latest is no longer open (the server refuses two at once).
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { Dilemma } from "../proto";
import { BallotMode, VoteAudience, VoteStatus } from "../proto";
import { dilemmaPoll } from "../store/method_state";
import { useRunner } from "../ui/use_runner";
import { VoteRow } from "./vote_row";

export function DilemmaPoll({ client, dilemma }: { client: RoomClient; dilemma: Dilemma }) {
  const t = useT();
  const { error, run } = useRunner();
  // Participants write anonymously, so the group poll defaults to a secret ballot.
  const [mode, setMode] = useState(BallotMode.SECRET);
  const poll = dilemmaPoll(client.state, dilemma);
  const open = () =>
    run(
      client.command({
        case: "openVote",
        value: { title: "", audience: VoteAudience.PARTICIPANTS, mode, options: [], dilemmaId: dilemma.id },
      }),
    );
  return (
    <div class="dilemma-poll">
      {!poll || poll.status !== VoteStatus.OPEN ? (
        <div class="buttons">
          <label class="inline">
            {t("mode")}
            <select name="poll-mode" value={mode} onChange={(e) => setMode(Number((e.target as HTMLSelectElement).value))}>
              <option value={BallotMode.SECRET}>{t("modeSecret")}</option>
              <option value={BallotMode.OPEN_CARDS}>{t("modeOpen")}</option>
            </select>
          </label>
          <button type="button" data-testid="open-poll" onClick={open}>
            {poll ? t("repoll") : t("openPoll")}
          </button>
        </div>
      ) : null}
      {error ? <p class="error" role="alert">{error}</p> : null}
      {poll ? <VoteRow client={client} vote={poll} heading={t("pollHeading")} /> : null}
    </div>
  );
}
