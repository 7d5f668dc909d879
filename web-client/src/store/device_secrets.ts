// What this device keeps per room credential in localStorage: its member secret (to rejoin as
// the same member), its note secrets (to claim, edit and move its own hidden notes) and its
// ballots (the chosen option, to show the choice until the vote closes; the server files a secret
// ballot under a key derived from the member secret, so a ballot needs no secret of its own), and the
// scores it gave actions (the server never sends them back, so the form shows them from here).
import { fromBase64, toBase64 } from "../base64";

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Ballot {
  optionId: number;
}

export class DeviceSecrets {
  constructor(
    private readonly store: KeyValueStore,
    private readonly roomKey: string,
  ) {}

  private key(kind: string): string {
    return `kring.${kind}.${this.roomKey}`;
  }

  private readJson<T>(kind: string, fallback: T): T {
    try {
      const raw = this.store.getItem(this.key(kind));
      return raw ? (JSON.parse(raw) as T) : fallback;
    } catch {
      return fallback;
    }
  }

  private writeJson(kind: string, value: unknown): void {
    this.store.setItem(this.key(kind), JSON.stringify(value));
  }

  memberSecret(): Uint8Array | undefined {
    const raw = this.store.getItem(this.key("member"));
    return raw ? fromBase64(raw) : undefined;
  }

  setMemberSecret(secret: Uint8Array): void {
    if (secret.length > 0) this.store.setItem(this.key("member"), toBase64(secret));
  }

  noteSecrets(): Map<string, Uint8Array> {
    const stored = this.readJson<Record<string, string>>("notes", {});
    return new Map(Object.entries(stored).map(([id, secret]) => [id, fromBase64(secret)]));
  }

  noteSecret(noteId: bigint): Uint8Array | undefined {
    return this.noteSecrets().get(noteId.toString());
  }

  addNoteSecret(noteId: bigint, secret: Uint8Array): void {
    const stored = this.readJson<Record<string, string>>("notes", {});
    stored[noteId.toString()] = toBase64(secret);
    this.writeJson("notes", stored);
  }

  ballot(voteId: bigint): Ballot | undefined {
    const entry = this.readJson<Record<string, Ballot>>("ballots", {})[voteId.toString()];
    return entry ? { optionId: entry.optionId } : undefined;
  }

  setBallot(voteId: bigint, ballot: Ballot): void {
    const stored = this.readJson<Record<string, Ballot>>("ballots", {});
    stored[voteId.toString()] = { optionId: ballot.optionId };
    this.writeJson("ballots", stored);
  }

  // This device's scores of an action, by criterion name (see action_state.CRITERIA).
  actionScores(actionId: bigint): Record<string, number> | undefined {
    return this.readJson<Record<string, Record<string, number>>>("scores", {})[actionId.toString()];
  }

  setActionScores(actionId: bigint, scores: Record<string, number>): void {
    const stored = this.readJson<Record<string, Record<string, number>>>("scores", {});
    stored[actionId.toString()] = scores;
    this.writeJson("scores", stored);
  }

  draft(name: string): string {
    return this.store.getItem(this.key(`draft.${name}`)) ?? "";
  }

  setDraft(name: string, text: string): void {
    if (text) this.store.setItem(this.key(`draft.${name}`), text);
    else this.store.removeItem(this.key(`draft.${name}`));
  }
}

export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
