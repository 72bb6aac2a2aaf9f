/** How long a key and its response are kept (docs/api.md: "within 24 hours"). */
export const RETENTION_MS = 24 * 3_600_000;
/** A request still marked in progress after this long crashed; its key may be used again. */
export const ABANDONED_MS = 5 * 60_000;

export type StoredKey = { requestHash: string; status: number | null; responseBody: unknown; createdAt: Date };

export type KeyDecision =
  | { kind: 'proceed' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'reused' }
  | { kind: 'in-progress' };

/**
 * What a request carrying an already-claimed key gets: the stored answer for the same request, a
 * refusal for a different one, "still running" while the first has not answered — unless the
 * first was abandoned (its process died), when this request takes over.
 */
export function decideOnExistingKey(stored: StoredKey, requestHash: string, now: Date): KeyDecision {
  if (stored.requestHash !== requestHash) return { kind: 'reused' };
  if (stored.status !== null) return { kind: 'replay', status: stored.status, body: stored.responseBody };
  return now.getTime() - stored.createdAt.getTime() > ABANDONED_MS ? { kind: 'proceed' } : { kind: 'in-progress' };
}
