// Client-made secrets and keys: 32 random bytes from the platform's CSPRNG.
export function randomBytes(length = 32): Uint8Array {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}
