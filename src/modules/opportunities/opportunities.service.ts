import { and, asc, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import { keyset } from '../../db/keyset.js';
import { scopeOf, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { type CoopetitionArea, competingAreas, coopetitionAreas } from '../coopetition/index.js';
import { type CustomerKeys, customerKeys } from '../deal-registrations/index.js';
import {
  activePartnerUsers,
  assertVendorUser,
  type PersonSummary,
  personSummaries,
  visiblePartners,
} from '../directory/index.js';
import { activeUsersWithRole, notify } from '../notifications/index.js';
import { getSettings } from '../settings/index.js';
import { type PropositionLink, type PropositionRef, propositionLink, propositionOf, propositionRefs } from '../value/index.js';
import {
  type CoSellPermissions,
  coSellPermissions,
  mayManageOpportunities,
  type OpportunityPermissions,
  opportunityPermissions,
} from './opportunities.policy.js';
import {
  addRole,
  type CoSellDirection,
  type CoSellStatus,
  coSellDecision,
  formatOpportunityNumber,
  type InvolvementRole,
  isOpen,
  OPEN_STAGES,
  type OpportunityStage,
  redactForPartner,
  type SharedField,
  type SourceKind,
  stageChange,
} from './opportunities.rules.js';
import {
  type AccountRow,
  accounts,
  type CoSellRequestRow,
  coSellRequests,
  type OpportunityPartnerRow,
  type OpportunityRow,
  type OpportunityTouchRow,
  opportunities,
  opportunityPartners,
  opportunityStageChanges,
  opportunityTouches,
} from './opportunities.schema.js';

export const ACCOUNT: AuditedKind<AccountRow> = { entityType: 'account', partnerIdOf: () => null, labelOf: (r) => r.name };
export const OPPORTUNITY: AuditedKind<OpportunityRow> = {
  entityType: 'opportunity',
  partnerIdOf: () => null,
  labelOf: (r) => `${r.number} ${r.title}`,
};
const INVOLVEMENT: AuditedKind<OpportunityPartnerRow> = {
  entityType: 'opportunity_partner',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.roles.join(', '),
};
const TOUCH: AuditedKind<OpportunityTouchRow> = {
  entityType: 'opportunity_touch',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `${r.role} touch`,
};
const CO_SELL: AuditedKind<CoSellRequestRow> = {
  entityType: 'co_sell_request',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.title || r.customerName,
};

const VENDOR_OWNER_ROLES = ['admin', 'partner_manager', 'executive'] as const;

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

function conflict(path: string, message: string): AppError {
  return new AppError('CONFLICT', message, { errors: [{ path, message }] });
}

function viewerPartner(c: Ctx): string | null {
  const scope = scopeOf(c);
  return scope.kind === 'partner' ? scope.partnerId : null;
}

// ---------------------------------------------------------------------------------------------
// Accounts

export type AccountInput = {
  name: string;
  domain?: string | null;
  otherDomains?: string[];
  segment?: string;
  industry?: string;
  country?: string | null;
  ownerId?: string | null;
};

export type AccountDto = {
  id: string;
  name: string;
  domain: string | null;
  otherDomains: string[];
  segment: string;
  industry: string;
  country: string | null;
  owner: PersonSummary | null;
  openOpportunities: number;
  createdAt: Date;
  updatedAt: Date;
  can: { edit: boolean };
};

async function accountDtos(c: TxCtx, rows: readonly AccountRow[]): Promise<AccountDto[]> {
  if (rows.length === 0) return [];
  const people = await personSummaries(
    c,
    rows.map((r) => r.ownerId),
  );
  const counts = await c.tx
    .select({ id: opportunities.accountId, n: sql<number>`count(*)::int` })
    .from(opportunities)
    .where(
      and(
        inArray(
          opportunities.accountId,
          rows.map((r) => r.id),
        ),
        inArray(opportunities.stage, [...OPEN_STAGES]),
      ),
    )
    .groupBy(opportunities.accountId);
  const open = new Map(counts.map((r) => [r.id, Number(r.n)]));
  const edit = mayManageOpportunities(policyActor(c));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    domain: r.domain,
    otherDomains: r.otherDomains,
    segment: r.segment,
    industry: r.industry,
    country: r.country,
    owner: r.ownerId ? (people.get(r.ownerId) ?? null) : null,
    openOpportunities: open.get(r.id) ?? 0,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    can: { edit },
  }));
}

function keysOrThrow(customer: { name: string; domain?: string | null }, prefix: string): CustomerKeys {
  const keys = customerKeys(customer);
  if (!keys.ok) throw invalidField(keys.path.replace(/^customer/, prefix), keys.message);
  return keys.keys;
}

/** The account for a customer's keys: by normalised domain first, then by normalised name. */
async function findAccountByKeys(c: TxCtx, keys: CustomerKeys): Promise<AccountRow | null> {
  if (keys.domain) {
    const [byDomain] = await c.tx
      .select()
      .from(accounts)
      .where(or(eq(accounts.domainKey, keys.domain), sql`${keys.domain} = any(${accounts.otherDomains})`))
      .orderBy(asc(accounts.createdAt))
      .limit(1);
    if (byDomain) return byDomain;
  }
  const [byName] = await c.tx
    .select()
    .from(accounts)
    .where(eq(accounts.nameKey, keys.name))
    .orderBy(asc(accounts.createdAt))
    .limit(1);
  return byName ?? null;
}

async function insertAccount(c: TxCtx, input: AccountInput, keys: CustomerKeys): Promise<AccountRow> {
  if (input.ownerId) await assertVendorUser(c, input.ownerId, VENDOR_OWNER_ROLES, 'ownerId');
  return insertAudited(
    c,
    accounts,
    {
      name: input.name.trim(),
      domain: input.domain?.trim() || null,
      otherDomains: input.otherDomains ?? [],
      nameKey: keys.name,
      domainKey: keys.domain,
      segment: input.segment?.trim() ?? '',
      industry: input.industry?.trim() ?? '',
      country: input.country ?? null,
      ownerId: input.ownerId ?? null,
      createdAt: c.now,
      updatedAt: c.now,
    },
    { ...ACCOUNT, conflicts: { accounts_domain_key_unique: { path: 'domain', message: 'another account has this domain' } } },
    { event: 'account.created', summary: `Account ${input.name} created` },
  );
}

/** Finds the customer's account by its normalised keys, or creates it (the "customer" form of an opportunity). */
export async function findOrCreateAccount(
  c: TxCtx,
  customer: { name: string; domain?: string | null },
  path = 'customer',
): Promise<AccountRow> {
  const keys = keysOrThrow(customer, path);
  const found = await findAccountByKeys(c, keys);
  if (found) {
    // A new domain of a known company (same name): remembered, so the next lookup finds it by domain.
    if (keys.domain && found.domainKey !== keys.domain && !found.otherDomains.includes(keys.domain)) {
      if (found.domainKey === null)
        return updateAudited(
          c,
          accounts,
          found,
          { domain: customer.domain?.trim(), domainKey: keys.domain, updatedAt: c.now },
          ACCOUNT,
          {
            event: 'account.updated',
            eventData: { domain: customer.domain?.trim() },
          },
        );
      return updateAudited(
        c,
        accounts,
        found,
        { otherDomains: [...found.otherDomains, keys.domain], updatedAt: c.now },
        ACCOUNT,
        {
          event: 'account.updated',
          eventData: { otherDomains: [...found.otherDomains, keys.domain] },
        },
      );
    }
    return found;
  }
  return insertAccount(c, { name: customer.name, domain: customer.domain ?? null }, keys);
}

export async function createAccount(ctx: Ctx, input: AccountInput): Promise<AccountDto> {
  return withTx(ctx, async (c) => {
    if (!mayManageOpportunities(policyActor(c))) throw forbidden('Only an admin or a partner manager creates accounts');
    const keys = keysOrThrow({ name: input.name, domain: input.domain }, '');
    const otherDomains = (input.otherDomains ?? []).map((d, i) => {
      const k = customerKeys({ name: input.name, domain: d });
      if (!k.ok || !k.keys.domain) throw invalidField(`otherDomains.${i}`, 'must be a domain such as acme.com');
      return k.keys.domain;
    });
    if (keys.domain) {
      const [existing] = await c.tx
        .select({ name: accounts.name })
        .from(accounts)
        .where(or(eq(accounts.domainKey, keys.domain), sql`${keys.domain} = any(${accounts.otherDomains})`))
        .limit(1);
      if (existing) throw conflict('domain', `the account ${existing.name} already has this domain`);
    }
    const row = await insertAccount(c, { ...input, otherDomains }, keys);
    const [dto] = await accountDtos(c, [row]);
    return dto as AccountDto;
  });
}

async function loadAccount(c: TxCtx, id: string, lock = false): Promise<AccountRow> {
  if (viewerPartner(c) !== null) throw notFound('Account');
  const query = c.tx.select().from(accounts).where(eq(accounts.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Account');
  return row;
}

export async function getAccount(ctx: Ctx, id: string): Promise<AccountDto> {
  return withTx(ctx, async (c) => {
    const [dto] = await accountDtos(c, [await loadAccount(c, id)]);
    return dto as AccountDto;
  });
}

export async function updateAccount(ctx: Ctx, id: string, patch: Partial<AccountInput>): Promise<AccountDto> {
  return withTx(ctx, async (c) => {
    if (!mayManageOpportunities(policyActor(c))) throw forbidden('Only an admin or a partner manager edits accounts');
    const before = await loadAccount(c, id, true);
    const name = patch.name ?? before.name;
    const domain = patch.domain === undefined ? before.domain : patch.domain;
    const keys = keysOrThrow({ name, domain }, '');
    if (patch.ownerId) await assertVendorUser(c, patch.ownerId, VENDOR_OWNER_ROLES, 'ownerId');
    const set = {
      ...(patch.name !== undefined ? { name: patch.name.trim(), nameKey: keys.name } : {}),
      ...(patch.domain !== undefined ? { domain: patch.domain?.trim() || null, domainKey: keys.domain } : {}),
      ...(patch.segment !== undefined ? { segment: patch.segment.trim() } : {}),
      ...(patch.industry !== undefined ? { industry: patch.industry.trim() } : {}),
      ...(patch.country !== undefined ? { country: patch.country } : {}),
      ...(patch.ownerId !== undefined ? { ownerId: patch.ownerId } : {}),
    };
    const after = await updateAudited(
      c,
      accounts,
      before,
      { ...set, updatedAt: c.now },
      { ...ACCOUNT, conflicts: { accounts_domain_key_unique: { path: 'domain', message: 'another account has this domain' } } },
      { event: 'account.updated', eventData: patch as Record<string, unknown> },
    );
    const [dto] = await accountDtos(c, [after]);
    return dto as AccountDto;
  });
}

export type AccountListQuery = {
  limit: number;
  cursor?: string;
  sort: 'name' | '-name' | 'createdAt' | '-createdAt';
  q?: string;
  segment?: string;
};

export async function listAccounts(ctx: Ctx, query: AccountListQuery): Promise<Page<AccountDto>> {
  return withTx(ctx, async (c) => {
    if (viewerPartner(c) !== null) return { data: [], nextCursor: null };
    const ks = keyset('accounts', query.sort, { name: accounts.name, createdAt: accounts.createdAt }, accounts.id, query.cursor);
    const rows = await c.tx
      .select()
      .from(accounts)
      .where(
        and(
          ks.where,
          query.q
            ? or(ilike(accounts.name, containsPattern(query.q)), ilike(accounts.domain, containsPattern(query.q)))
            : undefined,
          query.segment ? eq(accounts.segment, query.segment) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await accountDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

// ---------------------------------------------------------------------------------------------
// Opportunity DTOs

export type InvolvementDto = { partnerId: string; partnerName: string; roles: InvolvementRole[]; since: Date };
export type TouchDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  role: InvolvementRole;
  occurredAt: Date;
  note: string;
  createdBy: PersonSummary | null;
};
export type StageChangeDto = {
  fromStage: OpportunityStage | null;
  toStage: OpportunityStage;
  changedAt: Date;
  changedBy: PersonSummary | null;
};

export type OpportunityDto = {
  id: string;
  number: string;
  title: string;
  /** Partner view: the caller's company; vendor view: the partner that sourced it, if any. */
  partnerId: string | null;
  account: { id: string; name: string; domain: string | null; segment: string };
  amount: number | null;
  currency: string | null;
  stage: OpportunityStage | null;
  closeDate: IsoDate | null;
  owner: PersonSummary | null;
  products: string[];
  source: { kind: SourceKind; id: string | null };
  sharedFields: SharedField[];
  closedAt: Date | null;
  lostReason: string;
  partners: InvolvementDto[];
  /** The JVP it is sold with; a partner sees only its own partner's. */
  valuePropositionId: string | null;
  valueProposition: PropositionRef | null;
  createdAt: Date;
  updatedAt: Date;
  can: OpportunityPermissions;
};

export type OpportunityDetailDto = OpportunityDto & { touches: TouchDto[]; stageHistory: StageChangeDto[] };

async function toDtos(c: TxCtx, rows: readonly OpportunityRow[]): Promise<OpportunityDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const viewer = viewerPartner(c);
  const accountRows = await c.tx
    .select({ id: accounts.id, name: accounts.name, domain: accounts.domain, segment: accounts.segment })
    .from(accounts)
    .where(inArray(accounts.id, [...new Set(rows.map((r) => r.accountId))]));
  const involvements = await c.tx
    .select()
    .from(opportunityPartners)
    .where(and(inArray(opportunityPartners.opportunityId, ids), viewer ? eq(opportunityPartners.partnerId, viewer) : undefined))
    .orderBy(asc(opportunityPartners.createdAt));
  const accountById = new Map(accountRows.map((a) => [a.id, a]));
  const partners = await visiblePartners(
    c,
    involvements.map((i) => i.partnerId),
  );
  const people = await personSummaries(
    c,
    rows.map((r) => r.ownerId),
  );
  const refs = await propositionRefs(
    c,
    rows.map((r) => r.valuePropositionId),
  );
  const actor = policyActor(c);
  return rows.map((r) => {
    const mine = involvements.filter((i) => i.opportunityId === r.id);
    const jvp = propositionOf(refs, r.valuePropositionId);
    const full: OpportunityDto = {
      id: r.id,
      number: r.number,
      title: r.title,
      partnerId: viewer ?? mine.find((i) => i.sourced)?.partnerId ?? null,
      account: accountById.get(r.accountId) ?? { id: r.accountId, name: '', domain: null, segment: '' },
      amount: r.amount,
      currency: r.currency,
      stage: r.stage,
      closeDate: r.closeDate,
      owner: r.ownerId ? (people.get(r.ownerId) ?? null) : null,
      products: r.products,
      source: { kind: r.sourceKind, id: r.sourceId },
      sharedFields: r.sharedFields,
      closedAt: r.closedAt,
      lostReason: r.lostReason,
      partners: mine.map((i) => ({
        partnerId: i.partnerId,
        partnerName: partners.get(i.partnerId)?.name ?? '',
        roles: i.roles,
        since: i.createdAt,
      })),
      valuePropositionId: jvp?.id ?? null,
      valueProposition: jvp,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      can: opportunityPermissions(actor, r),
    };
    if (!viewer) return full;
    const shown = redactForPartner(
      { ...full, amount: r.amount, currency: r.currency, closeDate: r.closeDate, stage: r.stage as string, owner: full.owner },
      r.sharedFields,
    );
    // A partner sees its own involvement, not how the vendor came by the deal nor why it was lost.
    return {
      ...shown,
      stage: shown.stage as OpportunityStage | null,
      source: { kind: r.sourceKind === 'deal_registration' ? 'deal_registration' : 'direct', id: null },
      lostReason: '',
      closedAt: r.sharedFields.includes('stage') ? r.closedAt : null,
    };
  });
}

async function detailOf(c: TxCtx, row: OpportunityRow): Promise<OpportunityDetailDto> {
  const [dto] = await toDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  const viewer = viewerPartner(c);
  const touchRows = await c.tx
    .select()
    .from(opportunityTouches)
    .where(and(eq(opportunityTouches.opportunityId, row.id), viewer ? eq(opportunityTouches.partnerId, viewer) : undefined))
    .orderBy(desc(opportunityTouches.occurredAt), desc(opportunityTouches.id));
  const history = viewer
    ? []
    : await c.tx
        .select()
        .from(opportunityStageChanges)
        .where(eq(opportunityStageChanges.opportunityId, row.id))
        .orderBy(asc(opportunityStageChanges.changedAt), asc(opportunityStageChanges.id));
  const names = await visiblePartners(
    c,
    touchRows.map((t) => t.partnerId),
  );
  const people = await personSummaries(c, [...touchRows.map((t) => t.createdById), ...history.map((h) => h.changedById)]);
  return {
    ...dto,
    touches: touchRows.map((t) => ({
      id: t.id,
      partnerId: t.partnerId,
      partnerName: names.get(t.partnerId)?.name ?? '',
      role: t.role,
      occurredAt: t.occurredAt,
      note: t.note,
      createdBy: t.createdById ? (people.get(t.createdById) ?? null) : null,
    })),
    stageHistory: history.map((h) => ({
      fromStage: h.fromStage,
      toStage: h.toStage,
      changedAt: h.changedAt,
      changedBy: h.changedById ? (people.get(h.changedById) ?? null) : null,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Coopetition: what a partner is never shown

/** SQL: the opportunity (alias of `opportunities`) touches none of the partner's competing areas. */
function outsideCompetition(areas: readonly CoopetitionArea[]): SQL | undefined {
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  const segments = areas.filter((a) => a.kind === 'segment').map((a) => norm(a.name));
  const products = areas.filter((a) => a.kind === 'product').map((a) => norm(a.name));
  const parts: SQL[] = [];
  if (segments.length > 0)
    parts.push(
      sql`not exists (select 1 from ${accounts} where ${accounts.id} = ${opportunities.accountId} and lower(regexp_replace(trim(${accounts.segment}), '\\s+', ' ', 'g')) = any(${sql.param(segments)}::text[]))`,
    );
  if (products.length > 0)
    parts.push(
      sql`not exists (select 1 from unnest(${opportunities.products}) p where lower(regexp_replace(trim(p), '\\s+', ' ', 'g')) = any(${sql.param(products)}::text[]))`,
    );
  return parts.length ? and(...parts) : undefined;
}

/** The areas where `partnerId` competes that this opportunity touches (empty: it may be shared). */
async function competitionWith(c: TxCtx, partnerId: string, row: OpportunityRow): Promise<CoopetitionArea[]> {
  const areas = await coopetitionAreas(c, partnerId);
  if (areas.length === 0) return [];
  const [account] = await c.tx.select({ segment: accounts.segment }).from(accounts).where(eq(accounts.id, row.accountId));
  return competingAreas(areas, { segments: account?.segment ? [account.segment] : [], products: row.products });
}

function coopetitionRefusal(areas: readonly CoopetitionArea[]): AppError {
  const what = areas.map((a) => `${a.kind.replace('_', ' ')} ${a.name}`).join(', ');
  return new AppError('CONFLICT', `The partner competes with the vendor in ${what}: this opportunity is not shared with it`, {
    errors: [{ path: 'partnerId', message: `competes with the vendor in ${what} (coopetition)` }],
  });
}

// ---------------------------------------------------------------------------------------------
// Loading

/** An opportunity the caller sees, or 404: a partner's people see those their company is involved in, outside its competing areas. */
async function loadOpportunity(c: TxCtx, id: string, lock = false): Promise<OpportunityRow> {
  const viewer = viewerPartner(c);
  let visible: SQL | undefined;
  if (viewer) {
    visible = and(
      sql`exists (select 1 from ${opportunityPartners} where ${opportunityPartners.opportunityId} = ${opportunities.id} and ${opportunityPartners.partnerId} = ${viewer})`,
      outsideCompetition(await coopetitionAreas(c, viewer)),
    );
  }
  const query = c.tx
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.id, id), visible));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Opportunity');
  return row;
}

export async function getOpportunity(ctx: Ctx, id: string): Promise<OpportunityDetailDto> {
  return withTx(ctx, async (c) => detailOf(c, await loadOpportunity(c, id)));
}

// ---------------------------------------------------------------------------------------------
// Create

export type OpportunityInput = {
  title: string;
  customer?: { name: string; domain?: string | null };
  accountId?: string;
  amount: number;
  currency: string;
  stage: OpportunityStage;
  closeDate: IsoDate;
  ownerId?: string | null;
  products?: string[];
  sharedFields?: SharedField[];
  source?: { kind: SourceKind; id?: string | null };
  partner?: { partnerId: string; role: InvolvementRole };
  /** A published JVP of the partner involved at once (`partner`); null: none. */
  valuePropositionId?: string | null | undefined;
};

/** The same advisory locks a deal registration's conflict check takes on a customer's keys. */
async function lockCustomerKeys(c: TxCtx, keys: { domainKey: string | null; nameKey: string }): Promise<void> {
  const lockKeys = [`name:${keys.nameKey}`, ...(keys.domainKey ? [`domain:${keys.domainKey}`] : [])].sort();
  await c.tx.execute(
    sql`SELECT count(pg_advisory_xact_lock(hashtextextended('deal_registration:' || k, 0))) FROM (SELECT unnest(${sql.param(lockKeys)}::text[]) AS k ORDER BY 1) keys`,
  );
}

export async function insertOpportunity(c: TxCtx, input: OpportunityInput, link: PropositionLink = {}): Promise<OpportunityRow> {
  if (input.customer && input.accountId) throw invalidField('accountId', 'give either customer or accountId, not both');
  let account: AccountRow;
  if (input.accountId) {
    const [found] = await c.tx.select().from(accounts).where(eq(accounts.id, input.accountId));
    if (!found) throw invalidField('accountId', 'no such account');
    account = found;
  } else if (input.customer) {
    account = await findOrCreateAccount(c, input.customer);
  } else throw invalidField('customer', 'is required (or accountId)');
  if (input.ownerId) await assertVendorUser(c, input.ownerId, VENDOR_OWNER_ROLES, 'ownerId');
  await lockCustomerKeys(c, account);
  const seq = await c.tx.execute<{ n: string }>(sql`SELECT nextval('opportunity_number_seq')::text AS n`);
  const number = formatOpportunityNumber(BigInt(seq.rows[0]?.n ?? '0'));
  const closes = !isOpen(input.stage);
  const row = await insertAudited(
    c,
    opportunities,
    {
      number,
      title: input.title,
      accountId: account.id,
      amount: input.amount,
      currency: input.currency,
      stage: input.stage,
      closeDate: input.closeDate,
      ownerId: input.ownerId === undefined ? actorUserId(c) : input.ownerId,
      products: [...new Set((input.products ?? []).map((p) => p.trim()).filter(Boolean))],
      sourceKind: input.source?.kind ?? 'direct',
      sourceId: input.source?.id ?? null,
      sharedFields: input.sharedFields ? [...new Set(input.sharedFields)] : undefined,
      closedAt: closes ? c.now : null,
      ...link,
      createdAt: c.now,
      updatedAt: c.now,
    },
    OPPORTUNITY,
    {
      event: 'opportunity.created',
      summary: `${number}: ${input.title} for ${account.name}`,
      eventData: {
        number,
        accountId: account.id,
        amount: input.amount,
        currency: input.currency,
        stage: input.stage,
        closeDate: input.closeDate,
      },
    },
  );
  await c.tx
    .insert(opportunityStageChanges)
    .values({ opportunityId: row.id, fromStage: null, toStage: input.stage, changedAt: c.now, changedById: actorUserId(c) });
  return row;
}

/**
 * Creates an opportunity: the customer by `accountId`, or by name and domain (finds the account
 * by normalised domain or name, or creates it). `partner` involves a partner at once (the lead
 * or registration that brought the deal). The service the POST route uses; the leads module
 * converts a lead with it (`source: {kind: 'lead', id}`).
 */
export async function createOpportunity(ctx: Ctx, input: OpportunityInput): Promise<OpportunityDetailDto> {
  return withTx(ctx, async (c) => {
    if (!mayManageOpportunities(policyActor(c))) throw forbidden('Only an admin or a partner manager creates opportunities');
    // The JVP must be the involved partner's: none involved, none to name.
    const link = await propositionLink(c, null, input.valuePropositionId, input.partner ? [input.partner.partnerId] : []);
    const row = await insertOpportunity(c, input, link);
    if (input.partner)
      await involve(c, row, input.partner.partnerId, input.partner.role, { checkCoopetition: true, path: 'partner.partnerId' });
    return detailOf(c, row);
  });
}

// ---------------------------------------------------------------------------------------------
// Change

export type OpportunityPatch = {
  title?: string;
  amount?: number;
  currency?: string;
  stage?: OpportunityStage;
  closeDate?: IsoDate;
  ownerId?: string | null;
  products?: string[];
  sharedFields?: SharedField[];
  lostReason?: string;
  /** A published JVP of one of the partners involved; null clears it. */
  valuePropositionId?: string | null;
};

export async function updateOpportunity(ctx: Ctx, id: string, patch: OpportunityPatch): Promise<OpportunityDetailDto> {
  return withTx(ctx, async (c) => {
    const before = await loadOpportunity(c, id, true);
    if (!opportunityPermissions(policyActor(c), before).edit)
      throw forbidden('Only an admin or a partner manager changes opportunities');
    return detailOf(c, await changeOpportunity(c, before, patch));
  });
}

/** The change itself (the caller loaded `before` and checked the policy): audited, stage history kept. */
export async function changeOpportunity(c: TxCtx, before: OpportunityRow, patch: OpportunityPatch): Promise<OpportunityRow> {
  const id = before.id;
  {
    if (patch.ownerId) await assertVendorUser(c, patch.ownerId, VENDOR_OWNER_ROLES, 'ownerId');
    let stageMove: { closes: boolean; reopens: boolean } | null = null;
    if (patch.stage !== undefined && patch.stage !== before.stage) {
      const move = stageChange(before.stage, patch.stage);
      if (!move.allowed)
        throw new AppError('INVALID_TRANSITION', `This opportunity ${move.reason}`, {
          errors: [{ path: 'stage', message: move.reason }],
        });
      stageMove = move;
    }
    const involved =
      patch.valuePropositionId == null
        ? []
        : (
            await c.tx
              .select({ id: opportunityPartners.partnerId })
              .from(opportunityPartners)
              .where(eq(opportunityPartners.opportunityId, id))
          ).map((p) => p.id);
    const link = await propositionLink(c, before.valuePropositionId, patch.valuePropositionId, involved);
    const set: Partial<OpportunityRow> = {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.amount !== undefined ? { amount: patch.amount } : {}),
      ...(patch.currency !== undefined ? { currency: patch.currency } : {}),
      ...(patch.closeDate !== undefined ? { closeDate: patch.closeDate } : {}),
      ...(patch.ownerId !== undefined ? { ownerId: patch.ownerId } : {}),
      ...(patch.products !== undefined ? { products: [...new Set(patch.products.map((p) => p.trim()).filter(Boolean))] } : {}),
      ...(patch.sharedFields !== undefined ? { sharedFields: [...new Set(patch.sharedFields)] } : {}),
      ...(patch.lostReason !== undefined ? { lostReason: patch.lostReason } : {}),
      ...(stageMove ? { stage: patch.stage, closedAt: stageMove.closes ? c.now : null } : {}),
      ...link,
    };
    const changed = Object.keys(set).filter(
      (k) => JSON.stringify(set[k as keyof OpportunityRow]) !== JSON.stringify(before[k as keyof OpportunityRow]),
    );
    if (changed.length === 0) return before;
    const after = await updateAudited(c, opportunities, before, { ...set, updatedAt: c.now }, OPPORTUNITY, {
      event: stageMove ? 'opportunity.stage_changed' : 'opportunity.updated',
      summary: stageMove
        ? `${before.number} moved from ${before.stage} to ${patch.stage}`
        : `${before.number} updated: ${changed.join(', ')}`,
      eventData: {
        changed,
        ...(stageMove ? { fromStage: before.stage, toStage: patch.stage } : {}),
        ...Object.fromEntries(changed.map((k) => [k, set[k as keyof OpportunityRow]])),
      },
    });
    if (stageMove)
      await c.tx.insert(opportunityStageChanges).values({
        opportunityId: id,
        fromStage: before.stage,
        toStage: patch.stage as OpportunityStage,
        changedAt: c.now,
        changedById: actorUserId(c),
      });
    // Products now in a partner's competing area: the partner no longer sees it (it is never listed for it).
    return after;
  }
}

// ---------------------------------------------------------------------------------------------
// Involvement and touches

export async function involve(
  c: TxCtx,
  opportunity: OpportunityRow,
  partnerId: string,
  role: InvolvementRole,
  options: { checkCoopetition: boolean; path: string },
): Promise<OpportunityPartnerRow> {
  const id = partnerId.toLowerCase();
  const partner = (await visiblePartners(c, [id])).get(id);
  if (!partner) throw invalidField(options.path, 'no such partner');
  if (options.checkCoopetition) {
    const competing = await competitionWith(c, id, opportunity);
    if (competing.length > 0) throw coopetitionRefusal(competing);
  }
  const existing = await c.tx
    .select()
    .from(opportunityPartners)
    .where(eq(opportunityPartners.opportunityId, opportunity.id))
    .for('update');
  const decision = addRole(existing, id, role);
  if (!decision.ok) throw conflict('role', decision.reason);
  const mine = existing.find((i) => i.partnerId === id);
  const sourced = decision.roles.includes('sourced');
  if (!mine) {
    const row = await insertAudited(
      c,
      opportunityPartners,
      { opportunityId: opportunity.id, partnerId: id, roles: decision.roles, sourced, createdAt: c.now, updatedAt: c.now },
      {
        ...INVOLVEMENT,
        conflicts: {
          opportunity_partners_one_sourced: { path: 'role', message: 'another partner already sourced this opportunity' },
        },
      },
      {
        event: 'opportunity_partner.added',
        summary: `${partner.name} involved in ${opportunity.number} ${opportunity.title} (${role})`,
        eventData: { opportunityId: opportunity.id, roles: decision.roles },
      },
    );
    const people = await activePartnerUsers(c, id, ['partner_admin', 'partner_user']);
    await notify(c, {
      to: people,
      kind: 'opportunities.shared',
      title: `${opportunity.title} is shared with you`,
      body: `The vendor involved your company in ${opportunity.number} as ${role.replace('_', '-')}.`,
      link: `/opportunities/${opportunity.id}`,
      entity: { type: 'opportunity', id: opportunity.id },
      partnerId: id,
    });
    return row;
  }
  if (decision.roles.length === mine.roles.length) return mine;
  return updateAudited(
    c,
    opportunityPartners,
    mine,
    { roles: decision.roles, sourced, updatedAt: c.now },
    {
      ...INVOLVEMENT,
      conflicts: {
        opportunity_partners_one_sourced: { path: 'role', message: 'another partner already sourced this opportunity' },
      },
    },
    {
      event: 'opportunity_partner.roles_changed',
      summary: `${partner.name} on ${opportunity.number}: ${decision.roles.join(', ')}`,
      eventData: { opportunityId: opportunity.id, fromRoles: mine.roles, roles: decision.roles },
    },
  );
}

export type TouchInput = { partnerId: string; role: InvolvementRole; occurredAt: Date; note?: string };

/**
 * Records a partner's dated touch on an opportunity: involves the partner with the role if it was
 * not (one sourcing partner at most; refused with 409 where the partner competes with the vendor).
 */
export async function addTouch(ctx: Ctx, opportunityId: string, input: TouchInput): Promise<OpportunityDetailDto> {
  return withTx(ctx, async (c) => {
    const opportunity = await loadOpportunity(c, opportunityId, true);
    if (!opportunityPermissions(policyActor(c), opportunity).addTouch)
      throw forbidden('Only an admin or a partner manager records touches');
    await recordTouch(c, opportunity, input);
    return detailOf(c, opportunity);
  });
}

/** The touch itself (the caller loaded the opportunity and checked the policy). */
export async function recordTouch(c: TxCtx, opportunity: OpportunityRow, input: TouchInput): Promise<void> {
  const opportunityId = opportunity.id;
  if (input.occurredAt.getTime() > c.now.getTime() + 60_000) throw invalidField('occurredAt', 'must not be in the future');
  await involve(c, opportunity, input.partnerId, input.role, { checkCoopetition: true, path: 'partnerId' });
  await insertAudited(
    c,
    opportunityTouches,
    {
      opportunityId,
      partnerId: input.partnerId.toLowerCase(),
      role: input.role,
      occurredAt: input.occurredAt,
      note: input.note ?? '',
      createdById: actorUserId(c),
      createdAt: c.now,
    },
    TOUCH,
    {
      event: 'opportunity_touch.recorded',
      summary: `${input.role} touch on ${opportunity.number}${input.note ? `: ${input.note}` : ''}`,
      eventData: { opportunityId, role: input.role, occurredAt: input.occurredAt.toISOString() },
    },
  );
}

/**
 * The open opportunities an off-boarding partner is involved in get the partner taking over as
 * co-sell, with a touch saying so (the runbook's transfer item; its policy was checked by the
 * caller). The leaving partner's involvement stays as history; without a partner taking over,
 * they stay with their vendor owners. Those in the new partner's competing areas are kept back.
 */
export async function handOverOpportunities(
  c: TxCtx,
  fromPartnerId: string,
  toPartnerId: string | null,
  why: string,
): Promise<{ open: number; handedOver: number; keptBack: number }> {
  const open = await c.tx
    .select({ opportunity: opportunities })
    .from(opportunities)
    .innerJoin(opportunityPartners, eq(opportunityPartners.opportunityId, opportunities.id))
    .where(and(eq(opportunityPartners.partnerId, fromPartnerId), inArray(opportunities.stage, [...OPEN_STAGES])))
    .orderBy(asc(opportunities.number))
    .for('update', { of: opportunities });
  const result = { open: open.length, handedOver: 0, keptBack: 0 };
  if (!toPartnerId) return result;
  for (const { opportunity } of open) {
    if ((await competitionWith(c, toPartnerId, opportunity)).length > 0) {
      result.keptBack += 1;
      continue;
    }
    await recordTouch(c, opportunity, { partnerId: toPartnerId, role: 'co_sell', occurredAt: c.now, note: why });
    result.handedOver += 1;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Lists

export type OpportunityListQuery = {
  limit: number;
  cursor?: string;
  sort: 'createdAt' | '-createdAt' | 'closeDate' | '-closeDate' | 'amount' | '-amount';
  stage?: OpportunityStage[];
  open?: boolean;
  partnerId?: string[];
  role?: InvolvementRole[];
  accountId?: string;
  ownerId?: string;
  closeFrom?: IsoDate;
  closeTo?: IsoDate;
  direct?: boolean;
  q?: string;
};

export async function listOpportunities(ctx: Ctx, query: OpportunityListQuery): Promise<Page<OpportunityDto>> {
  return withTx(ctx, async (c) => {
    const viewer = viewerPartner(c);
    const ks = keyset(
      'opportunities',
      query.sort,
      { createdAt: opportunities.createdAt, closeDate: opportunities.closeDate, amount: opportunities.amount },
      opportunities.id,
      query.cursor,
    );
    const o = opportunities;
    const p = opportunityPartners;
    const involvedWith = (partnerIds: readonly string[] | null, roles?: readonly string[]) =>
      sql`exists (select 1 from ${p} where ${p.opportunityId} = ${o.id}${partnerIds ? sql` and ${anyId(p.partnerId, partnerIds)}` : sql``}${roles?.length ? sql` and ${p.roles} && ${sql.param([...roles])}::text[]` : sql``})`;
    const conditions: (SQL | undefined)[] = [
      ks.where,
      viewer ? involvedWith([viewer]) : undefined,
      viewer ? outsideCompetition(await coopetitionAreas(c, viewer)) : undefined,
      query.partnerId?.length || query.role?.length
        ? involvedWith(query.partnerId?.length ? query.partnerId : null, query.role)
        : undefined,
      query.stage?.length ? inArray(o.stage, query.stage) : undefined,
      query.open === undefined
        ? undefined
        : query.open
          ? inArray(o.stage, [...OPEN_STAGES])
          : sql`${o.stage} in ('closed_won', 'closed_lost')`,
      query.accountId && !viewer ? eq(o.accountId, query.accountId) : undefined,
      query.ownerId && !viewer ? eq(o.ownerId, query.ownerId) : undefined,
      query.closeFrom ? gte(o.closeDate, query.closeFrom) : undefined,
      query.closeTo ? lte(o.closeDate, query.closeTo) : undefined,
      query.direct === undefined || viewer ? undefined : query.direct ? sql`not ${involvedWith(null)}` : involvedWith(null),
      query.q
        ? or(
            ilike(o.title, containsPattern(query.q)),
            ilike(o.number, containsPattern(query.q)),
            sql`exists (select 1 from ${accounts} where ${accounts.id} = ${o.accountId} and (${accounts.name} ilike ${containsPattern(query.q)} or ${accounts.domain} ilike ${containsPattern(query.q)}))`,
          )
        : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(o)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

// ---------------------------------------------------------------------------------------------
// Co-sell requests

export type CoSellDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  direction: CoSellDirection;
  opportunityId: string | null;
  title: string;
  customer: { name: string; domain: string | null };
  amount: number | null;
  currency: string | null;
  closeDate: IsoDate | null;
  role: InvolvementRole;
  note: string;
  status: CoSellStatus;
  decisionReason: string;
  requestedBy: PersonSummary | null;
  decidedBy: PersonSummary | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  can: CoSellPermissions;
};

async function coSellDtos(c: TxCtx, rows: readonly CoSellRequestRow[]): Promise<CoSellDto[]> {
  if (rows.length === 0) return [];
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const people = await personSummaries(
    c,
    rows.flatMap((r) => [r.requestedById, r.decidedById]),
  );
  const actor = policyActor(c);
  return rows.map((r) => ({
    id: r.id,
    partnerId: r.partnerId,
    partnerName: partners.get(r.partnerId)?.name ?? '',
    direction: r.direction,
    opportunityId: r.status === 'accepted' || r.direction === 'from_vendor' || !viewerPartner(c) ? r.opportunityId : null,
    title: r.title,
    customer: { name: r.customerName, domain: r.customerDomain },
    amount: r.amount,
    currency: r.currency,
    closeDate: r.closeDate,
    role: r.role,
    note: r.note,
    status: r.status,
    decisionReason: r.decisionReason,
    requestedBy: r.requestedById ? (people.get(r.requestedById) ?? null) : null,
    decidedBy: r.decidedById ? (people.get(r.decidedById) ?? null) : null,
    decidedAt: r.decidedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    can: coSellPermissions(actor, r),
  }));
}

async function coSellDto(c: TxCtx, row: CoSellRequestRow): Promise<CoSellDto> {
  const [dto] = await coSellDtos(c, [row]);
  return dto as CoSellDto;
}

export type PartnerCoSellInput = {
  partnerId?: string;
  opportunityId?: string;
  customer?: { name: string; domain?: string | null };
  title?: string;
  amount?: number;
  currency?: string;
  closeDate?: IsoDate;
  role?: InvolvementRole;
  note?: string;
};

async function vendorDeciders(c: TxCtx, partnerId: string): Promise<string[]> {
  const partner = (await visiblePartners(c, [partnerId])).get(partnerId);
  return partner?.ownerId ? [partner.ownerId] : activeUsersWithRole(c, ['admin']);
}

/**
 * A partner asks the vendor to co-sell: a customer deal of its own (customer, title, optional
 * amount and close date), or an opportunity it is already involved in (to add a role). The
 * partner's manager (or the admins) is told.
 */
export async function requestCoSell(ctx: Ctx, input: PartnerCoSellInput): Promise<CoSellDto> {
  return withTx(ctx, async (c) => {
    const actor = policyActor(c);
    if (!isPartnerRole(actor.role) || !actor.partnerId) throw forbidden('A partner’s people ask the vendor to co-sell');
    if (input.partnerId !== undefined && input.partnerId.toLowerCase() !== actor.partnerId)
      throw invalidField('partnerId', 'must be your own company');
    const partnerId = actor.partnerId;
    let title = input.title ?? '';
    let customer = input.customer ?? null;
    if (input.opportunityId) {
      const opportunity = await loadOpportunity(c, input.opportunityId).catch(() => {
        throw invalidField('opportunityId', 'no such opportunity');
      });
      const [account] = await c.tx.select().from(accounts).where(eq(accounts.id, opportunity.accountId));
      title = title || opportunity.title;
      customer = { name: account?.name ?? '', domain: account?.domain ?? null };
    } else {
      if (!customer) throw invalidField('customer', 'is required (or opportunityId)');
      keysOrThrow(customer, 'customer');
      if (!title) throw invalidField('title', 'is required');
    }
    if ((input.amount === undefined) !== (input.currency === undefined))
      throw invalidField(input.amount === undefined ? 'amount' : 'currency', 'amount and currency go together');
    const role = input.role ?? 'co_sell';
    const row = await insertAudited(
      c,
      coSellRequests,
      {
        partnerId,
        direction: 'from_partner',
        opportunityId: input.opportunityId ?? null,
        title,
        customerName: customer?.name ?? '',
        customerDomain: customer?.domain?.trim() || null,
        amount: input.amount ?? null,
        currency: input.currency ?? null,
        closeDate: input.closeDate ?? null,
        role,
        note: input.note ?? '',
        requestedById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      CO_SELL,
      {
        event: 'co_sell_request.requested',
        summary: `Co-sell requested: ${title}`,
        eventData: { direction: 'from_partner', role },
      },
    );
    await notify(c, {
      to: await vendorDeciders(c, partnerId),
      kind: 'opportunities.co_sell_requested',
      title: `A partner asks to co-sell ${title}`,
      body: input.note ?? '',
      link: '/opportunities',
      entity: { type: 'co_sell_request', id: row.id },
      partnerId,
    });
    return coSellDto(c, row);
  });
}

/** The vendor asks a partner to join an opportunity with a role (refused where the partner competes). */
export async function inviteToCoSell(
  ctx: Ctx,
  opportunityId: string,
  input: { partnerId: string; role: InvolvementRole; note?: string },
): Promise<CoSellDto> {
  return withTx(ctx, async (c) => {
    const opportunity = await loadOpportunity(c, opportunityId, true);
    if (!opportunityPermissions(policyActor(c), opportunity).inviteCoSell)
      throw forbidden('Only an admin or a partner manager invites partners');
    const partnerId = input.partnerId.toLowerCase();
    if (!(await visiblePartners(c, [partnerId])).get(partnerId)) throw invalidField('partnerId', 'no such partner');
    const competing = await competitionWith(c, partnerId, opportunity);
    if (competing.length > 0) throw coopetitionRefusal(competing);
    const [already] = await c.tx
      .select({ roles: opportunityPartners.roles })
      .from(opportunityPartners)
      .where(and(eq(opportunityPartners.opportunityId, opportunityId), eq(opportunityPartners.partnerId, partnerId)));
    const check = addRole(
      await c.tx.select().from(opportunityPartners).where(eq(opportunityPartners.opportunityId, opportunityId)),
      partnerId,
      input.role,
    );
    if (!check.ok) throw conflict('role', check.reason);
    if (already?.roles.includes(input.role))
      throw conflict('partnerId', `the partner is already involved as ${input.role.replace('_', '-')}`);
    const [account] = await c.tx.select().from(accounts).where(eq(accounts.id, opportunity.accountId));
    const row = await insertAudited(
      c,
      coSellRequests,
      {
        partnerId,
        direction: 'from_vendor',
        opportunityId,
        title: opportunity.title,
        customerName: account?.name ?? '',
        customerDomain: account?.domain ?? null,
        role: input.role,
        note: input.note ?? '',
        requestedById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      CO_SELL,
      {
        event: 'co_sell_request.requested',
        summary: `Co-sell invitation: ${opportunity.number} ${opportunity.title}`,
        eventData: { direction: 'from_vendor', role: input.role, opportunityId },
      },
    );
    await notify(c, {
      to: await activePartnerUsers(c, partnerId, ['partner_admin', 'partner_user']),
      kind: 'opportunities.co_sell_invited',
      title: `The vendor invites you to co-sell ${opportunity.title}`,
      body: input.note ?? '',
      link: '/opportunities',
      entity: { type: 'co_sell_request', id: row.id },
      partnerId,
    });
    return coSellDto(c, row);
  });
}

async function loadCoSell(c: TxCtx, id: string): Promise<CoSellRequestRow> {
  const viewer = viewerPartner(c);
  const [row] = await c.tx
    .select()
    .from(coSellRequests)
    .where(and(eq(coSellRequests.id, id), viewer ? eq(coSellRequests.partnerId, viewer) : undefined))
    .for('update');
  if (!row) throw notFound('Co-sell request');
  return row;
}

export async function getCoSellRequest(ctx: Ctx, id: string): Promise<CoSellDto> {
  return withTx(ctx, async (c) => coSellDto(c, await loadCoSell(c, id)));
}

/**
 * The addressee accepts: a partner's ask becomes (or joins) an opportunity with the partner
 * involved in the role it asked for; a vendor's invitation adds the partner's involvement.
 */
export async function acceptCoSell(ctx: Ctx, id: string, input: { opportunityId?: string; note?: string }): Promise<CoSellDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCoSell(c, id);
    const actor = policyActor(c);
    const side = isPartnerRole(actor.role) ? 'partner' : 'vendor';
    if (!coSellPermissions(actor, before).accept) {
      const d = coSellDecision(before, side);
      if (!d.allowed && before.status === 'requested') throw forbidden(`This request ${d.reason}`);
      throw new AppError('INVALID_TRANSITION', `This request ${d.allowed ? 'cannot be accepted' : d.reason}`, {
        errors: [{ path: 'status', message: d.allowed ? 'cannot be accepted' : d.reason }],
      });
    }
    let opportunityId = before.opportunityId;
    if (before.direction === 'from_partner') {
      let opportunity: OpportunityRow;
      const target = input.opportunityId ?? before.opportunityId;
      if (target) {
        opportunity = await loadOpportunity(c, target, true).catch(() => {
          throw invalidField('opportunityId', 'no such opportunity');
        });
      } else {
        opportunity = await insertOpportunity(c, {
          title: before.title,
          customer: { name: before.customerName, domain: before.customerDomain },
          amount: before.amount ?? 0,
          currency: before.currency ?? (await getSettings(c)).reportingCurrency,
          stage: 'qualification',
          closeDate: before.closeDate ?? (await todayOf(c)),
          source: { kind: 'direct' },
        });
      }
      await involve(c, opportunity, before.partnerId, before.role, { checkCoopetition: true, path: 'partnerId' });
      opportunityId = opportunity.id;
    } else {
      // The partner's own involvement row (its scope may write it); then the opportunity is visible to it.
      const [opp] = await c.tx
        .select()
        .from(opportunities)
        .where(eq(opportunities.id, before.opportunityId as string));
      if (!opp) {
        // Not yet visible in a partner scope: involve first, then read it.
        const existing = await c.tx
          .select()
          .from(opportunityPartners)
          .where(
            and(
              eq(opportunityPartners.opportunityId, before.opportunityId as string),
              eq(opportunityPartners.partnerId, before.partnerId),
            ),
          );
        const decision = addRole(existing, before.partnerId, before.role);
        if (!decision.ok) throw conflict('role', decision.reason);
        await insertAudited(
          c,
          opportunityPartners,
          {
            opportunityId: before.opportunityId as string,
            partnerId: before.partnerId,
            roles: decision.roles,
            sourced: decision.roles.includes('sourced'),
            createdAt: c.now,
            updatedAt: c.now,
          },
          {
            ...INVOLVEMENT,
            conflicts: {
              opportunity_partners_one_sourced: { path: 'role', message: 'another partner already sourced this opportunity' },
            },
          },
          {
            event: 'opportunity_partner.added',
            summary: `Joined by invitation (${before.role})`,
            eventData: { opportunityId: before.opportunityId, roles: decision.roles },
          },
        );
        const visible = await loadOpportunity(c, before.opportunityId as string).catch(() => null);
        if (!visible)
          throw new AppError('CONFLICT', 'This opportunity can no longer be shared with your company', {
            errors: [{ path: 'opportunityId', message: 'is no longer shared' }],
          });
      } else {
        await involve(c, opp, before.partnerId, before.role, { checkCoopetition: true, path: 'partnerId' });
      }
    }
    const after = await updateAudited(
      c,
      coSellRequests,
      before,
      {
        status: 'accepted',
        opportunityId,
        decisionReason: input.note ?? '',
        decidedById: actorUserId(c),
        decidedAt: c.now,
        updatedAt: c.now,
      },
      CO_SELL,
      {
        event: 'co_sell_request.accepted',
        summary: `Co-sell accepted: ${before.title}`,
        eventData: { opportunityId, fromStatus: 'requested', toStatus: 'accepted' },
      },
    );
    await tellRequester(c, after, 'accepted');
    return coSellDto(c, after);
  });
}

export async function declineCoSell(ctx: Ctx, id: string, reason: string): Promise<CoSellDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCoSell(c, id);
    const actor = policyActor(c);
    if (!coSellPermissions(actor, before).decline) {
      const d = coSellDecision(before, isPartnerRole(actor.role) ? 'partner' : 'vendor');
      if (!d.allowed && before.status === 'requested') throw forbidden(`This request ${d.reason}`);
      throw new AppError('INVALID_TRANSITION', `This request ${d.allowed ? 'cannot be declined' : d.reason}`, {
        errors: [{ path: 'status', message: d.allowed ? 'cannot be declined' : d.reason }],
      });
    }
    const after = await updateAudited(
      c,
      coSellRequests,
      before,
      { status: 'declined', decisionReason: reason, decidedById: actorUserId(c), decidedAt: c.now, updatedAt: c.now },
      CO_SELL,
      {
        event: 'co_sell_request.declined',
        summary: `Co-sell declined: ${reason}`,
        eventData: { reason, fromStatus: 'requested', toStatus: 'declined' },
      },
    );
    await tellRequester(c, after, 'declined');
    return coSellDto(c, after);
  });
}

async function tellRequester(c: TxCtx, row: CoSellRequestRow, outcome: 'accepted' | 'declined'): Promise<void> {
  const body = row.decisionReason;
  if (row.direction === 'from_partner') {
    await notify(c, {
      to: await activePartnerUsers(c, row.partnerId, ['partner_admin', 'partner_user']),
      kind: 'opportunities.co_sell_invited',
      title: `Your co-sell request ${row.title} is ${outcome}`,
      body,
      link: '/opportunities',
      entity: { type: 'co_sell_request', id: row.id },
      partnerId: row.partnerId,
    });
  } else {
    await notify(c, {
      to: row.requestedById ? [row.requestedById] : await vendorDeciders(c, row.partnerId),
      kind: 'opportunities.co_sell_requested',
      title: `Your co-sell invitation ${row.title} was ${outcome}`,
      body,
      link: row.opportunityId ? `/opportunities/${row.opportunityId}` : '/opportunities',
      entity: { type: 'co_sell_request', id: row.id },
      partnerId: row.partnerId,
    });
  }
}

export type CoSellListQuery = {
  limit: number;
  cursor?: string;
  sort: 'createdAt' | '-createdAt';
  status?: CoSellStatus[];
  direction?: CoSellDirection;
  partnerId?: string[];
  opportunityId?: string;
};

export async function listCoSellRequests(ctx: Ctx, query: CoSellListQuery): Promise<Page<CoSellDto>> {
  return withTx(ctx, async (c) => {
    const viewer = viewerPartner(c);
    const t = coSellRequests;
    const ks = keyset('co-sell-requests', query.sort, { createdAt: t.createdAt }, t.id, query.cursor);
    const rows = await c.tx
      .select()
      .from(t)
      .where(
        and(
          ks.where,
          viewer ? eq(t.partnerId, viewer) : undefined,
          query.status?.length ? inArray(t.status, query.status) : undefined,
          query.direction ? eq(t.direction, query.direction) : undefined,
          query.partnerId?.length ? inArray(t.partnerId, query.partnerId) : undefined,
          query.opportunityId ? eq(t.opportunityId, query.opportunityId) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await coSellDtos(c, page.data), nextCursor: page.nextCursor };
  });
}
