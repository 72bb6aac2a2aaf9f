import { and, inArray, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import { loadMetrics } from '../../server/module.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { addDays, type IsoDate, localDateOf } from '../../shared/dates.js';
import { invalidField } from '../../shared/errors.js';
import { type Money, money } from '../../shared/money.js';
import { isPartnerRole } from '../../shared/roles.js';
import { allianceOrNone } from '../alliances/index.js';
import { creditedDeals, resolveModel } from '../attribution/index.js';
import { currentPlanFulfilment, getPlan } from '../business-plans/index.js';
import { visiblePartner } from '../directory/index.js';
import { convertEachToReporting } from '../fx/index.js';
import { governanceSummary, listActions, listDecisions } from '../governance/index.js';
import { computeHealth, getHealthHistory, HEALTH_DIMENSIONS } from '../health/index.js';
import { opportunities, opportunityPartners } from '../opportunities/index.js';
import { HIGH_SCORE, listRisks, riskBand } from '../risks/index.js';
import { getSettings } from '../settings/index.js';
import {
  attainmentOf,
  changeOf,
  type Highlight,
  highlightsOf,
  lastCompleteQuarter,
  parseQuarter,
  type Quarter,
  quarterOf,
  quarterShareOfTarget,
  quartersUpTo,
  shiftQuarter,
} from './qbr.rules.js';

/** How many quarters the trends show (the pack's quarter last). */
export const TREND_QUARTERS = 6;

export type QuarterRef = { key: string; label: string; start: IsoDate; end: IsoDate };
export type Colour = 'green' | 'yellow' | 'red';
export type Kpi = {
  key: string;
  label: string;
  unit: 'money' | 'percent' | 'score' | 'count';
  value: number | null;
  previous: number | null;
  /** Percent change against the previous quarter (points for percent and score). */
  change: number | null;
  currency: string | null;
};
export type RevenueQuarter = { quarter: string; label: string; won: Money; target: Money | null; deals: number };
export type RevenueSection = {
  won: Money;
  wonDeals: number;
  previousWon: Money;
  target: Money | null;
  attainment: number | null;
  pipeline: Money | null;
  previousPipeline: Money | null;
  pipelineTarget: Money | null;
  pipelineAttainment: number | null;
  byQuarter: RevenueQuarter[];
  /** Won deals no exchange rate converted at their close date (left out of the sums). */
  unconverted: number;
};
export type PlanSection = {
  id: string;
  title: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  status: string;
  goals: {
    id: string;
    title: string;
    kind: string;
    side: string;
    target: Money | null;
    targetCount: number | null;
    unit: string;
  }[];
};
export type CommitmentItem = {
  id: string;
  title: string;
  side: 'vendor' | 'partner';
  dueDate: IsoDate;
  status: string;
  overdue: boolean;
  owner: string | null;
};
export type CommitmentsSection = {
  vendor: number | null;
  partner: number | null;
  asymmetry: number | null;
  counts: { vendor: number; partner: number; done: number; open: number; missed: number };
  items: CommitmentItem[];
};
export type AttributionSection = {
  model: string;
  modelLabel: string;
  credited: Money;
  influenced: Money;
  opportunities: number;
  trend: { quarter: string; label: string; credited: Money; influenced: Money }[];
};
export type HealthEvidence = {
  metric: string;
  label: string;
  value: number | null;
  unit: string;
  points: number | null;
  leading: boolean;
  measured: boolean;
  contribution: number;
};
export type HealthSection = {
  score: number | null;
  status: Colour | null;
  previousScore: number | null;
  dimensions: { key: string; score: number | null; status: Colour | null; evidence: HealthEvidence[] }[];
  trend: { period: string; score: number | null; status: Colour | null }[];
};
export type GovernanceSection = {
  openActions: { id: string; title: string; side: string; owner: string | null; dueOn: IsoDate; overdue: boolean }[];
  overdueActions: number;
  decisions: { id: string; title: string; status: string; closedAt: Date | null; forPercent: number | null }[];
  nextMeeting: { id: string; title: string; kind: string; startsAt: Date } | null;
};
export type RiskItem = {
  id: string;
  title: string;
  category: string;
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  status: string;
  owner: string | null;
};
export type RisksSection = { open: RiskItem[]; high: number };
export type Unavailable = { section: string; reason: string };

export type QbrPack = {
  partner: { id: string; name: string };
  vendorName: string;
  quarter: QuarterRef;
  previousQuarter: QuarterRef;
  /** Quarters a person may pick (the last eight complete ones and the running one), newest first. */
  quarters: QuarterRef[];
  audience: 'vendor' | 'partner';
  generatedAt: Date;
  asOf: Date;
  currency: string;
  sponsors: { vendor: string | null; partner: string | null; partnerTitle: string | null };
  highlights: Highlight[];
  kpis: Kpi[];
  revenue: RevenueSection;
  plan: PlanSection | null;
  commitments: CommitmentsSection | null;
  attribution: AttributionSection | null;
  health: HealthSection | null;
  governance: GovernanceSection | null;
  risks: RisksSection | null;
  /** The sections left out, each with why (not shown to this side, no data, a module missing). */
  unavailable: Unavailable[];
};

export const labelOf = (q: Quarter): string => `Q${q.q} ${q.year}`;
const ref = (q: Quarter): QuarterRef => ({ key: q.key, label: labelOf(q), start: q.start, end: q.end });

/** The offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a local day starts in `timeZone`. */
export function startOfLocalDay(day: IsoDate, timeZone: string): Date {
  const guess = new Date(`${day}T00:00:00Z`);
  const first = new Date(guess.getTime() - offsetAt(guess, timeZone));
  return new Date(guess.getTime() - offsetAt(first, timeZone));
}

/** The pack's quarter: the one asked for (not one still to come), or the last complete one. */
export function resolveQuarter(key: string | undefined, today: IsoDate): Quarter {
  if (key === undefined) return lastCompleteQuarter(today);
  const q = parseQuarter(key);
  if (!q) throw invalidField('quarter', 'must be a quarter such as 2026-Q3');
  if (q.start > today) throw invalidField('quarter', 'must not be a quarter still to come');
  return q;
}

const name = (p: { name: string } | null | undefined) => p?.name ?? null;

type WonRow = { id: string; closeDate: string; amount: number; currency: string };

/** Won deals the partner sourced or co-sold, closed in [from, to] (the revenue of `opportunities.won_revenue_t4q`). */
async function wonDeals(c: TxCtx, partnerId: string, from: IsoDate, to: IsoDate): Promise<WonRow[]> {
  const o = opportunities;
  const p = opportunityPartners;
  const rows = await c.tx
    .select({ id: o.id, closeDate: o.closeDate, amount: o.amount, currency: o.currency })
    .from(p)
    .innerJoin(o, sql`${o.id} = ${p.opportunityId}`)
    .where(
      and(
        inArray(p.partnerId, [partnerId]),
        sql`${o.stage} = 'closed_won'`,
        sql`${o.closeDate} between ${from}::date and ${to}::date`,
        sql`${p.roles} && array['sourced', 'co_sell']::text[]`,
      ),
    );
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}

async function revenueSection(
  c: TxCtx,
  partnerId: string,
  quarters: Quarter[],
  currency: string,
  pipelineAt: (asOf: Date) => Promise<number | null>,
  asOf: Date,
  previousAsOf: Date,
): Promise<Omit<RevenueSection, 'target' | 'attainment' | 'pipelineTarget' | 'pipelineAttainment'>> {
  const first = quarters[0] as Quarter;
  const last = quarters[quarters.length - 1] as Quarter;
  const rows = await wonDeals(c, partnerId, first.start, last.end);
  const converted = await convertEachToReporting(
    c,
    rows.map((r) => ({ value: money(r.amount, r.currency), date: r.closeDate })),
  );
  const byKey = new Map(quarters.map((q) => [q.key, { amount: 0, deals: 0 }]));
  let unconverted = 0;
  rows.forEach((r, i) => {
    const value = converted[i];
    const bucket = byKey.get(quarterOf(r.closeDate).key);
    if (!bucket) return;
    if (!value) {
      unconverted += 1;
      return;
    }
    bucket.amount += value.amount;
    bucket.deals += 1;
  });
  const at = (q: Quarter) => byKey.get(q.key) ?? { amount: 0, deals: 0 };
  const previous = quarters[quarters.length - 2];
  const pipeline = await pipelineAt(asOf);
  const previousPipeline = await pipelineAt(previousAsOf);
  return {
    won: money(at(last).amount, currency),
    wonDeals: at(last).deals,
    previousWon: money(previous ? at(previous).amount : 0, currency),
    pipeline: pipeline === null ? null : money(pipeline, currency),
    previousPipeline: previousPipeline === null ? null : money(previousPipeline, currency),
    byQuarter: quarters.map((q) => ({
      quarter: q.key,
      label: labelOf(q),
      won: money(at(q).amount, currency),
      target: null,
      deals: at(q).deals,
    })),
    unconverted,
  };
}

async function planTargets(
  c: TxCtx,
  plan: Awaited<ReturnType<typeof getPlan>>,
  day: IsoDate,
): Promise<{ goals: PlanSection['goals']; revenue: (q: Quarter) => number | null; pipeline: number | null }> {
  const goals: PlanSection['goals'] = [];
  let revenueTarget = 0;
  let hasRevenue = false;
  let pipelineTarget = 0;
  let hasPipeline = false;
  const withAmount = plan.content.goals.filter((g) => g.targetAmount);
  const converted = await convertEachToReporting(
    c,
    withAmount.map((g) => ({ value: g.targetAmount as Money, date: day })),
  );
  const targetOf = new Map(withAmount.map((g, i) => [g.id, converted[i] ?? null]));
  for (const g of plan.content.goals) {
    const target = targetOf.get(g.id) ?? null;
    goals.push({
      id: g.id,
      title: g.title,
      kind: g.kind,
      side: g.side,
      target,
      targetCount: g.targetCount,
      unit: g.unit,
    });
    if (g.kind === 'revenue' && target) {
      revenueTarget += target.amount;
      hasRevenue = true;
    }
    if (g.kind === 'pipeline' && target) {
      pipelineTarget += target.amount;
      hasPipeline = true;
    }
  }
  const period = { start: plan.periodStart, end: plan.periodEnd };
  return {
    goals,
    revenue: (q) => (hasRevenue ? quarterShareOfTarget(revenueTarget, period, q) : null),
    pipeline: hasPipeline ? pipelineTarget : null,
  };
}

/**
 * The QBR pack of a partner for a quarter, from live data through the other modules' exports:
 * revenue and pipeline against the plan's targets, attribution with its trend, commitments of
 * both sides, health with evidence and trend (vendor staff only), governance and risks, and the
 * highlights. A section this caller may not read, or with nothing behind it, is null and named in
 * `unavailable` with the reason. Another partner's id is a 404 like a missing one.
 */
export async function assembleQbr(ctx: Ctx, partnerId: string, quarterKey?: string): Promise<QbrPack> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const settings = await getSettings(c);
    const { timeZone, reportingCurrency: currency } = settings;
    const today = localDateOf(c.now, timeZone);
    const quarter = resolveQuarter(quarterKey, today);
    const previous = shiftQuarter(quarter, 1);
    const trendQuarters = quartersUpTo(quarter, TREND_QUARTERS);
    const endOf = (q: Quarter) => {
      const end = startOfLocalDay(addDays(q.end, 1), timeZone);
      return new Date(Math.min(end.getTime() - 1, c.now.getTime()));
    };
    const asOf = endOf(quarter);
    const previousAsOf = endOf(previous);
    const complete = quarter.end < today;
    const actor = c.actor;
    const audience: 'vendor' | 'partner' = actor.kind === 'user' && isPartnerRole(actor.role) ? 'partner' : 'vendor';
    const unavailable: Unavailable[] = [];
    const metrics = await loadMetrics();

    // Revenue and pipeline.
    const pipelineDef = metrics.get('opportunities.joint_pipeline');
    const pipelineAt = async (at: Date) => {
      if (!pipelineDef) return null;
      const v = (await pipelineDef.compute(c, [partner.id], at)).get(partner.id);
      return v ?? 0;
    };
    const revenueBase = await revenueSection(c, partner.id, trendQuarters, currency, pipelineAt, asOf, previousAsOf);

    // The plan covering the quarter's end, with fulfilment per side as of then.
    const fulfilment = (await currentPlanFulfilment(c, [partner.id], asOf)).get(partner.id) ?? null;
    let plan: PlanSection | null = null;
    let commitments: CommitmentsSection | null = null;
    let revenueTargetOf: (q: Quarter) => number | null = () => null;
    let pipelineTarget: number | null = null;
    if (fulfilment) {
      const full = await getPlan(c, fulfilment.planId);
      const targets = await planTargets(c, full, quarter.end);
      revenueTargetOf = targets.revenue;
      pipelineTarget = targets.pipeline;
      plan = {
        id: full.id,
        title: full.title,
        periodStart: full.periodStart,
        periodEnd: full.periodEnd,
        status: full.status,
        goals: targets.goals,
      };
      const items = full.commitments
        .map((x) => ({
          id: x.id,
          title: x.title,
          side: x.side,
          dueDate: x.dueDate,
          status: x.status,
          overdue: x.status === 'open' && x.dueDate < (complete ? addDays(quarter.end, 1) : today),
          owner: name(x.owner),
        }))
        .sort((a, b) => a.side.localeCompare(b.side) || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
      commitments = {
        vendor: fulfilment.vendor,
        partner: fulfilment.partner,
        asymmetry: fulfilment.asymmetry,
        counts: {
          vendor: items.filter((i) => i.side === 'vendor').length,
          partner: items.filter((i) => i.side === 'partner').length,
          done: items.filter((i) => i.status === 'done').length,
          open: items.filter((i) => i.status === 'open').length,
          missed: items.filter((i) => i.status === 'missed').length,
        },
        items,
      };
    } else {
      unavailable.push({ section: 'plan', reason: 'No approved joint business plan covers the end of the quarter.' });
      unavailable.push({
        section: 'commitments',
        reason: 'Commitments belong to a joint business plan; none covers the quarter.',
      });
    }
    const target = revenueTargetOf(quarter);
    const revenue: RevenueSection = {
      ...revenueBase,
      byQuarter: revenueBase.byQuarter.map((r, i) => {
        const t = revenueTargetOf(trendQuarters[i] as Quarter);
        return { ...r, target: t === null || t === 0 ? null : money(t, currency) };
      }),
      target: target === null ? null : money(target, currency),
      attainment: attainmentOf(revenueBase.won.amount, target),
      pipelineTarget: pipelineTarget === null ? null : money(pipelineTarget, currency),
      pipelineAttainment: revenueBase.pipeline ? attainmentOf(revenueBase.pipeline.amount, pipelineTarget) : null,
    };
    if (!pipelineDef) unavailable.push({ section: 'pipeline', reason: 'The opportunities module measures no pipeline here.' });

    // Attribution: credited by the organisation's default model, and influenced, per quarter.
    const first = trendQuarters[0] as Quarter;
    const model = await resolveModel(c, {});
    const credited = await creditedDeals(c, model.spec, first.start, quarter.end);
    const touched = await creditedDeals(c, { model: 'linear' }, first.start, quarter.end);
    const perQuarter = new Map(trendQuarters.map((q) => [q.key, { credited: 0, influenced: 0, opportunities: 0 }]));
    for (const d of credited.deals) {
      const bucket = perQuarter.get(quarterOf(d.closeDate).key);
      const line = d.lines.find((l) => l.partnerId === partner.id);
      if (bucket && line) {
        bucket.credited += line.credit.amount;
        bucket.opportunities += 1;
      }
    }
    for (const d of touched.deals) {
      const bucket = perQuarter.get(quarterOf(d.closeDate).key);
      if (bucket && d.reporting && d.lines.some((l) => l.partnerId === partner.id)) bucket.influenced += d.reporting.amount;
    }
    const here = perQuarter.get(quarter.key) ?? { credited: 0, influenced: 0, opportunities: 0 };
    const attribution: AttributionSection = {
      model: model.model,
      modelLabel: model.label,
      credited: money(here.credited, credited.currency),
      influenced: money(here.influenced, credited.currency),
      opportunities: here.opportunities,
      trend: trendQuarters.map((q) => ({
        quarter: q.key,
        label: labelOf(q),
        credited: money(perQuarter.get(q.key)?.credited ?? 0, credited.currency),
        influenced: money(perQuarter.get(q.key)?.influenced ?? 0, credited.currency),
      })),
    };

    // Health: the vendor's own judgement (decision 0281) — never in the partner's pack.
    let health: HealthSection | null = null;
    if (audience === 'vendor') {
      const computed = (await computeHealth(c, [partner.id], asOf, { metrics })).get(partner.id);
      const history = await getHealthHistory(c, partner.id);
      const lastMonth = quarter.end.slice(0, 7);
      const trend = history.filter((s) => s.period <= lastMonth).slice(-12);
      const before = history.filter((s) => s.period <= previous.end.slice(0, 7)).at(-1) ?? null;
      if (computed) {
        health = {
          score: computed.result.score,
          status: computed.result.status,
          previousScore: before?.score ?? null,
          dimensions: HEALTH_DIMENSIONS.map((key) => {
            const d = computed.result.dimensions.find((x) => x.key === key);
            return {
              key,
              score: d?.score ?? null,
              status: d?.status ?? null,
              evidence: (d?.evidence ?? [])
                .map((e) => ({
                  metric: e.metric,
                  label: e.label,
                  value: e.value,
                  unit: metrics.get(e.metric)?.unit ?? (e.metric.startsWith('health.') ? 'percent' : 'count'),
                  points: e.points,
                  leading: e.leading,
                  measured: e.measured,
                  contribution: e.contribution,
                }))
                .sort((a, b) => Number(b.measured) - Number(a.measured) || b.contribution - a.contribution),
            };
          }),
          trend: trend.map((s) => ({ period: s.period, score: s.score, status: s.status })),
        };
      }
    } else {
      unavailable.push({
        section: 'health',
        reason: 'The health score is the vendor’s internal assessment; it is not shared with partners.',
      });
    }

    // Governance: open action items, decisions taken in the quarter, the next meeting. The pack of
    // the last complete or the running quarter is presented now: it shows what is open now; an
    // older quarter's shows what was open at its end (decision 0306).
    const live = quarter.key === lastCompleteQuarter(today).key || quarter.key === quarterOf(today).key;
    const openAt = live ? c.now : asOf;
    const endDay = live ? today : addDays(quarter.end, 1);
    const actions = (await listActions(c, { partnerId: [partner.id], limit: 500 })).data
      .filter((a) => a.createdAt <= openAt && (a.closedAt === null ? a.status === 'open' : a.closedAt > openAt))
      .map((a) => ({
        id: a.id,
        title: a.title,
        side: a.side,
        owner: a.owner?.name ?? null,
        dueOn: a.dueOn,
        overdue: a.dueOn < endDay,
      }));
    const quarterStart = startOfLocalDay(quarter.start, timeZone);
    const decisions = (await listDecisions(c, { partnerId: [partner.id], limit: 500 })).data
      .filter((d) => d.status !== 'open' && d.closedAt !== null && d.closedAt >= quarterStart && d.closedAt <= asOf)
      .map((d) => ({
        id: d.id,
        title: d.title,
        status: d.status,
        closedAt: d.closedAt,
        forPercent: d.result?.forPercent ?? null,
      }));
    const summary = await governanceSummary(c, partner.id);
    const governance: GovernanceSection = {
      openActions: actions,
      overdueActions: actions.filter((a) => a.overdue).length,
      decisions,
      nextMeeting: summary.nextMeeting,
    };

    // Open risks, as the action items (a partner sees the ones shared with it, as in the register).
    const openRisks = (await listRisks(c, { partnerId: [partner.id], limit: 200 })).data
      .filter(
        (r) =>
          r.createdAt <= openAt && (r.closedAt === null ? r.status === 'open' || r.status === 'mitigating' : r.closedAt > openAt),
      )
      .map((r) => ({
        id: r.id,
        title: r.title,
        category: r.category,
        likelihood: r.likelihood,
        impact: r.impact,
        score: r.likelihood * r.impact,
        band: riskBand(r.likelihood * r.impact),
        status: r.status,
        owner: r.owner?.name ?? null,
      }))
      .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
    const risks: RisksSection = { open: openRisks, high: openRisks.filter((r) => r.score >= HIGH_SCORE).length };

    // Sponsors on both sides.
    const { alliance } = await allianceOrNone(c, partner.id);
    const sponsors = {
      vendor: alliance?.sponsors.vendor?.name ?? null,
      partner: alliance?.sponsors.partner?.name ?? null,
      partnerTitle: alliance?.sponsors.partner?.title || null,
    };

    const kpis: Kpi[] = [
      {
        key: 'revenue',
        label: 'Revenue won',
        unit: 'money',
        value: revenue.won.amount,
        previous: revenue.previousWon.amount,
        change: changeOf(revenue.won.amount, revenue.previousWon.amount),
        currency,
      },
      {
        key: 'attainment',
        label: 'Of revenue target',
        unit: 'percent',
        value: revenue.attainment,
        previous: attainmentOf(revenue.previousWon.amount, revenueTargetOf(previous)),
        change: null,
        currency: null,
      },
      {
        key: 'pipeline',
        label: 'Open pipeline',
        unit: 'money',
        value: revenue.pipeline?.amount ?? null,
        previous: revenue.previousPipeline?.amount ?? null,
        change: changeOf(revenue.pipeline?.amount ?? null, revenue.previousPipeline?.amount ?? null),
        currency,
      },
      {
        key: 'credited',
        label: `Credited (${model.label.toLowerCase()})`,
        unit: 'money',
        value: attribution.credited.amount,
        previous: attribution.trend.at(-2)?.credited.amount ?? null,
        change: changeOf(attribution.credited.amount, attribution.trend.at(-2)?.credited.amount ?? null),
        currency,
      },
    ];
    if (health)
      kpis.push({
        key: 'health',
        label: 'Health score',
        unit: 'score',
        value: health.score,
        previous: health.previousScore,
        change: health.score !== null && health.previousScore !== null ? health.score - health.previousScore : null,
        currency: null,
      });
    kpis.push({
      key: 'commitments',
      label: 'Commitments kept',
      unit: 'percent',
      value:
        commitments && (commitments.vendor !== null || commitments.partner !== null)
          ? Math.round(
              ([commitments.vendor, commitments.partner].filter((v) => v !== null) as number[]).reduce((s, v) => s + v, 0) /
                [commitments.vendor, commitments.partner].filter((v) => v !== null).length,
            )
          : null,
      previous: null,
      change: null,
      currency: null,
    });
    for (const k of kpis) if (k.unit === 'percent' && k.previous !== null && k.value !== null) k.change = k.value - k.previous;

    const highlights = highlightsOf({
      revenueAttainment: revenue.attainment,
      revenueChange: changeOf(revenue.won.amount, revenue.previousWon.amount),
      pipelineAttainment: revenue.pipelineAttainment,
      health: health?.score ?? null,
      healthBefore: health?.previousScore ?? null,
      healthStatus: health?.status ?? null,
      fulfilment: commitments
        ? { vendor: commitments.vendor, partner: commitments.partner, asymmetry: commitments.asymmetry }
        : null,
      overdueActions: governance.overdueActions,
      highRisks: risks.high,
      decisions: decisions.length,
      hasPlan: plan !== null,
    });

    const current = quarterOf(today);
    const quarters = quartersUpTo(current, 9).reverse().map(ref);
    return {
      partner: { id: partner.id, name: partner.name },
      vendorName: settings.vendorName,
      quarter: ref(quarter),
      previousQuarter: ref(previous),
      quarters,
      audience,
      generatedAt: c.now,
      asOf,
      currency,
      sponsors,
      highlights,
      kpis,
      revenue,
      plan,
      commitments,
      attribution,
      health,
      governance,
      risks,
      unavailable,
    };
  });
}
