import type { ModuleDescriptor } from '../../server/module.js';

import { purgeExpiredKeys } from './idempotency.service.js';

export { claimIdempotencyKey, settleIdempotencyKey } from './idempotency.service.js';

/** Idempotency-Key on POST: the first answer is kept for 24 hours and replayed to repeats. */
export const module: ModuleDescriptor = {
  name: 'idempotency',
  // Keys past their 24 hours are forgotten on use; this clears the ones nobody used again.
  jobs: [{ name: 'idempotency.purge', schedule: '23 * * * *', run: async (ctx) => ({ deleted: await purgeExpiredKeys(ctx) }) }],
};
