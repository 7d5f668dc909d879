// A rejected command in words (the lead's page): the error's code says what went wrong, the
// server's detail (English, for operators) is left out.
import type { Translate } from "../i18n/i18n";
import { ErrorCode } from "../proto";
import { CommandRejected } from "../net/room_client";

export function errorWords(failure: unknown, t: Translate): string {
  if (!(failure instanceof CommandRejected)) return t("errorOther", { code: (failure as Error)?.message ?? "?" });
  switch (failure.code) {
    case ErrorCode.FORBIDDEN:
      return t("errorForbidden");
    case ErrorCode.BAD_SECRET:
      return t("errorBadSecret");
    case ErrorCode.ROOM_NOT_FOUND:
      return t("errorRoomNotFound");
    case ErrorCode.NOT_FOUND:
      return t("errorNotFound");
    case ErrorCode.INVALID_ARGUMENT:
      return t("errorInvalid");
    case ErrorCode.LIMIT_REACHED:
      return t("errorLimit");
    case ErrorCode.WRONG_PHASE:
      return t("errorWrongPhase");
    default:
      return t("errorOther", { code: ErrorCode[failure.code] ?? String(failure.code) });
  }
}
