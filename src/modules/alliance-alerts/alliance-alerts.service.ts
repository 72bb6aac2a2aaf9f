import { and, eq, inArray, ne, notInArray, or, type SQL } from 'drizzle-orm';
import { partnerFilter, withTx } from '../../db/scope.js';
import { loadMetrics, type MetricDef } from '../../server/module.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { addDays, type IsoDate, localDateOf } from '../../shared/dates.js';
import { type AuditedKind, recordChange, updateAudited } from '../audit/index.js';
import { type PersonSummary, personSummaries, visiblePartner } from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { partners } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import {
  ALERT_METRICS,
  type AllianceFacts,
  alertTransition,
  DEFAULT_THRESHOLDS,
  type FailureMode,
  failureModes,
  isStrategic,
  type Measure,
  type Reason,
  strategicInNameOnly,
  type Thresholds,
} from './alliance-alerts.rules.js';
import { type AllianceAlertSettingsRow, allianceAlertSettings, allianceAlertStates } from './alliance-alerts.schema.js';

const SETTINGS: AuditedKind<AllianceAlertSettingsRow> = {
  entityType: 'alliance_alert_settings',
  partnerIdOf: () => null,
  labelOf: () => 'Alliance alert thresholds',
};

export type AlertSettingsDto = Thresholds & {
  defaults: Thresholds;
  /** When an admin last changed them (null: never, the product's defaults apply). */
  updatedAt: Date | null;
};

/**
 * The limits the rules apply: the organisation's (an admin sets them, decision 0170), or the
 * product's defaults while none are saved. Read once per evaluation and passed to the pure rules.
 */
export async function alertThresholds(c: TxCtx): Promise<Thresholds> {
  const [row] = await c.tx.select().from(allianceAlertSettings).where(eq(allianceAlertSettings.id, 1));
  return row ? { reviewWithinDays: row.reviewWithinDays, maxAsymmetry: row.maxAsymmetry } : DEFAULT_THRESHOLDS;
}

export async function getAlertSettings(ctx: Ctx): Promise<AlertSettingsDto> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx.select().from(allianceAlertSettings).where(eq(allianceAlertSettings.id, 1));
    return { ...(await alertThresholds(c)), defaults: DEFAULT_THRESHOLDS, updatedAt: row?.updatedAt ?? null };
  });
}

/**
 * An admin changes the limits (each field optional; the route checked the ranges). Audited as an
 * update of `alliance_alert_settings` with the event `alliance_alert_settings.updated`; the next
 * evaluation, list and portfolio apply them (the daily job tells owners of newly flagged partners).
 */
export async function updateAlertSettings(ctx: Ctx, patch: Partial<Thresholds>): Promise<AlertSettingsDto> {
  return withTx(ctx, async (c) => {
    await c.tx
      .insert(allianceAlertSettings)
      .values({ id: 1, ...DEFAULT_THRESHOLDS, updatedAt: c.now })
      .onConflictDoNothing();
    const [before] = await c.tx.select().from(allianceAlertSettings).where(eq(allianceAlertSettings.id, 1)).for('update');
    if (!before) throw new Error('alliance alert settings row missing');
    const after = await updateAudited(c, allianceAlertSettings, before, { ...patch, updatedAt: c.now }, SETTINGS, {
      summary: `Set the alliance alert thresholds: a governance meeting every ${patch.reviewWithinDays ?? before.reviewWithinDays} days, asymmetry up to ${patch.maxAsymmetry ?? before.maxAsymmetry} points`,
    });
    return {
      reviewWithinDays: after.reviewWithinDays,
      maxAsymmetry: after.maxAsymmetry,
      defaults: DEFAULT_THRESHOLDS,
      updatedAt: after.updatedAt,
    };
  });
}

/** Every metric the portfolio shows, in column order; each may be provided by a module or not. */
export const PORTFOLIO_METRICS = [
  ALERT_METRICS.sponsorsNamed,
  'alliances.qualification_score',
  ALERT_METRICS.currentPlan,
  'plans.fulfilment_vendor',
  'plans.fulfilment_partner',
  ALERT_METRICS.commitmentAsymmetry,
  ALERT_METRICS.daysSinceReview,
  'governance.days_to_next_meeting',
  'governance.open_actions',
  'governance.overdue_actions',
  ALERT_METRICS.jvpPublished,
  ALERT_METRICS.jvpUses90d,
  'risks.open',
  'risks.high',
] as const;

export type Evaluated = {
  partnerId: string;
  partnerName: string;
  lifecycleStage: string;
  designation: string;
  ownerId: string | null;
  measures: Record<string, Measure>;
  reasons: Reason[];
  failureModes: FailureMode[];
};

/**
 * The partners in the caller's scope that `where` selects, each with every portfolio metric
 * (one set-based query per provided metric, over those partners at once), the reasons it is
 * "strategic in name only" and its failure modes. A metric no module provides is not measured.
 */
async function evaluate(
  c: TxCtx,
  where: SQL | undefined,
  asOf: Date,
  provided?: ReadonlyMap<string, MetricDef>,
): Promise<Evaluated[]> {
  const rows = await c.tx
    .select({
      id: partners.id,
      name: partners.name,
      lifecycleStage: partners.lifecycleStage,
      designation: partners.designation,
      ownerId: partners.ownerId,
    })
    .from(partners)
    .where(and(partnerFilter(c, partners.id), where))
    .orderBy(partners.name, partners.id);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const defs = provided ?? (await loadMetrics());
  const thresholds = await alertThresholds(c);
  const values = new Map<string, Map<string, number | null> | null>();
  for (const key of PORTFOLIO_METRICS) {
    const def = defs.get(key);
    values.set(key, def ? await def.compute(c, ids, asOf) : null);
  }
  return rows.map((row) => {
    const measures: Record<string, Measure> = {};
    for (const key of PORTFOLIO_METRICS) {
      const computed = values.get(key);
      measures[key] = computed ? { measured: true, value: computed.get(row.id) ?? null } : { measured: false, value: null };
    }
    const facts: AllianceFacts = { lifecycleStage: row.lifecycleStage, designation: row.designation, metrics: measures };
    return {
      partnerId: row.id,
      partnerName: row.name,
      lifecycleStage: row.lifecycleStage,
      designation: row.designation,
      ownerId: row.ownerId,
      measures,
      reasons: strategicInNameOnly(facts, thresholds),
      failureModes: failureModes(facts, thresholds),
    };
  });
}

/** The SQL of `isStrategic`: designated strategic or in the strategic stage, and not leaving. */
const STRATEGIC = and(
  or(eq(partners.lifecycleStage, 'strategic'), ne(partners.designation, 'standard')),
  notInArray(partners.lifecycleStage, ['offboarding', 'terminated']),
);

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

export type AlertDto = {
  partnerId: string;
  partnerName: string;
  ownerId: string | null;
  reasons: Reason[];
  failureModes: FailureMode[];
  /** Since when the daily evaluation has seen it flagged (null: not evaluated since it became so). */
  flaggedSince: Date | null;
};

async function flaggedSince(c: TxCtx, ids: readonly string[]): Promise<Map<string, Date | null>> {
  if (ids.length === 0) return new Map();
  const rows = await c.tx
    .select({ partnerId: allianceAlertStates.partnerId, flaggedSince: allianceAlertStates.flaggedSince })
    .from(allianceAlertStates)
    .where(and(inArray(allianceAlertStates.partnerId, [...ids]), eq(allianceAlertStates.flagged, true)));
  return new Map(rows.map((r) => [r.partnerId, r.flaggedSince]));
}

/** Every strategic partner flagged "strategic in name only" now, with the reasons and evidence. */
export async function listAlerts(ctx: Ctx): Promise<AlertDto[]> {
  return withTx(ctx, async (c) => {
    const flagged = (await evaluate(c, STRATEGIC, c.now)).filter((e) => e.reasons.length > 0);
    const since = await flaggedSince(
      c,
      flagged.map((e) => e.partnerId),
    );
    return flagged.map((e) => ({
      partnerId: e.partnerId,
      partnerName: e.partnerName,
      ownerId: e.ownerId,
      reasons: e.reasons,
      failureModes: e.failureModes,
      flaggedSince: since.get(e.partnerId) ?? null,
    }));
  });
}

export type PartnerAlertsDto = {
  partnerId: string;
  strategic: boolean;
  flagged: boolean;
  reasons: Reason[];
  failureModes: FailureMode[];
  /** Metric keys no installed module provides: shown as "not measured". */
  notMeasured: string[];
};

/** One partner's reasons and failure modes (the partner page's card). */
export async function partnerAlerts(ctx: Ctx, partnerId: string): Promise<PartnerAlertsDto> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const [e] = await evaluate(c, eq(partners.id, partner.id), c.now);
    if (!e) throw new Error('partner vanished');
    return {
      partnerId: e.partnerId,
      strategic: isStrategic(e),
      flagged: e.reasons.length > 0,
      reasons: e.reasons,
      failureModes: e.failureModes,
      notMeasured: Object.entries(e.measures)
        .filter(([, m]) => !m.measured)
        .map(([key]) => key),
    };
  });
}

export type PortfolioRow = Omit<Evaluated, 'ownerId'> & {
  owner: PersonSummary | null;
  flagged: boolean;
  /** The next governance meeting's day (today + governance.days_to_next_meeting). */
  nextMeetingOn: IsoDate | null;
};

export type PortfolioDto = {
  asOf: IsoDate;
  thresholds: Thresholds;
  metrics: { key: string; label: string; unit: string; measured: boolean }[];
  data: PortfolioRow[];
};

/** Every strategic partner with phase, plan, fulfilment, flags, failure modes, risks and meetings. */
export async function portfolio(ctx: Ctx): Promise<PortfolioDto> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const evaluated = await evaluate(c, STRATEGIC, c.now);
    const people = await personSummaries(
      c,
      evaluated.map((e) => e.ownerId),
    );
    const defs = await loadMetrics();
    return {
      asOf: today,
      thresholds: await alertThresholds(c),
      metrics: PORTFOLIO_METRICS.map((key) => {
        const def = defs.get(key);
        return { key, label: def?.label ?? key, unit: def?.unit ?? 'count', measured: Boolean(def) };
      }),
      data: evaluated.map(({ ownerId, ...e }) => {
        const next = e.measures['governance.days_to_next_meeting']?.value;
        return {
          ...e,
          owner: ownerId ? (people.get(ownerId) ?? null) : null,
          flagged: e.reasons.length > 0,
          nextMeetingOn: next === null || next === undefined ? null : addDays(today, Math.max(0, Math.round(next))),
        };
      }),
    };
  });
}

export type EvaluationResult = { evaluated: number; flagged: number; newlyFlagged: number; cleared: number };

/**
 * The daily evaluation (as the system): each strategic partner's reasons now, against the state
 * stored last time. A partner that becomes flagged notifies its owner and emits
 * `alliance_alert.raised`; one that is no longer flagged emits `alliance_alert.cleared`. Staying
 * flagged changes nothing but the stored reasons, so running it twice notifies once.
 */
export async function evaluateAlerts(
  ctx: Ctx,
  /** The metrics to read (default: every installed module's); tests stand in for modules not installed. */
  options: { metrics?: ReadonlyMap<string, MetricDef> } = {},
): Promise<EvaluationResult> {
  return withTx(ctx, async (c) => {
    const previous = await c.tx.select().from(allianceAlertStates).for('update');
    const before = new Map(previous.map((s) => [s.partnerId, s]));
    // Strategic partners now, and those flagged last time (a partner that left the stage is cleared).
    const wasFlagged = previous.filter((s) => s.flagged).map((s) => s.partnerId);
    const evaluated = await evaluate(
      c,
      wasFlagged.length ? sqlOr(STRATEGIC as SQL, inArray(partners.id, wasFlagged)) : STRATEGIC,
      c.now,
      options.metrics,
    );
    const result: EvaluationResult = { evaluated: evaluated.length, flagged: 0, newlyFlagged: 0, cleared: 0 };
    for (const e of evaluated) {
      const reasons = isStrategic(e) ? e.reasons : [];
      const state = before.get(e.partnerId);
      const transition = alertTransition(state ? state.flagged : null, reasons);
      const codes = reasons.map((r) => r.code);
      if (reasons.length > 0) result.flagged += 1;
      if (!state) {
        const [inserted] = await c.tx
          .insert(allianceAlertStates)
          .values({
            partnerId: e.partnerId,
            flagged: reasons.length > 0,
            reasons: codes,
            flaggedSince: reasons.length > 0 ? c.now : null,
            evaluatedAt: c.now,
          })
          .onConflictDoNothing()
          .returning({ partnerId: allianceAlertStates.partnerId });
        if (!inserted) continue; // another run stored it first, and told the owner if it had to
      } else {
        await c.tx
          .update(allianceAlertStates)
          .set({
            flagged: reasons.length > 0,
            reasons: codes,
            flaggedSince: transition === 'became_flagged' ? c.now : transition === 'cleared' ? null : state.flaggedSince,
            evaluatedAt: c.now,
          })
          .where(eq(allianceAlertStates.partnerId, e.partnerId));
      }
      if (transition === 'became_flagged') {
        result.newlyFlagged += 1;
        await recordChange(c, {
          action: 'flag',
          entityType: 'alliance_alert',
          entityId: e.partnerId,
          partnerId: e.partnerId,
          after: { flagged: true, reasons: codes },
          summary: `${e.partnerName} is strategic in name only: ${reasons.map((r) => r.message).join('; ')}`,
          event: 'alliance_alert.raised',
          eventData: { reasons: reasons.map(({ code, value }) => ({ code, value })) },
        });
        if (e.ownerId) {
          await notify(c, {
            to: [e.ownerId],
            kind: 'alliance_alerts.flagged',
            title: `${e.partnerName} is strategic in name only`,
            body: reasons.map((r) => `• ${r.message}`).join('\n'),
            link: `/partners/${e.partnerId}`,
            entity: { type: 'partner', id: e.partnerId },
            partnerId: null,
          });
        }
      } else if (transition === 'cleared') {
        result.cleared += 1;
        await recordChange(c, {
          action: 'clear',
          entityType: 'alliance_alert',
          entityId: e.partnerId,
          partnerId: e.partnerId,
          before: { flagged: true, reasons: state?.reasons ?? [] },
          after: { flagged: false, reasons: [] },
          summary: `${e.partnerName} is no longer flagged strategic in name only`,
          event: 'alliance_alert.cleared',
        });
      }
    }
    return result;
  });
}

function sqlOr(a: SQL, b: SQL): SQL {
  return or(a, b) as SQL;
}
