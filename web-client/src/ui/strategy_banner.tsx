// The strategy statement (the big choice), shown at the top of the participant and projector
// views and, compact, beside every dilemma. Rendered as text.
import { useT } from "../i18n/i18n";

export function StrategyBanner({ text, compact = false }: { text: string; compact?: boolean }) {
  const t = useT();
  if (!text) return null;
  return (
    <aside class={compact ? "strategy strategy-compact" : "strategy"} data-testid="strategy" aria-label={t("strategy")}>
      <span class="strategy-label">{compact ? t("strategy") : t("strategyTitle")}</span>
      <p class="strategy-text">{text}</p>
    </aside>
  );
}
