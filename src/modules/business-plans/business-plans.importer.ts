import { and, inArray } from 'drizzle-orm';
import { partnerFilter } from '../../db/scope.js';
import { choiceCell, dateCell, emailCell, type ImporterDef, type ImportProblem, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor } from '../../shared/context.js';
import type { IsoDate } from '../../shared/dates.js';
import { isCurrency, type Money, parseMoney } from '../../shared/money.js';
import {
  findPartnersByReference,
  findPartnerUsersByEmail,
  findVendorUsersByReference,
  partnerNamedBy,
} from '../directory/index.js';
import { getSettings } from '../settings/index.js';
import { isPlanWriter } from './business-plans.policy.js';
import { commitmentsAddable, mayAddCommitment, type PlanStatus, SIDES, type Side } from './business-plans.rules.js';
import { businessPlans } from './business-plans.schema.js';
import { addCommitment, periodPresets } from './business-plans.service.js';

export type CommitmentImportRow = {
  partner: string;
  plan?: string;
  side: Side;
  title: string;
  description?: string;
  dueDate: IsoDate;
  owner?: string;
  amount?: string;
  currency?: string;
  partnerId?: string;
  planId?: string;
  ownerId?: string;
  money?: Money;
};

type PlanRef = { id: string; partnerId: string; title: string; periodStart: string; periodEnd: string; status: PlanStatus };

/**
 * Which of the partner's plans a row names: by title, by fiscal period ("FY2027", "FY2027 Q2"),
 * by a day its period covers, or (no plan cell) the plan whose period covers the due date.
 * One plan, or the words for the problem.
 */
function planOf(
  plans: readonly PlanRef[],
  presets: readonly { label: string; start: string; end: string }[],
  cell: string | undefined,
  dueDate: IsoDate,
): { plan: PlanRef; problem?: undefined } | { plan?: undefined; problem: string; column: 'plan' | 'dueDate' } {
  let candidates: PlanRef[];
  if (!cell) candidates = plans.filter((p) => p.periodStart <= dueDate && dueDate <= p.periodEnd);
  else {
    const wanted = cell.trim().toLowerCase();
    const preset = presets.find((p) => p.label.toLowerCase() === wanted);
    candidates = plans.filter((p) => p.title.toLowerCase() === wanted);
    if (candidates.length === 0 && preset)
      candidates = plans.filter((p) => p.periodStart === preset.start && p.periodEnd === preset.end);
    if (candidates.length === 0 && /^\d{4}-\d{2}-\d{2}$/.test(wanted))
      candidates = plans.filter((p) => p.periodStart <= wanted && wanted <= p.periodEnd);
  }
  const open = candidates.filter((p) => commitmentsAddable(p.status));
  const column = cell ? 'plan' : 'dueDate';
  const [plan] = open;
  if (plan && open.length === 1) return { plan };
  if (open.length > 1) return { column, problem: `names ${open.length} draft or proposed plans; give the plan's title` };
  if (candidates.length > 0) {
    return {
      column,
      problem: `"${candidates[0]?.title}" is ${candidates[0]?.status}: commitments are added to a draft or proposed plan`,
    };
  }
  return cell
    ? { column, problem: `no plan "${cell}" of this partner (a title, a fiscal period such as FY2027, or a day in its period)` }
    : { column, problem: 'no plan of this partner covers this day; name the plan in the Plan column' };
}

/**
 * Bilateral commitments of a joint business plan, from the spreadsheet the plan was negotiated in:
 * a row per commitment (side, what, due, owner by e-mail) into the partner's draft or proposed
 * plan named by title or period. Each is added as in the app (audited, `plan_commitment.created`,
 * a plan version per commitment); a partner's commitment is owned by one of its people, the
 * vendor's by its staff.
 */
export const commitmentsImporter: ImporterDef<CommitmentImportRow, { titles: Map<string, number> }> = {
  kind: 'plan-commitments',
  label: 'Business plan commitments',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'planCommitment.import',
  columns: [
    {
      key: 'partner',
      label: 'Partner',
      required: true,
      aliases: ['Partner name', 'Partner ID', 'Alliance', 'Account', 'Company'],
      hint: "the partner's name, a domain it claims, or its id",
      parse: textCell(253),
    },
    {
      key: 'plan',
      label: 'Plan',
      aliases: ['Business plan', 'Joint business plan', 'JBP', 'Plan period', 'Period', 'Fiscal period'],
      hint: "the plan's title, its fiscal period (FY2027, FY2027 Q2) or a day in its period; empty: the plan covering the due date",
      parse: textCell(200),
    },
    {
      key: 'side',
      label: 'Side',
      required: true,
      aliases: ['Owner side', 'Committed by', 'Who'],
      hint: 'vendor or partner',
      parse: choiceCell(SIDES, { us: 'vendor', we: 'vendor', ours: 'vendor', them: 'partner', theirs: 'partner' }),
    },
    { key: 'title', label: 'Commitment', required: true, aliases: ['Title', 'Commitment title', 'What'], parse: textCell(200) },
    {
      key: 'description',
      label: 'Description',
      aliases: ['Details', 'Notes', 'Measure', 'Target', 'Success measure'],
      hint: 'what done looks like: the measure agreed',
      parse: textCell(4000),
    },
    {
      key: 'amount',
      label: 'Amount',
      aliases: ['Budget', 'Investment', 'Value', 'Commitment amount'],
      hint: 'what an investment commitment is worth, e.g. 50000.00 (empty: not money)',
      parse: textCell(40),
    },
    {
      key: 'currency',
      label: 'Currency',
      aliases: ['Currency code'],
      hint: "ISO 4217, e.g. USD (empty: the organisation's reporting currency)",
      parse: textCell(3),
    },
    {
      key: 'dueDate',
      label: 'Due date',
      required: true,
      aliases: ['Due', 'Due on', 'Deadline', 'By'],
      hint: 'YYYY-MM-DD',
      parse: dateCell,
    },
    {
      key: 'owner',
      label: 'Owner',
      aliases: ['Owner email', 'Owner e-mail', 'Responsible', 'Assigned to'],
      hint: "the e-mail of the person of that side who keeps it (empty: the side's managers)",
      parse: emailCell,
    },
  ],
  example: (refs) => `Partner ID,Side,Commitment,Due date\n${refs.partnerId},vendor,Joint webinar ${refs.unique},2031-03-31\n`,
  newState: () => ({ titles: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const actor = policyActor(ctx);
    if (!isPlanWriter(actor)) {
      return rows.map(({ row }) => ({ row, column: 'partner', message: 'only admins and partner managers add commitments' }));
    }
    const found = await findPartnersByReference(
      ctx,
      rows.map((r) => r.values.partner),
    );
    const partnerIds = [
      ...new Set(rows.map((r) => partnerNamedBy(found, r.values.partner).partner?.id).filter(Boolean)),
    ] as string[];
    const plans: PlanRef[] =
      partnerIds.length === 0
        ? []
        : await ctx.tx
            .select({
              id: businessPlans.id,
              partnerId: businessPlans.partnerId,
              title: businessPlans.title,
              periodStart: businessPlans.periodStart,
              periodEnd: businessPlans.periodEnd,
              status: businessPlans.status,
            })
            .from(businessPlans)
            .where(and(inArray(businessPlans.partnerId, partnerIds), partnerFilter(ctx, businessPlans.partnerId)));
    const presets = rows.some((r) => r.values.plan) ? await periodPresets(ctx) : [];
    const reportingCurrency = rows.some((r) => r.values.amount) ? (await getSettings(ctx)).reportingCurrency : '';
    const owners = rows.map((r) => r.values.owner ?? '');
    const vendorPeople = await findVendorUsersByReference(ctx, owners);
    const partnerPeople = await findPartnerUsersByEmail(ctx, partnerIds, owners);

    for (const { row, values } of rows) {
      const { partner, problem } = partnerNamedBy(found, values.partner);
      if (!partner) {
        problems.push({ row, column: 'partner', message: problem });
        continue;
      }
      values.partnerId = partner.id;
      const may = mayAddCommitment(actor, values.side);
      if (!may.allowed) {
        problems.push({ row, column: 'side', message: may.reason });
        continue;
      }
      const choice = planOf(
        plans.filter((p) => p.partnerId === partner.id),
        presets,
        values.plan,
        values.dueDate,
      );
      if (!choice.plan) problems.push({ row, column: choice.column, message: choice.problem });
      else {
        values.planId = choice.plan.id;
        const key = `${choice.plan.id} ${values.side} ${values.title.toLowerCase()}`;
        const earlier = state.titles.get(key);
        if (earlier) problems.push({ row, column: 'title', message: `is also on row ${earlier} for the same plan and side` });
        else state.titles.set(key, row);
      }
      if (values.amount) {
        const currency = (values.currency || reportingCurrency).toUpperCase();
        const money = isCurrency(currency) ? parseMoney(values.amount, currency) : null;
        if (!isCurrency(currency))
          problems.push({ row, column: 'currency', message: 'must be an ISO 4217 currency code such as USD' });
        else if (!money || money.amount < 0)
          problems.push({ row, column: 'amount', message: `must be an amount of ${currency}, e.g. 50000.00` });
        else values.money = money;
      } else if (values.currency) {
        problems.push({ row, column: 'amount', message: 'is needed with a currency' });
      }
      if (values.owner) {
        if (values.side === 'vendor') {
          const [person, ...more] = vendorPeople.get(values.owner) ?? [];
          if (!person || more.length > 0) {
            problems.push({
              row,
              column: 'owner',
              message: 'must be the e-mail of an active vendor user for a vendor commitment',
            });
          } else values.ownerId = person.id;
        } else {
          const person = partnerPeople.get(values.owner);
          if (!person || person.partnerId !== partner.id) {
            problems.push({ row, column: 'owner', message: `must be the e-mail of an active user of ${partner.name}` });
          } else values.ownerId = person.id;
        }
      }
    }
    return problems;
  },

  async commit(ctx, rows) {
    // A plan holds tens of commitments: each through the service, as if added in the app.
    for (const { values } of rows) {
      await addCommitment(ctx, values.planId as string, {
        side: values.side,
        title: values.title,
        description: values.description ?? '',
        dueDate: values.dueDate,
        ownerId: values.ownerId ?? null,
        amount: values.money ?? null,
      });
    }
  },
};
