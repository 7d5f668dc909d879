// The facilitator's merge of one note into another: choose the other note, then confirm. Choosing
// in the list merges nothing (arrow keys on a closed select change its value in some browsers);
// only the button does.
import { useState } from "preact/hooks";
import { useT } from "../i18n/i18n";
import type { Note } from "../proto";

interface MergeNoteToolProps {
  others: Note[];
  onMerge(intoNoteId: bigint): void;
}

export function MergeNoteTool({ others, onMerge }: MergeNoteToolProps) {
  const t = useT();
  const [into, setInto] = useState("");
  return (
    <div class="merge-tool">
      <select
        aria-label={t("mergeInto")}
        data-testid="merge-select"
        value={into}
        onChange={(event) => setInto((event.target as HTMLSelectElement).value)}
      >
        <option value="">{t("mergeInto")}</option>
        {others.map((other) => (
          <option value={other.id.toString()} key={other.id.toString()}>
            {other.text.slice(0, 40)}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="secondary"
        disabled={into === ""}
        data-testid="merge-confirm"
        onClick={() => {
          onMerge(BigInt(into));
          setInto("");
        }}
      >
        {t("mergeConfirm")}
      </button>
    </div>
  );
}
