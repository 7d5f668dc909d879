// Programmes in the room state (docs/architecture.md, "A programme"). Pure functions over
// RoomState, applied in seq order by room_state.applyEvent.
//
// On the programme itself (its lead's device): the rooms it holds (RoomAttached, FeedbackSet,
// NewsDelivered, ProgrammeRoomGone) and the decisions it released (DecisionsReleased). Other
// devices never see these events (they arrive sealed).
// In a room of a programme: the newest package (NewsReceived); the server only appends a newer
// version, so the store takes what arrives, but never lets an older version replace a newer one.
// In a board meeting: DilemmaImported adds a copied dilemma (no note board, no poll).
import type { Dilemma, ProgrammeRoom, ReleasedDecision, RoomEvent } from "../proto";
import type { RoomState } from "./room_types";

type Payload = RoomEvent["payload"];
export type ProgrammePayload = Extract<
  Payload,
  {
    case:
      | "roomAttached"
      | "feedbackSet"
      | "decisionsReleased"
      | "newsDelivered"
      | "programmeRoomGone"
      | "newsReceived"
      | "dilemmaImported";
  }
>;

function updateRoom(rooms: ProgrammeRoom[], id: bigint, change: (room: ProgrammeRoom) => ProgrammeRoom) {
  return rooms.map((room) => (room.roomId === id ? change(room) : room));
}

// A released decision is keyed by its workshop and that workshop's dilemma; a newer release of
// the same item replaces the older one.
function sameItem(a: ReleasedDecision, b: ReleasedDecision): boolean {
  return a.roomId === b.roomId && a.dilemmaId === b.dilemmaId;
}

// `next` is the state with the event's position already taken.
export function applyProgrammeEvent(next: RoomState, payload: ProgrammePayload): RoomState {
  switch (payload.case) {
    case "roomAttached": {
      const { roomId, jobFamily, boardMeeting } = payload.value;
      if (next.programmeRooms.some((room) => room.roomId === roomId)) return next;
      const room = {
        $typeName: "kring.v1.ProgrammeRoom",
        roomId,
        jobFamily,
        boardMeeting,
        feedback: "",
        newsVersion: 0n,
        deliveredVersion: 0n,
        gone: false,
      } as ProgrammeRoom;
      return { ...next, programmeRooms: [...next.programmeRooms, room] };
    }
    case "feedbackSet": {
      const { roomId, text } = payload.value;
      return { ...next, programmeRooms: updateRoom(next.programmeRooms, roomId, (r) => ({ ...r, feedback: text })) };
    }
    case "newsDelivered": {
      const { roomId, version } = payload.value;
      return {
        ...next,
        programmeRooms: updateRoom(next.programmeRooms, roomId, (r) => ({
          ...r,
          deliveredVersion: version > r.deliveredVersion ? version : r.deliveredVersion,
        })),
      };
    }
    case "programmeRoomGone": {
      const id = payload.value.roomId;
      return { ...next, programmeRooms: updateRoom(next.programmeRooms, id, (r) => ({ ...r, gone: true })) };
    }
    case "decisionsReleased": {
      const fresh = payload.value.decisions;
      const kept = next.released.filter((old) => !fresh.some((item) => sameItem(old, item)));
      return { ...next, released: [...kept, ...fresh] };
    }
    case "newsReceived": {
      const news = payload.value.news;
      if (!news) return next;
      if (next.news && next.news.version >= news.version) return next;
      return { ...next, news };
    }
    case "dilemmaImported": {
      const dilemma = payload.value.dilemma;
      if (!dilemma || next.dilemmas.some((known) => known.id === dilemma.id)) return next;
      return { ...next, dilemmas: [...next.dilemmas, dilemma] };
    }
  }
  return next;
}

// The decisions of a package on one of the room's own dilemmas.
export function newsDecisionFor(state: RoomState, dilemmaId: bigint): ReleasedDecision | undefined {
  return state.news?.decisions.find((decision) => decision.dilemmaId === dilemmaId);
}

// A board meeting's dilemma copied from a workshop: where from; undefined for a room's own.
export function isImported(dilemma: Dilemma): boolean {
  return dilemma.source !== undefined && dilemma.source.roomId !== 0n;
}
