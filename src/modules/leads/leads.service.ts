import { and, asc, eq, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped, loadSingleton } from '../../db/load.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { loadMetrics } from '../../server/module.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import { complianceBlocks } from '../compliance/index.js';
import { competingAreas, coopetitionAreas } from '../coopetition/index.js';
import { activePartnerUsers, routingCandidates, visiblePartners } from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { tiers } from '../tiers/index.js';
import { type LeadPermissions, leadPermissions, mayEditLeadSettings, mayManageLeads } from './leads.policy.js';
import {
  acceptDueAt,
  type Candidate,
  type CoverageDecision,
  coverageOf,
  formatLeadNumber,
  type LeadAction,
  type LeadFacts,
  type LeadQualification,
  type LeadStatus,
  type Motion,
  nextLeadStatus,
  normaliseDomain,
  OPEN_STATUSES,
  type RoutingDecision,
  type RoutingRule,
  routeLead,
  type Strategy,
} from './leads.rules.js';
import {
  type CoverageSegmentRow,
  coverageSegments,
  type LeadAssignmentRow,
  type LeadExplanation,
  type LeadRoutingRuleRow,
  type LeadRow,
  type LeadSettingsRow,
  leadAssignments,
  leadRoutingRules,
  leadSettings,
  leads,
} from './leads.schema.js';

export const LEAD: AuditedKind<LeadRow> = {
  entityType: 'lead',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `${r.number} ${r.company}`,
};
const RULE: AuditedKind<LeadRoutingRuleRow> = {
  entityType: 'lead_routing_rule',
  partnerIdOf: () => null,
  labelOf: (r) => r.name,
};
const SEGMENT: AuditedKind<CoverageSegmentRow> = {
  entityType: 'coverage_segment',
  partnerIdOf: () => null,
  labelOf: (r) => r.name,
};
const SETTINGS: AuditedKind<LeadSettingsRow> = {
  entityType: 'lead_settings',
  partnerIdOf: () => null,
  labelOf: () => 'Lead settings',
};

function assertManager(c: Ctx): void {
  if (!mayManageLeads(policyActor(c))) throw forbidden('Only an admin or a partner manager works the lead queue');
}
function assertAdmin(c: Ctx): void {
  if (!mayEditLeadSettings(policyActor(c)))
    throw forbidden('Only an admin changes the coverage model, routing rules and lead settings');
}

// ---------------------------------------------------------------------------------------------
// Settings

export type LeadSettings = { acceptanceSlaHours: number; defaultMotion: Motion; updatedAt: Date };

function loadSettings(c: TxCtx): Promise<LeadSettingsRow> {
  return loadSingleton(c, leadSettings);
}

export async function getLeadSettings(ctx: Ctx): Promise<LeadSettings> {
  return withTx(ctx, async (c) => {
    const { id: _id, ...rest } = await loadSettings(c);
    return rest;
  });
}

export async function updateLeadSettings(
  ctx: Ctx,
  patch: Partial<Pick<LeadSettings, 'acceptanceSlaHours' | 'defaultMotion'>>,
): Promise<LeadSettings> {
  return withTx(ctx, async (c) => {
    assertAdmin(c);
    const before = await loadSettings(c);
    const { id: _id, ...rest } = await updateAudited(c, leadSettings, before, { ...patch, updatedAt: c.now }, SETTINGS, {
      summary: 'Updated lead settings',
    });
    return rest;
  });
}

// ---------------------------------------------------------------------------------------------
// Coverage model

export type CoverageSegmentInput = {
  name: string;
  countries?: string[];
  regions?: string[];
  industries?: string[];
  sizes?: string[];
  motion: Motion;
  notes?: string;
};
export type CoverageSegmentDto = Omit<CoverageSegmentRow, never>;

function cleanList(values: readonly string[] | undefined, upper = false): string[] {
  return [...new Set((values ?? []).map((v) => (upper ? v.trim().toUpperCase() : v.trim())).filter(Boolean))];
}

function segmentValues(input: Partial<CoverageSegmentInput>) {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.countries !== undefined ? { countries: cleanList(input.countries, true) } : {}),
    ...(input.regions !== undefined ? { regions: cleanList(input.regions) } : {}),
    ...(input.industries !== undefined ? { industries: cleanList(input.industries) } : {}),
    ...(input.sizes !== undefined ? { sizes: cleanList(input.sizes) } : {}),
    ...(input.motion !== undefined ? { motion: input.motion } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
  };
}

function assertSegmentHasCondition(s: { countries: string[]; regions: string[]; industries: string[]; sizes: string[] }): void {
  if (s.countries.length + s.regions.length + s.industries.length + s.sizes.length === 0)
    throw invalidField(
      'countries',
      'name at least one country, region, industry or size band (the default motion covers the rest)',
    );
}

export async function listCoverageSegments(ctx: Ctx): Promise<{ data: CoverageSegmentDto[]; nextCursor: null }> {
  return withTx(ctx, async (c) => ({
    data: await c.tx.select().from(coverageSegments).orderBy(asc(coverageSegments.createdAt), asc(coverageSegments.id)),
    nextCursor: null,
  }));
}

export async function createCoverageSegment(ctx: Ctx, input: CoverageSegmentInput): Promise<CoverageSegmentDto> {
  return withTx(ctx, async (c) => {
    assertAdmin(c);
    const values = {
      countries: [] as string[],
      regions: [] as string[],
      industries: [] as string[],
      sizes: [] as string[],
      notes: '',
      ...segmentValues(input),
    };
    assertSegmentHasCondition(values as never);
    return insertAudited(
      c,
      coverageSegments,
      { ...values, name: input.name, motion: input.motion, createdAt: c.now, updatedAt: c.now },
      SEGMENT,
    );
  });
}

async function loadSegment(c: TxCtx, id: string): Promise<CoverageSegmentRow> {
  const [row] = await c.tx.select().from(coverageSegments).where(eq(coverageSegments.id, id)).for('update');
  if (!row) throw notFound('Coverage segment');
  return row;
}

export async function updateCoverageSegment(
  ctx: Ctx,
  id: string,
  patch: Partial<CoverageSegmentInput>,
): Promise<CoverageSegmentDto> {
  return withTx(ctx, async (c) => {
    assertAdmin(c);
    const before = await loadSegment(c, id);
    const values = segmentValues(patch);
    assertSegmentHasCondition({ ...before, ...values });
    return updateAudited(c, coverageSegments, before, { ...values, updatedAt: c.now }, SEGMENT);
  });
}

export async function deleteCoverageSegment(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    assertAdmin(c);
    await deleteAudited(c, coverageSegments, await loadSegment(c, id), SEGMENT);
  });
}

/**
 * The motion that covers a segment — direct, partner-led or hybrid — with the segment that
 * decided and why: what routing and conflict rules consult (decision 0200). Vendor scope.
 */
export async function coverageFor(
  ctx: Ctx,
  facts: { country?: string | null; region?: string | null; industry?: string | null; size?: string | null },
): Promise<CoverageDecision> {
  return withTx(ctx, async (c) => {
    // Through coverage_model() (security definer): a partner's registration is checked against the
    // vendor's segments without the partner reading them (decision 0222).
    const result = await c.tx.execute<{
      id: string | null;
      name: string | null;
      countries: string[] | null;
      regions: string[] | null;
      industries: string[] | null;
      sizes: string[] | null;
      motion: Motion | null;
      default_motion: Motion;
    }>(sql`SELECT * FROM coverage_model()`);
    const segments = result.rows.flatMap((r) =>
      r.id === null
        ? []
        : [
            {
              id: r.id,
              name: r.name ?? '',
              countries: r.countries ?? [],
              regions: r.regions ?? [],
              industries: r.industries ?? [],
              sizes: r.sizes ?? [],
              motion: r.motion as Motion,
            },
          ],
    );
    return coverageOf(
      segments,
      {
        country: facts.country ? facts.country.toUpperCase() : null,
        region: facts.region ?? null,
        industry: facts.industry ?? null,
        size: facts.size ?? null,
      },
      result.rows[0]?.default_motion ?? 'hybrid',
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Routing rules

export type RoutingRuleInput = {
  name: string;
  active?: boolean;
  countries?: string[];
  regions?: string[];
  industries?: string[];
  sizes?: string[];
  products?: string[];
  partnerIds?: string[];
  strategy: Strategy;
  metricKey?: string | null;
  maxOpenLeads?: number | null;
};

export type RoutingRuleDto = Omit<LeadRoutingRuleRow, 'lastPartnerId'> & { partners: { id: string; name: string }[] };

async function ruleDtos(c: TxCtx, rows: LeadRoutingRuleRow[]): Promise<RoutingRuleDto[]> {
  const names = await visiblePartners(
    c,
    rows.flatMap((r) => r.partnerIds),
  );
  return rows.map(({ lastPartnerId: _l, ...r }) => ({
    ...r,
    partners: r.partnerIds.flatMap((id) => {
      const p = names.get(id);
      return p ? [{ id: p.id, name: p.name }] : [];
    }),
  }));
}

async function checkRule(c: TxCtx, rule: { strategy: Strategy; metricKey: string | null; partnerIds: string[] }): Promise<void> {
  if (rule.strategy === 'performance') {
    if (!rule.metricKey) throw invalidField('metricKey', 'name the metric a performance rule ranks partners by');
    if (!(await loadMetrics()).has(rule.metricKey)) throw invalidField('metricKey', `no metric ${rule.metricKey} is provided`);
  }
  if (rule.partnerIds.length > 0) {
    const found = await visiblePartners(c, rule.partnerIds);
    const missing = rule.partnerIds.find((id) => !found.has(id.toLowerCase()));
    if (missing) throw invalidField('partnerIds', `no partner ${missing}`);
  }
}

function ruleValues(input: Partial<RoutingRuleInput>) {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...(input.countries !== undefined ? { countries: cleanList(input.countries, true) } : {}),
    ...(input.regions !== undefined ? { regions: cleanList(input.regions) } : {}),
    ...(input.industries !== undefined ? { industries: cleanList(input.industries) } : {}),
    ...(input.sizes !== undefined ? { sizes: cleanList(input.sizes) } : {}),
    ...(input.products !== undefined ? { products: cleanList(input.products) } : {}),
    ...(input.partnerIds !== undefined ? { partnerIds: [...new Set(input.partnerIds.map((id) => id.toLowerCase()))] } : {}),
    ...(input.strategy !== undefined ? { strategy: input.strategy } : {}),
    ...(input.metricKey !== undefined ? { metricKey: input.metricKey || null } : {}),
    ...(input.maxOpenLeads !== undefined ? { maxOpenLeads: input.maxOpenLeads } : {}),
  };
}

export async function listRoutingRules(ctx: Ctx): Promise<{ data: RoutingRuleDto[]; nextCursor: null }> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx.select().from(leadRoutingRules).orderBy(asc(leadRoutingRules.position), asc(leadRoutingRules.id));
    return { data: await ruleDtos(c, rows), nextCursor: null };
  });
}

export async function createRoutingRule(ctx: Ctx, input: RoutingRuleInput): Promise<RoutingRuleDto> {
  return withTx(ctx, async (c) => {
    assertAdmin(c);
    const values = ruleValues(input);
    await checkRule(c, { strategy: input.strategy, metricKey: values.metricKey ?? null, partnerIds: values.partnerIds ?? [] });
    const [last] = await c.tx.select({ max: sql<number | null>`max(${leadRoutingRules.position})` }).from(leadRoutingRules);
    const row = await insertAudited(
      c,
      leadRoutingRules,
      {
        ...values,
        name: input.name,
        strategy: input.strategy,
        position: Number(last?.max ?? 0) + 1,
        createdAt: c.now,
        updatedAt: c.now,
      },
      RULE,
    );
    return (await ruleDtos(c, [row]))[0] as RoutingRuleDto;
  });
}

async function loadRule(c: TxCtx, id: string): Promise<LeadRoutingRuleRow> {
  const [row] = await c.tx.select().from(leadRoutingRules).where(eq(leadRoutingRules.id, id)).for('update');
  if (!row) throw notFound('Routing rule');
  return row;
}

export async function updateRoutingRule(ctx: Ctx, id: string, patch: Partial<RoutingRuleInput>): Promise<RoutingRuleDto> {
  return withTx(ctx, async (c) => {
    assertAdmin(c);
    const before = await loadRule(c, id);
    const values = ruleValues(patch);
    await checkRule(c, {
      strategy: values.strategy ?? before.strategy,
      metricKey: values.metricKey !== undefined ? values.metricKey : before.metricKey,
      partnerIds: values.partnerIds ?? [],
    });
    const row = await updateAudited(c, leadRoutingRules, before, { ...values, updatedAt: c.now }, RULE);
    return (await ruleDtos(c, [row]))[0] as RoutingRuleDto;
  });
}

export async function deleteRoutingRule(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    assertAdmin(c);
    await deleteAudited(c, leadRoutingRules, await loadRule(c, id), RULE);
  });
}

/** Puts the rules named first, in the order given; the others keep their order after them. */
export async function reorderRoutingRules(ctx: Ctx, ids: string[]): Promise<{ data: RoutingRuleDto[]; nextCursor: null }> {
  return withTx(ctx, async (c) => {
    assertAdmin(c);
    const rows = await c.tx
      .select()
      .from(leadRoutingRules)
      .orderBy(asc(leadRoutingRules.position), asc(leadRoutingRules.id))
      .for('update');
    const named = ids.map((id) => id.toLowerCase());
    if (new Set(named).size !== named.length) throw invalidField('ids', 'names a rule twice');
    const unknown = named.find((id) => !rows.some((r) => r.id === id));
    if (unknown) throw invalidField('ids', `no routing rule ${unknown}`);
    const wanted = [...named, ...rows.map((r) => r.id).filter((id) => !named.includes(id))];
    for (const row of rows) {
      const position = wanted.indexOf(row.id) + 1;
      if (row.position !== position)
        await updateAudited(c, leadRoutingRules, row, { position, updatedAt: c.now }, RULE, {
          event: 'lead_routing_rule.reordered',
          eventData: { from: row.position, to: position },
        });
    }
    const after = await c.tx.select().from(leadRoutingRules).orderBy(asc(leadRoutingRules.position), asc(leadRoutingRules.id));
    return { data: await ruleDtos(c, after), nextCursor: null };
  });
}

// ---------------------------------------------------------------------------------------------
// Lead DTOs

export type LeadDto = {
  id: string;
  number: string;
  company: string;
  domain: string | null;
  contact: { name: string; email: string; phone: string };
  country: string | null;
  region: string | null;
  industry: string | null;
  size: string | null;
  products: string[];
  source: string;
  /** The record of another module the lead came from (decision 0221). */
  origin: LeadOrigin | null;
  qualification: LeadQualification;
  notes: string;
  status: LeadStatus;
  motion: Motion | null;
  partnerId: string | null;
  partner: { id: string; name: string } | null;
  rule: { id: string | null; name: string } | null;
  why: LeadExplanation | null;
  assignedAt: Date | null;
  acceptDueAt: Date | null;
  acceptOverdue: boolean;
  acceptedAt: Date | null;
  declineReason: string;
  convertedAt: Date | null;
  opportunityId: string | null;
  disqualifiedReason: string;
  createdAt: Date;
  updatedAt: Date;
  can: LeadPermissions;
};

export type LeadAssignmentDto = {
  id: string;
  partnerId: string;
  partner: { id: string; name: string } | null;
  ruleName: string | null;
  strategy: Strategy | 'manual';
  why: LeadExplanation;
  assignedAt: Date;
  acceptDueAt: Date;
  outcome: LeadAssignmentRow['outcome'];
  outcomeAt: Date | null;
  outcomeReason: string;
};

export type LeadDetailDto = LeadDto & { assignments: LeadAssignmentDto[] };

const staffView = (c: Ctx) => scopeOf(c).kind === 'all';

/** Partners read the summary only: the details name the partners left out (decision 0202). */
function whyFor(c: Ctx, e: LeadExplanation | null): LeadExplanation | null {
  if (!e) return null;
  return staffView(c) ? e : { summary: e.summary, details: [] };
}

async function toDtos(c: TxCtx, rows: LeadRow[]): Promise<LeadDto[]> {
  const names = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const actor = policyActor(c);
  return rows.map((r) => {
    const p = r.partnerId ? names.get(r.partnerId) : undefined;
    return {
      id: r.id,
      number: r.number,
      company: r.company,
      domain: r.domain,
      contact: { name: r.contactName, email: r.contactEmail, phone: r.contactPhone },
      country: r.country,
      region: r.region,
      industry: r.industry,
      size: r.size,
      products: r.products,
      source: r.source,
      origin: originOf(r),
      qualification: r.qualification,
      notes: r.notes,
      status: r.status,
      motion: r.motion,
      partnerId: r.partnerId,
      partner: p ? { id: p.id, name: p.name } : null,
      rule: r.ruleName ? { id: staffView(c) ? r.ruleId : null, name: r.ruleName } : null,
      why: whyFor(c, r.explanation),
      assignedAt: r.assignedAt,
      acceptDueAt: r.acceptDueAt,
      acceptOverdue: r.status === 'assigned' && r.acceptDueAt !== null && r.acceptDueAt < c.now,
      acceptedAt: r.acceptedAt,
      declineReason: r.declineReason,
      convertedAt: r.convertedAt,
      opportunityId: r.opportunityId,
      disqualifiedReason: r.disqualifiedReason,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      can: leadPermissions(actor, r),
    };
  });
}

async function toDetail(c: TxCtx, row: LeadRow): Promise<LeadDetailDto> {
  const [dto] = await toDtos(c, [row]);
  const history = await c.tx
    .select()
    .from(leadAssignments)
    .where(and(eq(leadAssignments.leadId, row.id), partnerFilter(c, leadAssignments.partnerId)))
    .orderBy(asc(leadAssignments.assignedAt), asc(leadAssignments.id));
  const names = await visiblePartners(
    c,
    history.map((h) => h.partnerId),
  );
  return {
    ...(dto as LeadDto),
    assignments: history.map((h) => {
      const p = names.get(h.partnerId);
      return {
        id: h.id,
        partnerId: h.partnerId,
        partner: p ? { id: p.id, name: p.name } : null,
        ruleName: h.ruleName,
        strategy: h.strategy,
        why: whyFor(c, h.explanation) as LeadExplanation,
        assignedAt: h.assignedAt,
        acceptDueAt: h.acceptDueAt,
        outcome: h.outcome,
        outcomeAt: h.outcomeAt,
        outcomeReason: h.outcomeReason,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Lists and reads

export type LeadListQuery = {
  limit: number;
  cursor?: string;
  sort: string;
  status?: LeadStatus[];
  partnerId?: string[];
  region?: string[];
  country?: string;
  qualification?: LeadQualification[];
  overdue?: boolean;
  q?: string;
};

export async function listLeads(ctx: Ctx, query: LeadListQuery): Promise<Page<LeadDto>> {
  return withTx(ctx, async (c) => {
    const t = leads;
    const ks = keyset(
      'leads',
      query.sort,
      { createdAt: t.createdAt, acceptDueAt: t.acceptDueAt, company: t.company },
      t.id,
      query.cursor,
    );
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, t.partnerId),
      query.status?.length ? inArray(t.status, query.status) : undefined,
      query.partnerId?.length ? inArray(t.partnerId, query.partnerId) : undefined,
      query.region?.length ? inArray(t.region, query.region) : undefined,
      query.country ? eq(t.country, query.country.toUpperCase()) : undefined,
      query.qualification?.length ? inArray(t.qualification, query.qualification) : undefined,
      query.overdue === undefined
        ? undefined
        : query.overdue
          ? and(eq(t.status, 'assigned'), lt(t.acceptDueAt, c.now))
          : sql`not (${t.status} = 'assigned' and ${t.acceptDueAt} < ${c.now})`,
      query.q
        ? or(
            ilike(t.company, containsPattern(query.q)),
            ilike(t.number, containsPattern(query.q)),
            ilike(t.domain, containsPattern(query.q)),
            ilike(t.contactName, containsPattern(query.q)),
          )
        : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(t)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

export async function getLead(ctx: Ctx, id: string): Promise<LeadDetailDto> {
  return withTx(ctx, async (c) => toDetail(c, await loadScoped(c, leads, id, 'Lead')));
}

export type LeadSummary = {
  new: number;
  awaitingAcceptance: number;
  overdue: number;
  accepted: number;
  converted: number;
  declined: number;
};

/** Counts for the homes (a partner's people: their company's), one query. */
export async function leadSummary(ctx: Ctx): Promise<LeadSummary> {
  return withTx(ctx, async (c) => {
    const t = leads;
    const [row] = await c.tx
      .select({
        new: sql<number>`count(*) filter (where ${t.status} = 'new')::int`,
        awaitingAcceptance: sql<number>`count(*) filter (where ${t.status} = 'assigned')::int`,
        overdue: sql<number>`count(*) filter (where ${t.status} = 'assigned' and ${t.acceptDueAt} < ${c.now})::int`,
        accepted: sql<number>`count(*) filter (where ${t.status} = 'accepted')::int`,
        converted: sql<number>`count(*) filter (where ${t.status} = 'converted')::int`,
        declined: sql<number>`count(*) filter (where ${t.status} = 'declined')::int`,
      })
      .from(t)
      .where(partnerFilter(c, t.partnerId));
    return row as LeadSummary;
  });
}

// ---------------------------------------------------------------------------------------------
// Routing

function toRule(r: LeadRoutingRuleRow): RoutingRule {
  return {
    id: r.id,
    name: r.name,
    countries: r.countries,
    regions: r.regions,
    industries: r.industries,
    sizes: r.sizes,
    products: r.products,
    partnerIds: r.partnerIds,
    strategy: r.strategy,
    metricKey: r.metricKey,
    maxOpenLeads: r.maxOpenLeads,
    lastPartnerId: r.lastPartnerId,
  };
}

const factsOf = (l: Pick<LeadRow, 'country' | 'region' | 'industry' | 'size' | 'products'>): LeadFacts => ({
  country: l.country,
  region: l.region,
  industry: l.industry,
  size: l.size,
  products: l.products,
});

/** What the engine needs besides the lead, loaded set-based (a few queries whatever the portfolio). */
export type RoutingWorld = {
  settings: LeadSettingsRow;
  segments: CoverageSegmentRow[];
  rules: LeadRoutingRuleRow[];
  candidates: Candidate[];
};

/** Loads the rules FOR UPDATE: concurrent routings queue here, so round robin never hands out one turn twice. */
export async function loadRoutingWorld(c: TxCtx): Promise<RoutingWorld> {
  const settings = await loadSettings(c);
  const segments = await c.tx.select().from(coverageSegments).orderBy(asc(coverageSegments.createdAt), asc(coverageSegments.id));
  const rules = await c.tx
    .select()
    .from(leadRoutingRules)
    .where(eq(leadRoutingRules.active, true))
    .orderBy(asc(leadRoutingRules.position), asc(leadRoutingRules.id))
    .for('update');
  const partners = await routingCandidates(c);
  const tierIds = [...new Set(partners.flatMap((p) => (p.tierId ? [p.tierId] : [])))];
  const tierRows = tierIds.length
    ? await c.tx.select({ id: tiers.id, name: tiers.name, rank: tiers.rank }).from(tiers).where(inArray(tiers.id, tierIds))
    : [];
  const tierOf = new Map(tierRows.map((t) => [t.id, t]));
  const open = await c.tx
    .select({ partnerId: leads.partnerId, n: sql<number>`count(*)::int` })
    .from(leads)
    .where(inArray(leads.status, [...OPEN_STATUSES]))
    .groupBy(leads.partnerId);
  const openOf = new Map(open.map((o) => [o.partnerId, Number(o.n)]));
  const metricKeys = [...new Set(rules.flatMap((r) => (r.strategy === 'performance' && r.metricKey ? [r.metricKey] : [])))];
  const metricValues = new Map<string, Map<string, number | null>>();
  if (metricKeys.length && partners.length) {
    const defs = await loadMetrics();
    for (const key of metricKeys) {
      const def = defs.get(key);
      if (def)
        metricValues.set(
          key,
          await def.compute(
            c,
            partners.map((p) => p.id),
            c.now,
          ),
        );
    }
  }
  const candidates = partners.map((p): Candidate => {
    const tier = p.tierId ? tierOf.get(p.tierId) : undefined;
    return {
      id: p.id,
      name: p.name,
      regions: p.regions,
      tierName: tier?.name ?? null,
      tierRank: tier?.rank ?? 0,
      openLeads: openOf.get(p.id) ?? 0,
      blockedBy: [],
      competesIn: [],
      metrics: Object.fromEntries(metricKeys.map((k) => [k, metricValues.get(k)?.get(p.id) ?? null])),
    };
  });
  return { settings, segments, rules, candidates };
}

/**
 * Runs the engine, then checks the chosen partner's compliance (lead distribution) and
 * coopetition areas; a partner that fails is marked and the engine runs again, so the
 * explanation lists it among those left out. Per-partner checks only for partners chosen.
 */
export async function decideRouting(
  c: TxCtx,
  world: RoutingWorld,
  lead: LeadFacts,
  excluded: ReadonlyMap<string, string>,
): Promise<RoutingDecision> {
  const coverage = coverageOf(world.segments, lead, world.settings.defaultMotion);
  const rules = world.rules.map(toRule);
  const candidates = world.candidates.map((x) => ({ ...x }));
  const checked = new Set<string>();
  for (;;) {
    const decision = routeLead({ lead, coverage, rules, candidates, excluded });
    if (decision.outcome !== 'assigned' || checked.has(decision.partnerId)) return decision;
    checked.add(decision.partnerId);
    const chosen = candidates.find((x) => x.id === decision.partnerId) as Candidate;
    const blocks = await complianceBlocks(c, chosen.id, 'lead_distribution');
    const clash = competingAreas(await coopetitionAreas(c, chosen.id), {
      segments: [lead.industry, lead.region, lead.country].filter((v): v is string => Boolean(v)),
      products: lead.products ?? [],
    });
    if (!blocks.blocked && clash.length === 0) return decision;
    const i = candidates.indexOf(chosen);
    candidates[i] = { ...chosen, blockedBy: blocks.reasons.map((r) => r.message), competesIn: clash.map((a) => a.name) };
  }
}

async function excludedFor(c: TxCtx, leadId: string): Promise<Map<string, string>> {
  const rows = await c.tx
    .select({ partnerId: leadAssignments.partnerId, outcome: leadAssignments.outcome })
    .from(leadAssignments)
    .where(eq(leadAssignments.leadId, leadId));
  const words: Record<string, string> = {
    declined: 'declined this lead',
    expired: 'let this lead lapse',
    withdrawn: 'had this lead before',
    pending: 'has it now',
    accepted: 'accepted it before',
  };
  return new Map(rows.map((r) => [r.partnerId, words[r.outcome] ?? 'had this lead before']));
}

async function closePending(c: TxCtx, leadId: string, outcome: LeadAssignmentRow['outcome'], reason: string): Promise<void> {
  await c.tx
    .update(leadAssignments)
    .set({ outcome, outcomeAt: c.now, outcomeReason: reason })
    .where(and(eq(leadAssignments.leadId, leadId), eq(leadAssignments.outcome, 'pending')));
}

function transition(lead: LeadRow, action: LeadAction): LeadStatus {
  const next = nextLeadStatus(lead.status, action);
  if (!next.allowed)
    throw new AppError('INVALID_TRANSITION', next.reason, { errors: [{ path: 'status', message: next.reason }] });
  return next.to;
}

async function assignTo(
  c: TxCtx,
  lead: LeadRow,
  to: {
    partnerId: string;
    ruleId: string | null;
    ruleName: string | null;
    strategy: Strategy | 'manual';
    explanation: LeadExplanation;
  },
  settings: LeadSettingsRow,
  motion: Motion | null,
): Promise<LeadRow> {
  const status = transition(lead, 'assign');
  const due = acceptDueAt(c.now, settings.acceptanceSlaHours);
  const fromPartnerId = lead.partnerId;
  await closePending(c, lead.id, 'withdrawn', 'Reassigned');
  await c.tx.insert(leadAssignments).values({
    leadId: lead.id,
    partnerId: to.partnerId,
    ruleId: to.ruleId,
    ruleName: to.ruleName,
    strategy: to.strategy,
    explanation: to.explanation,
    assignedAt: c.now,
    assignedById: actorUserId(c),
    acceptDueAt: due,
  });
  const after = await updateAudited(
    c,
    leads,
    lead,
    {
      status,
      partnerId: to.partnerId,
      ruleId: to.ruleId,
      ruleName: to.ruleName,
      explanation: to.explanation,
      motion,
      assignedAt: c.now,
      acceptDueAt: due,
      acceptedAt: null,
      declineReason: '',
      updatedAt: c.now,
    },
    LEAD,
    {
      event: 'lead.assigned',
      summary: `Assigned ${lead.number} (${to.ruleName ? `rule “${to.ruleName}”` : 'by hand'})`,
      eventData: {
        partnerId: to.partnerId,
        fromPartnerId,
        ruleId: to.ruleId,
        ruleName: to.ruleName,
        strategy: to.strategy,
        reason: to.explanation.summary,
      },
    },
  );
  const admins = await activePartnerUsers(c, to.partnerId, ['partner_admin']);
  if (admins.length > 0)
    await notify(c, {
      to: admins,
      kind: 'leads.assigned',
      title: `New lead: ${lead.company}`,
      body: `Accept or decline it by ${due.toISOString().slice(0, 16).replace('T', ' ')} UTC. ${to.explanation.summary}`,
      link: `/leads/${lead.id}`,
      entity: { type: 'lead', id: lead.id },
      partnerId: to.partnerId,
    });
  return after;
}

/**
 * Sends a lead through the coverage model and the routing rules (vendor scope): assigned to the
 * partner the first fitting rule chooses, or back with the vendor (direct segment, no eligible
 * partner) with the reason. Partners that had it before are not offered it again.
 */
async function routeInTx(c: TxCtx, lead: LeadRow, world?: RoutingWorld): Promise<LeadRow> {
  const w = world ?? (await loadRoutingWorld(c));
  const decision = await decideRouting(c, w, factsOf(lead), await excludedFor(c, lead.id));
  const motion = coverageOf(w.segments, factsOf(lead), w.settings.defaultMotion).motion;
  if (decision.outcome === 'assigned') {
    const rule = w.rules.find((r) => r.id === decision.ruleId);
    if (rule) {
      await c.tx.update(leadRoutingRules).set({ lastPartnerId: decision.partnerId }).where(eq(leadRoutingRules.id, rule.id));
      rule.lastPartnerId = decision.partnerId;
    }
    const candidate = w.candidates.find((x) => x.id === decision.partnerId);
    if (candidate) candidate.openLeads += 1;
    return assignTo(
      c,
      lead,
      {
        partnerId: decision.partnerId,
        ruleId: decision.ruleId,
        ruleName: decision.ruleName,
        strategy: decision.strategy,
        explanation: { summary: decision.summary, details: decision.details },
      },
      w.settings,
      motion,
    );
  }
  const status = lead.status === 'new' ? 'new' : transition(lead, 'unroute');
  await closePending(c, lead.id, 'withdrawn', 'Returned to the vendor');
  return updateAudited(
    c,
    leads,
    lead,
    {
      status,
      partnerId: null,
      ruleId: null,
      ruleName: null,
      motion,
      explanation: { summary: decision.summary, details: decision.details },
      assignedAt: null,
      acceptDueAt: null,
      updatedAt: c.now,
    },
    LEAD,
    { event: 'lead.unrouted', summary: `${lead.number} stays with the vendor`, eventData: { reason: decision.summary, motion } },
  );
}

/**
 * An off-boarding partner's open leads (assigned or accepted) go back to the vendor and on to the
 * partner taking over, when one is named (the runbook's transfer item; its policy was checked by
 * the caller). Answers how many leads moved. A partner that may not receive leads is refused.
 */
export async function handOverLeads(c: TxCtx, fromPartnerId: string, toPartnerId: string | null, why: string): Promise<number> {
  if (toPartnerId) {
    const blocks = await complianceBlocks(c, toPartnerId, 'lead_distribution');
    if (blocks.blocked)
      throw new AppError('COMPLIANCE_BLOCKED', `The partner taking over may not receive leads`, {
        errors: [{ path: 'transferTo', message: blocks.reasons.map((r) => r.message).join('; ') }],
      });
  }
  const open = await c.tx
    .select()
    .from(leads)
    .where(and(eq(leads.partnerId, fromPartnerId), inArray(leads.status, [...OPEN_STATUSES])))
    .orderBy(asc(leads.number))
    .for('update');
  const settings = open.length > 0 && toPartnerId ? await loadSettings(c) : null;
  for (const lead of open) {
    const status = transition(lead, 'handOver');
    await closePending(c, lead.id, 'withdrawn', why);
    const explanation = { summary: why, details: [] };
    const back = await updateAudited(
      c,
      leads,
      lead,
      {
        status,
        partnerId: null,
        ruleId: null,
        ruleName: null,
        explanation,
        assignedAt: null,
        acceptDueAt: null,
        acceptedAt: null,
        updatedAt: c.now,
      },
      LEAD,
      { event: 'lead.handed_over', summary: `${lead.number} handed over: ${why}`, eventData: { fromPartnerId, toPartnerId } },
    );
    if (toPartnerId && settings)
      await assignTo(
        c,
        back,
        { partnerId: toPartnerId, ruleId: null, ruleName: null, strategy: 'manual', explanation },
        settings,
        lead.motion,
      );
  }
  return open.length;
}

// ---------------------------------------------------------------------------------------------
// Lead changes

/**
 * Where a lead came from, as a record of another module: `{ kind: 'referral', id: submissionId }`,
 * `campaign`, `marketing`, `mdf`… Its changes carry it in their events (`origin`), so the module
 * that made the lead can follow it (decision 0221).
 */
export type LeadOrigin = { kind: string; id: string };

export function originOf(r: Pick<LeadRow, 'sourceKind' | 'sourceId'>): LeadOrigin | null {
  return r.sourceKind && r.sourceId ? { kind: r.sourceKind, id: r.sourceId } : null;
}

/** The origin in a lead event's data, for the module it came from. */
const withOrigin = (r: LeadRow, data: Record<string, unknown> = {}) => {
  const origin = originOf(r);
  return origin ? { ...data, origin } : data;
};

export type LeadInput = {
  company: string;
  domain?: string | null;
  contact?: { name?: string; email?: string; phone?: string };
  country?: string | null;
  region?: string | null;
  industry?: string | null;
  size?: string | null;
  products?: string[];
  source?: string;
  qualification?: LeadQualification;
  notes?: string;
  /** Optional: the record of another module it came from. */
  origin?: LeadOrigin | null;
};

export function leadValues(input: LeadInput) {
  return {
    company: input.company,
    domain: input.domain?.trim() || null,
    domainKey: normaliseDomain(input.domain),
    contactName: input.contact?.name ?? '',
    contactEmail: input.contact?.email ?? '',
    contactPhone: input.contact?.phone ?? '',
    country: input.country ? input.country.trim().toUpperCase() : null,
    region: input.region ?? null,
    industry: input.industry?.trim() || null,
    size: input.size ?? null,
    products: cleanList(input.products),
    source: input.source ?? '',
    sourceKind: input.origin?.kind ?? null,
    sourceId: input.origin?.id ?? null,
    qualification: input.qualification ?? 'mql',
    notes: input.notes ?? '',
  };
}

export async function nextLeadNumber(c: TxCtx): Promise<string> {
  const result = await c.tx.execute<{ n: string }>(sql`SELECT nextval('lead_number_seq')::text AS n`);
  return formatLeadNumber(Number(result.rows[0]?.n));
}

/** `count` fresh numbers in one statement (imports). */
export async function nextLeadNumbers(c: TxCtx, count: number): Promise<string[]> {
  const result = await c.tx.execute<{ n: string }>(
    sql`SELECT nextval('lead_number_seq')::text AS n FROM generate_series(1, ${count}::int)`,
  );
  return result.rows.map((r) => formatLeadNumber(Number(r.n)));
}

/** Creates a lead (vendor staff) and, unless `route` is false, routes it at once. */
export async function createLead(ctx: Ctx, input: LeadInput, options: { route?: boolean } = {}): Promise<LeadDetailDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const row = await insertAudited(
      c,
      leads,
      { ...leadValues(input), number: await nextLeadNumber(c), createdById: actorUserId(c), createdAt: c.now, updatedAt: c.now },
      LEAD,
      input.origin ? { eventData: { origin: input.origin } } : {},
    );
    const routed = options.route === false ? row : await routeInTx(c, row);
    return toDetail(c, routed);
  });
}

/**
 * The lead of a record of another module, made once: a second call with the same origin (a
 * redelivered event, a retried job) answers the lead the first made. Under a lock on the origin,
 * so two at once make one.
 */
export async function createLeadOnce(
  ctx: Ctx,
  input: LeadInput & { origin: LeadOrigin },
  options: { route?: boolean } = {},
): Promise<LeadDetailDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const key = `lead-origin:${input.origin.kind}:${input.origin.id}`;
    await c.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    const [existing] = await c.tx
      .select()
      .from(leads)
      .where(and(eq(leads.sourceKind, input.origin.kind), eq(leads.sourceId, input.origin.id)))
      .limit(1);
    if (existing) return toDetail(c, existing);
    return createLead(c, input, options);
  });
}

/** The fields of a lead a manager may correct; only those given change. */
export type LeadPatch = Partial<Omit<LeadInput, 'origin'>>;

/**
 * Corrects an open or accepted lead's own fields (vendor managers). The assignment stays as it
 * is: a manager who changed where the customer is routes it again by hand ("Route again").
 */
export async function updateLead(ctx: Ctx, id: string, patch: LeadPatch): Promise<LeadDetailDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const lead = await loadLead(c, id);
    if (!leadPermissions(policyActor(c), lead).edit)
      throw new AppError('CONFLICT', `A ${lead.status} lead is closed; it is no longer edited`);
    const merged = leadValues({
      company: patch.company ?? lead.company,
      domain: patch.domain !== undefined ? patch.domain : lead.domain,
      contact: {
        name: patch.contact?.name ?? lead.contactName,
        email: patch.contact?.email ?? lead.contactEmail,
        phone: patch.contact?.phone ?? lead.contactPhone,
      },
      country: patch.country !== undefined ? patch.country : lead.country,
      region: patch.region !== undefined ? patch.region : lead.region,
      industry: patch.industry !== undefined ? patch.industry : lead.industry,
      size: patch.size !== undefined ? patch.size : lead.size,
      products: patch.products ?? lead.products,
      source: patch.source ?? lead.source,
      qualification: patch.qualification ?? lead.qualification,
      notes: patch.notes ?? lead.notes,
      origin: originOf(lead),
    });
    const changed = Object.fromEntries(
      Object.entries(merged).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((lead as Record<string, unknown>)[k])),
    );
    if (Object.keys(changed).length === 0) return toDetail(c, lead);
    const after = await updateAudited(c, leads, lead, { ...changed, updatedAt: c.now }, LEAD, {
      eventData: withOrigin(lead, { fields: Object.keys(changed).filter((k) => k !== 'domainKey') }),
    });
    return toDetail(c, after);
  });
}

async function loadLead(c: TxCtx, id: string): Promise<LeadRow> {
  return loadScoped(c, leads, id, 'Lead', { lock: true });
}

/** Runs the routing rules again for an open lead (vendor). */
export async function routeLeadNow(ctx: Ctx, id: string): Promise<LeadDetailDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const lead = await loadLead(c, id);
    if (!leadPermissions(policyActor(c), lead).assign) transition(lead, 'assign');
    return toDetail(c, await routeInTx(c, lead));
  });
}

/** Assigns an open lead to a partner by hand, with the reason shown as the explanation. */
export async function assignLead(ctx: Ctx, id: string, partnerId: string, reason: string): Promise<LeadDetailDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const lead = await loadLead(c, id);
    transition(lead, 'assign');
    const partner = (await visiblePartners(c, [partnerId])).get(partnerId.toLowerCase());
    if (!partner) throw invalidField('partnerId', 'no such partner');
    const blocks = await complianceBlocks(c, partner.id, 'lead_distribution');
    if (blocks.blocked)
      throw new AppError(
        'COMPLIANCE_BLOCKED',
        `${partner.name} may not receive leads: ${blocks.reasons.map((r) => r.message).join('; ')}`,
        { errors: [{ path: 'partnerId', message: blocks.reasons.map((r) => r.message).join('; ') }] },
      );
    const settings = await loadSettings(c);
    const summary = reason ? `Assigned by hand: ${reason}` : 'Assigned by hand';
    const after = await assignTo(
      c,
      lead,
      { partnerId: partner.id, ruleId: null, ruleName: null, strategy: 'manual', explanation: { summary, details: [] } },
      settings,
      lead.motion,
    );
    return toDetail(c, after);
  });
}

export async function acceptLead(ctx: Ctx, id: string): Promise<LeadDetailDto> {
  return withTx(ctx, async (c) => {
    const lead = await loadLead(c, id);
    const status = transition(lead, 'accept');
    if (!leadPermissions(policyActor(c), lead).accept) throw forbidden('Only the assigned partner’s people accept a lead');
    await closePending(c, lead.id, 'accepted', '');
    const after = await updateAudited(c, leads, lead, { status, acceptedAt: c.now, updatedAt: c.now }, LEAD, {
      event: 'lead.accepted',
      eventData: withOrigin(lead),
    });
    return toDetail(c, after);
  });
}

/** The partner declines, with the reason; the lead then goes to the next partner (a subscriber, as the vendor). */
export async function declineLead(ctx: Ctx, id: string, reason: string): Promise<LeadDetailDto> {
  return withTx(ctx, async (c) => {
    const lead = await loadLead(c, id);
    const status = transition(lead, 'decline');
    if (!leadPermissions(policyActor(c), lead).decline) throw forbidden('Only the assigned partner’s people decline a lead');
    await closePending(c, lead.id, 'declined', reason);
    const after = await updateAudited(c, leads, lead, { status, declineReason: reason, updatedAt: c.now }, LEAD, {
      event: 'lead.declined',
      eventData: { reason },
    });
    return toDetail(c, after);
  });
}

/** What the person converting a lead expects of the deal; the opportunity starts from it. */
export type LeadEstimate = { title?: string; amount?: number; currency?: string; closeDate?: string };

/**
 * An accepted lead becomes an opportunity (decision 0215): the conversion is recorded here with
 * the estimate in its event; the opportunities module hears `lead.converted`, creates the
 * opportunity with the assigned partner co-selling and links it back (`linkLeadOpportunity`).
 */
export async function convertLead(ctx: Ctx, id: string, estimate: LeadEstimate = {}): Promise<LeadDetailDto> {
  if ((estimate.amount === undefined) !== (estimate.currency === undefined))
    throw invalidField(estimate.amount === undefined ? 'amount' : 'currency', 'give the amount and its currency together');
  return withTx(ctx, async (c) => {
    const lead = await loadLead(c, id);
    const status = transition(lead, 'convert');
    if (!leadPermissions(policyActor(c), lead).convert)
      throw forbidden('Only the vendor’s managers or the assigned partner convert a lead');
    const after = await updateAudited(c, leads, lead, { status, convertedAt: c.now, updatedAt: c.now }, LEAD, {
      event: 'lead.converted',
      eventData: withOrigin(lead, { estimate }),
    });
    return toDetail(c, after);
  });
}

/** The opportunity a converted lead became (the opportunities module calls this, as the system). */
export async function linkLeadOpportunity(c: TxCtx, leadId: string, opportunityId: string): Promise<void> {
  const [lead] = await c.tx.select().from(leads).where(eq(leads.id, leadId)).for('update');
  if (!lead || lead.opportunityId) return;
  await updateAudited(c, leads, lead, { opportunityId, updatedAt: c.now }, LEAD, {
    event: 'lead.opportunity_linked',
    summary: `${lead.number} became an opportunity`,
    eventData: { opportunityId },
  });
}

export async function disqualifyLead(ctx: Ctx, id: string, reason: string): Promise<LeadDetailDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const lead = await loadLead(c, id);
    const status = transition(lead, 'disqualify');
    await closePending(c, lead.id, 'withdrawn', 'Disqualified');
    const after = await updateAudited(
      c,
      leads,
      lead,
      { status, disqualifiedReason: reason, acceptDueAt: null, updatedAt: c.now },
      LEAD,
      {
        event: 'lead.disqualified',
        eventData: withOrigin(lead, { reason }),
      },
    );
    return toDetail(c, after);
  });
}

/**
 * After a partner declines: the next partner. `ctx` acts for the vendor (the subscriber passes the
 * system; the SLA job is the safety net).
 */
export async function rerouteDeclined(ctx: Ctx, leadId: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const [lead] = await c.tx.select().from(leads).where(eq(leads.id, leadId)).for('update');
    if (lead?.status === 'declined') await routeInTx(c, lead);
  });
}

export type LeadSlaResult = { expired: number; rerouted: number };

/**
 * The acceptance SLA (every 15 minutes): a lead not accepted in time is taken back, recorded as
 * lapsed with the reason, and routed to the next candidate; declined leads not yet passed on go
 * too. Safe to run twice: each lead is handled under its row lock once. `ctx` acts as the system.
 */
export async function runLeadSla(ctx: Ctx): Promise<LeadSlaResult> {
  const result: LeadSlaResult = { expired: 0, rerouted: 0 };
  const sys = ctx;
  const due = await withTx(sys, async (c) =>
    c.tx
      .select({ id: leads.id })
      .from(leads)
      .where(or(and(eq(leads.status, 'assigned'), lt(leads.acceptDueAt, c.now)), eq(leads.status, 'declined')))
      .orderBy(asc(leads.acceptDueAt))
      .limit(500),
  );
  for (const { id } of due) {
    await withTx(sys, async (c) => {
      const [lead] = await c.tx.select().from(leads).where(eq(leads.id, id)).for('update');
      if (!lead) return;
      if (lead.status === 'assigned' && lead.acceptDueAt && lead.acceptDueAt < c.now) {
        const settings = await loadSettings(c);
        const reason = `Not accepted within ${settings.acceptanceSlaHours} h`;
        await closePending(c, lead.id, 'expired', reason);
        const lapsed = await updateAudited(c, leads, lead, { status: transition(lead, 'expire'), updatedAt: c.now }, LEAD, {
          event: 'lead.assignment_expired',
          summary: `${lead.number}: ${reason}`,
          eventData: { partnerId: lead.partnerId, reason },
        });
        result.expired += 1;
        await routeInTx(c, lapsed);
        result.rerouted += 1;
      } else if (lead.status === 'declined') {
        await routeInTx(c, lead);
        result.rerouted += 1;
      }
    });
  }
  return result;
}

/** Routes many new leads in one transaction (the importer, the demo, the bench): one world, loaded once. */
export async function routeNewLeads(c: TxCtx, rows: LeadRow[]): Promise<LeadRow[]> {
  const world = await loadRoutingWorld(c);
  const out: LeadRow[] = [];
  for (const row of rows) out.push(await routeInTx(c, row, world));
  return out;
}
