import {
  booleanCell,
  cellProblem,
  choiceCell,
  dateCell,
  type ImporterDef,
  type ImportProblem,
  integerCell,
  textCell,
} from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor } from '../../shared/context.js';
import type { IsoDate } from '../../shared/dates.js';
import { findPartnersByReference } from '../directory/index.js';
import { mayRaiseRisk } from './risks.policy.js';
import { RISK_CATEGORIES, type RiskCategory } from './risks.rules.js';
import { createRisk } from './risks.service.js';

export type RiskImportRow = {
  partner: string;
  title: string;
  description?: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  reviewOn?: IsoDate;
  shared?: boolean;
  partnerId?: string;
};

/** 1–5, the scale of likelihood and impact. */
function ratingCell(raw: string): unknown {
  const value = integerCell(raw);
  return typeof value === 'number' && value >= 1 && value <= 5 ? value : cellProblem('must be a whole number from 1 to 5');
}

/**
 * A risk register kept in a spreadsheet (the usual start of one): a row per risk, on the partner
 * named by name, domain or id, into its register as if raised one by one by the person importing
 * (each audited, with its event), owned by the partner's manager, not shared unless `Shared` says so.
 */
export const risksImporter: ImporterDef<RiskImportRow, { titles: Map<string, number> }> = {
  kind: 'risks',
  label: 'Risks',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'risk.import',
  columns: [
    {
      key: 'partner',
      label: 'Partner',
      required: true,
      aliases: ['Partner name', 'Partner ID', 'Alliance', 'Account', 'Company'],
      hint: "the partner's name, a domain it claims, or its id",
      parse: textCell(253),
    },
    { key: 'title', label: 'Title', required: true, aliases: ['Risk', 'Risk title', 'Name'], parse: textCell(200) },
    { key: 'description', label: 'Description', aliases: ['Details', 'Notes'], parse: textCell(4000) },
    {
      key: 'category',
      label: 'Category',
      required: true,
      aliases: ['Type', 'Risk category'],
      hint: RISK_CATEGORIES.join(', '),
      parse: choiceCell(RISK_CATEGORIES, {
        legal: 'legal_compliance',
        compliance: 'legal_compliance',
        reputation: 'reputational',
      }),
    },
    { key: 'likelihood', label: 'Likelihood', required: true, aliases: ['Probability', 'L'], hint: '1–5', parse: ratingCell },
    { key: 'impact', label: 'Impact', required: true, aliases: ['Severity', 'I'], hint: '1–5', parse: ratingCell },
    { key: 'reviewOn', label: 'Review date', aliases: ['Review on', 'Next review'], hint: 'YYYY-MM-DD', parse: dateCell },
    { key: 'shared', label: 'Shared', aliases: ['Shared with partner', 'Visible to partner'], parse: booleanCell },
  ],
  example: (refs) =>
    `Partner ID,Title,Category,Likelihood,Impact\n${refs.partnerId},Key architect may leave ${refs.unique},operational,3,4\n`,
  newState: () => ({ titles: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const actor = policyActor(ctx);
    const found = await findPartnersByReference(
      ctx,
      rows.map((r) => r.values.partner),
    );
    for (const { row, values } of rows) {
      const matches = found.get(values.partner.toLowerCase()) ?? [];
      const [match] = matches;
      if (!match) problems.push({ row, column: 'partner', message: `no partner "${values.partner}"` });
      else if (matches.length > 1)
        problems.push({
          row,
          column: 'partner',
          message: `"${values.partner}" names ${matches.length} partners; use a domain or id`,
        });
      else if (!mayRaiseRisk(actor, match))
        problems.push({ row, column: 'partner', message: `you may not add risks to ${match.name}` });
      else {
        values.partnerId = match.id;
        const key = `${match.id} ${values.title.toLowerCase()}`;
        const earlier = state.titles.get(key);
        if (earlier) problems.push({ row, column: 'title', message: `is also on row ${earlier} for the same partner` });
        else state.titles.set(key, row);
      }
    }
    return problems;
  },

  async commit(ctx, rows) {
    // A register is tens of rows: each through the service, like a risk raised in the app.
    for (const { values } of rows) {
      await createRisk(ctx, values.partnerId as string, {
        title: values.title,
        description: values.description ?? '',
        category: values.category,
        likelihood: values.likelihood,
        impact: values.impact,
        reviewOn: values.reviewOn ?? null,
        shared: values.shared ?? false,
      });
    }
  },
};
