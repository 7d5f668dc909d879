// The quiet notice above a task the participant is still working on while the room has moved on:
// what they typed stays; one tap follows the room.
import { useT } from "../i18n/i18n";

export function MovedOnBanner({ where, onFollow }: { where: string; onFollow(): void }) {
  const t = useT();
  return (
    <p class="moved-on" role="status" data-testid="moved-on">
      <span>{t("groupMovedOn")}</span>{" "}
      <button type="button" class="link-button" data-testid="follow-focus" onClick={onFollow}>
        {t("goToFocus", { what: where })}
      </button>
    </p>
  );
}
