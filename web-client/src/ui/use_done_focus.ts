// After an action on the lead's page: a status line that says what happened and takes the focus,
// so a keyboard or screen reader user hears it and continues from there.
import { useEffect, useRef, useState } from "preact/hooks";

export function useDoneFocus() {
  const ref = useRef<HTMLParagraphElement>(null);
  const [done, setDone] = useState({ text: "", count: 0 });
  useEffect(() => {
    if (done.text) ref.current?.focus();
  }, [done]);
  const say = (text: string) => setDone((old) => ({ text, count: old.count + 1 }));
  return { ref, done: done.text, say };
}
