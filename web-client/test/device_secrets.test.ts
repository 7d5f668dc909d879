import { describe, expect, it } from "vitest";
import { DeviceSecrets, memoryStore } from "../src/store/device_secrets";

describe("device secrets", () => {
  it("keeps member, note and ballot secrets per room, apart from other rooms", () => {
    const store = memoryStore();
    const room = new DeviceSecrets(store, "participantCode.AAAA2222");
    const other = new DeviceSecrets(store, "participantCode.BBBB3333");
    room.setMemberSecret(new Uint8Array([1, 2, 3]));
    room.addNoteSecret(9n, new Uint8Array([4, 5]));
    room.setBallot(3n, { optionId: 2 });

    const again = new DeviceSecrets(store, "participantCode.AAAA2222");
    expect(Array.from(again.memberSecret() ?? [])).toEqual([1, 2, 3]);
    expect(Array.from(again.noteSecret(9n) ?? [])).toEqual([4, 5]);
    expect(again.ballot(3n)?.optionId).toBe(2);
    expect(other.memberSecret()).toBeUndefined();
    expect(other.noteSecrets().size).toBe(0);
  });

  it("keeps a draft until it is cleared and ignores an empty member secret", () => {
    const secrets = new DeviceSecrets(memoryStore(), "boardCode.CCCC4444");
    secrets.setMemberSecret(new Uint8Array());
    expect(secrets.memberSecret()).toBeUndefined();
    secrets.setDraft("note.1", "half a thought");
    expect(secrets.draft("note.1")).toBe("half a thought");
    secrets.setDraft("note.1", "");
    expect(secrets.draft("note.1")).toBe("");
  });
});
