import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Readable } from 'node:stream';
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { insertFromJson } from '../../db/bulk-insert.js';
import type { Db } from '../../db/database.js';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { canSeePartner, partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { type CountPolicy, rateLimited, throttle as throttleKey } from '../../server/throttle.js';
import { actorUserId, type Ctx, policyActor, systemCtx, type TxCtx } from '../../shared/context.js';
import { localDateOf } from '../../shared/dates.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { absoluteUrl } from '../../shared/links.js';
import type { Money } from '../../shared/money.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type AuditedKind, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { listRecordFiles, openFile } from '../files/index.js';
import { convertEachToReporting } from '../fx/index.js';
import { enqueueJob } from '../jobs/index.js';
import { assignLead, createLead, leads } from '../leads/index.js';
import { queueMail } from '../mail/index.js';
import { opportunities } from '../opportunities/index.js';
import { partners } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import {
  audiencePermissions,
  kitPermissions,
  launchPermissions,
  mayApproveKits,
  mayEditSuppressions,
  mayLaunch,
  mayWriteKits,
  suppressionPermissions,
} from './marketing.policy.js';
import {
  type ConvertedOpportunity,
  type KitStatus,
  type KitStep,
  kitOffered,
  kitTransition,
  type LandingPage,
  type LaunchStatus,
  launchReturn,
  type MergeValues,
  normaliseEmail,
  parseAudienceCsv,
  ratePercent,
  renderMarketingEmail,
  scheduleSteps,
  sendRefusal,
  sequenceProblems,
  unknownMergeFields,
} from './marketing.rules.js';
import {
  type MarketingAudienceRow,
  type MarketingKitRow,
  type MarketingLaunchRow,
  type MarketingLeadRow,
  type MarketingSuppressionRow,
  marketingAudiences,
  marketingContacts,
  marketingKits,
  marketingLaunches,
  marketingLeads,
  marketingMessages,
  marketingSuppressions,
  marketingThrottle,
} from './marketing.schema.js';

const KIT: AuditedKind<MarketingKitRow> = {
  entityType: 'marketing_kit',
  partnerIdOf: () => null,
  labelOf: (r) => r.name,
  conflicts: { marketing_kits_name_unique: { path: 'name', message: 'is taken by another kit' } },
};
const AUDIENCE: AuditedKind<MarketingAudienceRow> = {
  entityType: 'marketing_audience',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.name,
  conflicts: { marketing_audiences_name_unique: { path: 'name', message: 'is taken by another of your audiences' } },
};
const LAUNCH: AuditedKind<MarketingLaunchRow> = {
  entityType: 'marketing_launch',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.name,
};
const SUPPRESSION: AuditedKind<MarketingSuppressionRow> = {
  entityType: 'marketing_suppression',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.email,
  conflicts: { marketing_suppressions_unique: { path: 'email', message: 'is already on the list' } },
};
const LEAD_LINK: AuditedKind<MarketingLeadRow> = {
  entityType: 'marketing_lead',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `${r.name} (${r.company})`,
};

// ---------------------------------------------------------------------------------------------
// Kits

export type KitInput = {
  name: string;
  description?: string;
  programId?: string | null;
  tierIds?: string[];
  steps: KitStep[];
  landing: LandingPage;
};

export type KitDto = Omit<MarketingKitRow, 'createdById' | 'approvedById'> & {
  usage: { launches: number; partners: number; sent: number; leads: number };
  /** What its launches generated (the caller's visible launches), summed. */
  results: LaunchResults;
  can: ReturnType<typeof kitPermissions>;
};

function checkKit(input: Pick<KitInput, 'steps' | 'landing'>): void {
  const problems = sequenceProblems(input.steps);
  for (const key of ['headline', 'body', 'cta'] as const) {
    const unknown = unknownMergeFields(input.landing[key]);
    if (unknown.length) problems.push({ path: `landing.${key}`, message: `names unknown merge fields: ${unknown.join(', ')}` });
  }
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems[0]?.message ?? 'invalid kit', { errors: problems });
}

async function checkGating(
  c: TxCtx,
  programId: string | null | undefined,
  tierIds: readonly string[] | undefined,
): Promise<void> {
  if (!programId) {
    if (tierIds?.length) throw invalidField('tierIds', 'need a program');
    return;
  }
  const found = await c.tx.execute(sql`select id from programs where id = ${programId}`);
  if (found.rows.length === 0) throw invalidField('programId', 'no such program');
  if (tierIds?.length) {
    const tiers = await c.tx.execute(
      sql`select id from tiers where program_id = ${programId} and id in (${sql.join(
        tierIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
    if (tiers.rows.length !== new Set(tierIds).size) throw invalidField('tierIds', 'must be tiers of the program');
  }
}

async function kitUsage(c: TxCtx, kitIds: readonly string[]): Promise<Map<string, KitDto['usage']>> {
  const out = new Map<string, KitDto['usage']>();
  if (kitIds.length === 0) return out;
  const rows = await c.tx
    .select({
      kitId: marketingLaunches.kitId,
      launches: sql<number>`count(distinct ${marketingLaunches.id})::int`,
      partners: sql<number>`count(distinct ${marketingLaunches.partnerId})::int`,
      sent: sql<number>`(select count(*)::int from marketing_messages m join marketing_launches l2 on l2.id = m.launch_id where l2.kit_id = ${marketingLaunches.kitId} and m.status = 'sent')`,
      leads: sql<number>`(select count(*)::int from marketing_leads ml join marketing_launches l3 on l3.id = ml.launch_id where l3.kit_id = ${marketingLaunches.kitId})`,
    })
    .from(marketingLaunches)
    .where(and(inArray(marketingLaunches.kitId, [...kitIds]), partnerFilter(c, marketingLaunches.partnerId)))
    .groupBy(marketingLaunches.kitId);
  for (const r of rows) out.set(r.kitId, { launches: r.launches, partners: r.partners, sent: r.sent, leads: r.leads });
  return out;
}

async function kitDtos(c: TxCtx, rows: MarketingKitRow[]): Promise<KitDto[]> {
  const usage = await kitUsage(
    c,
    rows.map((r) => r.id),
  );
  const results = await resultsBy(
    c,
    'kit',
    rows.map((r) => r.id),
  );
  const actor = policyActor(c);
  return rows.map(({ createdById: _c, approvedById: _a, ...row }) => ({
    ...row,
    usage: usage.get(row.id) ?? { launches: 0, partners: 0, sent: 0, leads: 0 },
    results: results.get(row.id) as LaunchResults,
    can: kitPermissions(actor, row),
  }));
}

function assertStaffWrites(c: TxCtx): void {
  if (!mayWriteKits(policyActor(c))) throw forbidden('Only an admin or a partner manager writes marketing kits');
}

export async function listKits(ctx: Ctx, query: { status?: KitStatus }): Promise<{ data: KitDto[]; nextCursor: null }> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(marketingKits)
      .where(query.status ? eq(marketingKits.status, query.status) : undefined)
      .orderBy(desc(marketingKits.updatedAt), desc(marketingKits.id));
    return { data: await kitDtos(c, rows), nextCursor: null };
  });
}

async function loadKit(c: TxCtx, id: string, lock = false): Promise<MarketingKitRow> {
  const q = c.tx.select().from(marketingKits).where(eq(marketingKits.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Marketing kit');
  return row;
}

export async function getKit(ctx: Ctx, id: string): Promise<KitDto> {
  return withTx(ctx, async (c) => (await kitDtos(c, [await loadKit(c, id)]))[0] as KitDto);
}

export async function createKit(ctx: Ctx, input: KitInput): Promise<KitDto> {
  return withTx(ctx, async (c) => {
    assertStaffWrites(c);
    checkKit(input);
    await checkGating(c, input.programId, input.tierIds);
    const row = await insertAudited(
      c,
      marketingKits,
      {
        name: input.name,
        description: input.description ?? '',
        programId: input.programId ?? null,
        tierIds: input.tierIds ?? [],
        steps: input.steps,
        landing: input.landing,
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      KIT,
    );
    return (await kitDtos(c, [row]))[0] as KitDto;
  });
}

export async function updateKit(ctx: Ctx, id: string, patch: Partial<KitInput>): Promise<KitDto> {
  return withTx(ctx, async (c) => {
    assertStaffWrites(c);
    const before = await loadKit(c, id, true);
    const move = kitTransition(before.status, 'edit');
    if (!move.allowed)
      throw new AppError('INVALID_TRANSITION', move.reason, { errors: [{ path: 'status', message: move.reason }] });
    const next = { steps: patch.steps ?? before.steps, landing: patch.landing ?? before.landing };
    checkKit(next);
    const programId = patch.programId === undefined ? before.programId : patch.programId;
    const tierIds = patch.tierIds ?? (patch.programId === undefined ? before.tierIds : []);
    await checkGating(c, programId, tierIds);
    const after = await updateAudited(
      c,
      marketingKits,
      before,
      {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        programId,
        tierIds,
        ...next,
        status: move.to,
        ...(before.status === 'approved' ? { approvedAt: null, approvedById: null } : {}),
        updatedAt: c.now,
      },
      KIT,
    );
    return (await kitDtos(c, [after]))[0] as KitDto;
  });
}

export async function moveKit(ctx: Ctx, id: string, action: 'approve' | 'retire'): Promise<KitDto> {
  return withTx(ctx, async (c) => {
    if (!mayApproveKits(policyActor(c))) throw forbidden('Only an admin approves and retires marketing kits');
    const before = await loadKit(c, id, true);
    const move = kitTransition(before.status, action);
    if (!move.allowed)
      throw new AppError('INVALID_TRANSITION', move.reason, { errors: [{ path: 'status', message: move.reason }] });
    const after = await updateAudited(
      c,
      marketingKits,
      before,
      {
        status: move.to,
        ...(action === 'approve' ? { approvedAt: c.now, approvedById: actorUserId(c) } : { retiredAt: c.now }),
        updatedAt: c.now,
      },
      KIT,
      {
        event: `marketing_kit.${action === 'approve' ? 'approved' : 'retired'}`,
        eventData: { fromStatus: before.status, toStatus: move.to },
      },
    );
    return (await kitDtos(c, [after]))[0] as KitDto;
  });
}

// ---------------------------------------------------------------------------------------------
// The catalogue (what a partner may launch) and previews

async function membershipsOf(c: TxCtx, partnerId: string): Promise<{ programId: string; tierId: string | null }[]> {
  const rows = await c.tx.execute(
    sql`select program_id, tier_id from program_memberships where partner_id = ${partnerId} and left_at is null`,
  );
  return (rows.rows as { program_id: string; tier_id: string | null }[]).map((r) => ({
    programId: r.program_id,
    tierId: r.tier_id,
  }));
}

export type OfferDto = Pick<MarketingKitRow, 'id' | 'name' | 'description' | 'steps' | 'landing' | 'approvedAt'> & {
  can: { launch: boolean };
};

function toOffer(c: TxCtx, k: MarketingKitRow): OfferDto {
  return {
    id: k.id,
    name: k.name,
    description: k.description,
    steps: k.steps,
    landing: k.landing,
    approvedAt: k.approvedAt,
    can: { launch: kitPermissions(policyActor(c), k).launch },
  };
}

/** Approved kits: for a partner's people, those offered to their company's program and tier. */
export async function listOffers(ctx: Ctx): Promise<{ data: OfferDto[]; nextCursor: null }> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(marketingKits)
      .where(eq(marketingKits.status, 'approved'))
      .orderBy(desc(marketingKits.approvedAt), desc(marketingKits.id));
    const scope = scopeOf(c);
    const memberships = scope.kind === 'partner' ? await membershipsOf(c, scope.partnerId) : null;
    const offered = memberships ? rows.filter((k) => kitOffered(k, memberships)) : rows;
    return { data: offered.map((k) => toOffer(c, k)), nextCursor: null };
  });
}

async function loadOffer(c: TxCtx, id: string): Promise<MarketingKitRow> {
  const [kit] = await c.tx.select().from(marketingKits).where(eq(marketingKits.id, id));
  const scope = scopeOf(c);
  if (kit?.status !== 'approved') throw notFound('Marketing kit');
  if (scope.kind === 'partner' && !kitOffered(kit, await membershipsOf(c, scope.partnerId))) throw notFound('Marketing kit');
  return kit;
}

export type PreviewDto = {
  partnerName: string;
  logoUrl: string | null;
  steps: { step: number; sendOnDay: number; subject: string; html: string; text: string }[];
  landing: LandingPage;
};

async function partnerFacts(c: TxCtx, partnerId: string): Promise<{ name: string; hasLogo: boolean }> {
  const [p] = await c.tx.select({ name: partners.name }).from(partners).where(eq(partners.id, partnerId));
  if (!p) throw notFound('Partner');
  const logo = await listRecordFiles(c, partnerId, ['partner.logo']);
  return { name: p.name, hasLogo: logo.length > 0 };
}

function previewOf(
  content: { steps: KitStep[]; landing: LandingPage },
  values: Omit<MergeValues, 'landing.url' | 'unsubscribe.url'> & { 'partner.name': string; 'vendor.name': string },
  landingUrl: string,
): PreviewDto {
  let day = 0;
  return {
    partnerName: values['partner.name'],
    logoUrl: values['partner.logo'] || null,
    steps: content.steps.map((s, i) => {
      day += s.delayDays;
      const email = renderMarketingEmail({
        step: s,
        values: { ...values, 'landing.url': landingUrl, 'unsubscribe.url': absoluteUrl('/m/unsubscribe') },
        cta: content.landing.cta,
        track: (url) => url,
        pixelUrl: null,
      });
      return { step: i + 1, sendOnDay: day, ...email };
    }),
    landing: {
      headline: mergeLanding(content.landing.headline, values),
      body: mergeLanding(content.landing.body, values),
      cta: mergeLanding(content.landing.cta, values),
    },
  };
}

function mergeLanding(text: string, values: MergeValues): string {
  return text.replace(/\{\{\s*([A-Za-z]+\.[A-Za-z]+)\s*\}\}/g, (_a, f: string) => values[f as keyof MergeValues] ?? '');
}

/** A kit as the caller's company would send it: its name (and logo) merged, a sample contact. */
export async function previewOffer(ctx: Ctx, id: string): Promise<PreviewDto> {
  return withTx(ctx, async (c) => {
    const kit = await loadOffer(c, id);
    const scope = scopeOf(c);
    const settings = await getSettings(c);
    const partner = scope.kind === 'partner' ? await partnerFacts(c, scope.partnerId) : { name: 'Your partner', hasLogo: false };
    return previewOf(
      kit,
      {
        'partner.name': partner.name,
        'partner.logo': partner.hasLogo && scope.kind === 'partner' ? `/api/v1/partners/${scope.partnerId}/files` : '',
        'vendor.name': settings.vendorName,
        'contact.firstName': 'Alex',
        'contact.lastName': 'Sample',
        'contact.company': 'Example Corp',
        'contact.email': 'alex@example.com',
      },
      absoluteUrl('/m/preview'),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Audiences

export type AudienceDto = Omit<MarketingAudienceRow, 'createdById'> & {
  contacts: number;
  unsubscribed: number;
  can: ReturnType<typeof audiencePermissions>;
};
export type AudienceUpload = { audience: AudienceDto; added: number; duplicates: number; alreadyThere: number };

async function audienceDtos(c: TxCtx, rows: MarketingAudienceRow[]): Promise<AudienceDto[]> {
  const ids = rows.map((r) => r.id);
  const counts = ids.length
    ? await c.tx
        .select({
          audienceId: marketingContacts.audienceId,
          contacts: sql<number>`count(*)::int`,
          unsubscribed: sql<number>`(count(*) filter (where ${marketingContacts.consent} = 'unsubscribed'))::int`,
        })
        .from(marketingContacts)
        .where(inArray(marketingContacts.audienceId, ids))
        .groupBy(marketingContacts.audienceId)
    : [];
  const byId = new Map(counts.map((r) => [r.audienceId, r]));
  const actor = policyActor(c);
  return rows.map(({ createdById: _c, ...row }) => ({
    ...row,
    contacts: byId.get(row.id)?.contacts ?? 0,
    unsubscribed: byId.get(row.id)?.unsubscribed ?? 0,
    can: audiencePermissions(actor, row),
  }));
}

export async function listAudiences(ctx: Ctx, query: { partnerId?: string }): Promise<{ data: AudienceDto[]; nextCursor: null }> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(marketingAudiences)
      .where(
        and(
          partnerFilter(c, marketingAudiences.partnerId),
          query.partnerId ? eq(marketingAudiences.partnerId, query.partnerId) : undefined,
        ),
      )
      .orderBy(desc(marketingAudiences.createdAt), desc(marketingAudiences.id));
    return { data: await audienceDtos(c, rows), nextCursor: null };
  });
}

function ownPartner(c: TxCtx): string {
  const a = policyActor(c);
  if (!isPartnerRole(a.role) || !a.partnerId) throw forbidden('Audiences are kept by a partner’s own people');
  return a.partnerId;
}

/** Adds a file's contacts to an audience: all or nothing; duplicates kept once. */
async function addContacts(c: TxCtx, audience: MarketingAudienceRow, csv: string): Promise<Omit<AudienceUpload, 'audience'>> {
  const parsed = parseAudienceCsv(csv);
  if (parsed.problems.length) {
    const errors = parsed.problems.slice(0, 20).map((p) => ({ path: 'csv', message: `row ${p.row}, ${p.column}: ${p.message}` }));
    throw new AppError('VALIDATION_FAILED', `The file has ${parsed.problems.length} problem(s): ${errors[0]?.message}`, {
      errors,
    });
  }
  if (parsed.rows.length === 0) throw invalidField('csv', 'holds no contacts');
  const existing = await c.tx
    .select({ email: marketingContacts.email })
    .from(marketingContacts)
    .where(
      and(
        eq(marketingContacts.audienceId, audience.id),
        inArray(
          marketingContacts.email,
          parsed.rows.map((r) => r.email),
        ),
      ),
    );
  const there = new Set(existing.map((e) => e.email));
  const fresh = parsed.rows.filter((r) => !there.has(r.email));
  if (fresh.length) {
    await insertFromJson(
      c.tx,
      marketingContacts,
      fresh.map((r) => ({
        id: newId(),
        partnerId: audience.partnerId,
        audienceId: audience.id,
        email: r.email,
        firstName: r.firstName,
        lastName: r.lastName,
        company: r.company,
        consent: 'subscribed' as const,
        unsubscribedAt: null,
        createdAt: c.now,
      })),
      { returning: false },
    );
  }
  return { added: fresh.length, duplicates: parsed.duplicates, alreadyThere: parsed.rows.length - fresh.length };
}

export async function createAudience(ctx: Ctx, input: { name: string; csv: string }): Promise<AudienceUpload> {
  return withTx(ctx, async (c) => {
    const partnerId = ownPartner(c);
    const audience = await insertAudited(
      c,
      marketingAudiences,
      { partnerId, name: input.name, createdById: actorUserId(c), createdAt: c.now, updatedAt: c.now },
      AUDIENCE,
    );
    const added = await addContacts(c, audience, input.csv);
    return { audience: (await audienceDtos(c, [audience]))[0] as AudienceDto, ...added };
  });
}

export async function uploadContacts(ctx: Ctx, id: string, csv: string): Promise<AudienceUpload> {
  return withTx(ctx, async (c) => {
    const before = await loadScoped(c, marketingAudiences, id, 'Audience', { lock: true });
    if (!audiencePermissions(policyActor(c), before).edit) throw forbidden('Audiences are kept by the partner’s own people');
    const added = await addContacts(c, before, csv);
    const after = await updateAudited(c, marketingAudiences, before, { updatedAt: c.now }, AUDIENCE, {
      event: 'marketing_audience.contacts_added',
      eventData: { added: added.added },
    });
    return { audience: (await audienceDtos(c, [after]))[0] as AudienceDto, ...added };
  });
}

export type ContactDto = {
  id: string;
  partnerId: string;
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  consent: 'subscribed' | 'unsubscribed';
  suppressed: boolean;
  unsubscribedAt: Date | null;
  createdAt: Date;
};

export async function listContacts(
  ctx: Ctx,
  audienceId: string,
  query: { limit: number; cursor?: string },
): Promise<Page<ContactDto>> {
  return withTx(ctx, async (c) => {
    const audience = await loadScoped(c, marketingAudiences, audienceId, 'Audience');
    if (!audiencePermissions(policyActor(c), audience).readContacts) throw forbidden('A partner’s contacts are its own');
    const page = keyset('marketing-contacts', 'email', { email: marketingContacts.email }, marketingContacts.id, query.cursor);
    const rows = await c.tx
      .select({
        id: marketingContacts.id,
        partnerId: marketingContacts.partnerId,
        email: marketingContacts.email,
        firstName: marketingContacts.firstName,
        lastName: marketingContacts.lastName,
        company: marketingContacts.company,
        consent: marketingContacts.consent,
        unsubscribedAt: marketingContacts.unsubscribedAt,
        createdAt: marketingContacts.createdAt,
        suppressed: sql<boolean>`exists (select 1 from marketing_suppressions s where s.email = ${marketingContacts.email} and (s.partner_id = ${marketingContacts.partnerId}))`,
      })
      .from(marketingContacts)
      .where(and(eq(marketingContacts.audienceId, audience.id), page.where))
      .orderBy(...page.orderBy)
      .limit(query.limit + 1);
    return toPage(rows, query.limit, page.cursorOf);
  });
}

// ---------------------------------------------------------------------------------------------
// Suppression lists

export type SuppressionDto = Omit<MarketingSuppressionRow, 'createdById'> & {
  scope: 'organisation' | 'partner';
  can: ReturnType<typeof suppressionPermissions>;
};

function toSuppression(c: TxCtx, r: MarketingSuppressionRow): SuppressionDto {
  const { createdById: _c, ...row } = r;
  return { ...row, scope: r.partnerId ? 'partner' : 'organisation', can: suppressionPermissions(policyActor(c), r) };
}

export async function listSuppressions(
  ctx: Ctx,
  query: { limit: number; cursor?: string; partnerId?: string },
): Promise<Page<SuppressionDto>> {
  return withTx(ctx, async (c) => {
    const page = keyset(
      'marketing-suppressions',
      '-createdAt',
      { createdAt: marketingSuppressions.createdAt },
      marketingSuppressions.id,
      query.cursor,
    );
    const rows = await c.tx
      .select()
      .from(marketingSuppressions)
      .where(
        and(
          scopeOf(c).kind === 'partner' ? partnerFilter(c, marketingSuppressions.partnerId) : undefined,
          query.partnerId ? eq(marketingSuppressions.partnerId, query.partnerId) : undefined,
          page.where,
        ),
      )
      .orderBy(...page.orderBy)
      .limit(query.limit + 1);
    const result = toPage(rows, query.limit, page.cursorOf);
    return { data: result.data.map((r) => toSuppression(c, r)), nextCursor: result.nextCursor };
  });
}

/** Vendor admins add to the organisation's list, a partner's admin to its company's. */
export async function addSuppression(ctx: Ctx, input: { email: string; reason?: string }): Promise<SuppressionDto> {
  return withTx(ctx, async (c) => {
    const actor = policyActor(c);
    if (!mayEditSuppressions(actor)) throw forbidden('Only an admin keeps a suppression list');
    const row = await insertAudited(
      c,
      marketingSuppressions,
      {
        partnerId: isPartnerRole(actor.role) ? actor.partnerId : null,
        email: normaliseEmail(input.email),
        reason: input.reason ?? '',
        createdById: actorUserId(c),
        createdAt: c.now,
      },
      SUPPRESSION,
    );
    return toSuppression(c, row);
  });
}

export async function removeSuppression(ctx: Ctx, id: string): Promise<void> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .select()
      .from(marketingSuppressions)
      .where(
        and(
          eq(marketingSuppressions.id, id),
          scopeOf(c).kind === 'partner' ? partnerFilter(c, marketingSuppressions.partnerId) : undefined,
        ),
      )
      .for('update');
    if (!row) throw notFound('Suppression');
    if (!suppressionPermissions(policyActor(c), row).delete) throw forbidden('Only an admin keeps a suppression list');
    await c.tx.delete(marketingSuppressions).where(eq(marketingSuppressions.id, id));
    await recordChange(c, {
      action: 'delete',
      entityType: SUPPRESSION.entityType,
      entityId: row.id,
      partnerId: row.partnerId,
      before: row,
      after: null,
      event: 'marketing_suppression.deleted',
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Launches

export type LaunchFigures = {
  contacts: number;
  scheduled: number;
  sent: number;
  skipped: number;
  opened: number;
  clicked: number;
  unsubscribed: number;
  visits: number;
  leads: number;
  openRate: number | null;
  clickRate: number | null;
};

/**
 * What a launch (or every launch of a kit) generated: the leads it captured, how many converted,
 * the opportunities they converted into, and their open pipeline and won revenue in the
 * reporting currency — open at today's rate, won at each deal's close date (decision 0310).
 */
export type LaunchResults = {
  asOf: string;
  reportingCurrency: string;
  leads: number;
  convertedLeads: number;
  opportunities: number;
  openOpportunities: number;
  wonOpportunities: number;
  /** Open opportunities' amounts; null when a rate is missing. */
  pipeline: Money | null;
  /** Won opportunities' amounts; null when a rate is missing. */
  won: Money | null;
};

/**
 * Results per launch or per kit (summed over the caller's visible launches of it): two set-based
 * queries over the launch's lead links, the leads they created and the opportunities those
 * became (the leads and opportunities modules' exported tables; what row-level security hides
 * from a partner counts for nothing), then one conversion call.
 */
async function resultsBy(c: TxCtx, by: 'launch' | 'kit', ids: readonly string[]): Promise<Map<string, LaunchResults>> {
  const out = new Map<string, LaunchResults>();
  if (ids.length === 0) return out;
  const settings = await getSettings(c);
  const today = localDateOf(c.now, settings.timeZone);
  const reporting = settings.reportingCurrency;
  const key = by === 'launch' ? sql`${marketingLaunches.id}` : sql`${marketingLaunches.kitId}`;
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const scope = partnerFilter(c, marketingLaunches.partnerId) ?? sql`true`;
  const counts = await c.tx.execute<{
    key: string;
    leads: number;
    converted: number;
    opps: number;
    open: number;
    won: number;
  }>(sql`
    select ${key} as key,
      count(distinct ${marketingLeads.id})::int as leads,
      (count(distinct ${marketingLeads.id}) filter (where ${leads.opportunityId} is not null))::int as converted,
      count(distinct ${opportunities.id})::int as opps,
      (count(distinct ${opportunities.id}) filter (where ${opportunities.stage} not in ('closed_won', 'closed_lost')))::int as open,
      (count(distinct ${opportunities.id}) filter (where ${opportunities.stage} = 'closed_won'))::int as won
    from ${marketingLeads}
      join ${marketingLaunches} on ${marketingLaunches.id} = ${marketingLeads.launchId}
      left join ${leads} on ${leads.id} = ${marketingLeads.leadId}
      left join ${opportunities} on ${opportunities.id} = ${leads.opportunityId}
    where ${key} in (${idList}) and ${scope}
    group by 1`);
  // Each opportunity once per launch/kit, even when two of its leads converted into it.
  const amounts = await c.tx.execute<{
    key: string;
    currency: string;
    won: boolean;
    close_date: string | null;
    amount: string;
  }>(sql`
    with linked as (
      select distinct ${key} as key, ${opportunities.id} as id, ${opportunities.currency} as currency,
        ${opportunities.amount} as amount, ${opportunities.stage} as stage, ${opportunities.closeDate} as close_date
      from ${marketingLeads}
        join ${marketingLaunches} on ${marketingLaunches.id} = ${marketingLeads.launchId}
        join ${leads} on ${leads.id} = ${marketingLeads.leadId}
        join ${opportunities} on ${opportunities.id} = ${leads.opportunityId}
      where ${key} in (${idList}) and ${scope} and ${opportunities.stage} <> 'closed_lost'
    )
    select key, currency, stage = 'closed_won' as won,
      case when stage = 'closed_won' then close_date::text end as close_date, sum(amount)::text as amount
    from linked group by 1, 2, 3, 4`);
  const converted = await convertEachToReporting(
    c,
    amounts.rows.map((r) => ({ value: { amount: Number(r.amount), currency: r.currency }, date: r.close_date ?? today })),
  );
  const parts = new Map<string, ConvertedOpportunity[]>();
  amounts.rows.forEach((r, i) => {
    parts.set(r.key, [...(parts.get(r.key) ?? []), { won: r.won, reporting: converted[i]?.amount ?? null }]);
  });
  const countOf = new Map(counts.rows.map((r) => [r.key, r]));
  const money = (amount: number | null): Money | null => (amount === null ? null : { amount, currency: reporting });
  for (const id of ids) {
    const n = countOf.get(id);
    const ret = launchReturn(parts.get(id) ?? []);
    out.set(id, {
      asOf: today,
      reportingCurrency: reporting,
      leads: Number(n?.leads ?? 0),
      convertedLeads: Number(n?.converted ?? 0),
      opportunities: Number(n?.opps ?? 0),
      openOpportunities: Number(n?.open ?? 0),
      wonOpportunities: Number(n?.won ?? 0),
      pipeline: money(ret.pipeline),
      won: money(ret.won),
    });
  }
  return out;
}

/** A lead a launch captured, with what became of it (the lead and its opportunity as far as the caller may see them). */
export type CapturedLeadDto = {
  id: string;
  name: string;
  company: string;
  capturedAt: Date;
  leadId: string | null;
  leadNumber: string | null;
  leadStatus: string | null;
  opportunity: { id: string; title: string; stage: string; amount: Money; closeDate: string } | null;
};

async function capturedLeads(c: TxCtx, launchId: string): Promise<CapturedLeadDto[]> {
  const rows = await c.tx
    .select({
      id: marketingLeads.id,
      name: marketingLeads.name,
      company: marketingLeads.company,
      capturedAt: marketingLeads.createdAt,
      leadId: leads.id,
      leadNumber: leads.number,
      leadStatus: leads.status,
      oppId: opportunities.id,
      oppTitle: opportunities.title,
      stage: opportunities.stage,
      amount: opportunities.amount,
      currency: opportunities.currency,
      closeDate: opportunities.closeDate,
    })
    .from(marketingLeads)
    .leftJoin(leads, eq(leads.id, marketingLeads.leadId))
    .leftJoin(opportunities, eq(opportunities.id, leads.opportunityId))
    .where(eq(marketingLeads.launchId, launchId))
    .orderBy(desc(marketingLeads.createdAt), desc(marketingLeads.id))
    .limit(500);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    company: r.company,
    capturedAt: r.capturedAt,
    leadId: r.leadId,
    leadNumber: r.leadNumber,
    leadStatus: r.leadStatus,
    opportunity:
      r.oppId && r.oppTitle !== null && r.stage !== null && r.currency !== null && r.closeDate !== null
        ? {
            id: r.oppId,
            title: r.oppTitle,
            stage: r.stage,
            amount: { amount: Number(r.amount ?? 0), currency: r.currency },
            closeDate: String(r.closeDate),
          }
        : null,
  }));
}

export type LaunchDto = Omit<MarketingLaunchRow, 'content' | 'launchedById' | 'landingToken'> & {
  kitName: string;
  partnerName: string;
  audienceName: string | null;
  landingUrl: string;
  nextSendAt: Date | null;
  figures: LaunchFigures;
  results: LaunchResults;
  steps: { step: number; subject: string; delayDays: number; sent: number; opened: number; clicked: number; skipped: number }[];
  can: ReturnType<typeof launchPermissions>;
};

async function launchDtos(c: TxCtx, rows: MarketingLaunchRow[]): Promise<LaunchDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const perStep = await c.tx
    .select({
      launchId: marketingMessages.launchId,
      step: marketingMessages.step,
      contacts: sql<number>`count(distinct ${marketingMessages.contactId})::int`,
      scheduled: sql<number>`(count(*) filter (where ${marketingMessages.status} = 'scheduled'))::int`,
      sent: sql<number>`(count(*) filter (where ${marketingMessages.status} = 'sent'))::int`,
      skipped: sql<number>`(count(*) filter (where ${marketingMessages.status} = 'skipped'))::int`,
      opened: sql<number>`(count(*) filter (where ${marketingMessages.openedAt} is not null))::int`,
      clicked: sql<number>`(count(*) filter (where ${marketingMessages.clickedAt} is not null))::int`,
      nextSendAt: sql<string | null>`min(${marketingMessages.dueAt}) filter (where ${marketingMessages.status} = 'scheduled')`,
    })
    .from(marketingMessages)
    .where(inArray(marketingMessages.launchId, ids))
    .groupBy(marketingMessages.launchId, marketingMessages.step);
  const people = await c.tx
    .select({
      launchId: marketingMessages.launchId,
      opened: sql<number>`count(distinct ${marketingMessages.contactId}) filter (where ${marketingMessages.openedAt} is not null)`,
      clicked: sql<number>`count(distinct ${marketingMessages.contactId}) filter (where ${marketingMessages.clickedAt} is not null)`,
      reached: sql<number>`count(distinct ${marketingMessages.contactId}) filter (where ${marketingMessages.status} = 'sent')`,
      unsubscribed: sql<number>`count(distinct ${marketingMessages.contactId}) filter (where ${marketingContacts.consent} = 'unsubscribed')`,
    })
    .from(marketingMessages)
    .innerJoin(marketingContacts, eq(marketingContacts.id, marketingMessages.contactId))
    .where(inArray(marketingMessages.launchId, ids))
    .groupBy(marketingMessages.launchId);
  const leadCounts = await c.tx
    .select({ launchId: marketingLeads.launchId, n: sql<number>`count(*)::int` })
    .from(marketingLeads)
    .where(inArray(marketingLeads.launchId, ids))
    .groupBy(marketingLeads.launchId);
  const names = await c.tx
    .select({
      id: marketingLaunches.id,
      kitName: marketingKits.name,
      partnerName: partners.name,
      audienceName: marketingAudiences.name,
    })
    .from(marketingLaunches)
    .innerJoin(marketingKits, eq(marketingKits.id, marketingLaunches.kitId))
    .innerJoin(partners, eq(partners.id, marketingLaunches.partnerId))
    .leftJoin(marketingAudiences, eq(marketingAudiences.id, marketingLaunches.audienceId))
    .where(inArray(marketingLaunches.id, ids));
  const nameOf = new Map(names.map((n) => [n.id, n]));
  const results = await resultsBy(c, 'launch', ids);
  const peopleOf = new Map(people.map((p) => [p.launchId, p]));
  const leadsOf = new Map(leadCounts.map((l) => [l.launchId, l.n]));
  const actor = policyActor(c);
  return rows.map(({ content, launchedById: _l, landingToken, ...row }) => {
    const stepRows = perStep.filter((s) => s.launchId === row.id).sort((a, b) => a.step - b.step);
    const p = peopleOf.get(row.id);
    const reached = Number(p?.reached ?? 0);
    const opened = Number(p?.opened ?? 0);
    const clicked = Number(p?.clicked ?? 0);
    const next = stepRows
      .map((s) => s.nextSendAt)
      .filter((d): d is string => d !== null)
      .sort()[0];
    return {
      ...row,
      kitName: nameOf.get(row.id)?.kitName ?? '',
      partnerName: nameOf.get(row.id)?.partnerName ?? '',
      audienceName: nameOf.get(row.id)?.audienceName ?? null,
      landingUrl: absoluteUrl(`/m/${landingToken}`),
      nextSendAt: row.status === 'running' && next ? new Date(next) : null,
      figures: {
        contacts: stepRows[0]?.contacts ?? 0,
        scheduled: stepRows.reduce((n, s) => n + s.scheduled, 0),
        sent: stepRows.reduce((n, s) => n + s.sent, 0),
        skipped: stepRows.reduce((n, s) => n + s.skipped, 0),
        opened,
        clicked,
        unsubscribed: Number(p?.unsubscribed ?? 0),
        visits: row.landingVisits,
        leads: leadsOf.get(row.id) ?? 0,
        openRate: ratePercent(opened, reached),
        clickRate: ratePercent(clicked, reached),
      },
      results: results.get(row.id) as LaunchResults,
      steps: content.steps.map((s, i) => {
        const f = stepRows.find((r) => r.step === i + 1);
        return {
          step: i + 1,
          subject: s.subject,
          delayDays: s.delayDays,
          sent: f?.sent ?? 0,
          opened: f?.opened ?? 0,
          clicked: f?.clicked ?? 0,
          skipped: f?.skipped ?? 0,
        };
      }),
      can: launchPermissions(actor, row),
    };
  });
}

export async function listLaunches(
  ctx: Ctx,
  query: { limit: number; cursor?: string; partnerId?: string; kitId?: string; status?: LaunchStatus },
): Promise<Page<LaunchDto>> {
  return withTx(ctx, async (c) => {
    const page = keyset(
      'marketing-launches',
      '-launchedAt',
      { launchedAt: marketingLaunches.launchedAt },
      marketingLaunches.id,
      query.cursor,
    );
    const rows = await c.tx
      .select()
      .from(marketingLaunches)
      .where(
        and(
          partnerFilter(c, marketingLaunches.partnerId),
          query.partnerId ? eq(marketingLaunches.partnerId, query.partnerId) : undefined,
          query.kitId ? eq(marketingLaunches.kitId, query.kitId) : undefined,
          query.status ? eq(marketingLaunches.status, query.status) : undefined,
          page.where,
        ),
      )
      .orderBy(...page.orderBy)
      .limit(query.limit + 1);
    const result = toPage(rows, query.limit, page.cursorOf);
    return { data: await launchDtos(c, result.data), nextCursor: result.nextCursor };
  });
}

export type LaunchDetailDto = LaunchDto & { leads: CapturedLeadDto[] };

export async function getLaunch(ctx: Ctx, id: string): Promise<LaunchDetailDto> {
  return withTx(ctx, async (c) => {
    const row = await loadScoped(c, marketingLaunches, id, 'Launch');
    const [dto] = await launchDtos(c, [row]);
    return { ...(dto as LaunchDto), leads: await capturedLeads(c, row.id) };
  });
}

/** Wakes the sender after the launch commits (the schedule finds it within a minute anyway). */
async function wakeSender(c: TxCtx): Promise<void> {
  await enqueueJob(c, 'marketing.send', {}, { singletonKey: 'marketing.send' });
}

/**
 * Launches a kit to an audience of the caller's company: copies the kit's content, schedules
 * every step for every contact (the first at once unless it has a delay), and wakes the sender.
 */
export async function launchKit(ctx: Ctx, audienceId: string, kitId: string, input: { name?: string }): Promise<LaunchDto> {
  return withTx(ctx, async (c) => {
    if (!mayLaunch(policyActor(c))) throw forbidden('A partner’s own people launch kits');
    const audience = await loadScoped(c, marketingAudiences, audienceId, 'Audience', { lock: true });
    if (!audiencePermissions(policyActor(c), audience).launch) throw forbidden('A partner’s own people launch kits');
    const kit = await loadOffer(c, kitId);
    const launch = await startLaunch(c, kit, audience, input.name ?? `${kit.name} → ${audience.name}`);
    return (await launchDtos(c, [launch]))[0] as LaunchDto;
  });
}

/** The launch itself, in the caller's transaction (the service above, the demo and the fixtures). */
export async function startLaunch(
  c: TxCtx,
  kit: MarketingKitRow,
  audience: MarketingAudienceRow,
  name: string,
): Promise<MarketingLaunchRow> {
  const contacts = await c.tx
    .select({ id: marketingContacts.id })
    .from(marketingContacts)
    .where(and(eq(marketingContacts.audienceId, audience.id), eq(marketingContacts.consent, 'subscribed')));
  if (contacts.length === 0) throw invalidField('audienceId', 'has no subscribed contacts');
  const launch = await insertAudited(
    c,
    marketingLaunches,
    {
      partnerId: audience.partnerId,
      kitId: kit.id,
      audienceId: audience.id,
      name,
      status: 'running',
      content: { steps: kit.steps, landing: kit.landing },
      landingToken: randomBytes(18).toString('base64url'),
      launchedById: actorUserId(c),
      launchedAt: c.now,
      createdAt: c.now,
      updatedAt: c.now,
    },
    LAUNCH,
    { event: 'marketing_launch.launched', eventData: { kitId: kit.id, audienceId: audience.id, contacts: contacts.length } },
  );
  const due = scheduleSteps(c.now, kit.steps);
  const messages = contacts.flatMap((contact) =>
    due.map((dueAt, i) => ({
      id: newId(),
      partnerId: audience.partnerId,
      launchId: launch.id,
      contactId: contact.id,
      step: i + 1,
      dueAt,
      status: 'scheduled' as const,
      opens: 0,
      clicks: 0,
      createdAt: c.now,
    })),
  );
  for (let i = 0; i < messages.length; i += 1000) {
    await insertFromJson(c.tx, marketingMessages, messages.slice(i, i + 1000), { returning: false });
  }
  await wakeSender(c);
  return launch;
}

export async function cancelLaunch(ctx: Ctx, id: string): Promise<LaunchDto> {
  return withTx(ctx, async (c) => {
    const before = await loadScoped(c, marketingLaunches, id, 'Launch', { lock: true });
    if (!launchPermissions(policyActor(c), before).cancel) {
      if (before.status !== 'running')
        throw new AppError('INVALID_TRANSITION', `a ${before.status} launch cannot be stopped`, {
          errors: [{ path: 'status', message: `is ${before.status}` }],
        });
      throw forbidden('Only the partner’s people or an admin stop a launch');
    }
    await c.tx
      .update(marketingMessages)
      .set({ status: 'skipped', skipReason: 'cancelled' })
      .where(and(eq(marketingMessages.launchId, id), eq(marketingMessages.status, 'scheduled')));
    const after = await updateAudited(
      c,
      marketingLaunches,
      before,
      { status: 'cancelled', completedAt: c.now, updatedAt: c.now },
      LAUNCH,
      {
        event: 'marketing_launch.cancelled',
      },
    );
    return (await launchDtos(c, [after]))[0] as LaunchDto;
  });
}

// ---------------------------------------------------------------------------------------------
// Sending (the `marketing.send` job)

async function signingSecret(c: TxCtx): Promise<Buffer> {
  const found = await c.tx.execute(sql`select secret from signing_keys where name = 'marketing'`);
  const row = found.rows[0] as { secret: string } | undefined;
  if (!row) throw new Error('signing key "marketing" is missing (the marketing migration makes it)');
  return Buffer.from(row.secret);
}

function sign(secret: Buffer, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${value}`).digest('base64url').slice(0, 27);
}

function verify(secret: Buffer, purpose: string, value: string, signature: string): boolean {
  const expected = Buffer.from(sign(secret, purpose, value));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** `<id>.<signature>` → the id when the signature holds, else null. */
function openToken(secret: Buffer, purpose: string, token: string, extra = ''): string | null {
  const [id, signature, ...rest] = token.split('.');
  if (!id || !signature || rest.length || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return verify(secret, purpose, `${id}${extra}`, signature) ? id : null;
}

export function trackedLink(secret: Buffer, messageId: string, url: string): string {
  return absoluteUrl(
    `/api/v1/marketing/c/${messageId}.${sign(secret, 'click', `${messageId}${url}`)}?u=${encodeURIComponent(url)}`,
  );
}

const SEND_BATCH = 200;

/**
 * Sends what is due: each scheduled message whose time has come is queued in the mail outbox
 * (the partner's name as the sender's, List-Unsubscribe, tracked links and pixel) or skipped
 * (unsubscribed, suppressed — never a later step to someone who left). Launches with nothing left
 * to send complete. Safe to run twice: a message is claimed under FOR UPDATE SKIP LOCKED and
 * marked in the transaction that queues its mail. Answers how many were sent.
 */
export async function sendDueMessages(db: Db, now = new Date()): Promise<{ sent: number; skipped: number; completed: number }> {
  const total = { sent: 0, skipped: 0, completed: 0 };
  for (;;) {
    // `now` says what is due (a test looks days ahead); the mail is queued at the real time.
    const batch = await withTx(systemCtx(db, 'marketing sequences'), async (c) => {
      const due = await c.tx
        .select({
          id: marketingMessages.id,
          step: marketingMessages.step,
          partnerId: marketingMessages.partnerId,
          contactId: marketingContacts.id,
          email: marketingContacts.email,
          firstName: marketingContacts.firstName,
          lastName: marketingContacts.lastName,
          company: marketingContacts.company,
          consent: marketingContacts.consent,
          launchId: marketingLaunches.id,
          launchStatus: marketingLaunches.status,
          content: marketingLaunches.content,
          landingToken: marketingLaunches.landingToken,
          launchedById: marketingLaunches.launchedById,
          partnerName: partners.name,
          suppressed: sql<boolean>`exists (select 1 from marketing_suppressions s where s.email = ${marketingContacts.email} and (s.partner_id is null or s.partner_id = ${marketingMessages.partnerId}))`,
        })
        .from(marketingMessages)
        .innerJoin(marketingContacts, eq(marketingContacts.id, marketingMessages.contactId))
        .innerJoin(marketingLaunches, eq(marketingLaunches.id, marketingMessages.launchId))
        .innerJoin(partners, eq(partners.id, marketingMessages.partnerId))
        .where(and(eq(marketingMessages.status, 'scheduled'), lte(marketingMessages.dueAt, now)))
        .orderBy(marketingMessages.dueAt, marketingMessages.id)
        .limit(SEND_BATCH)
        .for('update', { of: marketingMessages, skipLocked: true });
      if (due.length === 0) return { sent: 0, skipped: 0 };
      const secret = await signingSecret(c);
      const settings = await getSettings(c);
      const partnerIds = [...new Set(due.map((d) => d.partnerId))];
      const logos = new Map<string, boolean>();
      for (const id of partnerIds) logos.set(id, (await listRecordFiles(c, id, ['partner.logo'])).length > 0);
      const replyTo = new Map<string, string>();
      const launchers = [...new Set(due.map((d) => d.launchedById).filter((id): id is string => id !== null))];
      if (launchers.length) {
        const found = await c.tx.execute(
          sql`select id, email from users where id in (${sql.join(
            launchers.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
        );
        for (const r of found.rows as { id: string; email: string }[]) replyTo.set(r.id, r.email);
      }
      let sent = 0;
      let skipped = 0;
      for (const m of due) {
        const refusal = sendRefusal({ launchStatus: m.launchStatus, consent: m.consent, suppressed: m.suppressed });
        if (refusal) {
          await c.tx
            .update(marketingMessages)
            .set({ status: 'skipped', skipReason: refusal })
            .where(eq(marketingMessages.id, m.id));
          skipped += 1;
          continue;
        }
        const step = m.content.steps[m.step - 1];
        if (!step) continue;
        const unsubscribeToken = `${m.contactId}.${sign(secret, 'unsubscribe', m.contactId)}`;
        const email = renderMarketingEmail({
          step,
          values: {
            'partner.name': m.partnerName,
            'partner.logo': logos.get(m.partnerId) ? absoluteUrl(`/api/v1/marketing/landing/${m.landingToken}/logo`) : '',
            'vendor.name': settings.vendorName,
            'contact.firstName': m.firstName,
            'contact.lastName': m.lastName,
            'contact.company': m.company,
            'contact.email': m.email,
            'landing.url': absoluteUrl(`/m/${m.landingToken}`),
            'unsubscribe.url': absoluteUrl(`/m/unsubscribe#token=${unsubscribeToken}`),
          },
          cta: m.content.landing.cta,
          track: (url) => trackedLink(secret, m.id, url),
          pixelUrl: absoluteUrl(`/api/v1/marketing/o/${m.id}.${sign(secret, 'open', m.id)}`),
        });
        const headers: Record<string, string> = {
          'List-Unsubscribe': `<${absoluteUrl(`/api/v1/marketing/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`)}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        };
        const reply = m.launchedById ? replyTo.get(m.launchedById) : undefined;
        if (reply) headers['Reply-To'] = reply;
        const mailId = await queueMail(c, {
          to: { address: m.email, partnerId: m.partnerId },
          message: { ...email, withLogo: false },
          purpose: 'marketing',
          headers,
          fromName: `${m.partnerName} via ${settings.vendorName}`,
        });
        await c.tx.update(marketingMessages).set({ status: 'sent', sentAt: c.now, mailId }).where(eq(marketingMessages.id, m.id));
        sent += 1;
      }
      return { sent, skipped };
    });
    total.sent += batch.sent;
    total.skipped += batch.skipped;
    if (batch.sent + batch.skipped < SEND_BATCH) break;
  }
  total.completed = await completeFinishedLaunches(db);
  return total;
}

async function completeFinishedLaunches(db: Db): Promise<number> {
  return withTx(systemCtx(db, 'marketing sequences'), async (c) => {
    const done = await c.tx
      .select()
      .from(marketingLaunches)
      .where(
        and(
          eq(marketingLaunches.status, 'running'),
          sql`not exists (select 1 from marketing_messages m where m.launch_id = ${marketingLaunches.id} and m.status = 'scheduled')`,
        ),
      )
      .for('update', { skipLocked: true });
    for (const launch of done) await completeLaunch(c, launch);
    return done.length;
  });
}

// ---------------------------------------------------------------------------------------------
// Public: tracking, unsubscribing, landing pages

const VISIT_IP_POLICY: CountPolicy = { max: 300, windowMs: 60 * 60_000 };
const SUBMIT_IP_POLICY: CountPolicy = { max: 10, windowMs: 60 * 60_000 };
const TRACK_IP_POLICY: CountPolicy = { max: 2000, windowMs: 60 * 60_000 };

/** One more attempt for `key` in its own transaction (refused attempts count too); seconds to wait or 0. */
const throttle = (db: Db, key: string, policy: CountPolicy) =>
  throttleKey(db, marketingThrottle, key, policy, 'marketing throttle');

/** An open (the pixel): counted when the token is genuine and the address not flooding. */
export async function trackOpen(db: Db, token: string, ip: string): Promise<void> {
  if ((await throttle(db, `track:${ip}`, TRACK_IP_POLICY)) > 0) return;
  await withTx(systemCtx(db, 'marketing open'), async (c) => {
    const id = openToken(await signingSecret(c), 'open', token);
    if (!id) return;
    await c.tx
      .update(marketingMessages)
      .set({
        opens: sql`${marketingMessages.opens} + 1`,
        openedAt: sql`coalesce(${marketingMessages.openedAt}, ${c.now.toISOString()}::timestamptz)`,
      })
      .where(and(eq(marketingMessages.id, id), eq(marketingMessages.status, 'sent')));
  });
}

/**
 * A click: the link's signature covers the message and the address, so only the address the
 * e-mail carried is ever a destination (never an open redirect); anything else is a 404.
 */
export async function trackClick(db: Db, token: string, url: string, ip: string): Promise<string> {
  const counted = (await throttle(db, `track:${ip}`, TRACK_IP_POLICY)) === 0;
  return withTx(systemCtx(db, 'marketing click'), async (c) => {
    const id = openToken(await signingSecret(c), 'click', token, url);
    if (!id || !/^https?:\/\//i.test(url)) throw notFound('Link');
    if (counted) {
      await c.tx
        .update(marketingMessages)
        .set({
          clicks: sql`${marketingMessages.clicks} + 1`,
          clickedAt: sql`coalesce(${marketingMessages.clickedAt}, ${c.now.toISOString()}::timestamptz)`,
          // A click proves the e-mail was opened even when images were blocked.
          openedAt: sql`coalesce(${marketingMessages.openedAt}, ${c.now.toISOString()}::timestamptz)`,
        })
        .where(eq(marketingMessages.id, id));
    }
    return url;
  });
}

export type UnsubscribeDto = { email: string; partnerName: string; unsubscribed: boolean };

function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}${'•'.repeat(Math.max(1, Math.min(6, local.length - 1)))}@${domain}`;
}

async function contactOfToken(c: TxCtx, token: string) {
  const id = openToken(await signingSecret(c), 'unsubscribe', token);
  if (!id) throw notFound('Subscription');
  const [row] = await c.tx
    .select({ contact: marketingContacts, partnerName: partners.name })
    .from(marketingContacts)
    .innerJoin(partners, eq(partners.id, marketingContacts.partnerId))
    .where(eq(marketingContacts.id, id))
    .for('update', { of: marketingContacts });
  if (!row) throw notFound('Subscription');
  return row;
}

export async function describeUnsubscribe(db: Db, token: string): Promise<UnsubscribeDto> {
  return withTx(systemCtx(db, 'marketing unsubscribe'), async (c) => {
    const { contact, partnerName } = await contactOfToken(c, token);
    return { email: maskEmail(contact.email), partnerName, unsubscribed: contact.consent === 'unsubscribed' };
  });
}

/**
 * Unsubscribes the contact behind a signed link: that contact, the same address in the partner's
 * other audiences and its suppression list — idempotent (a second click changes nothing more).
 */
export async function unsubscribe(db: Db, token: string): Promise<UnsubscribeDto> {
  return withTx(systemCtx(db, 'marketing unsubscribe'), async (c) => {
    const { contact, partnerName } = await contactOfToken(c, token);
    if (contact.consent !== 'unsubscribed') {
      const changed = await c.tx
        .update(marketingContacts)
        .set({ consent: 'unsubscribed', unsubscribedAt: c.now })
        .where(
          and(
            eq(marketingContacts.partnerId, contact.partnerId),
            eq(marketingContacts.email, contact.email),
            eq(marketingContacts.consent, 'subscribed'),
          ),
        )
        .returning({ id: marketingContacts.id });
      await c.tx
        .insert(marketingSuppressions)
        .values({
          partnerId: contact.partnerId,
          email: contact.email,
          reason: 'Unsubscribed from a campaign e-mail',
          createdAt: c.now,
        })
        .onConflictDoNothing();
      await c.tx
        .update(marketingMessages)
        .set({ status: 'skipped', skipReason: 'unsubscribed' })
        .where(
          and(
            eq(marketingMessages.status, 'scheduled'),
            inArray(
              marketingMessages.contactId,
              changed.map((r) => r.id),
            ),
          ),
        );
      await recordChange(c, {
        action: 'update',
        entityType: 'marketing_contact',
        entityId: contact.id,
        partnerId: contact.partnerId,
        before: { consent: contact.consent },
        after: { consent: 'unsubscribed' },
        event: 'marketing_contact.unsubscribed',
        eventData: { audienceId: contact.audienceId },
      });
    }
    return { email: maskEmail(contact.email), partnerName, unsubscribed: true };
  });
}

export type LandingDto = {
  partnerName: string;
  vendorName: string;
  logoUrl: string | null;
  headline: string;
  body: string;
  cta: string;
  open: boolean;
};

async function launchOfToken(c: TxCtx, token: string) {
  const [row] = await c.tx
    .select({ launch: marketingLaunches, partnerName: partners.name })
    .from(marketingLaunches)
    .innerJoin(partners, eq(partners.id, marketingLaunches.partnerId))
    .where(eq(marketingLaunches.landingToken, token));
  if (!row) throw notFound('Page');
  return row;
}

/** A launch's landing page (public): the partner's name and logo merged in; counts the visit. */
export async function landingPage(db: Db, token: string, ip: string): Promise<LandingDto> {
  const counted = (await throttle(db, `visit:${ip}`, VISIT_IP_POLICY)) === 0;
  return withTx(systemCtx(db, 'marketing landing page'), async (c) => {
    const { launch, partnerName } = await launchOfToken(c, token);
    if (counted)
      await c.tx
        .update(marketingLaunches)
        .set({ landingVisits: sql`${marketingLaunches.landingVisits} + 1` })
        .where(eq(marketingLaunches.id, launch.id));
    const settings = await getSettings(c);
    const hasLogo = (await listRecordFiles(c, launch.partnerId, ['partner.logo'])).length > 0;
    const values = { 'partner.name': partnerName, 'vendor.name': settings.vendorName } as const;
    return {
      partnerName,
      vendorName: settings.vendorName,
      logoUrl: hasLogo ? `/api/v1/marketing/landing/${token}/logo` : null,
      headline: mergeLanding(launch.content.landing.headline, values),
      body: mergeLanding(launch.content.landing.body, values),
      cta: mergeLanding(launch.content.landing.cta, values),
      open: launch.status !== 'cancelled',
    };
  });
}

export async function landingLogo(db: Db, token: string): Promise<{ contentType: string; stream: Readable }> {
  const ctx = systemCtx(db, 'marketing landing logo');
  const partnerId = await withTx(ctx, async (c) => (await launchOfToken(c, token)).launch.partnerId);
  const [logo] = await withTx(ctx, (c) => listRecordFiles(c, partnerId, ['partner.logo']));
  if (!logo) throw notFound('Logo');
  const { file, stream } = await openFile(ctx, logo.id);
  return { contentType: file.contentType, stream };
}

/**
 * A form sent from a landing page (public): a lead for the launch's partner (created and assigned
 * to it through the leads module, as the system), the link kept here, `marketing_lead.captured`.
 * A filled-in honeypot or a flood from one address is accepted and dropped (the same 202).
 */
export async function submitLanding(
  db: Db,
  token: string,
  input: { name: string; email: string; company: string; website?: string },
  ip: string,
): Promise<{ accepted: true }> {
  const wait = await throttle(db, `submit:${ip}`, SUBMIT_IP_POLICY);
  if (wait > 0) throw rateLimited('Too many forms were sent from here. Try again later.', wait);
  await withTx(systemCtx(db, 'lead from a campaign landing page'), async (c) => {
    const { launch, partnerName } = await launchOfToken(c, token);
    if (launch.status === 'cancelled') throw notFound('Page');
    if (input.website) return;
    await captureLead(c, launch, partnerName, input);
  });
  return { accepted: true };
}

/**
 * A lead from a launch's landing page, in the caller's transaction (as the system): created and
 * assigned to the launch's partner through the leads module, linked here, `marketing_lead.captured`.
 */
export async function captureLead(
  c: TxCtx,
  launch: MarketingLaunchRow,
  partnerName: string,
  input: { name: string; email: string; company: string },
): Promise<MarketingLeadRow> {
  const [kit] = await c.tx.select({ name: marketingKits.name }).from(marketingKits).where(eq(marketingKits.id, launch.kitId));
  const email = normaliseEmail(input.email);
  const lead = await createLead(
    c,
    {
      company: input.company,
      domain: email.split('@')[1] ?? null,
      contact: { name: input.name, email },
      source: 'marketing',
      qualification: 'mql',
      notes: `Landing page of “${kit?.name ?? launch.name}”, launched by ${partnerName}`,
    },
    { route: false },
  );
  await assignLead(c, lead.id, launch.partnerId, `captured on ${partnerName}’s campaign landing page`).catch((error: unknown) => {
    // A partner that may not receive leads now (compliance) leaves the lead with the vendor.
    if (!(error instanceof AppError)) throw error;
  });
  return insertAudited(
    c,
    marketingLeads,
    {
      partnerId: launch.partnerId,
      launchId: launch.id,
      leadId: lead.id,
      name: input.name,
      email,
      company: input.company,
      createdAt: c.now,
    },
    LEAD_LINK,
    { event: 'marketing_lead.captured', eventData: { leadId: lead.id, launchId: launch.id, kitId: launch.kitId } },
  );
}

/** Marks a running launch completed (nothing left to send), with its event. */
export async function completeLaunch(c: TxCtx, launch: MarketingLaunchRow): Promise<void> {
  await updateAudited(c, marketingLaunches, launch, { status: 'completed', completedAt: c.now, updatedAt: c.now }, LAUNCH, {
    event: 'marketing_launch.completed',
    eventData: { kitId: launch.kitId },
  });
}

// ---------------------------------------------------------------------------------------------
// Figures

export type MarketingSummary = {
  /** The caller's company (null: vendor staff, the whole programme). */
  partnerId: string | null;
  kitsOffered: number;
  launchesRunning: number;
  launches: number;
  sent: number;
  opened: number;
  clicked: number;
  leads: number;
  leads90d: number;
  nextSendAt: Date | null;
};

/** The caller's figures: a partner's own (the portal card), or the whole programme (vendor). */
export async function marketingSummary(ctx: Ctx, q: { partnerId?: string | undefined } = {}): Promise<MarketingSummary> {
  return withTx(ctx, async (c) => {
    // A vendor caller may narrow to one partner it can see (the partner 360's card); a partner sees its own.
    const one = scopeOf(c).kind === 'partner' ? undefined : q.partnerId;
    if (one && !canSeePartner(c, one)) throw notFound('Partner');
    const since = new Date(c.now.getTime() - 90 * 86_400_000);
    const [launches] = await c.tx
      .select({
        launches: sql<number>`count(*)::int`,
        running: sql<number>`(count(*) filter (where ${marketingLaunches.status} = 'running'))::int`,
      })
      .from(marketingLaunches)
      .where(and(partnerFilter(c, marketingLaunches.partnerId), one ? eq(marketingLaunches.partnerId, one) : undefined));
    const [messages] = await c.tx
      .select({
        sent: sql<number>`(count(*) filter (where ${marketingMessages.status} = 'sent'))::int`,
        opened: sql<number>`(count(*) filter (where ${marketingMessages.openedAt} is not null))::int`,
        clicked: sql<number>`(count(*) filter (where ${marketingMessages.clickedAt} is not null))::int`,
        next: sql<string | null>`min(${marketingMessages.dueAt}) filter (where ${marketingMessages.status} = 'scheduled')`,
      })
      .from(marketingMessages)
      .where(and(partnerFilter(c, marketingMessages.partnerId), one ? eq(marketingMessages.partnerId, one) : undefined));
    const [leadRow] = await c.tx
      .select({
        leads: sql<number>`count(*)::int`,
        recent: sql<number>`(count(*) filter (where ${marketingLeads.createdAt} > ${since.toISOString()}::timestamptz))::int`,
      })
      .from(marketingLeads)
      .where(and(partnerFilter(c, marketingLeads.partnerId), one ? eq(marketingLeads.partnerId, one) : undefined));
    const offers = (await listOffers(c)).data.length;
    const scope = scopeOf(c);
    return {
      partnerId: scope.kind === 'partner' ? scope.partnerId : (one ?? null),
      kitsOffered: offers,
      launchesRunning: launches?.running ?? 0,
      launches: launches?.launches ?? 0,
      sent: messages?.sent ?? 0,
      opened: messages?.opened ?? 0,
      clicked: messages?.clicked ?? 0,
      leads: leadRow?.leads ?? 0,
      leads90d: leadRow?.recent ?? 0,
      nextSendAt: messages?.next ? new Date(messages.next) : null,
    };
  });
}

/** Leads captured per partner in the 90 days up to `asOf` (the `marketing.leads_90d` metric). */
export async function leadsInNinetyDays(
  c: TxCtx,
  partnerIds: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, number>> {
  const since = new Date(asOf.getTime() - 90 * 86_400_000);
  const rows = await c.tx
    .select({ partnerId: marketingLeads.partnerId, n: sql<number>`count(*)::int` })
    .from(marketingLeads)
    .where(
      and(
        gte(marketingLeads.createdAt, since),
        lte(marketingLeads.createdAt, asOf),
        partnerIds === 'all' ? undefined : inArray(marketingLeads.partnerId, [...partnerIds]),
      ),
    )
    .groupBy(marketingLeads.partnerId);
  return new Map(rows.map((r) => [r.partnerId, r.n]));
}
