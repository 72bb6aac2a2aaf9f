import { and, asc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField } from '../../shared/errors.js';
import type { Money } from '../../shared/money.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { visiblePartner, visiblePartners } from '../directory/index.js';
import { convertManyToReporting } from '../fx/index.js';
import { assignLead, createLead, getLead, type LeadInput, leads } from '../leads/index.js';
import { getOpportunity, opportunities } from '../opportunities/index.js';
import { getSettings } from '../settings/index.js';
import { type PropositionRef, propositionLink, propositionOf, propositionRefs } from '../value/index.js';
import {
  type CampaignPermissions,
  campaignPermissions,
  isPartnerSideOf,
  managesCampaignsOf,
  mayCreateCampaign,
  mayMoveTo,
} from './campaigns.policy.js';
import {
  type BudgetSplit,
  type CampaignStatus,
  type CampaignType,
  campaignMove,
  campaignReturn,
  checkCampaignDates,
  type OwnerSide,
  splitBudget,
} from './campaigns.rules.js';
import { type CampaignRow, campaignLeads, campaignOpportunities, campaigns } from './campaigns.schema.js';

const CAMPAIGN: AuditedKind<CampaignRow> = {
  entityType: 'campaign',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.name,
};

export type CampaignInput = {
  name: string;
  type: CampaignType;
  ownerSide: OwnerSide;
  startsOn: string;
  endsOn: string;
  description?: string | undefined;
  budget: Money;
  split: BudgetSplit;
  goalLeads?: number | null | undefined;
  goalPipeline?: number | null | undefined;
  /** The partner's joint value proposition (a published version) the campaign uses; null: none. */
  valuePropositionId?: string | null | undefined;
};

export type CampaignResults = {
  /** The date figures are converted at (today, or the end of a finished campaign). */
  asOf: string;
  reportingCurrency: string;
  leads: number;
  convertedLeads: number;
  opportunities: number;
  /** Open opportunities' amounts, in the reporting currency; null where a rate is missing. */
  pipeline: Money | null;
  /** Won opportunities' amounts, in the reporting currency. */
  won: Money | null;
  budget: Money | null;
  costPerLead: Money | null;
  roiPercent: number | null;
};

export type CampaignDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  name: string;
  type: CampaignType;
  ownerSide: OwnerSide;
  status: CampaignStatus;
  startsOn: string;
  endsOn: string;
  description: string;
  budget: Money;
  vendorShare: Money;
  partnerShare: Money;
  goalLeads: number | null;
  goalPipeline: Money | null;
  decisionNote: string;
  approvedAt: Date | null;
  valuePropositionId: string | null;
  valueProposition: PropositionRef | null;
  createdAt: Date;
  updatedAt: Date;
  results: CampaignResults;
  can: CampaignPermissions;
};

export type CampaignDetailDto = CampaignDto & {
  leads: {
    id: string;
    number: string;
    company: string;
    status: string;
    origin: 'created' | 'linked';
    opportunityId: string | null;
  }[];
  opportunities: { id: string; number: string; title: string; stage: string; amount: Money | null; via: 'lead' | 'linked' }[];
};

type Figures = { leads: number; converted: number; opps: number; amounts: { currency: string; pipeline: number; won: number }[] };

/** Leads, conversions and opportunity amounts per campaign and currency: three set-based queries for any number of campaigns. */
async function figuresOf(c: TxCtx, ids: string[]): Promise<Map<string, Figures>> {
  const out = new Map<string, Figures>(ids.map((id) => [id, { leads: 0, converted: 0, opps: 0, amounts: [] }]));
  if (ids.length === 0) return out;
  const leadCounts = await c.tx
    .select({
      campaignId: campaignLeads.campaignId,
      leads: sql<number>`count(*)`.mapWith(Number),
      converted: sql<number>`count(${leads.opportunityId})`.mapWith(Number),
    })
    .from(campaignLeads)
    .leftJoin(leads, eq(leads.id, campaignLeads.leadId))
    .where(inArray(campaignLeads.campaignId, ids))
    .groupBy(campaignLeads.campaignId);
  for (const r of leadCounts) Object.assign(out.get(r.campaignId) ?? {}, { leads: r.leads, converted: r.converted });
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await c.tx.execute<{ campaign_id: string; currency: string; opps: string; pipeline: string; won: string }>(sql`
    with credited as (
      select cl.campaign_id, l.opportunity_id from ${campaignLeads} cl join ${leads} l on l.id = cl.lead_id
        where cl.campaign_id in (${idList}) and l.opportunity_id is not null
      union
      select co.campaign_id, co.opportunity_id from ${campaignOpportunities} co where co.campaign_id in (${idList})
    )
    select cr.campaign_id, o.currency, count(*) as opps,
      coalesce(sum(o.amount) filter (where o.stage not in ('closed_won', 'closed_lost')), 0) as pipeline,
      coalesce(sum(o.amount) filter (where o.stage = 'closed_won'), 0) as won
    from credited cr join ${opportunities} o on o.id = cr.opportunity_id
    group by cr.campaign_id, o.currency`);
  for (const r of rows.rows) {
    const f = out.get(r.campaign_id);
    if (!f) continue;
    f.opps += Number(r.opps);
    f.amounts.push({ currency: r.currency, pipeline: Number(r.pipeline), won: Number(r.won) });
  }
  return out;
}

function asOfFor(row: CampaignRow, today: string): string {
  return row.status === 'completed' && row.endsOn < today ? row.endsOn : today;
}

/** Results per campaign in the reporting currency, converted at each campaign's as-of date (decision 0247). */
async function resultsOf(c: TxCtx, rows: CampaignRow[]): Promise<Map<string, CampaignResults>> {
  const figures = await figuresOf(
    c,
    rows.map((r) => r.id),
  );
  const reporting = (await getSettings(c)).reportingCurrency;
  const today = c.now.toISOString().slice(0, 10);
  // One conversion call per distinct as-of date (usually one: today).
  const byDate = new Map<string, { row: CampaignRow; values: Money[] }[]>();
  for (const row of rows) {
    const f = figures.get(row.id);
    const values: Money[] = [{ amount: row.budget, currency: row.currency }];
    for (const a of f?.amounts ?? [])
      values.push({ amount: a.pipeline, currency: a.currency }, { amount: a.won, currency: a.currency });
    const date = asOfFor(row, today);
    byDate.set(date, [...(byDate.get(date) ?? []), { row, values }]);
  }
  const out = new Map<string, CampaignResults>();
  for (const [date, items] of byDate) {
    const converted = await convertManyToReporting(
      c,
      items.flatMap((i) => i.values),
      date,
    );
    let at = 0;
    for (const { row, values } of items) {
      const mine = converted.slice(at, at + values.length);
      at += values.length;
      const f = figures.get(row.id) ?? { leads: 0, converted: 0, opps: 0, amounts: [] };
      const budget = mine[0] ?? null;
      const sumOf = (offset: number): number | null => {
        let total = 0;
        for (let i = 1 + offset; i < mine.length; i += 2) {
          const m = mine[i];
          if (!m) return null;
          total += m.amount;
        }
        return total;
      };
      const pipeline = sumOf(0);
      const won = sumOf(1);
      const ret = campaignReturn({ budget: budget?.amount ?? null, leads: f.leads, pipeline, won });
      const money = (amount: number | null): Money | null => (amount === null ? null : { amount, currency: reporting });
      out.set(row.id, {
        asOf: date,
        reportingCurrency: reporting,
        leads: f.leads,
        convertedLeads: f.converted,
        opportunities: f.opps,
        pipeline: money(pipeline),
        won: money(won),
        budget: budget ? money(budget.amount) : null,
        costPerLead: money(ret.costPerLead),
        roiPercent: ret.roiPercent,
      });
    }
  }
  return out;
}

async function dtos(c: TxCtx, rows: CampaignRow[]): Promise<CampaignDto[]> {
  if (rows.length === 0) return [];
  const partners = await visiblePartners(c, [...new Set(rows.map((r) => r.partnerId))]);
  const results = await resultsOf(c, rows);
  const refs = await propositionRefs(
    c,
    rows.map((r) => r.valuePropositionId),
  );
  const actor = policyActor(c);
  return rows.map((r) => {
    const partner = partners.get(r.partnerId) ?? { id: r.partnerId, name: '', ownerId: null };
    const m = (amount: number): Money => ({ amount, currency: r.currency });
    return {
      id: r.id,
      partnerId: r.partnerId,
      partnerName: partner.name,
      name: r.name,
      type: r.type,
      ownerSide: r.ownerSide,
      status: r.status,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      description: r.description,
      budget: m(r.budget),
      vendorShare: m(r.vendorShare),
      partnerShare: m(r.partnerShare),
      goalLeads: r.goalLeads,
      goalPipeline: r.goalPipeline === null ? null : m(r.goalPipeline),
      decisionNote: r.decisionNote,
      approvedAt: r.approvedAt,
      valuePropositionId: r.valuePropositionId,
      valueProposition: propositionOf(refs, r.valuePropositionId),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      results: results.get(r.id) as CampaignResults,
      can: campaignPermissions(actor, r, partner),
    };
  });
}

async function detailOf(c: TxCtx, row: CampaignRow): Promise<CampaignDetailDto> {
  const [dto] = await dtos(c, [row]);
  const leadRows = await c.tx
    .select({
      id: leads.id,
      number: leads.number,
      company: leads.company,
      status: leads.status,
      origin: campaignLeads.origin,
      opportunityId: leads.opportunityId,
    })
    .from(campaignLeads)
    .innerJoin(leads, eq(leads.id, campaignLeads.leadId))
    .where(eq(campaignLeads.campaignId, row.id))
    .orderBy(asc(campaignLeads.createdAt), asc(campaignLeads.id));
  const direct = await c.tx
    .select({ id: campaignOpportunities.opportunityId })
    .from(campaignOpportunities)
    .where(eq(campaignOpportunities.campaignId, row.id));
  const viaLead = new Set(leadRows.map((l) => l.opportunityId).filter((id): id is string => id !== null));
  const directIds = new Set(direct.map((d) => d.id));
  const oppIds = [...new Set([...viaLead, ...directIds])];
  const oppRows =
    oppIds.length === 0
      ? []
      : await c.tx
          .select({
            id: opportunities.id,
            number: opportunities.number,
            title: opportunities.title,
            stage: opportunities.stage,
            amount: opportunities.amount,
            currency: opportunities.currency,
          })
          .from(opportunities)
          .where(inArray(opportunities.id, oppIds))
          .orderBy(asc(opportunities.number));
  return {
    ...(dto as CampaignDto),
    leads: leadRows,
    opportunities: oppRows.map((o) => ({
      id: o.id,
      number: o.number,
      title: o.title,
      stage: o.stage,
      amount: { amount: o.amount, currency: o.currency },
      via: directIds.has(o.id) ? ('linked' as const) : ('lead' as const),
    })),
  };
}

export type CampaignListQuery = {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  partnerId?: string[] | undefined;
  status?: CampaignStatus[] | undefined;
  type?: CampaignType[] | undefined;
  /** Campaigns running on any day from `from` to `to` (the calendar's month). */
  from?: string | undefined;
  to?: string | undefined;
};

export async function listCampaigns(ctx: Ctx, query: CampaignListQuery): Promise<Page<CampaignDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'campaigns',
      query.sort,
      { startsOn: campaigns.startsOn, name: campaigns.name, createdAt: campaigns.createdAt },
      campaigns.id,
      query.cursor,
    );
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, campaigns.partnerId),
      query.partnerId?.length ? inArray(campaigns.partnerId, query.partnerId) : undefined,
      query.status?.length ? inArray(campaigns.status, query.status) : undefined,
      query.type?.length ? inArray(campaigns.type, query.type) : undefined,
      query.from ? gte(campaigns.endsOn, query.from) : undefined,
      query.to ? lte(campaigns.startsOn, query.to) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(campaigns)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await dtos(c, page.data), nextCursor: page.nextCursor };
  });
}

async function loadCampaign(c: TxCtx, id: string, lock = false): Promise<CampaignRow> {
  return loadScoped(c, campaigns, id, 'Campaign', { lock });
}

export async function getCampaign(ctx: Ctx, id: string): Promise<CampaignDetailDto> {
  return withTx(ctx, async (c) => detailOf(c, await loadCampaign(c, id)));
}

function checked(input: CampaignInput) {
  const dates = checkCampaignDates(input.startsOn, input.endsOn);
  if (!dates.allowed) throw invalidField('endsOn', dates.reason);
  const split = splitBudget(input.budget, input.split);
  if (!split.ok) throw invalidField(split.field === 'budget' ? 'budget.amount' : split.field, split.reason);
  return { vendorShare: split.vendor.amount, partnerShare: split.partner.amount };
}

/**
 * Plans a campaign with a partner (vendor managers: planned at once) or proposes one (the
 * partner's people: proposed, for the vendor to approve).
 */
export async function createCampaign(ctx: Ctx, partnerId: string, input: CampaignInput): Promise<CampaignDetailDto> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const actor = policyActor(c);
    if (!mayCreateCampaign(actor, partner)) throw forbidden('An admin or the partner’s manager plans its campaigns');
    const shares = checked(input);
    const link = await propositionLink(c, null, input.valuePropositionId, [partner.id]);
    const proposed = isPartnerSideOf(actor, partner.id);
    const row = await insertAudited(
      c,
      campaigns,
      {
        partnerId: partner.id,
        name: input.name,
        type: input.type,
        ownerSide: input.ownerSide,
        status: proposed ? 'proposed' : 'planned',
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        description: input.description ?? '',
        currency: input.budget.currency,
        budget: input.budget.amount,
        ...shares,
        goalLeads: input.goalLeads ?? null,
        goalPipeline: input.goalPipeline ?? null,
        ...link,
        createdById: actorUserId(c),
        approvedById: proposed ? null : actorUserId(c),
        approvedAt: proposed ? null : c.now,
        createdAt: c.now,
        updatedAt: c.now,
      },
      CAMPAIGN,
      {
        summary: `${proposed ? 'Proposed' : 'Planned'} the campaign ${input.name} with ${partner.name}`,
        eventData: {
          type: input.type,
          status: proposed ? 'proposed' : 'planned',
          startsOn: input.startsOn,
          endsOn: input.endsOn,
        },
      },
    );
    return detailOf(c, row);
  });
}

export async function updateCampaign(ctx: Ctx, id: string, patch: Partial<CampaignInput>): Promise<CampaignDetailDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCampaign(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!campaignPermissions(policyActor(c), before, partner).edit) {
      throw forbidden(
        before.status === 'proposed' || !isPartnerSideOf(policyActor(c), before.partnerId)
          ? 'An admin or the partner’s manager changes its campaigns'
          : 'The vendor has approved this campaign: ask your partner manager to change it',
      );
    }
    const budget = patch.budget ?? { amount: before.budget, currency: before.currency };
    const split: BudgetSplit =
      patch.split ??
      (patch.budget
        ? // A new budget keeps the old split's proportion.
          { vendorPercent: before.budget > 0 ? Math.round((before.vendorShare * 10_000) / before.budget) / 100 : 50 }
        : { vendorAmount: before.vendorShare, partnerAmount: before.partnerShare });
    const next: CampaignInput = {
      name: patch.name ?? before.name,
      type: patch.type ?? before.type,
      ownerSide: patch.ownerSide ?? before.ownerSide,
      startsOn: patch.startsOn ?? before.startsOn,
      endsOn: patch.endsOn ?? before.endsOn,
      budget,
      split,
    };
    const shares = checked(next);
    const link = await propositionLink(c, before.valuePropositionId, patch.valuePropositionId, [before.partnerId]);
    const after = await updateAudited(
      c,
      campaigns,
      before,
      {
        name: next.name,
        type: next.type,
        ownerSide: next.ownerSide,
        startsOn: next.startsOn,
        endsOn: next.endsOn,
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        currency: budget.currency,
        budget: budget.amount,
        ...shares,
        ...(patch.goalLeads !== undefined ? { goalLeads: patch.goalLeads } : {}),
        ...(patch.goalPipeline !== undefined ? { goalPipeline: patch.goalPipeline } : {}),
        ...link,
        updatedAt: c.now,
      },
      CAMPAIGN,
    );
    return detailOf(c, after);
  });
}

/** Approve (→ planned) or decline a partner's proposal (vendor managers). */
export async function decideCampaign(
  ctx: Ctx,
  id: string,
  decision: { approve: boolean; note?: string | undefined },
): Promise<CampaignDetailDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCampaign(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!managesCampaignsOf(policyActor(c), partner)) throw forbidden('An admin or the partner’s manager decides its proposals');
    const to: CampaignStatus = decision.approve ? 'planned' : 'declined';
    if (before.status !== 'proposed')
      throw new AppError('INVALID_TRANSITION', `The campaign is ${before.status}, not a proposal waiting for a decision`);
    const after = await updateAudited(
      c,
      campaigns,
      before,
      {
        status: to,
        decisionNote: decision.note ?? '',
        approvedById: decision.approve ? actorUserId(c) : null,
        approvedAt: decision.approve ? c.now : null,
        updatedAt: c.now,
      },
      CAMPAIGN,
      {
        event: decision.approve ? 'campaign.approved' : 'campaign.declined',
        summary: `${decision.approve ? 'Approved' : 'Declined'} the campaign ${before.name}`,
        eventData: { fromStatus: before.status, toStatus: to },
      },
    );
    return detailOf(c, after);
  });
}

/** Start, complete or cancel a campaign (a partner withdraws its own proposal by cancelling it). */
export async function moveCampaign(ctx: Ctx, id: string, to: CampaignStatus, note?: string): Promise<CampaignDetailDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCampaign(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!mayMoveTo(policyActor(c), before, partner, to)) {
      throw forbidden(
        isPartnerSideOf(policyActor(c), before.partnerId)
          ? 'Your company may only withdraw its own proposal'
          : 'An admin or the partner’s manager runs its campaigns; proposals are approved or declined',
      );
    }
    const move = campaignMove(before.status, to);
    if (!move.allowed)
      throw new AppError('INVALID_TRANSITION', `status: ${move.reason}`, { errors: [{ path: 'status', message: move.reason }] });
    const after = await updateAudited(
      c,
      campaigns,
      before,
      { status: to, ...(note ? { decisionNote: note } : {}), updatedAt: c.now },
      CAMPAIGN,
      { summary: `Moved the campaign ${before.name} to ${to}`, eventData: { fromStatus: before.status, toStatus: to } },
    );
    return detailOf(c, after);
  });
}

export type CreditInput =
  | { lead: LeadInput; leadId?: undefined; opportunityId?: undefined }
  | { leadId: string; lead?: undefined; opportunityId?: undefined }
  | { opportunityId: string; lead?: undefined; leadId?: undefined };

/**
 * Credits a campaign with what it generated: a new lead (created in the leads module, assigned to
 * the campaign's partner), an existing lead, or an opportunity. Vendor managers.
 */
export async function creditCampaign(ctx: Ctx, id: string, input: CreditInput): Promise<CampaignDetailDto> {
  return withTx(ctx, async (c) => {
    const campaign = await loadCampaign(c, id, true);
    const partner = await visiblePartner(c, campaign.partnerId);
    const can = campaignPermissions(policyActor(c), campaign, partner);
    if (!managesCampaignsOf(policyActor(c), partner))
      throw forbidden('An admin or the partner’s manager records what a campaign generated');
    if (!can.credit) throw new AppError('INVALID_TRANSITION', `A ${campaign.status} campaign generates no leads`);
    const given = [input.lead, input.leadId, input.opportunityId].filter((v) => v !== undefined).length;
    if (given !== 1) throw invalidField('lead', 'give exactly one of lead, leadId or opportunityId');
    if (input.opportunityId !== undefined) {
      const opp = await getOpportunity(c, input.opportunityId).catch((e: unknown) => {
        if (e instanceof AppError && e.status === 404) throw invalidField('opportunityId', 'is not an opportunity you can see');
        throw e;
      });
      const [made] = await c.tx
        .insert(campaignOpportunities)
        .values({
          campaignId: campaign.id,
          partnerId: campaign.partnerId,
          opportunityId: opp.id,
          createdById: actorUserId(c),
          createdAt: c.now,
        })
        .onConflictDoNothing()
        .returning();
      if (!made) throw invalidField('opportunityId', 'is already credited to this campaign');
      await recordCredit(c, campaign, 'opportunity', opp.id, `Credited ${opp.number} to the campaign ${campaign.name}`);
      return detailOf(c, campaign);
    }
    let leadId: string;
    let origin: 'created' | 'linked';
    if (input.lead) {
      const created = await createLead(
        c,
        { source: `Campaign: ${campaign.name}`.slice(0, 200), ...input.lead },
        { route: false },
      );
      await assignLead(c, created.id, campaign.partnerId, `Generated by the joint campaign ${campaign.name}`);
      leadId = created.id;
      origin = 'created';
    } else {
      const lead = await getLead(c, input.leadId as string).catch((e: unknown) => {
        if (e instanceof AppError && e.status === 404) throw invalidField('leadId', 'is not a lead you can see');
        throw e;
      });
      leadId = lead.id;
      origin = 'linked';
    }
    const [made] = await c.tx
      .insert(campaignLeads)
      .values({
        campaignId: campaign.id,
        partnerId: campaign.partnerId,
        leadId,
        origin,
        createdById: actorUserId(c),
        createdAt: c.now,
      })
      .onConflictDoNothing()
      .returning();
    if (!made) throw invalidField('leadId', 'is already credited to this campaign');
    await recordCredit(
      c,
      campaign,
      'lead',
      leadId,
      `${origin === 'created' ? 'Created' : 'Credited'} a lead for the campaign ${campaign.name}`,
    );
    return detailOf(c, campaign);
  });
}

async function recordCredit(c: TxCtx, campaign: CampaignRow, kind: 'lead' | 'opportunity', recordId: string, summary: string) {
  await recordChange(c, {
    action: 'update',
    entityType: 'campaign',
    entityId: campaign.id,
    partnerId: campaign.partnerId,
    summary,
    before: { [`${kind}Id`]: null },
    after: { [`${kind}Id`]: recordId },
    event: 'campaign.updated',
    eventData: kind === 'lead' ? { leadId: recordId } : { opportunityId: recordId },
  });
}

/** For the portal home and other modules: a partner's campaigns running or starting in the next `days`. */
export async function upcomingCampaigns(ctx: Ctx, days = 60): Promise<CampaignDto[]> {
  return withTx(ctx, async (c) => {
    const today = c.now.toISOString().slice(0, 10);
    const until = new Date(c.now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const rows = await c.tx
      .select()
      .from(campaigns)
      .where(
        and(
          partnerFilter(c, campaigns.partnerId),
          inArray(campaigns.status, ['proposed', 'planned', 'active']),
          gte(campaigns.endsOn, today),
          lte(campaigns.startsOn, until),
        ),
      )
      .orderBy(asc(campaigns.startsOn), asc(campaigns.id))
      .limit(scopeOf(c).kind === 'partner' ? 20 : 100);
    return dtos(c, rows);
  });
}
