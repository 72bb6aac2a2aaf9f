import { withTx } from '../../db/scope.js';
import type { ModuleDescriptor } from '../../server/module.js';
import { type Ctx, policyActor, systemCtx } from '../../shared/context.js';
import { addDays } from '../../shared/dates.js';
import { isPartnerRole } from '../../shared/roles.js';
import type { LeadEstimate } from '../leads/index.js';
import { opportunitiesDemo, opportunitiesJvpDemo } from './opportunities.demo.js';
import { accountsImporter, opportunitiesImporter } from './opportunities.importer.js';
import { opportunityFromLead, opportunityFromRegistration, registrationFollowsOpportunity } from './opportunities.links.js';
import { opportunityMetrics } from './opportunities.metrics.js';
import { mayManageOpportunities } from './opportunities.policy.js';
import { opportunityRoutes } from './opportunities.routes.js';
import { coSellRequests } from './opportunities.schema.js';
import { addTouch, createAccount, createOpportunity, inviteToCoSell } from './opportunities.service.js';

export { opportunityFromLead, opportunityFromRegistration } from './opportunities.links.js';
export * from './opportunities.rules.js';
export { accounts, opportunities, opportunityPartners, opportunityTouches } from './opportunities.schema.js';
export type {
  AccountDto,
  OpportunityDetailDto,
  OpportunityDto,
  OpportunityInput,
  TouchInput,
} from './opportunities.service.js';
export {
  addTouch,
  createAccount,
  createOpportunity,
  findOrCreateAccount,
  getOpportunity,
  handOverOpportunities,
  listOpportunities,
  updateOpportunity,
} from './opportunities.service.js';

let made = 0;
const uniq = () => `${Date.now().toString(36)}${++made}`;

/** A fresh opportunity for a new customer, involving `partnerId` (co-sell) when given. */
export async function makeTestOpportunity(ctx: Ctx, partnerId: string | null): Promise<string> {
  const u = uniq();
  const created = await createOpportunity(ctx, {
    title: `Matrix opportunity ${u}`,
    customer: { name: `Matrix account ${u}`, domain: `matrix-opp-${u}.example` },
    amount: 2_000_000,
    currency: 'USD',
    stage: 'prospecting',
    closeDate: addDays(new Date().toISOString().slice(0, 10), 60),
  });
  if (partnerId) await addTouch(ctx, created.id, { partnerId, role: 'co_sell', occurredAt: new Date(Date.now() - 3_600_000) });
  return created.id;
}

/**
 * Opportunities and co-sell: the vendor's accounts and pipeline (stages, owner, products, stage
 * history); partner involvement by role with dated touches; what each involved partner sees
 * (shared fields, never where it competes with the vendor); co-sell requests both ways; approved
 * deal registrations become sourced opportunities; the joint-pipeline and won-deal metrics
 * (docs/decisions/0180–0185).
 */
export const module: ModuleDescriptor = {
  name: 'opportunities',
  routes: opportunityRoutes,
  importers: [accountsImporter, opportunitiesImporter],
  demo: [opportunitiesDemo, opportunitiesJvpDemo],
  metrics: opportunityMetrics,
  appPermissions: (actor) => ({
    viewOpportunities: true,
    manageOpportunities: mayManageOpportunities(actor),
    requestCoSell: isPartnerRole(actor.role),
  }),
  subscribers: {
    'lead.converted': async (ctx, event) => {
      await opportunityFromLead(
        systemCtx(ctx.db, 'opportunity from a converted lead', event.occurredAt),
        event.entityId,
        (event.data as { estimate?: LeadEstimate }).estimate,
      );
    },
    'deal_registration.approved': async (ctx, event) => {
      await opportunityFromRegistration(
        systemCtx(ctx.db, 'opportunity from an approved registration', event.occurredAt),
        event.entityId,
      );
    },
    'opportunity.stage_changed': async (ctx, event) => {
      await registrationFollowsOpportunity(
        systemCtx(ctx.db, 'registration follows its opportunity', event.occurredAt),
        event.entityId,
      );
    },
  },
  notificationKinds: [
    {
      kind: 'opportunities.co_sell_requested',
      label: 'Co-sell requests from partners',
      description: 'A partner you manage asks to co-sell a deal, or answers your invitation.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
    {
      kind: 'opportunities.co_sell_invited',
      label: 'Co-sell invitations and answers',
      description: 'The vendor invites your company to co-sell an opportunity, or answers your request.',
      defaultChannel: 'email',
      audience: 'partner',
    },
    {
      kind: 'opportunities.shared',
      label: 'Opportunities shared with you',
      description: 'The vendor involved your company in an opportunity.',
      defaultChannel: 'in_app',
      audience: 'partner',
    },
  ],
  recordKinds: [
    {
      name: 'opportunity',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestOpportunity(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => (row.partnerId as string | null) ?? null,
    },
    {
      name: 'account',
      belongsTo: 'vendor',
      make: async (ctx) => {
        const u = uniq();
        return { id: (await createAccount(ctx, { name: `Matrix account ${u}`, domain: `matrix-acct-${u}.example` })).id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      // A request addressed to the caller: a partner's people get the vendor's invitation, vendor staff a partner's ask.
      name: 'coSellRequest',
      belongsTo: 'partner',
      async make(ctx, owner) {
        const partnerId = owner.partnerId ?? owner.existingPartner;
        const callerIsPartner = isPartnerRole(policyActor(owner.user.ctx).role);
        if (callerIsPartner) {
          const opportunityId = await makeTestOpportunity(ctx, null);
          return { id: (await inviteToCoSell(ctx, opportunityId, { partnerId, role: 'technical' })).id };
        }
        const u = uniq();
        const [row] = await withTx(ctx, (c) =>
          c.tx
            .insert(coSellRequests)
            .values({
              partnerId,
              direction: 'from_partner',
              title: `Matrix co-sell ${u}`,
              customerName: `Matrix co-sell ${u}`,
              customerDomain: `matrix-cosell-${u}.example`,
              amount: 1_000_000,
              currency: 'USD',
              role: 'co_sell',
            })
            .returning({ id: coSellRequests.id }),
        );
        if (!row) throw new Error('no co-sell request made');
        return { id: row.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
