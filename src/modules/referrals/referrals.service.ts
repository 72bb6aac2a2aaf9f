import { createHash, randomBytes } from 'node:crypto';
import { type AnyColumn, and, eq, gte, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { keyset } from '../../db/keyset.js';
import { loadScoped, loadSingleton } from '../../db/load.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { type CountPolicy, rateLimited, throttle as throttleKey } from '../../server/throttle.js';
import { actorUserId, type Ctx, policyActor, systemCtx, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { visiblePartners } from '../directory/index.js';
import { activeUsersWithRole, notify } from '../notifications/index.js';
import { currentCommercialModels } from '../programs/index.js';
import {
  mayApproveCommissions,
  mayEditReferralSettings,
  mayManageLinksFor,
  maySubmitFor,
  type ReferralCommissionPermissions,
  type ReferralLinkPermissions,
  referralCommissionPermissions,
  referralLinkPermissions,
} from './referrals.policy.js';
import {
  attribute,
  type CommissionStatus,
  type ConversionKind,
  checkDestination,
  commissionMove,
  commissionOf,
  commissionRate,
  destinationWithToken,
  isValidCode,
  keepsCookie,
  type LeadOutcome,
  normaliseDomain,
  type SubmissionStatus,
  submissionStatusAfter,
} from './referrals.rules.js';
import {
  type ReferralCommissionRow,
  type ReferralConversionRow,
  type ReferralLinkRow,
  type ReferralSettingsRow,
  type ReferralSubmissionRow,
  referralClicks,
  referralCommissions,
  referralConversions,
  referralLinks,
  referralSettings,
  referralSubmissions,
  referralThrottle,
} from './referrals.schema.js';

const LINK: AuditedKind<ReferralLinkRow> = {
  entityType: 'referral_link',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.code,
  conflicts: { referral_links_code_unique: { path: 'code', message: 'is taken: choose another code' } },
};
const CONVERSION: AuditedKind<ReferralConversionRow> = {
  entityType: 'referral',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `${r.kind === 'signup' ? 'Sign-up' : 'Customer'} ${r.customerDomain ?? r.customerRef}`,
};
const COMMISSION: AuditedKind<ReferralCommissionRow> = {
  entityType: 'referral_commission',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `Commission on ${r.customerRef}`,
};
const SUBMISSION: AuditedKind<ReferralSubmissionRow> = {
  entityType: 'referral_submission',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.companyName,
};
const SETTINGS: AuditedKind<ReferralSettingsRow> = {
  entityType: 'referral_settings',
  partnerIdOf: () => null,
  labelOf: () => 'Referral settings',
};

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

// ---------------------------------------------------------------------------------------------
// Settings

function loadSettings(c: TxCtx): Promise<ReferralSettingsRow> {
  return loadSingleton(c, referralSettings);
}

export type ReferralSettingsDto = {
  cookieDays: number;
  allowedDomains: string[];
  trackingKeyHint: string | null;
  can: { edit: boolean };
};

function settingsDto(c: TxCtx, row: ReferralSettingsRow): ReferralSettingsDto {
  return {
    cookieDays: row.cookieDays,
    allowedDomains: row.allowedDomains,
    trackingKeyHint: row.trackingKeyHint,
    can: { edit: mayEditReferralSettings(policyActor(c)) },
  };
}

export async function getReferralSettings(ctx: Ctx): Promise<ReferralSettingsDto> {
  return withTx(ctx, async (c) => settingsDto(c, await loadSettings(c)));
}

export async function updateReferralSettings(
  ctx: Ctx,
  patch: { cookieDays?: number | undefined; allowedDomains?: string[] | undefined },
): Promise<ReferralSettingsDto> {
  return withTx(ctx, async (c) => {
    if (!mayEditReferralSettings(policyActor(c))) throw forbidden('Only an admin changes the referral settings');
    const before = await loadSettings(c);
    const set: Partial<ReferralSettingsRow> = { updatedAt: c.now };
    if (patch.cookieDays !== undefined) set.cookieDays = patch.cookieDays;
    if (patch.allowedDomains !== undefined) {
      const domains: string[] = [];
      for (const [i, d] of patch.allowedDomains.entries()) {
        const n = normaliseDomain(d);
        if (!n) throw invalidField(`allowedDomains.${i}`, 'must be a domain such as example.com');
        if (!domains.includes(n)) domains.push(n);
      }
      set.allowedDomains = domains;
    }
    const after = await updateAudited(c, referralSettings, before, set, SETTINGS, { summary: 'Updated referral settings' });
    return settingsDto(c, after);
  });
}

/** A new tracking key (the old one stops working at once); answered once, kept as a hash. */
export async function rotateTrackingKey(ctx: Ctx): Promise<{ key: string; settings: ReferralSettingsDto }> {
  return withTx(ctx, async (c) => {
    if (!mayEditReferralSettings(policyActor(c))) throw forbidden('Only an admin makes a tracking key');
    const before = await loadSettings(c);
    const key = `rk_${randomBytes(24).toString('base64url')}`;
    const after = await updateAudited(
      c,
      referralSettings,
      before,
      { trackingKeyHash: sha256(key), trackingKeyHint: key.slice(-4), updatedAt: c.now },
      SETTINGS,
      { summary: 'Made a new referral tracking key', event: 'referral_settings.key_rotated' },
    );
    return { key, settings: settingsDto(c, after) };
  });
}

// ---------------------------------------------------------------------------------------------
// Links

export type ReferralLinkDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  code: string;
  url: string;
  destinationUrl: string;
  label: string;
  active: boolean;
  clicks: number;
  createdAt: Date;
  can: ReferralLinkPermissions;
};

export function shortUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/r/${encodeURIComponent(code)}`;
}

async function linkDtos(c: TxCtx, rows: ReferralLinkRow[], publicUrl: string): Promise<ReferralLinkDto[]> {
  if (rows.length === 0) return [];
  const names = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const counts = await c.tx
    .select({ linkId: referralClicks.linkId, n: sql<number>`count(*)::int` })
    .from(referralClicks)
    .where(
      inArray(
        referralClicks.linkId,
        rows.map((r) => r.id),
      ),
    )
    .groupBy(referralClicks.linkId);
  const clicks = new Map(counts.map((r) => [r.linkId, Number(r.n)]));
  const actor = policyActor(c);
  return rows.map((r) => ({
    id: r.id,
    partnerId: r.partnerId,
    partnerName: names.get(r.partnerId)?.name ?? '',
    code: r.code,
    url: shortUrl(publicUrl, r.code),
    destinationUrl: r.destinationUrl,
    label: r.label,
    active: r.archivedAt === null,
    clicks: clicks.get(r.id) ?? 0,
    createdAt: r.createdAt,
    can: referralLinkPermissions(actor, r),
  }));
}

export async function listReferralLinks(
  ctx: Ctx,
  q: { partnerId?: string[] | undefined; active?: boolean | undefined; limit: number; cursor?: string | undefined },
  publicUrl: string,
): Promise<Page<ReferralLinkDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('referral-links', '-createdAt', { createdAt: referralLinks.createdAt }, referralLinks.id, q.cursor);
    const where: (SQL | undefined)[] = [partnerFilter(c, referralLinks.partnerId), ks.where];
    if (q.partnerId?.length) where.push(inArray(referralLinks.partnerId, q.partnerId));
    if (q.active === true) where.push(isNull(referralLinks.archivedAt));
    if (q.active === false) where.push(sql`${referralLinks.archivedAt} is not null`);
    const rows = await c.tx
      .select()
      .from(referralLinks)
      .where(and(...where))
      .orderBy(...ks.orderBy)
      .limit(q.limit + 1);
    const page = toPage(rows, q.limit, ks.cursorOf);
    return { data: await linkDtos(c, page.data, publicUrl), nextCursor: page.nextCursor };
  });
}

function callerPartner(c: TxCtx, partnerId: string | undefined): string {
  const scope = scopeOf(c);
  if (scope.kind === 'partner') {
    if (partnerId && partnerId.toLowerCase() !== scope.partnerId) throw invalidField('partnerId', 'must be your own company');
    return scope.partnerId;
  }
  if (!partnerId) throw invalidField('partnerId', 'is required');
  return partnerId;
}

function codeFor(name: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .split(/[\s_-]+/)[0]
      ?.slice(0, 16) ?? '';
  return `${slug.length >= 2 ? slug : 'ref'}-${randomBytes(4).toString('hex').slice(0, 5)}`;
}

export async function createReferralLink(
  ctx: Ctx,
  input: { partnerId?: string | undefined; destinationUrl: string; label?: string | undefined; code?: string | undefined },
  publicUrl: string,
): Promise<ReferralLinkDto> {
  return withTx(ctx, async (c) => {
    const partnerId = callerPartner(c, input.partnerId);
    const partner = await visiblePartners(c, [partnerId]).then((m) => m.get(partnerId.toLowerCase()));
    if (!partner) throw invalidField('partnerId', 'is not a partner you can see');
    if (!mayManageLinksFor(policyActor(c), partner.id)) throw forbidden('You may not make referral links for this partner');
    const settings = await loadSettings(c);
    const check = checkDestination(input.destinationUrl, settings.allowedDomains);
    if (!check.allowed) throw invalidField('destinationUrl', check.reason);
    if (input.code !== undefined && !isValidCode(input.code)) {
      throw invalidField('code', 'must be 3–32 letters, digits, dashes or underscores, starting with a letter or digit');
    }
    const row = await insertAudited(
      c,
      referralLinks,
      {
        partnerId: partner.id,
        code: input.code ?? codeFor(partner.name),
        destinationUrl: check.url,
        label: input.label ?? '',
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      LINK,
    );
    const [dto] = await linkDtos(c, [row], publicUrl);
    return dto as ReferralLinkDto;
  });
}

export async function archiveReferralLink(ctx: Ctx, id: string, publicUrl: string): Promise<ReferralLinkDto> {
  return withTx(ctx, async (c) => {
    const before = await loadScoped(c, referralLinks, id, 'Referral link', { lock: true });
    if (!referralLinkPermissions(policyActor(c), before).archive) {
      if (before.archivedAt) throw new AppError('CONFLICT', 'This link is archived already');
      throw forbidden('You may not archive this link');
    }
    const after = await updateAudited(c, referralLinks, before, { archivedAt: c.now, updatedAt: c.now }, LINK, {
      event: 'referral_link.archived',
    });
    const [dto] = await linkDtos(c, [after], publicUrl);
    return dto as ReferralLinkDto;
  });
}

// ---------------------------------------------------------------------------------------------
// Public tracking

const CLICK_IP_POLICY: CountPolicy = { max: 120, windowMs: 60 * 60_000 };
const TRACK_IP_POLICY: CountPolicy = { max: 600, windowMs: 60 * 60_000 };

/** One more attempt for `key` in its own transaction (refused attempts count too); seconds to wait or 0. */
const throttle = (db: Db, key: string, policy: CountPolicy) =>
  throttleKey(db, referralThrottle, key, policy, 'referral tracking throttle');

export type ClickOutcome = { location: string; token: string; setCookie: boolean; maxAgeSeconds: number };

/**
 * A visit of `/r/{code}`: records the click (unless this address clicked too often this hour: the
 * visitor is still sent on, uncounted) and answers where to send the visitor, with the referral
 * token. A visitor whose cookie names a click still inside the window keeps it (first touch). An
 * unknown or archived code, or a destination no longer allowed, is 404.
 */
export async function trackClick(db: Db, code: string, cookieToken: string | undefined, ip: string): Promise<ClickOutcome> {
  const counted = (await throttle(db, `click:${ip}`, CLICK_IP_POLICY)) === 0;
  return withTx(systemCtx(db, 'referral click'), async (c) => {
    const [link] = await c.tx
      .select()
      .from(referralLinks)
      .where(and(sql`lower(${referralLinks.code}) = lower(${code})`, isNull(referralLinks.archivedAt)));
    if (!link) throw notFound('Referral link');
    const settings = await loadSettings(c);
    const check = checkDestination(link.destinationUrl, settings.allowedDomains);
    if (!check.allowed) throw notFound('Referral link');
    const existing =
      cookieToken && cookieToken.length <= 64
        ? ((await c.tx.select().from(referralClicks).where(eq(referralClicks.token, cookieToken)))[0] ?? null)
        : null;
    const keep = keepsCookie(existing?.occurredAt ?? null, c.now, settings.cookieDays);
    const token = keep && existing ? existing.token : randomBytes(18).toString('base64url');
    if (counted) {
      // The cookie's own click stands for first touch; this visit is counted for its link anyway
      // (with a token of its own that no cookie carries).
      await c.tx.insert(referralClicks).values({
        partnerId: link.partnerId,
        linkId: link.id,
        token: keep ? randomBytes(18).toString('base64url') : token,
        occurredAt: c.now,
      });
    }
    const maxAgeSeconds =
      keep && existing
        ? Math.max(0, Math.floor((existing.occurredAt.getTime() + settings.cookieDays * 86_400_000 - c.now.getTime()) / 1000))
        : settings.cookieDays * 86_400;
    return { location: destinationWithToken(check.url, token), token, setCookie: !keep, maxAgeSeconds };
  });
}

export type TrackInput = {
  key: string;
  ref?: string | undefined;
  code?: string | undefined;
  customer: { id: string; domain?: string | undefined };
  amount?: number | undefined;
  currency?: string | undefined;
  occurredAt?: Date | undefined;
};

/**
 * A sign-up or a first payment reported by the vendor's site. The answer is the same whether or
 * not anybody is credited, so it tells the caller nothing about partners; a wrong key is 422
 * naming `key`. Once per customer and kind (a repeat changes nothing).
 */
export async function trackConversion(db: Db, kind: ConversionKind, input: TrackInput, ip: string): Promise<{ accepted: true }> {
  const wait = await throttle(db, `track:${ip}`, TRACK_IP_POLICY);
  if (wait > 0) {
    throw rateLimited('Too many tracking calls from here. Try again later.', wait);
  }
  const ctx = systemCtx(db, `referral ${kind}`);
  await withTx(ctx, async (c) => {
    const settings = await loadSettings(c);
    if (!settings.trackingKeyHash || sha256(input.key) !== settings.trackingKeyHash) {
      // No field list: the request is well-formed, only the key is not ours (decision 0211).
      throw new AppError('BAD_REQUEST', 'key: is not this organisation’s referral tracking key');
    }
    await recordConversion(c, kind, input, settings.cookieDays);
  });
  return { accepted: true };
}

/** The attribution and its writes, in the caller's (system) transaction; the demo calls it with past dates. */
export async function recordConversion(
  c: TxCtx,
  kind: ConversionKind,
  input: Omit<TrackInput, 'key'>,
  cookieDays: number,
): Promise<ReferralConversionRow | null> {
  const at = input.occurredAt ?? c.now;
  const customerRef = input.customer.id.trim();
  const [already] = await c.tx
    .select({ id: referralConversions.id })
    .from(referralConversions)
    .where(and(eq(referralConversions.kind, kind), eq(referralConversions.customerRef, customerRef)));
  if (already) return null;
  const [earlier] = await c.tx
    .select()
    .from(referralConversions)
    .where(eq(referralConversions.customerRef, customerRef))
    .orderBy(referralConversions.occurredAt)
    .limit(1);
  const [click] = input.ref ? await c.tx.select().from(referralClicks).where(eq(referralClicks.token, input.ref)) : [];
  const [codeLink] = input.code
    ? await c.tx
        .select()
        .from(referralLinks)
        .where(and(sql`lower(${referralLinks.code}) = lower(${input.code})`, isNull(referralLinks.archivedAt)))
    : [];
  const result = attribute({
    now: at,
    windowDays: cookieDays,
    earlier: earlier ? { partnerId: earlier.partnerId, linkId: earlier.linkId, clickId: earlier.clickId } : null,
    click: click ? { partnerId: click.partnerId, linkId: click.linkId, clickId: click.id, at: click.occurredAt } : null,
    code: codeLink ? { partnerId: codeLink.partnerId, linkId: codeLink.id } : null,
  });
  if (!result.attributed) return null;
  const domain = input.customer.domain ? normaliseDomain(input.customer.domain) : null;
  const row = await insertAudited(
    c,
    referralConversions,
    {
      partnerId: result.partnerId,
      linkId: result.linkId,
      clickId: result.clickId,
      kind,
      customerRef,
      customerDomain: domain,
      amount: kind === 'customer' ? (input.amount ?? null) : null,
      currency: kind === 'customer' ? (input.currency ?? null) : null,
      via: result.via,
      occurredAt: at,
      createdAt: at,
    },
    CONVERSION,
    {
      event: kind === 'signup' ? 'referral.signed_up' : 'referral.converted',
      eventData: { kind, via: result.via, customerDomain: domain, linkId: result.linkId },
    },
  );
  if (kind === 'customer' && input.amount !== undefined && input.currency) {
    const models = (await currentCommercialModels(c, [row.partnerId])).get(row.partnerId) ?? [];
    const rate = commissionRate(models);
    if (rate !== null) {
      await insertAudited(
        c,
        referralCommissions,
        {
          partnerId: row.partnerId,
          conversionId: row.id,
          customerRef,
          baseAmount: input.amount,
          ratePercent: rate,
          amount: commissionOf(input.amount, rate),
          currency: input.currency,
          status: 'accrued',
          accruedAt: at,
          createdAt: at,
          updatedAt: at,
        },
        COMMISSION,
        { event: 'referral_commission.accrued' },
      );
    }
  }
  return row;
}

export async function referralCookieDays(c: TxCtx): Promise<number> {
  return (await loadSettings(c)).cookieDays;
}

// ---------------------------------------------------------------------------------------------
// Figures

export type ReferralPartnerFigures = {
  partnerId: string;
  partnerName: string;
  links: number;
  clicks: number;
  clicks90d: number;
  signups: number;
  customers: number;
  commissions: { amount: number; currency: string }[];
};
export type ReferralMonth = { month: string; clicks: number; signups: number; customers: number };
export type ReferralSummary = { partners: ReferralPartnerFigures[]; months: ReferralMonth[] };

/**
 * Per partner (the caller's visible ones, or those named): links, clicks (all and last 90 days),
 * sign-ups, customers and commissions per currency; and the last twelve months, set-based.
 */
export async function referralSummary(ctx: Ctx, q: { partnerId?: string[] | undefined }): Promise<ReferralSummary> {
  return withTx(ctx, async (c) => {
    const scope = scopeOf(c);
    const wanted = scope.kind === 'partner' ? [scope.partnerId] : (q.partnerId ?? null);
    const since90 = new Date(c.now.getTime() - 90 * 86_400_000);
    const since12m = new Date(Date.UTC(c.now.getUTCFullYear(), c.now.getUTCMonth() - 11, 1));
    const pf = (col: AnyColumn) => (wanted ? inArray(col, wanted) : undefined);
    const links = await c.tx
      .select({ partnerId: referralLinks.partnerId, n: sql<number>`count(*)::int` })
      .from(referralLinks)
      .where(and(partnerFilter(c, referralLinks.partnerId), pf(referralLinks.partnerId)))
      .groupBy(referralLinks.partnerId);
    const clicks = await c.tx
      .select({
        partnerId: referralClicks.partnerId,
        n: sql<number>`count(*)::int`,
        n90: sql<number>`(count(*) filter (where ${referralClicks.occurredAt} >= ${since90}))::int`,
      })
      .from(referralClicks)
      .where(and(partnerFilter(c, referralClicks.partnerId), pf(referralClicks.partnerId)))
      .groupBy(referralClicks.partnerId);
    const conversions = await c.tx
      .select({
        partnerId: referralConversions.partnerId,
        signups: sql<number>`(count(*) filter (where ${referralConversions.kind} = 'signup'))::int`,
        customers: sql<number>`(count(*) filter (where ${referralConversions.kind} = 'customer'))::int`,
      })
      .from(referralConversions)
      .where(and(partnerFilter(c, referralConversions.partnerId), pf(referralConversions.partnerId)))
      .groupBy(referralConversions.partnerId);
    const commissions = await c.tx
      .select({
        partnerId: referralCommissions.partnerId,
        currency: referralCommissions.currency,
        amount: sql<string>`sum(${referralCommissions.amount})::text`,
      })
      .from(referralCommissions)
      .where(and(partnerFilter(c, referralCommissions.partnerId), pf(referralCommissions.partnerId)))
      .groupBy(referralCommissions.partnerId, referralCommissions.currency);
    const monthOf = (col: unknown) => sql<string>`to_char(date_trunc('month', ${col} at time zone 'UTC'), 'YYYY-MM')`;
    const clickMonths = await c.tx
      .select({ month: monthOf(referralClicks.occurredAt), n: sql<number>`count(*)::int` })
      .from(referralClicks)
      .where(
        and(partnerFilter(c, referralClicks.partnerId), pf(referralClicks.partnerId), gte(referralClicks.occurredAt, since12m)),
      )
      .groupBy(sql`1`);
    const convMonths = await c.tx
      .select({
        month: monthOf(referralConversions.occurredAt),
        signups: sql<number>`(count(*) filter (where ${referralConversions.kind} = 'signup'))::int`,
        customers: sql<number>`(count(*) filter (where ${referralConversions.kind} = 'customer'))::int`,
      })
      .from(referralConversions)
      .where(
        and(
          partnerFilter(c, referralConversions.partnerId),
          pf(referralConversions.partnerId),
          gte(referralConversions.occurredAt, since12m),
        ),
      )
      .groupBy(sql`1`);
    const ids = new Set([...links, ...clicks, ...conversions, ...commissions].map((r) => r.partnerId));
    const names = await visiblePartners(c, [...ids]);
    const byId = <T extends { partnerId: string }>(rows: T[]) => new Map(rows.map((r) => [r.partnerId, r]));
    const l = byId(links);
    const k = byId(clicks);
    const v = byId(conversions);
    const partners: ReferralPartnerFigures[] = [...ids]
      .filter((id) => names.has(id))
      .map((id) => ({
        partnerId: id,
        partnerName: names.get(id)?.name ?? '',
        links: Number(l.get(id)?.n ?? 0),
        clicks: Number(k.get(id)?.n ?? 0),
        clicks90d: Number(k.get(id)?.n90 ?? 0),
        signups: Number(v.get(id)?.signups ?? 0),
        customers: Number(v.get(id)?.customers ?? 0),
        commissions: commissions
          .filter((r) => r.partnerId === id)
          .map((r) => ({ amount: Number(r.amount), currency: r.currency }))
          .sort((a, b) => a.currency.localeCompare(b.currency)),
      }))
      .sort((a, b) => b.clicks - a.clicks || a.partnerName.localeCompare(b.partnerName));
    const months: ReferralMonth[] = [];
    for (let i = 0; i < 12; i++) {
      const d = new Date(Date.UTC(since12m.getUTCFullYear(), since12m.getUTCMonth() + i, 1));
      const month = d.toISOString().slice(0, 7);
      const cm = clickMonths.find((r) => r.month === month);
      const vm = convMonths.find((r) => r.month === month);
      months.push({
        month,
        clicks: Number(cm?.n ?? 0),
        signups: Number(vm?.signups ?? 0),
        customers: Number(vm?.customers ?? 0),
      });
    }
    return { partners, months };
  });
}

// ---------------------------------------------------------------------------------------------
// Conversions and commissions

export type ReferralConversionDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  kind: ConversionKind;
  customerRef: string;
  customerDomain: string | null;
  amount: { amount: number; currency: string } | null;
  via: string;
  linkCode: string | null;
  occurredAt: Date;
};

export async function listReferralConversions(
  ctx: Ctx,
  q: { partnerId?: string[] | undefined; kind?: ConversionKind[] | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<ReferralConversionDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'referral-conversions',
      '-occurredAt',
      { occurredAt: referralConversions.occurredAt },
      referralConversions.id,
      q.cursor,
    );
    const rows = await c.tx
      .select({ row: referralConversions, code: referralLinks.code })
      .from(referralConversions)
      .leftJoin(referralLinks, eq(referralLinks.id, referralConversions.linkId))
      .where(
        and(
          partnerFilter(c, referralConversions.partnerId),
          ks.where,
          q.partnerId?.length ? inArray(referralConversions.partnerId, q.partnerId) : undefined,
          q.kind?.length ? inArray(referralConversions.kind, q.kind) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(q.limit + 1);
    const page = toPage(
      rows.map((r) => ({ ...r.row, code: r.code })),
      q.limit,
      ks.cursorOf,
    );
    const names = await visiblePartners(
      c,
      page.data.map((r) => r.partnerId),
    );
    return {
      data: page.data.map((r) => ({
        id: r.id,
        partnerId: r.partnerId,
        partnerName: names.get(r.partnerId)?.name ?? '',
        kind: r.kind,
        customerRef: r.customerRef,
        customerDomain: r.customerDomain,
        amount: r.amount !== null && r.currency ? { amount: r.amount, currency: r.currency } : null,
        via: r.via,
        linkCode: r.code,
        occurredAt: r.occurredAt,
      })),
      nextCursor: page.nextCursor,
    };
  });
}

export type ReferralCommissionDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  customerRef: string;
  base: { amount: number; currency: string };
  ratePercent: number;
  commission: { amount: number; currency: string };
  status: CommissionStatus;
  accruedAt: Date;
  approvedAt: Date | null;
  can: ReferralCommissionPermissions;
};

async function commissionDtos(c: TxCtx, rows: ReferralCommissionRow[]): Promise<ReferralCommissionDto[]> {
  const names = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const actor = policyActor(c);
  return rows.map((r) => ({
    id: r.id,
    partnerId: r.partnerId,
    partnerName: names.get(r.partnerId)?.name ?? '',
    customerRef: r.customerRef,
    base: { amount: r.baseAmount, currency: r.currency },
    ratePercent: Number(r.ratePercent),
    commission: { amount: r.amount, currency: r.currency },
    status: r.status,
    accruedAt: r.accruedAt,
    approvedAt: r.approvedAt,
    can: referralCommissionPermissions(actor, r),
  }));
}

export async function listReferralCommissions(
  ctx: Ctx,
  q: { partnerId?: string[] | undefined; status?: CommissionStatus[] | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<ReferralCommissionDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'referral-commissions',
      '-accruedAt',
      { accruedAt: referralCommissions.accruedAt },
      referralCommissions.id,
      q.cursor,
    );
    const rows = await c.tx
      .select()
      .from(referralCommissions)
      .where(
        and(
          partnerFilter(c, referralCommissions.partnerId),
          ks.where,
          q.partnerId?.length ? inArray(referralCommissions.partnerId, q.partnerId) : undefined,
          q.status?.length ? inArray(referralCommissions.status, q.status) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(q.limit + 1);
    const page = toPage(rows, q.limit, ks.cursorOf);
    return { data: await commissionDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

/**
 * Finance approves an accrued commission. Its event carries the amounts: the incentives module
 * accrues it in the earnings ledger, and a payout batch pays it (decision 0186).
 */
export async function approveReferralCommission(ctx: Ctx, id: string): Promise<ReferralCommissionDto> {
  return withTx(ctx, async (c) => {
    const before = await loadScoped(c, referralCommissions, id, 'Referral commission', { lock: true });
    if (!mayApproveCommissions(policyActor(c))) throw forbidden('Only finance or an admin approves commissions');
    const move = commissionMove(before.status, 'approved');
    if (!move.allowed) throw new AppError('CONFLICT', move.reason, { errors: [{ path: 'status', message: move.reason }] });
    const after = await updateAudited(
      c,
      referralCommissions,
      before,
      { status: 'approved', approvedAt: c.now, approvedById: actorUserId(c), updatedAt: c.now },
      COMMISSION,
      {
        event: 'referral_commission.approved',
        eventData: {
          amount: before.amount,
          currency: before.currency,
          baseAmount: before.baseAmount,
          customerRef: before.customerRef,
        },
      },
    );
    const [dto] = await commissionDtos(c, [after]);
    return dto as ReferralCommissionDto;
  });
}

/**
 * A payout batch paid these commissions (`payout_batch.paid` names them): each approved one
 * becomes paid, once. The only way a commission is paid: there is no second payment path.
 */
export async function settleCommissionsPaid(ctx: Ctx, ids: readonly string[], batch: string): Promise<number> {
  if (ids.length === 0) return 0;
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(referralCommissions)
      .where(and(inArray(referralCommissions.id, [...ids]), eq(referralCommissions.status, 'approved')))
      .for('update');
    for (const before of rows)
      await updateAudited(c, referralCommissions, before, { status: 'paid', updatedAt: c.now }, COMMISSION, {
        event: 'referral_commission.paid',
        summary: `Commission on ${before.customerRef} paid in payout batch ${batch}`,
        eventData: { batch },
      });
    return rows.length;
  });
}

// ---------------------------------------------------------------------------------------------
// Submitted referrals

export type ReferralSubmissionDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  companyName: string;
  domain: string | null;
  contactName: string;
  contactEmail: string;
  note: string;
  status: SubmissionStatus;
  /** The lead it became, once the leads module made it. */
  leadId: string | null;
  submittedAt: Date;
};

async function submissionDtos(c: TxCtx, rows: ReferralSubmissionRow[]): Promise<ReferralSubmissionDto[]> {
  const names = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  return rows.map((r) => ({
    id: r.id,
    partnerId: r.partnerId,
    partnerName: names.get(r.partnerId)?.name ?? '',
    companyName: r.companyName,
    domain: r.domain,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    note: r.note,
    status: r.status,
    leadId: r.leadId,
    submittedAt: r.submittedAt,
  }));
}

export async function listReferralSubmissions(
  ctx: Ctx,
  q: { partnerId?: string[] | undefined; status?: SubmissionStatus[] | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<ReferralSubmissionDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'referral-submissions',
      '-submittedAt',
      { submittedAt: referralSubmissions.submittedAt },
      referralSubmissions.id,
      q.cursor,
    );
    const rows = await c.tx
      .select()
      .from(referralSubmissions)
      .where(
        and(
          partnerFilter(c, referralSubmissions.partnerId),
          ks.where,
          q.partnerId?.length ? inArray(referralSubmissions.partnerId, q.partnerId) : undefined,
          q.status?.length ? inArray(referralSubmissions.status, q.status) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(q.limit + 1);
    const page = toPage(rows, q.limit, ks.cursorOf);
    return { data: await submissionDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

/**
 * A partner introduces a customer: kept with status `submitted` and announced as
 * `referral_submission.submitted` (the leads module turns it into a lead); the partner's manager is told.
 */
export async function submitReferral(
  ctx: Ctx,
  input: {
    partnerId?: string | undefined;
    companyName: string;
    domain?: string | undefined;
    contactName?: string | undefined;
    contactEmail?: string | undefined;
    note?: string | undefined;
  },
): Promise<ReferralSubmissionDto> {
  return withTx(ctx, async (c) => {
    const partnerId = callerPartner(c, input.partnerId);
    const partner = await visiblePartners(c, [partnerId]).then((m) => m.get(partnerId.toLowerCase()));
    if (!partner) throw invalidField('partnerId', 'is not a partner you can see');
    if (!maySubmitFor(policyActor(c), partner.id)) throw forbidden('You may not submit referrals for this partner');
    let domain: string | null = null;
    if (input.domain) {
      domain = normaliseDomain(input.domain.replace(/^https?:\/\//i, '').split('/')[0] ?? '');
      if (!domain) throw invalidField('domain', 'must be a domain such as example.com');
    }
    const row = await insertAudited(
      c,
      referralSubmissions,
      {
        partnerId: partner.id,
        companyName: input.companyName,
        domain,
        contactName: input.contactName ?? '',
        contactEmail: input.contactEmail ?? '',
        note: input.note ?? '',
        status: 'submitted',
        submittedById: actorUserId(c),
        submittedAt: c.now,
        createdAt: c.now,
        updatedAt: c.now,
      },
      SUBMISSION,
      {
        event: 'referral.submitted',
        eventData: {
          companyName: input.companyName,
          domain,
          contactName: input.contactName ?? '',
          contactEmail: input.contactEmail ?? '',
        },
      },
    );
    const to = partner.ownerId ? [partner.ownerId] : await activeUsersWithRole(c, ['admin']);
    if (to.length > 0 && isPartnerRole(policyActor(c).role)) {
      await notify(c, {
        to,
        kind: 'referrals.submitted',
        title: `${partner.name} referred ${row.companyName}`,
        body: row.note || 'A partner introduced a customer.',
        link: '/referrals',
        entity: { type: 'referral_submission', id: row.id },
        partnerId: row.partnerId,
      });
    }
    const [dto] = await submissionDtos(c, [row]);
    return dto as ReferralSubmissionDto;
  });
}

/**
 * The lead a submission became moved (decision 0221): record the lead on the submission and move
 * the submission's status with it (`submissionStatusAfter`). `ctx` acts as the system (a
 * subscriber to the leads module's events); a submission that is gone or already there is left alone.
 */
export async function followSubmissionLead(
  ctx: Ctx,
  submissionId: string,
  leadId: string,
  outcome: LeadOutcome | null,
): Promise<void> {
  if (!isUuid(submissionId)) return;
  await withTx(ctx, async (c) => {
    const [row] = await c.tx.select().from(referralSubmissions).where(eq(referralSubmissions.id, submissionId)).for('update');
    if (!row) return;
    const status = outcome ? submissionStatusAfter(row.status, outcome) : null;
    const linked = row.leadId === leadId ? {} : { leadId };
    if (!status && !('leadId' in linked)) return;
    await updateAudited(c, referralSubmissions, row, { ...linked, ...(status ? { status } : {}), updatedAt: c.now }, SUBMISSION, {
      event: status ? `referral.submission_${status}` : 'referral.submission_linked',
      summary: status
        ? `Referral ${row.companyName} is ${status} (its lead was ${outcome})`
        : `Referral ${row.companyName} became a lead`,
      eventData: { leadId, ...(status ? { from: row.status, to: status } : {}) },
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Metrics (set-based, in the caller's transaction)

type MetricCtx = TxCtx;
export async function referralClicks90d(c: MetricCtx, ids: readonly string[] | 'all', asOf: Date): Promise<Map<string, number>> {
  const rows = await c.tx
    .select({ id: referralClicks.partnerId, n: sql<number>`count(*)::int` })
    .from(referralClicks)
    .where(
      and(
        ids === 'all' ? undefined : inArray(referralClicks.partnerId, [...ids]),
        gte(referralClicks.occurredAt, new Date(asOf.getTime() - 90 * 86_400_000)),
        sql`${referralClicks.occurredAt} <= ${asOf}`,
      ),
    )
    .groupBy(referralClicks.partnerId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

export async function referralConversionsCount(
  c: MetricCtx,
  kind: ConversionKind,
  ids: readonly string[] | 'all',
  asOf: Date,
  sinceDays: number | null,
): Promise<Map<string, number>> {
  const rows = await c.tx
    .select({ id: referralConversions.partnerId, n: sql<number>`count(*)::int` })
    .from(referralConversions)
    .where(
      and(
        eq(referralConversions.kind, kind),
        ids === 'all' ? undefined : inArray(referralConversions.partnerId, [...ids]),
        sinceDays === null ? undefined : gte(referralConversions.occurredAt, new Date(asOf.getTime() - sinceDays * 86_400_000)),
        sql`${referralConversions.occurredAt} <= ${asOf}`,
      ),
    )
    .groupBy(referralConversions.partnerId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
