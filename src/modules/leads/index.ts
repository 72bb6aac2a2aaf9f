import type { ModuleDescriptor, RecordKind } from '../../server/module.js';
import { systemCtx } from '../../shared/context.js';
import { leadsDemo } from './leads.demo.js';
import { makeTestCoverageSegment, makeTestLead, makeTestRoutingRule } from './leads.fixtures.js';
import { leadsImporter } from './leads.importer.js';
import { mayEditLeadSettings, mayManageLeads } from './leads.policy.js';
import { leadRoutes } from './leads.routes.js';
import { createLeadOnce, rerouteDeclined, runLeadSla } from './leads.service.js';

export { makeTestLead } from './leads.fixtures.js';
export type { CoverageDecision, LeadFacts, LeadStatus, Motion, RoutingDecision, RoutingRule, Strategy } from './leads.rules.js';
export { coverageOf, LEAD_STATUSES, MOTIONS, nextLeadStatus, routeLead, STRATEGIES } from './leads.rules.js';
export { coverageSegments, leads } from './leads.schema.js';
export type { LeadDetailDto, LeadDto, LeadEstimate, LeadInput, LeadOrigin, LeadSummary } from './leads.service.js';
export {
  acceptLead,
  assignLead,
  convertLead,
  coverageFor,
  createCoverageSegment,
  createLead,
  createLeadOnce,
  createRoutingRule,
  declineLead,
  disqualifyLead,
  getLead,
  handOverLeads,
  leadSummary,
  linkLeadOpportunity,
  runLeadSla,
  updateLeadSettings,
} from './leads.service.js';

function leadKind(name: string, accepted: boolean): RecordKind {
  return {
    name,
    belongsTo: 'partner',
    make: async (ctx, owner) => ({ id: await makeTestLead(ctx, owner.partnerId ?? owner.existingPartner, accepted) }),
    missing: ({ missingId }) => ({ id: missingId }),
    partnerOf: (row) => row.partnerId as string,
  };
}

/**
 * Coverage and leads: the coverage model (direct / partner-led / hybrid per segment) that routing
 * and conflict rules consult; EQL/MQL leads routed by ordered rules (tier weight, performance,
 * round robin, capacity) with every assignment's reason recorded; an acceptance SLA whose job
 * passes lapsed leads to the next partner; partners accept or decline in the portal; accepted
 * leads convert (docs/decisions/0200–0204).
 */
export const module: ModuleDescriptor = {
  name: 'leads',
  routes: leadRoutes,
  importers: [leadsImporter],
  demo: leadsDemo,
  appPermissions: (actor) => ({
    viewLeads: true,
    manageLeads: mayManageLeads(actor),
    editLeadRouting: mayEditLeadSettings(actor),
    viewLeadRouting: actor.partnerId === null,
  }),
  jobs: [
    {
      name: 'leads.acceptance-sla',
      schedule: '*/15 * * * *',
      run: async (ctx) => runLeadSla(systemCtx(ctx.db, 'leads.acceptance-sla', new Date())),
    },
  ],
  subscribers: {
    'lead.declined': async (ctx, event) => rerouteDeclined(systemCtx(ctx.db, 'route a declined lead', ctx.now), event.entityId),
    // A referral a partner submitted is a lead for the vendor's queue, routed like any other.
    'referral.submitted': async (ctx, event) => {
      const r = event.data as { companyName: string; domain: string | null; contactName: string; contactEmail: string };
      await createLeadOnce(systemCtx(ctx.db, 'lead from a submitted referral', event.occurredAt), {
        company: r.companyName,
        domain: r.domain,
        contact: { name: r.contactName, email: r.contactEmail },
        source: 'referral',
        origin: { kind: 'referral', id: event.entityId },
        notes: `Submitted as a referral (${event.entityId})`,
      });
    },
  },
  notificationKinds: [
    {
      kind: 'leads.assigned',
      label: 'A lead was assigned to your company',
      description: 'A lead was routed to your company: accept or decline it within the acceptance SLA.',
      defaultChannel: 'email',
      audience: 'partner',
    },
  ],
  recordKinds: [
    leadKind('lead', false),
    leadKind('leadAccepted', true),
    {
      name: 'leadRoutingRule',
      belongsTo: 'vendor',
      make: async (ctx) => ({ id: await makeTestRoutingRule(ctx) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'coverageSegment',
      belongsTo: 'vendor',
      make: async (ctx) => ({ id: await makeTestCoverageSegment(ctx) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
};
