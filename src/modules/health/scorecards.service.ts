import { and, asc, desc, eq, inArray, lte, type SQL } from 'drizzle-orm';
import { insertFromJson, excluded as sqlExcluded } from '../../db/bulk-insert.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { loadMetrics, type MetricDef, type MetricValue } from '../../server/module.js';
import { type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { localDateOf } from '../../shared/dates.js';
import { AppError, invalidField, notFound } from '../../shared/errors.js';
import { type AuditedKind, deleteAudited, insertAudited, recordChanges, updateAudited } from '../audit/index.js';
import { visiblePartner } from '../directory/index.js';
import { partners } from '../partners/index.js';
import { currentPlacements } from '../programs/index.js';
import { getSettings } from '../settings/index.js';
import { assertTierExists } from '../tiers/index.js';
import { type Colour, evaluateScorecard, periodRange, type ScorecardDimensionDef, templateProblems } from './health.rules.js';
import {
  type Applicability,
  type Cadence,
  type ScorecardRow,
  type ScorecardTemplateRow,
  scorecards,
  scorecardTemplates,
} from './health.schema.js';

const TEMPLATE: AuditedKind<ScorecardTemplateRow> = {
  entityType: 'scorecard_template',
  partnerIdOf: () => null,
  labelOf: (t) => t.name,
  conflicts: { scorecard_templates_name_key: { path: 'name', message: 'another scorecard template has this name' } },
};

export type TemplateInput = {
  name: string;
  description?: string;
  cadence: Cadence;
  appliesTo?: Partial<Applicability>;
  dimensions: ScorecardDimensionDef[];
  green: number;
  yellow: number;
  shared?: boolean;
  active?: boolean;
};

export type ScorecardTemplateDto = ScorecardTemplateRow & {
  /** Label and unit of each metric the template names, from the registry (null: no longer provided). */
  metricInfo: Record<string, { label: string; unit: string } | null>;
  evaluatedPeriods: string[];
  can: { edit: boolean; delete: boolean; evaluate: boolean };
};

function mayManage(ctx: Ctx): boolean {
  return ['admin', 'partner_manager'].includes(policyActor(ctx).role);
}

async function toDto(c: TxCtx, row: ScorecardTemplateRow, defs?: ReadonlyMap<string, MetricDef>): Promise<ScorecardTemplateDto> {
  const metrics = defs ?? (await loadMetrics());
  const periods = await c.tx
    .selectDistinct({ period: scorecards.period })
    .from(scorecards)
    .where(eq(scorecards.templateId, row.id))
    .orderBy(desc(scorecards.period));
  const info: ScorecardTemplateDto['metricInfo'] = {};
  for (const d of row.dimensions)
    for (const m of d.metrics) {
      const def = metrics.get(m.metric);
      info[m.metric] = def ? { label: def.label, unit: def.unit } : null;
    }
  const manage = mayManage(c);
  return {
    ...row,
    metricInfo: info,
    evaluatedPeriods: periods.map((p) => p.period),
    can: { edit: manage, delete: manage && periods.length === 0, evaluate: manage && row.active },
  };
}

async function checkTemplate(c: TxCtx, input: Omit<TemplateInput, 'name' | 'cadence'>): Promise<void> {
  const defs = await loadMetrics();
  const problems = templateProblems(input.dimensions, new Set(defs.keys()), { green: input.green, yellow: input.yellow });
  if (problems.length)
    throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
  if (input.appliesTo?.tierId) await assertTierExists(c, input.appliesTo.tierId, 'appliesTo.tierId');
}

function applicability(a: Partial<Applicability> | undefined): Applicability {
  return { motion: a?.motion ?? null, programId: a?.programId ?? null, tierId: a?.tierId ?? null };
}

export async function listTemplates(ctx: Ctx): Promise<ScorecardTemplateDto[]> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(scorecardTemplates)
      .orderBy(desc(scorecardTemplates.active), asc(scorecardTemplates.name));
    const defs = await loadMetrics();
    return Promise.all(rows.map((r) => toDto(c, r, defs)));
  });
}

async function loadTemplate(c: TxCtx, id: string, lock = false): Promise<ScorecardTemplateRow> {
  const q = c.tx.select().from(scorecardTemplates).where(eq(scorecardTemplates.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Scorecard template');
  return row;
}

export async function getTemplate(ctx: Ctx, id: string): Promise<ScorecardTemplateDto> {
  return withTx(ctx, async (c) => toDto(c, await loadTemplate(c, id)));
}

export async function createTemplate(ctx: Ctx, input: TemplateInput): Promise<ScorecardTemplateDto> {
  return withTx(ctx, async (c) => {
    await checkTemplate(c, input);
    const row = await insertAudited(
      c,
      scorecardTemplates,
      {
        name: input.name,
        description: input.description ?? '',
        cadence: input.cadence,
        appliesTo: applicability(input.appliesTo),
        dimensions: input.dimensions,
        green: input.green,
        yellow: input.yellow,
        shared: input.shared ?? true,
        active: input.active ?? true,
        createdAt: c.now,
        updatedAt: c.now,
      },
      TEMPLATE,
    );
    return toDto(c, row);
  });
}

export async function updateTemplate(ctx: Ctx, id: string, patch: Partial<TemplateInput>): Promise<ScorecardTemplateDto> {
  return withTx(ctx, async (c) => {
    const before = await loadTemplate(c, id, true);
    const merged = {
      dimensions: patch.dimensions ?? before.dimensions,
      green: patch.green ?? before.green,
      yellow: patch.yellow ?? before.yellow,
      appliesTo: patch.appliesTo ? applicability(patch.appliesTo) : before.appliesTo,
    };
    await checkTemplate(c, merged);
    const after = await updateAudited(c, scorecardTemplates, before, { ...patch, ...merged, updatedAt: c.now }, TEMPLATE);
    return toDto(c, after);
  });
}

/** Only a template never evaluated can go (its scorecards are history): deactivate it instead. */
export async function deleteTemplate(ctx: Ctx, id: string): Promise<void> {
  return withTx(ctx, async (c) => {
    const before = await loadTemplate(c, id, true);
    const [used] = await c.tx.select({ id: scorecards.id }).from(scorecards).where(eq(scorecards.templateId, id)).limit(1);
    if (used)
      throw new AppError('CONFLICT', 'This template has evaluated scorecards: deactivate it instead', {
        errors: [{ path: 'id', message: 'has evaluated scorecards: deactivate it instead (active: false)' }],
      });
    await deleteAudited(c, scorecardTemplates, before, TEMPLATE);
  });
}

export type EvaluationRun = {
  templateId: string;
  period: string;
  asOf: Date;
  partners: number;
  colours: Record<Colour | 'none', number>;
};

/**
 * Evaluates a template for a period: every partner it applies to, each metric computed once for
 * all of them as of the period's end (now for the running period), the pure rule per partner, one
 * upsert — evaluating again replaces the period's scorecards. Each partner's scorecard emits
 * `scorecard.evaluated` (with its partner, so webhooks and the partner's side hear of it).
 */
export async function evaluateTemplate(
  ctx: Ctx,
  input: { templateId: string; period: string },
  options: { metrics?: ReadonlyMap<string, MetricDef> } = {},
): Promise<EvaluationRun> {
  return withTx(ctx, async (c) => {
    const [template] = await c.tx.select().from(scorecardTemplates).where(eq(scorecardTemplates.id, input.templateId));
    if (!template) throw invalidField('templateId', 'no such scorecard template');
    if (!template.active) throw invalidField('templateId', 'this template is inactive');
    const range = periodRange(input.period);
    const quarterly = input.period.includes('Q');
    if (!range || quarterly !== (template.cadence === 'quarter'))
      throw invalidField(
        'period',
        template.cadence === 'quarter' ? 'must be a quarter such as 2026-Q3' : 'must be a month such as 2026-11',
      );
    const today = localDateOf(c.now, (await getSettings(c)).timeZone);
    if (range.start > today) throw invalidField('period', 'must not be a period still to come');
    const end = new Date(`${range.end}T00:00:00Z`);
    const asOf = end < c.now ? end : c.now;

    const where: (SQL | undefined)[] = [
      partnerFilter(c, partners.id),
      inArray(partners.lifecycleStage, ['onboarding', 'enabled', 'active', 'strategic']),
      lte(partners.createdAt, asOf),
    ];
    if (template.appliesTo.motion) where.push(eq(partners.motion, template.appliesTo.motion as never));
    let ids = (
      await c.tx
        .select({ id: partners.id })
        .from(partners)
        .where(and(...where))
    ).map((r) => r.id);
    const { programId, tierId } = template.appliesTo;
    if (programId || tierId) {
      const placements = await currentPlacements(c, ids);
      ids = ids.filter((id) =>
        (placements.get(id) ?? []).some((p) => (!programId || p.programId === programId) && (!tierId || p.tierId === tierId)),
      );
    }
    const defs = options.metrics ?? (await loadMetrics());
    const keys = [...new Set(template.dimensions.flatMap((d) => d.metrics.map((m) => m.metric)))];
    const values = new Map<string, Map<string, MetricValue>>();
    for (const key of keys) {
      const def = defs.get(key);
      values.set(key, def && ids.length ? await def.compute(c, ids, asOf) : new Map());
    }
    const colours = { green: 0, yellow: 0, red: 0, none: 0 };
    const rows = ids.map((partnerId) => {
      const mine = new Map(keys.map((k) => [k, values.get(k)?.get(partnerId) ?? null]));
      const r = evaluateScorecard(template.dimensions, mine, { green: template.green, yellow: template.yellow });
      colours[r.colour ?? 'none'] += 1;
      return {
        templateId: template.id,
        partnerId,
        templateName: template.name,
        period: input.period,
        asOf,
        score: r.score,
        colour: r.colour,
        dimensions: r.dimensions,
        shared: template.shared,
        evaluatedAt: c.now,
        createdAt: c.now,
      };
    });
    if (rows.length) {
      // One statement and one parameter for every partner (values() breaks at 20,000 rows).
      const saved = await insertFromJson(c.tx, scorecards, rows, {
        returning: true,
        onConflictDoUpdate: {
          target: [scorecards.templateId, scorecards.partnerId, scorecards.period],
          set: {
            templateName: template.name,
            asOf,
            score: sqlExcluded('score'),
            colour: sqlExcluded('colour'),
            dimensions: sqlExcluded('dimensions'),
            shared: template.shared,
            evaluatedAt: c.now,
          },
        },
      });
      // One audit entry and one `scorecard.evaluated` event per partner, written in two statements.
      await recordChanges(
        c,
        saved.map((s) => ({
          action: 'evaluate',
          entityType: 'scorecard',
          entityId: s.id,
          partnerId: s.partnerId,
          after: { templateId: template.id, period: input.period, score: s.score, colour: s.colour },
          summary: `Scorecard “${template.name}” for ${input.period}: ${s.score ?? 'no data'} (${s.colour ?? 'no data'})`,
          event: 'scorecard.evaluated',
          eventData: { templateId: template.id, period: input.period, score: s.score, colour: s.colour },
        })),
      );
    }
    return { templateId: template.id, period: input.period, asOf, partners: rows.length, colours };
  });
}

/** One metric of an evaluated scorecard, with what people call it and how to show it (decision 0292). */
export type ScorecardMetricDto = ScorecardRow['dimensions'][number]['metrics'][number] & {
  /** The registry's label ("Won revenue, trailing four quarters"); the key when no module provides it any more. */
  label: string;
  /** The registry's unit; null when no module provides the metric any more. */
  unit: MetricDef['unit'] | null;
};

export type ScorecardDto = Omit<ScorecardRow, 'createdAt' | 'dimensions'> & {
  partnerName: string;
  /** Money metrics' values and targets are minor units of this currency (the reporting currency). */
  currency: string;
  dimensions: (Omit<ScorecardRow['dimensions'][number], 'metrics'> & { metrics: ScorecardMetricDto[] })[];
};

export type ScorecardQuery = { templateId?: string; period?: string; partnerId?: string; colour?: Colour[] };

/** Evaluated scorecards in the caller's scope (a partner's people: their own shared ones). */
export async function listScorecards(ctx: Ctx, query: ScorecardQuery): Promise<ScorecardDto[]> {
  return withTx(ctx, async (c) => {
    const where: (SQL | undefined)[] = [partnerFilter(c, scorecards.partnerId)];
    if (policyActor(c).partnerId) where.push(eq(scorecards.shared, true));
    if (query.templateId) where.push(eq(scorecards.templateId, query.templateId));
    if (query.period) where.push(eq(scorecards.period, query.period));
    if (query.partnerId) where.push(eq(scorecards.partnerId, query.partnerId));
    if (query.colour?.length) where.push(inArray(scorecards.colour, query.colour));
    const rows = await c.tx
      .select({ s: scorecards, partnerName: partners.name })
      .from(scorecards)
      .innerJoin(partners, eq(partners.id, scorecards.partnerId))
      .where(and(...where))
      .orderBy(desc(scorecards.period), asc(partners.name), asc(scorecards.templateName))
      .limit(1000);
    const defs = await loadMetrics();
    const currency = (await getSettings(c)).reportingCurrency;
    return rows.map(({ s: { createdAt: _c, ...s }, partnerName }) => ({
      ...s,
      partnerName,
      currency,
      dimensions: s.dimensions.map((d) => ({
        ...d,
        metrics: d.metrics.map((m) => {
          const def = defs.get(m.metric);
          return { ...m, label: def?.label ?? m.metric, unit: def?.unit ?? null };
        }),
      })),
    }));
  });
}

/** One partner's scorecards, newest period first (the partner 360 card and the portal). */
export async function partnerScorecards(ctx: Ctx, partnerId: string): Promise<ScorecardDto[]> {
  const partner = await visiblePartner(ctx, partnerId);
  return listScorecards(ctx, { partnerId: partner.id });
}
