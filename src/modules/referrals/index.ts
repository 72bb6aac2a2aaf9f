import type { ModuleDescriptor } from '../../server/module.js';
import { type Ctx, systemCtx } from '../../shared/context.js';
import type { DomainEvent } from '../../shared/events.js';
import { referralsDemo } from './referrals.demo.js';
import { makeTestLink, makeTestReferralHistory } from './referrals.fixtures.js';
import { referralSubmissionsImporter } from './referrals.importer.js';
import { referralMetrics } from './referrals.metrics.js';
import { mayApproveCommissions, mayEditReferralSettings } from './referrals.policy.js';
import { referralRoutes } from './referrals.routes.js';
import type { LeadOutcome } from './referrals.rules.js';
import { followSubmissionLead, settleCommissionsPaid } from './referrals.service.js';

/** A lead made from a submitted referral moved: the submission follows it (decision 0221). */
function followLead(outcome: LeadOutcome | null) {
  return async (ctx: Ctx, event: DomainEvent) => {
    const origin = (event.data as { origin?: { kind?: string; id?: string } } | null)?.origin;
    if (origin?.kind !== 'referral' || !origin.id) return;
    await followSubmissionLead(
      systemCtx(ctx.db, 'referral follows its lead', event.occurredAt),
      origin.id,
      event.entityId,
      outcome,
    );
  };
}

export { allowTestDestinations, makeTestLink, makeTestReferralHistory, TEST_DESTINATION_DOMAIN } from './referrals.fixtures.js';
export type { Attribution } from './referrals.rules.js';
export { attribute, checkDestination, commissionOf, commissionRate } from './referrals.rules.js';
export { referralCommissions, referralSubmissions } from './referrals.schema.js';
export type { ReferralSubmissionDto } from './referrals.service.js';
export { approveReferralCommission, recordConversion, referralCookieDays, settleCommissionsPaid } from './referrals.service.js';

/**
 * Referrals and affiliates: partners' referral links and codes to the vendor's pages, first-party
 * click tracking with a cookie window, sign-ups and paying customers reported by the vendor's site
 * and attributed first-touch, commission accruals at the partner's program rate, and customers
 * partners refer by hand (`referral.submitted`, for the leads module).
 */
export const module: ModuleDescriptor = {
  name: 'referrals',
  routes: referralRoutes,
  importers: [referralSubmissionsImporter],
  metrics: referralMetrics,
  demo: referralsDemo,
  subscribers: {
    'lead.created': followLead(null),
    'lead.accepted': followLead('accepted'),
    'lead.converted': followLead('converted'),
    'lead.disqualified': followLead('disqualified'),
    // Payout batches pay approved commissions through the earnings ledger (decision 0186).
    'payout_batch.paid': async (ctx, event) => {
      const data = event.data as { referralCommissionIds?: string[]; number?: string } | null;
      const ids = (data?.referralCommissionIds ?? []).filter((id) => typeof id === 'string');
      if (ids.length === 0) return;
      const batch = data?.number ?? event.entityId;
      await settleCommissionsPaid(systemCtx(ctx.db, 'referral commissions paid in a batch', event.occurredAt), ids, batch);
    },
  },
  appPermissions: (actor) => ({
    editReferralSettings: mayEditReferralSettings(actor),
    approveReferralCommissions: mayApproveCommissions(actor),
    manageReferralLinks: ['admin', 'partner_manager', 'partner_admin'].includes(actor.role),
  }),
  notificationKinds: [
    {
      kind: 'referrals.submitted',
      label: 'A partner referred a customer',
      description: 'A partner you manage submitted a referral (company, contact, note).',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
  ],
  recordKinds: [
    {
      name: 'referralCode',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ code: (await makeTestLink(ctx, owner.partnerId ?? owner.existingPartner)).code }),
      missing: ({ missingId }) => ({ code: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'referralLink',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: (await makeTestLink(ctx, owner.partnerId ?? owner.existingPartner)).id }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'referralCommission',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({
        id: (await makeTestReferralHistory(ctx, owner.partnerId ?? owner.existingPartner)).commissionId,
      }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
