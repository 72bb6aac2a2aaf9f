import { and, asc, desc, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import type { DomainEvent } from '../../shared/events.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { activePartnerUsers, visiblePartner, visiblePartners } from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { getOpportunity } from '../opportunities/index.js';
import {
  decidesRedemptionsOf,
  mayRedeemFor,
  mayRunLoyaltyProgram,
  type RedemptionPermissions,
  redemptionPermissions,
} from './loyalty.policy.js';
import {
  DEFAULT_POINTS_EXPIRY_MONTHS,
  type EntryKind,
  effectiveRules,
  type LoyaltyRule,
  type LoyaltySource,
  mayRedeem,
  periodStart,
  pointsExpiry,
  pointsFor,
  type RedemptionStatus,
  redemptionMove,
  SOURCE_LABELS,
  sourceOf,
} from './loyalty.rules.js';
import {
  type LoyaltyEntryRow,
  type LoyaltyRedemptionRow,
  type LoyaltyRewardRow,
  loyaltyEntries,
  loyaltyExpiryReminders,
  loyaltyRedemptions,
  loyaltyRewards,
  loyaltyRules,
  loyaltySettings,
} from './loyalty.schema.js';

const ENTRY: AuditedKind<LoyaltyEntryRow> = {
  entityType: 'loyalty_points',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `${r.points > 0 ? '+' : ''}${r.points} points`,
};
const REWARD: AuditedKind<LoyaltyRewardRow> = {
  entityType: 'loyalty_reward',
  partnerIdOf: () => null,
  labelOf: (r) => r.name,
  conflicts: { loyalty_rewards_name_unique: { path: 'name', message: 'is already a reward in the catalogue' } },
};
const REDEMPTION: AuditedKind<LoyaltyRedemptionRow> = {
  entityType: 'loyalty_redemption',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.rewardName,
};

/** Serialises every change of one partner's points (a redemption, an award): balance checks see all earlier ones. */
async function lockPoints(c: TxCtx, partnerId: string): Promise<void> {
  await c.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`loyalty:${partnerId}`}))`);
}

async function balanceOf(c: TxCtx, partnerId: string): Promise<number> {
  const [row] = await c.tx
    .select({ balance: sql<number>`coalesce(sum(${loyaltyEntries.points}), 0)`.mapWith(Number) })
    .from(loyaltyEntries)
    .where(eq(loyaltyEntries.partnerId, partnerId));
  return row?.balance ?? 0;
}

// ——— The points table ———

export type LoyaltyRuleDto = LoyaltyRule & { label: string };

async function rulesIn(c: TxCtx): Promise<LoyaltyRule[]> {
  const rows = await c.tx.select().from(loyaltyRules);
  return effectiveRules(
    rows.map((r) => ({ source: r.source, points: r.points, capPerPeriod: r.capPerPeriod, period: r.period, active: r.active })),
  );
}

export async function listLoyaltyRules(ctx: Ctx): Promise<{ data: LoyaltyRuleDto[]; can: { edit: boolean } }> {
  return withTx(ctx, async (c) => ({
    data: (await rulesIn(c)).map((r) => ({ ...r, label: SOURCE_LABELS[r.source] })),
    can: { edit: mayRunLoyaltyProgram(policyActor(c)) },
  }));
}

/** Saves the points table (the sources given; the others keep theirs). Admins. */
export async function saveLoyaltyRules(
  ctx: Ctx,
  rules: LoyaltyRule[],
): Promise<{ data: LoyaltyRuleDto[]; can: { edit: boolean } }> {
  return withTx(ctx, async (c) => {
    if (!mayRunLoyaltyProgram(policyActor(c))) throw forbidden('Only an admin changes the points table');
    const seen = new Set<string>();
    rules.forEach((r, i) => {
      if (seen.has(r.source)) throw invalidField(`rules.${i}.source`, 'is given twice');
      seen.add(r.source);
    });
    const before = await rulesIn(c);
    for (const r of rules) {
      await c.tx
        .insert(loyaltyRules)
        .values({ ...r, updatedAt: c.now })
        .onConflictDoUpdate({
          target: loyaltyRules.source,
          set: { points: r.points, capPerPeriod: r.capPerPeriod, period: r.period, active: r.active, updatedAt: c.now },
        });
    }
    const after = await rulesIn(c);
    await recordChange(c, {
      action: 'update',
      entityType: 'loyalty_rule',
      entityId: 'points-table',
      partnerId: null,
      summary: 'Changed the loyalty points table',
      before: Object.fromEntries(before.map((r) => [r.source, r])),
      after: Object.fromEntries(after.map((r) => [r.source, r])),
    });
    return { data: after.map((r) => ({ ...r, label: SOURCE_LABELS[r.source] })), can: { edit: true } };
  });
}

// ——— Settings ———

export type LoyaltySettings = { pointsExpiryMonths: number; can: { edit: boolean } };

async function expiryMonthsIn(c: TxCtx): Promise<number> {
  const [row] = await c.tx.select().from(loyaltySettings).where(eq(loyaltySettings.id, 1));
  return row?.pointsExpiryMonths ?? DEFAULT_POINTS_EXPIRY_MONTHS;
}

export async function getLoyaltySettings(ctx: Ctx): Promise<LoyaltySettings> {
  return withTx(ctx, async (c) => ({
    pointsExpiryMonths: await expiryMonthsIn(c),
    can: { edit: mayRunLoyaltyProgram(policyActor(c)) },
  }));
}

/** Sets how long points live (0: for ever). Admins; audited. Points already expired stay expired. */
export async function saveLoyaltySettings(ctx: Ctx, input: { pointsExpiryMonths: number }): Promise<LoyaltySettings> {
  return withTx(ctx, async (c) => {
    if (!mayRunLoyaltyProgram(policyActor(c))) throw forbidden('Only an admin changes the loyalty settings');
    const before = await expiryMonthsIn(c);
    await c.tx
      .insert(loyaltySettings)
      .values({ id: 1, pointsExpiryMonths: input.pointsExpiryMonths, updatedAt: c.now })
      .onConflictDoUpdate({
        target: loyaltySettings.id,
        set: { pointsExpiryMonths: input.pointsExpiryMonths, updatedAt: c.now },
      });
    await recordChange(c, {
      action: 'update',
      entityType: 'loyalty_settings',
      entityId: '1',
      partnerId: null,
      summary:
        input.pointsExpiryMonths === 0
          ? 'Loyalty points no longer expire'
          : `Loyalty points expire ${input.pointsExpiryMonths} months after they are earned`,
      before: { pointsExpiryMonths: before },
      after: { pointsExpiryMonths: input.pointsExpiryMonths },
    });
    return { pointsExpiryMonths: input.pointsExpiryMonths, can: { edit: true } };
  });
}

// ——— Expiry ———

/** Remind a partner this many days before its points expire. */
export const EXPIRY_REMINDER_DAYS = 30;

async function expiryOf(c: TxCtx, partnerId: string, months: number) {
  const moves = await c.tx
    .select({ kind: loyaltyEntries.kind, points: loyaltyEntries.points, occurredAt: loyaltyEntries.occurredAt })
    .from(loyaltyEntries)
    .where(eq(loyaltyEntries.partnerId, partnerId));
  return pointsExpiry(moves, months, c.now);
}

export type LoyaltyExpiryResult = { partners: number; expired: number; reminders: number };

/**
 * The daily expiry run: per partner with points, the FIFO rule (`pointsExpiry`) says what is due;
 * that is written to the ledger as one `expired` entry (audited, `loyalty_points.expired`) — the
 * earning entries stay. A second run the same day writes nothing. Partners whose next lot expires
 * within 30 days get one reminder per expiry day (partner admins).
 */
export async function runLoyaltyExpiry(ctx: Ctx): Promise<LoyaltyExpiryResult> {
  return withTx(ctx, async (c) => {
    const months = await expiryMonthsIn(c);
    const result: LoyaltyExpiryResult = { partners: 0, expired: 0, reminders: 0 };
    if (months === 0) return result;
    const holders = await c.tx
      .select({ partnerId: loyaltyEntries.partnerId })
      .from(loyaltyEntries)
      .groupBy(loyaltyEntries.partnerId)
      .having(sql`sum(${loyaltyEntries.points}) > 0`);
    for (const { partnerId } of holders) {
      await lockPoints(c, partnerId);
      const { toExpire, next } = await expiryOf(c, partnerId, months);
      if (toExpire > 0) {
        result.partners += 1;
        result.expired += toExpire;
        await insertAudited(
          c,
          loyaltyEntries,
          {
            partnerId,
            kind: 'expired',
            points: -toExpire,
            source: 'expiry',
            note: `Points earned more than ${months} months ago`,
            occurredAt: c.now,
            createdAt: c.now,
          },
          ENTRY,
          {
            event: 'loyalty_points.expired',
            summary: `${toExpire} loyalty points expired (${months} months after they were earned)`,
            eventData: { points: toExpire, months },
          },
        );
      }
      if (next && next.expiresAt.getTime() - c.now.getTime() <= EXPIRY_REMINDER_DAYS * 86_400_000) {
        const expiresOn = next.expiresAt.toISOString().slice(0, 10);
        const [sent] = await c.tx
          .insert(loyaltyExpiryReminders)
          .values({ partnerId, expiresOn, points: next.points, sentAt: c.now })
          .onConflictDoNothing()
          .returning({ id: loyaltyExpiryReminders.id });
        if (!sent) continue;
        const to = await activePartnerUsers(c, partnerId, ['partner_admin']);
        if (to.length === 0) continue;
        result.reminders += 1;
        await notify(c, {
          to,
          kind: 'loyalty.points_expiring',
          title: `${next.points} loyalty points expire on ${expiresOn}`,
          body: 'Redeem them for a reward before then: points expire first in, first out.',
          link: '/loyalty',
          partnerId,
        });
      }
    }
    return result;
  });
}

// ——— Earning ———

async function award(
  c: TxCtx,
  input: { partnerId: string; userId: string | null; source: LoyaltySource; event: DomainEvent; recordId: string | null },
  rules: LoyaltyRule[],
): Promise<void> {
  const rule = rules.find((r) => r.source === input.source);
  if (!rule) return;
  await lockPoints(c, input.partnerId);
  const [already] = await c.tx
    .select({ id: loyaltyEntries.id })
    .from(loyaltyEntries)
    .where(and(eq(loyaltyEntries.eventId, input.event.id), eq(loyaltyEntries.partnerId, input.partnerId)));
  if (already) return; // a replayed event earns nothing twice
  const since = periodStart(input.event.occurredAt, rule.period);
  const [earned] = await c.tx
    .select({ points: sql<number>`coalesce(sum(${loyaltyEntries.points}), 0)`.mapWith(Number) })
    .from(loyaltyEntries)
    .where(
      and(
        eq(loyaltyEntries.partnerId, input.partnerId),
        eq(loyaltyEntries.source, input.source),
        eq(loyaltyEntries.kind, 'earned'),
        gte(loyaltyEntries.occurredAt, since),
      ),
    );
  const points = pointsFor(rule, earned?.points ?? 0);
  if (points <= 0) return;
  await insertAudited(
    c,
    loyaltyEntries,
    {
      partnerId: input.partnerId,
      userId: input.userId,
      kind: 'earned',
      points,
      source: input.source,
      eventId: input.event.id,
      eventName: input.event.name,
      recordId: input.recordId,
      note: SOURCE_LABELS[input.source],
      occurredAt: input.event.occurredAt,
      createdAt: c.now,
    },
    ENTRY,
    {
      event: 'loyalty_points.awarded',
      summary: `${points} loyalty points for ${SOURCE_LABELS[input.source].toLowerCase()}`,
      eventData: { points, source: input.source, eventId: input.event.id, userId: input.userId },
    },
  );
}

function uuidOr(value: unknown): string | null {
  return typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : null;
}

/**
 * Awards the points an engagement event earns (a subscriber; `ctx` acts as the system). Once per
 * event and partner; capped per period by the points table. A won opportunity earns for every
 * partner involved in it (read through the opportunities module).
 */
export async function awardForEvent(ctx: Ctx, event: DomainEvent): Promise<void> {
  const source = sourceOf(event.name, event.data ?? {});
  if (!source) return;
  await withTx(ctx, async (c) => {
    const rules = await rulesIn(c);
    if (source === 'opportunity.won') {
      const opp = await getOpportunity(c, event.entityId).catch(() => null);
      for (const p of opp?.partners ?? []) {
        await award(c, { partnerId: p.partnerId, userId: null, source, event, recordId: event.entityId }, rules);
      }
      return;
    }
    if (!event.partnerId) return;
    const userId = uuidOr(event.data?.userId) ?? (source === 'deal_registration.submitted' ? event.actorId : null);
    await award(c, { partnerId: event.partnerId, userId, source, event, recordId: uuidOr(event.entityId) }, rules);
  });
}

/** A correction by hand (goodwill, a mistake): signed points with the reason, never below a zero balance. Admins. */
export async function adjustPoints(
  ctx: Ctx,
  partnerId: string,
  input: { points: number; note: string },
): Promise<LoyaltySummary> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    if (!mayRunLoyaltyProgram(policyActor(c))) throw forbidden('Only an admin adjusts a partner’s points');
    if (input.points === 0) throw invalidField('points', 'must not be 0');
    await lockPoints(c, partner.id);
    const balance = await balanceOf(c, partner.id);
    if (balance + input.points < 0) throw invalidField('points', `would take the balance below 0 (it is ${balance})`);
    await insertAudited(
      c,
      loyaltyEntries,
      {
        partnerId: partner.id,
        kind: 'adjusted',
        points: input.points,
        source: 'adjustment',
        note: input.note,
        occurredAt: c.now,
        createdById: actorUserId(c),
        createdAt: c.now,
      },
      ENTRY,
      {
        event: input.points > 0 ? 'loyalty_points.awarded' : 'loyalty_points.adjusted',
        summary: `Adjusted ${partner.name}’s points by ${input.points}: ${input.note}`,
        eventData: { points: input.points, source: 'adjustment' },
      },
    );
    return summaryIn(c, partner.id);
  });
}

// ——— Balance and ledger ———

export type LoyaltySummary = {
  partnerId: string;
  balance: number;
  earned: number;
  earnedLast12Months: number;
  redeemed: number;
  /** Points held by redemptions waiting for the vendor (already taken from the balance). */
  pending: number;
  bySource: { source: string; label: string; points: number }[];
  /** The cheapest active reward in stock the balance does not reach yet, to aim for. */
  nextReward: { id: string; name: string; pointsCost: number; missing: number } | null;
  affordableRewards: number;
  /** Points expired so far (the ledger's expiry entries). */
  expired: number;
  /** The next points to expire and when (null: none, or points never expire). */
  nextExpiry: { points: number; on: string } | null;
  /** How many months points live (0: for ever). */
  expiryMonths: number;
};

async function summaryIn(c: TxCtx, partnerId: string): Promise<LoyaltySummary> {
  const yearAgo = new Date(c.now.getTime() - 365 * 86_400_000);
  const [totals] = await c.tx
    .select({
      balance: sql<number>`coalesce(sum(${loyaltyEntries.points}), 0)`.mapWith(Number),
      earned:
        sql<number>`coalesce(sum(${loyaltyEntries.points}) filter (where ${loyaltyEntries.points} > 0 and ${loyaltyEntries.kind} in ('earned', 'adjusted')), 0)`.mapWith(
          Number,
        ),
      recent:
        sql<number>`coalesce(sum(${loyaltyEntries.points}) filter (where ${loyaltyEntries.kind} = 'earned' and ${loyaltyEntries.occurredAt} >= ${yearAgo}), 0)`.mapWith(
          Number,
        ),
      expired: sql<number>`coalesce(-sum(${loyaltyEntries.points}) filter (where ${loyaltyEntries.kind} = 'expired'), 0)`.mapWith(
        Number,
      ),
    })
    .from(loyaltyEntries)
    .where(eq(loyaltyEntries.partnerId, partnerId));
  const bySource = await c.tx
    .select({ source: loyaltyEntries.source, points: sql<number>`sum(${loyaltyEntries.points})`.mapWith(Number) })
    .from(loyaltyEntries)
    .where(and(eq(loyaltyEntries.partnerId, partnerId), inArray(loyaltyEntries.kind, ['earned', 'adjusted'])))
    .groupBy(loyaltyEntries.source)
    .orderBy(desc(sql`sum(${loyaltyEntries.points})`));
  const redemptions = await c.tx
    .select({ status: loyaltyRedemptions.status, points: sql<number>`sum(${loyaltyRedemptions.points})`.mapWith(Number) })
    .from(loyaltyRedemptions)
    .where(eq(loyaltyRedemptions.partnerId, partnerId))
    .groupBy(loyaltyRedemptions.status);
  const pointsIn = (statuses: RedemptionStatus[]) =>
    redemptions.filter((r) => statuses.includes(r.status)).reduce((s, r) => s + r.points, 0);
  const balance = totals?.balance ?? 0;
  const months = await expiryMonthsIn(c);
  const expiry = await expiryOf(c, partnerId, months);
  const rewards = await rewardsWithStock(c, false);
  const inStock = rewards.filter((r) => r.available === null || r.available > 0);
  const next = inStock.filter((r) => r.pointsCost > balance).sort((a, b) => a.pointsCost - b.pointsCost)[0];
  return {
    partnerId,
    balance,
    earned: totals?.earned ?? 0,
    earnedLast12Months: totals?.recent ?? 0,
    redeemed: pointsIn(['approved', 'fulfilled']),
    pending: pointsIn(['requested']),
    bySource: bySource.map((s) => ({
      source: s.source,
      label: s.source === 'adjustment' ? 'Adjustments' : (SOURCE_LABELS[s.source as LoyaltySource] ?? s.source),
      points: s.points,
    })),
    nextReward: next ? { id: next.id, name: next.name, pointsCost: next.pointsCost, missing: next.pointsCost - balance } : null,
    affordableRewards: inStock.filter((r) => r.pointsCost <= balance).length,
    expired: totals?.expired ?? 0,
    nextExpiry: expiry.next ? { points: expiry.next.points, on: expiry.next.expiresAt.toISOString().slice(0, 10) } : null,
    expiryMonths: months,
  };
}

export async function loyaltySummary(ctx: Ctx, partnerId: string): Promise<LoyaltySummary> {
  return withTx(ctx, async (c) => summaryIn(c, (await visiblePartner(c, partnerId)).id));
}

export type LoyaltyEntryDto = {
  id: string;
  kind: EntryKind;
  points: number;
  source: string;
  label: string;
  eventName: string | null;
  eventId: string | null;
  recordId: string | null;
  redemptionId: string | null;
  userId: string | null;
  note: string;
  occurredAt: Date;
};

export async function listLoyaltyEntries(
  ctx: Ctx,
  partnerId: string,
  query: { limit: number; cursor?: string | undefined; sort: string },
): Promise<Page<LoyaltyEntryDto>> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const ks = keyset('loyalty_entries', query.sort, { occurredAt: loyaltyEntries.occurredAt }, loyaltyEntries.id, query.cursor);
    const rows = await c.tx
      .select()
      .from(loyaltyEntries)
      .where(and(ks.where, eq(loyaltyEntries.partnerId, partner.id), partnerFilter(c, loyaltyEntries.partnerId)))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return {
      data: page.data.map((r) => ({
        id: r.id,
        kind: r.kind,
        points: r.points,
        source: r.source,
        label: r.note || r.source,
        eventName: r.eventName,
        eventId: r.eventId,
        recordId: r.recordId,
        redemptionId: r.redemptionId,
        userId: r.userId,
        note: r.note,
        occurredAt: r.occurredAt,
      })),
      nextCursor: page.nextCursor,
    };
  });
}

export type LeaderboardRow = {
  partnerId: string;
  partnerName: string;
  balance: number;
  earnedLast12Months: number;
  redeemed: number;
};

/** Partners by points earned in the last twelve months (vendor staff), one query. */
export async function loyaltyLeaderboard(ctx: Ctx, limit: number): Promise<LeaderboardRow[]> {
  return withTx(ctx, async (c) => {
    const yearAgo = new Date(c.now.getTime() - 365 * 86_400_000);
    const rows = await c.tx
      .select({
        partnerId: loyaltyEntries.partnerId,
        balance: sql<number>`sum(${loyaltyEntries.points})`.mapWith(Number),
        recent:
          sql<number>`coalesce(sum(${loyaltyEntries.points}) filter (where ${loyaltyEntries.kind} = 'earned' and ${loyaltyEntries.occurredAt} >= ${yearAgo}), 0)`.mapWith(
            Number,
          ),
        redeemed:
          sql<number>`coalesce(-sum(${loyaltyEntries.points}) filter (where ${loyaltyEntries.kind} in ('redeemed', 'returned')), 0)`.mapWith(
            Number,
          ),
      })
      .from(loyaltyEntries)
      .where(partnerFilter(c, loyaltyEntries.partnerId))
      .groupBy(loyaltyEntries.partnerId)
      .orderBy(desc(sql`2`), asc(loyaltyEntries.partnerId))
      .limit(limit);
    const names = await visiblePartners(
      c,
      rows.map((r) => r.partnerId),
    );
    return rows
      .map((r) => ({
        partnerId: r.partnerId,
        partnerName: names.get(r.partnerId)?.name ?? '',
        balance: r.balance,
        earnedLast12Months: r.recent,
        redeemed: r.redeemed,
      }))
      .sort((a, b) => b.earnedLast12Months - a.earnedLast12Months || b.balance - a.balance);
  });
}

// ——— Rewards catalogue ———

export type LoyaltyRewardDto = LoyaltyRewardRow & { available: number | null; can: { edit: boolean; redeem: boolean } };

async function rewardsWithStock(c: TxCtx, includeInactive: boolean, ids?: string[]): Promise<LoyaltyRewardDto[]> {
  // Stock counts every partner's redemptions, also for a partner's people whose row-level
  // security shows only their own: loyalty_reward_taken() (migration) counts as the owner.
  const rows = await c.tx
    .select({ reward: loyaltyRewards, taken: sql<number>`loyalty_reward_taken(${loyaltyRewards.id})`.mapWith(Number) })
    .from(loyaltyRewards)
    .where(and(includeInactive ? undefined : eq(loyaltyRewards.active, true), ids ? inArray(loyaltyRewards.id, ids) : undefined))
    .orderBy(asc(loyaltyRewards.pointsCost), asc(loyaltyRewards.name));
  const actor = policyActor(c);
  return rows.map(({ reward, taken: n }) => ({
    ...reward,
    available: reward.stock === null ? null : Math.max(0, reward.stock - n),
    can: {
      edit: mayRunLoyaltyProgram(actor),
      redeem: actor.partnerId !== null && mayRedeemFor(actor, actor.partnerId) && reward.active,
    },
  }));
}

export async function listRewards(
  ctx: Ctx,
  query: { includeInactive?: boolean | undefined },
): Promise<{ data: LoyaltyRewardDto[] }> {
  return withTx(ctx, async (c) => ({
    data: await rewardsWithStock(c, Boolean(query.includeInactive) && scopeOf(c).kind !== 'partner'),
  }));
}

export type RewardInput = {
  name: string;
  description?: string | undefined;
  pointsCost: number;
  stock?: number | null | undefined;
  active?: boolean | undefined;
};

async function rewardDto(c: TxCtx, id: string): Promise<LoyaltyRewardDto> {
  const [dto] = await rewardsWithStock(c, true, [id]);
  if (!dto) throw notFound('Reward');
  return dto;
}

export async function createReward(ctx: Ctx, input: RewardInput): Promise<LoyaltyRewardDto> {
  return withTx(ctx, async (c) => {
    if (!mayRunLoyaltyProgram(policyActor(c))) throw forbidden('Only an admin keeps the rewards catalogue');
    const row = await insertAudited(
      c,
      loyaltyRewards,
      {
        name: input.name,
        description: input.description ?? '',
        pointsCost: input.pointsCost,
        stock: input.stock ?? null,
        active: input.active ?? true,
        createdAt: c.now,
        updatedAt: c.now,
      },
      REWARD,
    );
    return rewardDto(c, row.id);
  });
}

async function loadReward(c: TxCtx, id: string, lock = false): Promise<LoyaltyRewardRow> {
  const q = c.tx.select().from(loyaltyRewards).where(eq(loyaltyRewards.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Reward');
  return row;
}

export async function updateReward(ctx: Ctx, id: string, patch: Partial<RewardInput>): Promise<LoyaltyRewardDto> {
  return withTx(ctx, async (c) => {
    if (!mayRunLoyaltyProgram(policyActor(c))) throw forbidden('Only an admin keeps the rewards catalogue');
    const before = await loadReward(c, id, true);
    await updateAudited(c, loyaltyRewards, before, { ...patch, updatedAt: c.now }, REWARD);
    return rewardDto(c, id);
  });
}

// ——— Redemptions ———

export type RedemptionDto = LoyaltyRedemptionRow & { partnerName: string; can: RedemptionPermissions };

async function redemptionDtos(c: TxCtx, rows: LoyaltyRedemptionRow[]): Promise<RedemptionDto[]> {
  const partners = await visiblePartners(c, [...new Set(rows.map((r) => r.partnerId))]);
  const actor = policyActor(c);
  return rows.map((r) => {
    const partner = partners.get(r.partnerId) ?? { id: r.partnerId, name: '', ownerId: null };
    return { ...r, partnerName: partner.name, can: redemptionPermissions(actor, r, partner) };
  });
}

/**
 * A partner's people redeem their company's points for a reward: under the partner's points lock
 * (and the reward's, for its stock), the balance must cover the cost — concurrent requests never
 * take it below zero. The points leave the balance at once; a rejection returns them.
 */
export async function requestRedemption(
  ctx: Ctx,
  rewardId: string,
  input: { note?: string | undefined; partnerId?: string | undefined },
): Promise<RedemptionDto> {
  return withTx(ctx, async (c) => {
    const scope = scopeOf(c);
    const actor = policyActor(c);
    const partnerId = scope.kind === 'partner' ? scope.partnerId : input.partnerId;
    if (!partnerId || (actor.userId !== null && !mayRedeemFor(actor, partnerId))) {
      throw forbidden('A partner’s people redeem their company’s points');
    }
    const partner = await visiblePartner(c, partnerId);
    await lockPoints(c, partner.id);
    await c.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`loyalty-reward:${rewardId}`}))`);
    const reward = await loadReward(c, rewardId);
    const balance = await balanceOf(c, partner.id);
    // Stock counts every partner's redemptions: as the system, past row-level security.
    const taken = await c.tx.execute<{ n: string }>(sql`select loyalty_reward_taken(${reward.id}::uuid) as n`);
    const check = mayRedeem(reward, balance, Number(taken.rows[0]?.n ?? 0));
    if (!check.allowed)
      throw new AppError('VALIDATION_FAILED', `${reward.name} ${check.reason}`, {
        errors: [{ path: check.field, message: check.reason }],
      });
    const row = await insertAudited(
      c,
      loyaltyRedemptions,
      {
        partnerId: partner.id,
        rewardId: reward.id,
        rewardName: reward.name,
        points: reward.pointsCost,
        status: 'requested',
        note: input.note ?? '',
        requestedById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      REDEMPTION,
      {
        event: 'loyalty_redemption.requested',
        summary: `${partner.name} redeemed ${reward.pointsCost} points for ${reward.name}`,
        eventData: { rewardId: reward.id, points: reward.pointsCost },
      },
    );
    await c.tx.insert(loyaltyEntries).values({
      partnerId: partner.id,
      userId: actorUserId(c),
      kind: 'redeemed',
      points: -reward.pointsCost,
      source: 'redemption',
      redemptionId: row.id,
      note: `Redeemed for ${reward.name}`,
      occurredAt: c.now,
      createdById: actorUserId(c),
      createdAt: c.now,
    });
    if (partner.ownerId) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'loyalty.redemption_requested',
        title: `${partner.name} redeemed points for ${reward.name}`,
        body: `${reward.pointsCost} points. Approve and fulfil it, or reject it to return the points.`,
        link: '/loyalty',
        entity: { type: 'loyalty_redemption', id: row.id },
        partnerId: partner.id,
      });
    }
    const [dto] = await redemptionDtos(c, [row]);
    return dto as RedemptionDto;
  });
}

export async function listRedemptions(
  ctx: Ctx,
  query: {
    limit: number;
    cursor?: string | undefined;
    sort: string;
    status?: RedemptionStatus[] | undefined;
    partnerId?: string[] | undefined;
  },
): Promise<Page<RedemptionDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'loyalty_redemptions',
      query.sort,
      { createdAt: loyaltyRedemptions.createdAt },
      loyaltyRedemptions.id,
      query.cursor,
    );
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, loyaltyRedemptions.partnerId),
      query.status?.length ? inArray(loyaltyRedemptions.status, query.status) : undefined,
      query.partnerId?.length ? inArray(loyaltyRedemptions.partnerId, query.partnerId) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(loyaltyRedemptions)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await redemptionDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

/**
 * Moves a redemption: approve, fulfil (the reward was sent), or reject (its points come back as
 * a `returned` entry). The row is locked first, so concurrent decisions have exactly one effect.
 */
export async function moveRedemption(
  ctx: Ctx,
  id: string,
  to: Exclude<RedemptionStatus, 'requested'>,
  note?: string,
): Promise<RedemptionDto> {
  return withTx(ctx, async (c) => {
    const before = await loadScoped(c, loyaltyRedemptions, id, 'Redemption', { lock: true });
    const partner = await visiblePartner(c, before.partnerId);
    if (!decidesRedemptionsOf(policyActor(c), partner))
      throw forbidden('An admin or the partner’s manager decides its redemptions');
    if (!redemptionMove(before.status, to)) {
      throw new AppError('INVALID_TRANSITION', `The redemption is ${before.status}; it cannot become ${to}`, {
        errors: [{ path: 'status', message: `cannot move from ${before.status} to ${to}` }],
      });
    }
    const after = await updateAudited(
      c,
      loyaltyRedemptions,
      before,
      {
        status: to,
        ...(note !== undefined ? { decisionNote: note } : {}),
        ...(to === 'fulfilled' ? { fulfilledAt: c.now } : { decidedById: actorUserId(c), decidedAt: c.now }),
        updatedAt: c.now,
      },
      REDEMPTION,
      {
        event: `loyalty_redemption.${to}`,
        summary: `${to === 'approved' ? 'Approved' : to === 'fulfilled' ? 'Fulfilled' : 'Rejected'} ${partner.name}’s redemption of ${before.rewardName}`,
        eventData: { fromStatus: before.status, toStatus: to, points: before.points },
      },
    );
    if (to === 'rejected') {
      await lockPoints(c, before.partnerId);
      await c.tx.insert(loyaltyEntries).values({
        partnerId: before.partnerId,
        kind: 'returned',
        points: before.points,
        source: 'redemption',
        redemptionId: before.id,
        note: `Returned: ${before.rewardName} was not granted`,
        occurredAt: c.now,
        createdById: actorUserId(c),
        createdAt: c.now,
      });
    }
    if (before.requestedById) {
      await notify(c, {
        to: [before.requestedById],
        kind: 'loyalty.redemption_decided',
        title: `${before.rewardName}: ${to === 'rejected' ? 'not granted, your points are back' : to}`,
        body: note ?? '',
        link: '/rewards',
        entity: { type: 'loyalty_redemption', id: before.id },
        partnerId: before.partnerId,
      });
    }
    const [dto] = await redemptionDtos(c, [after]);
    return dto as RedemptionDto;
  });
}
