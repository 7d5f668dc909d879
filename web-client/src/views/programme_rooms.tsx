// The programme's rooms on the lead's page, in the order they joined: each workshop
// (programme_workshop_card.tsx) and the board meeting (programme_board_card.tsx). The overview
// (asked, never pushed) says how each room is doing; until its first answer the programme's own
// state names the rooms.
import { useT } from "../i18n/i18n";
import type { RoomClient } from "../net/room_client";
import type { RoomSummary } from "../proto";
import { ProgrammeBoardCard } from "./programme_board_card";
import { ProgrammeWorkshopCard } from "./programme_workshop_card";

export function ProgrammeRooms({ client }: { client: RoomClient }) {
  const t = useT();
  const rooms = client.state.programmeRooms;
  const summaries = client.overview?.rooms ?? [];
  const board = summaries.find((summary) => summary.boardMeeting);
  const summaryOf = (roomId: bigint): RoomSummary | undefined => summaries.find((summary) => summary.roomId === roomId);
  return (
    <section class="panel" aria-labelledby="rooms-h" data-testid="programme-rooms">
      <h2 id="rooms-h">{t("programmeRooms")}</h2>
      {rooms.length === 0 ? <p class="hint">{t("noRoomsYet")}</p> : null}
      {rooms.map((room) =>
        room.boardMeeting ? (
          <ProgrammeBoardCard key={room.roomId.toString()} client={client} room={room} summary={summaryOf(room.roomId)} />
        ) : (
          <ProgrammeWorkshopCard key={room.roomId.toString()} client={client} room={room} summary={summaryOf(room.roomId)} board={board} />
        ),
      )}
    </section>
  );
}
