/**
 * Revocations made in this process, announced to whoever caches authenticated keys (the API),
 * so a key revoked here stops working at once; revocations made by another process reach a
 * cache when its entry expires.
 */
type RevocationListener = (apiKeyId: string) => void;

const listeners = new Set<RevocationListener>();

/** Calls `listener` with each key id revoked in this process; returns how to stop listening. */
export function onApiKeyRevoked(listener: RevocationListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceApiKeyRevoked(apiKeyId: string): void {
  for (const listener of listeners) listener(apiKeyId);
}
