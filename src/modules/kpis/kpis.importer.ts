import { sql } from 'drizzle-orm';
import { cellProblem, choiceCell, dateCell, type ImporterDef, type ImportProblem, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { isCurrency, parseMoney } from '../../shared/money.js';
import { insertManyAudited } from '../audit/index.js';
import { findPartnersByReference } from '../directory/index.js';
import { COST_CATEGORIES, type CostCategory } from './kpis.rules.js';
import { kpiCostEntries } from './kpis.schema.js';
import { COST_ENTRY } from './kpis.service.js';

export type CostImportRow = {
  date: string;
  category: CostCategory;
  amount: string;
  currency: string;
  partner?: string;
  program?: string;
  segment?: string;
  note?: string;
  partnerId?: string;
  programId?: string;
  minor?: number;
};

function currencyCell(raw: string): unknown {
  const code = raw.toUpperCase();
  return isCurrency(code) ? code : cellProblem('must be an ISO 4217 currency code such as EUR');
}

/**
 * Cost entries from a spreadsheet (an events budget, a tools invoice list): one row per cost on
 * exactly one partner (name, domain or id), program (name) or segment; the amount in major units
 * of its currency ("2500.00").
 */
export const costEntriesImporter: ImporterDef<CostImportRow, null> = {
  kind: 'cost-entries',
  label: 'Cost entries',
  access: access.roles(['admin', 'finance'], { scope: 'none' }),
  permission: 'costEntry.import',
  columns: [
    {
      key: 'date',
      label: 'Date',
      required: true,
      aliases: ['On date', 'Spent on', 'Invoice date'],
      hint: 'YYYY-MM-DD',
      parse: dateCell,
    },
    {
      key: 'category',
      label: 'Category',
      required: true,
      aliases: ['Type', 'Cost type'],
      hint: COST_CATEGORIES.join(', '),
      parse: choiceCell(COST_CATEGORIES, { event: 'events', training: 'enablement', salaries: 'people', software: 'tools' }),
    },
    {
      key: 'amount',
      label: 'Amount',
      required: true,
      aliases: ['Cost', 'Value', 'Total'],
      hint: 'major units, e.g. 2500.00',
      parse: textCell(30),
    },
    { key: 'currency', label: 'Currency', required: true, aliases: ['Currency code'], parse: currencyCell },
    { key: 'partner', label: 'Partner', aliases: ['Partner name', 'Partner ID', 'Account'], parse: textCell(200) },
    { key: 'program', label: 'Program', aliases: ['Program name'], parse: textCell(200) },
    { key: 'segment', label: 'Segment', parse: textCell(100) },
    { key: 'note', label: 'Note', aliases: ['Description', 'Memo'], parse: textCell(2000) },
  ],
  example: () => 'Date,Category,Amount,Currency,Segment,Note\n2026-02-10,events,2500.00,USD,Enterprise,Partner summit booth\n',
  newState: () => null,

  async validate(ctx, rows) {
    const problems: ImportProblem[] = [];
    const found = await findPartnersByReference(
      ctx,
      rows.flatMap((r) => (r.values.partner ? [r.values.partner] : [])),
    );
    const programNames = [...new Set(rows.flatMap((r) => (r.values.program ? [r.values.program.toLowerCase()] : [])))];
    const programs = new Map<string, string>();
    if (programNames.length) {
      const rs = await ctx.tx.execute<{ id: string; name: string }>(
        sql`select id, name from programs where lower(name) = any(array[${sql.join(
          programNames.map((p) => sql`${p}`),
          sql`, `,
        )}]::text[])`,
      );
      for (const r of rs.rows) programs.set(r.name.toLowerCase(), r.id);
    }
    for (const { row, values } of rows) {
      const money = parseMoney(values.amount, values.currency);
      if (!money || money.amount <= 0)
        problems.push({ row, column: 'amount', message: 'must be a positive amount such as 2500.00' });
      else values.minor = money.amount;
      const targets = [values.partner, values.program, values.segment].filter(Boolean).length;
      if (targets !== 1) {
        problems.push({ row, column: 'partner', message: 'name exactly one of partner, program or segment' });
        continue;
      }
      if (values.partner) {
        const matches = found.get(values.partner.toLowerCase()) ?? [];
        if (matches.length !== 1)
          problems.push({
            row,
            column: 'partner',
            message: matches.length ? `"${values.partner}" names ${matches.length} partners` : `no partner "${values.partner}"`,
          });
        else values.partnerId = matches[0]?.id;
      }
      if (values.program) {
        const id = programs.get(values.program.toLowerCase());
        if (!id) problems.push({ row, column: 'program', message: `no program "${values.program}"` });
        else values.programId = id;
      }
    }
    return problems;
  },

  async commit(ctx, rows) {
    await insertManyAudited(
      ctx,
      kpiCostEntries,
      rows.map(({ values: v }) => ({
        onDate: v.date,
        partnerId: v.partnerId ?? null,
        programId: v.programId ?? null,
        segment: v.partnerId || v.programId ? null : (v.segment ?? null),
        category: v.category,
        amount: v.minor as number,
        currency: v.currency,
        note: v.note ?? '',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
      COST_ENTRY,
      { dispatch: 'later' },
    );
  },
};
