import type { ModuleDescriptor } from '../../server/module.js';

export { claimIdempotencyKey, settleIdempotencyKey } from './idempotency.service.js';

/** Idempotency-Key on POST: the first answer is kept for 24 hours and replayed to repeats. */
export const module: ModuleDescriptor = { name: 'idempotency' };
