import type { ModuleDescriptor } from '../../server/module.js';
import { localDateOf } from '../../shared/dates.js';
import { getSettings } from '../settings/index.js';
import { mdfDemo } from './mdf.demo.js';
import { makeTestAllocation, makeTestClaim, makeTestRequest } from './mdf.fixtures.js';
import { mdfMetrics } from './mdf.metrics.js';
import { mayManageFunds, mayPayClaims } from './mdf.policy.js';
import { mdfFileKinds, mdfRoutes } from './mdf.routes.js';
import { previousPeriod } from './mdf.rules.js';
import { runAccrual, runMdfDaily } from './mdf.service.js';

export { makeTestAllocation, makeTestClaim, makeTestRequest } from './mdf.fixtures.js';
export type { Balance, Entry, EntryKind } from './mdf.rules.js';
export { balanceOf } from './mdf.rules.js';
export { mdfAllocations, mdfClaims, mdfLedger, mdfRequests } from './mdf.schema.js';
export type { FundsSummary, MdfAllocationDto, MdfClaimDto, MdfRequestDto } from './mdf.service.js';
export {
  cancelRequest,
  createAllocation,
  createRequest,
  decideClaim,
  decideRequest,
  fundsSummary,
  PROOF_KIND,
  payClaim,
  runAccrual,
  runMdfDaily,
  submitClaim,
} from './mdf.service.js';

function partnerKind(name: string, make: (ctx: Parameters<typeof makeTestAllocation>[0], partnerId: string) => Promise<string>) {
  return {
    name,
    belongsTo: 'partner' as const,
    make: async (
      ctx: Parameters<typeof makeTestAllocation>[0],
      owner: { partnerId: string | null; existingPartner: string },
    ) => ({
      id: await make(ctx, owner.partnerId ?? owner.existingPartner),
    }),
    missing: ({ missingId }: { missingId: string }) => ({ id: missingId }),
    partnerOf: (row: Record<string, unknown>) => row.partnerId as string,
  };
}

/**
 * Market development funds as a ledger: allocations per partner and quarter (fixed, or accrued
 * from won revenue at the tier's percent) with expiry; requests → approval (partial allowed) →
 * activity → claim with proof and a lead list → reimbursement by finance; every movement a ledger
 * entry and every balance derived from them; caps, claim windows, expiry with reminders; ROI per
 * activity from the leads and opportunities it sourced (docs/decisions/0253–0259).
 */
export const module: ModuleDescriptor = {
  name: 'mdf',
  routes: mdfRoutes,
  fileKinds: mdfFileKinds,
  demo: mdfDemo,
  metrics: mdfMetrics,
  appPermissions: (actor) => ({
    viewMdf: true,
    manageMdf: mayManageFunds(actor),
    payMdfClaims: mayPayClaims(actor),
    decideMdf: actor.role === 'admin' || actor.role === 'partner_manager',
  }),
  jobs: [
    { name: 'mdf.daily', schedule: '45 5 * * *', run: async (ctx) => runMdfDaily(ctx) },
    {
      // The first day of each quarter: the quarter that just ended accrues.
      name: 'mdf.accrue',
      schedule: '0 3 1 1,4,7,10 *',
      run: async (ctx) => runAccrual(ctx, previousPeriod(localDateOf(ctx.now, (await getSettings(ctx)).timeZone)).key),
    },
  ],
  notificationKinds: [
    {
      kind: 'mdf.expiry',
      label: 'Market development funds expiring',
      description: 'Funds of your company (or a partner you manage) expire soon unless requested.',
      defaultChannel: 'email',
      audience: 'both',
    },
    {
      kind: 'mdf.review',
      label: 'MDF requests and claims to decide',
      description: 'A partner you manage requested funds or claimed reimbursement.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
    {
      kind: 'mdf.payable',
      label: 'MDF reimbursements to pay',
      description: 'A claim was approved: finance reimburses it.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
    {
      kind: 'mdf.decision',
      label: 'Decisions on your MDF requests and claims',
      description: 'The vendor approved or rejected your request or claim, or paid it.',
      defaultChannel: 'email',
      audience: 'partner',
    },
  ],
  recordKinds: [
    partnerKind('mdfAllocation', (ctx, p) => makeTestAllocation(ctx, p)),
    partnerKind('mdfRequest', (ctx, p) => makeTestRequest(ctx, p, false)),
    partnerKind('mdfRequestApproved', (ctx, p) => makeTestRequest(ctx, p, true)),
    partnerKind('mdfClaim', (ctx, p) => makeTestClaim(ctx, p, false)),
    partnerKind('mdfClaimApproved', (ctx, p) => makeTestClaim(ctx, p, true)),
  ],
};
