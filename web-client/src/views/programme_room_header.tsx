// One room's line on the lead's page: job family (or the board meeting's name), status, who is
// in, and whether it holds the programme's newest package.
import { useT } from "../i18n/i18n";
import type { ProgrammeRoom, RoomSummary } from "../proto";
import { RoomStatus } from "../proto";
import type { StringKey } from "../i18n/strings";

export function ProgrammeRoomHeader({ room, summary }: { room: ProgrammeRoom; summary: RoomSummary | undefined }) {
  const t = useT();
  const status = room.gone ? RoomStatus.GONE : summary?.status ?? RoomStatus.UNSPECIFIED;
  return (
    <header>
      <h3 id={`room-${room.roomId}-h`} tabIndex={-1}>{room.jobFamily}</h3>
      {room.boardMeeting ? <span class="tag">{t("boardMeetingTag")}</span> : null}
      {status !== RoomStatus.UNSPECIFIED ? (
        <span class="tag" data-testid="room-status">{t(`roomStatus${status}` as StringKey)}</span>
      ) : null}
      {summary ? (
        <span class="hint" data-testid="room-counts">
          {t("roomCounts", { participants: summary.participants, board: summary.boardMembers })}
        </span>
      ) : null}
      {summary && summary.newsVersion > 0n ? (
        <span class={summary.upToDate ? "tag up-to-date" : "tag"} data-testid="room-up-to-date" data-up-to-date={String(summary.upToDate)}>
          {summary.upToDate ? t("upToDate") : t("notUpToDate")}
        </span>
      ) : null}
    </header>
  );
}
