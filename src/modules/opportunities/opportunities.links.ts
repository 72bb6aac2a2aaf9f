import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { addDays, type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import { insertAudited, updateAudited } from '../audit/index.js';
import { closeDealRegistration, dealRegistrations } from '../deal-registrations/index.js';
import { type LeadEstimate, leads, linkLeadOpportunity } from '../leads/index.js';
import { getSettings } from '../settings/index.js';
import { OPEN_STAGES, type OpportunityStage, registrationOutcomeOf } from './opportunities.rules.js';
import { opportunities, opportunityPartners } from './opportunities.schema.js';
import { createOpportunity, findOrCreateAccount, OPPORTUNITY } from './opportunities.service.js';

/**
 * An approved deal registration becomes the partner's `sourced` opportunity (decision 0183):
 * linked to an open opportunity of the same account that no partner sourced yet (the vendor was
 * already working the customer), else created at qualification with the registration's amount,
 * close date and products. Idempotent: a registration already linked is left alone. `ctx` acts
 * as the system.
 */
export async function opportunityFromRegistration(ctx: Ctx, registrationId: string): Promise<string | null> {
  return withTx(ctx, async (c) => {
    const [reg] = await c.tx.select().from(dealRegistrations).where(eq(dealRegistrations.id, registrationId));
    if (reg?.status !== 'approved') return null;
    const [linked] = await c.tx
      .select({ id: opportunities.id })
      .from(opportunities)
      .where(and(eq(opportunities.sourceKind, 'deal_registration'), eq(opportunities.sourceId, reg.id)));
    if (linked) return linked.id;
    const account = await findOrCreateAccount(c, { name: reg.customerName, domain: reg.customerDomain });
    const [open] = await c.tx
      .select()
      .from(opportunities)
      .where(
        and(
          eq(opportunities.accountId, account.id),
          inArray(opportunities.stage, [...OPEN_STAGES]),
          sql`not exists (select 1 from ${opportunityPartners} where ${opportunityPartners.opportunityId} = ${opportunities.id} and ${opportunityPartners.sourced})`,
        ),
      )
      .orderBy(desc(opportunities.createdAt))
      .limit(1)
      .for('update');
    if (open) {
      const after = await updateAudited(
        c,
        opportunities,
        open,
        { sourceKind: 'deal_registration', sourceId: reg.id, updatedAt: c.now },
        OPPORTUNITY,
        {
          event: 'opportunity.updated',
          summary: `${open.number} linked to the approved registration ${reg.number}`,
          eventData: { changed: ['source'], source: { kind: 'deal_registration', id: reg.id } },
        },
      );
      const [mine] = await c.tx
        .select()
        .from(opportunityPartners)
        .where(and(eq(opportunityPartners.opportunityId, open.id), eq(opportunityPartners.partnerId, reg.partnerId)));
      const roles = [...new Set(['sourced' as const, ...(mine?.roles ?? [])])];
      if (mine)
        await updateAudited(c, opportunityPartners, mine, { roles, sourced: true, updatedAt: c.now }, involvementKind, {
          event: 'opportunity_partner.roles_changed',
          eventData: { opportunityId: open.id, fromRoles: mine.roles, roles },
        });
      else
        await insertAudited(
          c,
          opportunityPartners,
          { opportunityId: open.id, partnerId: reg.partnerId, roles, sourced: true, createdAt: c.now, updatedAt: c.now },
          involvementKind,
          {
            event: 'opportunity_partner.added',
            summary: `Sourced by registration ${reg.number}`,
            eventData: { opportunityId: open.id, roles },
          },
        );
      return after.id;
    }
    const created = await createOpportunity(c, {
      title: reg.title,
      accountId: account.id,
      amount: reg.amount,
      currency: reg.currency,
      stage: 'qualification',
      closeDate: reg.expectedCloseDate,
      ownerId: null,
      products: reg.products,
      source: { kind: 'deal_registration', id: reg.id },
    });
    // The partner brought the deal: no coopetition check on its own registration.
    await insertAudited(
      c,
      opportunityPartners,
      {
        opportunityId: created.id,
        partnerId: reg.partnerId,
        roles: ['sourced'],
        sourced: true,
        createdAt: c.now,
        updatedAt: c.now,
      },
      involvementKind,
      {
        event: 'opportunity_partner.added',
        summary: `Sourced by registration ${reg.number}`,
        eventData: { opportunityId: created.id, roles: ['sourced'] },
      },
    );
    return created.id;
  });
}

const involvementKind = {
  entityType: 'opportunity_partner',
  partnerIdOf: (r: { partnerId: string }) => r.partnerId,
  labelOf: (r: { roles: string[] }) => r.roles.join(', '),
};

/**
 * An opportunity closed won or lost closes the deal registration it came from the same way
 * (decision 0183), when that registration is still approved and protected. `ctx` acts as the system.
 */
export async function registrationFollowsOpportunity(ctx: Ctx, opportunityId: string): Promise<void> {
  const row = await withTx(ctx, async (c) => {
    const [o] = await c.tx.select().from(opportunities).where(eq(opportunities.id, opportunityId));
    return o ?? null;
  });
  if (row?.sourceKind !== 'deal_registration' || !row.sourceId) return;
  const outcome = registrationOutcomeOf(row.stage as OpportunityStage);
  if (!outcome) return;
  try {
    await closeDealRegistration(
      ctx,
      row.sourceId,
      outcome,
      outcome === 'lost' ? row.lostReason || `${row.number} closed lost` : `${row.number} closed won`,
    );
  } catch (error) {
    // Already won, lost or expired: the registration keeps its own outcome.
    if (error instanceof AppError && (error.code === 'INVALID_TRANSITION' || error.code === 'NOT_FOUND')) return;
    throw error;
  }
}

/**
 * A converted lead becomes an opportunity (decision 0215): on the lead's account (found or made by
 * its company and domain), at qualification, from the converter's estimate (amount, currency,
 * close date; else nothing yet in the reporting currency, closing in 90 days), with the partner
 * the lead was assigned to co-selling; then linked back on the lead. Idempotent. `ctx` acts as
 * the system.
 */
export async function opportunityFromLead(ctx: Ctx, leadId: string, estimate: LeadEstimate = {}): Promise<string | null> {
  return withTx(ctx, async (c) => {
    const [lead] = await c.tx.select().from(leads).where(eq(leads.id, leadId));
    if (lead?.status !== 'converted') return null;
    if (lead.opportunityId) return lead.opportunityId;
    const [made] = await c.tx
      .select({ id: opportunities.id })
      .from(opportunities)
      .where(and(eq(opportunities.sourceKind, 'lead'), eq(opportunities.sourceId, lead.id)));
    if (made) {
      await linkLeadOpportunity(c, lead.id, made.id);
      return made.id;
    }
    const currency = estimate.currency ?? (await getSettings(c)).reportingCurrency;
    const created = await createOpportunity(c, {
      title: estimate.title ?? (lead.products.length > 0 ? `${lead.company}: ${lead.products.join(', ')}` : lead.company),
      customer: { name: lead.company, domain: lead.domain },
      amount: estimate.amount ?? 0,
      currency,
      stage: 'qualification',
      closeDate: (estimate.closeDate as IsoDate | undefined) ?? addDays(localDateOf(c.now, 'UTC'), 90),
      ownerId: null,
      products: lead.products,
      source: { kind: 'lead', id: lead.id },
    });
    if (lead.partnerId)
      await insertAudited(
        c,
        opportunityPartners,
        {
          opportunityId: created.id,
          partnerId: lead.partnerId,
          roles: ['co_sell'],
          sourced: false,
          createdAt: c.now,
          updatedAt: c.now,
        },
        involvementKind,
        {
          event: 'opportunity_partner.added',
          summary: `Co-selling the lead ${lead.number}`,
          eventData: { opportunityId: created.id, roles: ['co_sell'] },
        },
      );
    await linkLeadOpportunity(c, lead.id, created.id);
    return created.id;
  });
}
