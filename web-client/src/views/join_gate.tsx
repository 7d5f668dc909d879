// Asks for an optional display name before the first join; a device that has joined this room
// before (it holds a member secret) goes straight in as the same member.
import { useEffect, useRef, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";
import { useT } from "../i18n/i18n";
import { LanguageSwitch } from "../ui/status_bar";
import { formatCode } from "../route";

export function hasMemberSecret(roomKey: string): boolean {
  try {
    return localStorage.getItem(`kring.member.${roomKey}`) !== null;
  } catch {
    return false;
  }
}

export function JoinGate({
  roomKey,
  code,
  title,
  nameLabel,
  children,
}: {
  roomKey: string;
  code: string;
  title: string;
  nameLabel: string;
  children: (name: string) => ComponentChildren;
}) {
  const t = useT();
  const [name, setName] = useState("");
  const [entered, setEntered] = useState(hasMemberSecret(roomKey));
  const nameField = useRef<HTMLInputElement>(null);
  // Arriving here from the start page (code + Enter), the next thing to type is the name.
  useEffect(() => nameField.current?.focus(), [entered]);
  if (entered) return <>{children(name.trim())}</>;
  return (
    <div class="page">
      <header class="bar">
        <strong class="brand">Kring</strong>
        <span class="room-title" />
        <LanguageSwitch />
      </header>
      <main class="narrow">
        <form
          class="card"
          onSubmit={(event) => {
            event.preventDefault();
            setEntered(true);
          }}
        >
          <h1>{title}</h1>
          <p class="code">{formatCode(code)}</p>
          <label>
            {nameLabel}
            <input
              ref={nameField}
              name="display-name"
              value={name}
              maxLength={60}
              autocomplete="nickname"
              onInput={(e) => setName((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" data-testid="join">
            {t("join")}
          </button>
        </form>
      </main>
    </div>
  );
}
