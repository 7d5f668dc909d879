// The current language and the translate function. Default from navigator.language, a choice
// made with the switch is remembered on the device.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Lang, StringKey } from "./strings";
import { strings } from "./strings";

const STORAGE_KEY = "kring.lang";

export function initialLang(stored: string | null, navigatorLanguage: string | undefined): Lang {
  if (stored === "nl" || stored === "en") return stored;
  return (navigatorLanguage ?? "").toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function loadLang(): Lang {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  return initialLang(stored, typeof navigator === "undefined" ? undefined : navigator.language);
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // A device without storage simply forgets the choice.
  }
}

export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}) {
  const text: string = strings[lang][key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

export const LangContext = createContext<{ lang: Lang; setLang(lang: Lang): void }>({
  lang: "nl",
  setLang: () => undefined,
});

export function useT(): Translate {
  const { lang } = useContext(LangContext);
  return (key, params) => translate(lang, key, params);
}

// A count in words: `${key}One` for exactly one (Dutch and English share the rule: singular for
// 1, plural for 0 and more), `key` with {n} otherwise. A key without a One form is used as is.
export function counted(t: Translate, key: StringKey, n: number, params: Record<string, string | number> = {}): string {
  const one = `${key}One`;
  if (n === 1 && one in strings.nl) return t(one as StringKey, params);
  return t(key, { ...params, n });
}
