// Runs a command from a button or form and keeps its rejection to show next to the control.
// The command itself stays pending in the RoomClient until its Ack (resent after a reconnect);
// chain what should happen on success inside `action`.
import { useState } from "preact/hooks";

export function useRunner() {
  const [error, setError] = useState("");
  const run = (action: Promise<unknown>) => {
    setError("");
    action.catch((failure: Error) => setError(failure.message));
  };
  return { error, run };
}
