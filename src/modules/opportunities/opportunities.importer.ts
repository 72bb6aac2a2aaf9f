import {
  choiceCell,
  countryCell,
  dateCell,
  type ImporterDef,
  type ImportProblem,
  listCell,
  textCell,
} from '../../server/importer.js';
import { access } from '../../server/route.js';
import type { IsoDate } from '../../shared/dates.js';
import { isCurrency, parseMoney } from '../../shared/money.js';
import { customerKeys } from '../deal-registrations/index.js';
import { findPartnersByReference } from '../directory/index.js';
import { INVOLVEMENT_ROLES, type InvolvementRole, OPPORTUNITY_STAGES, type OpportunityStage } from './opportunities.rules.js';
import { createOpportunity, findOrCreateAccount, updateAccount } from './opportunities.service.js';

const MANAGERS = ['admin', 'partner_manager'] as const;

/** The customer's keys, or the problem in the column it belongs to. */
function customerProblem(row: number, name: string, domain: string | undefined, nameColumn: string): ImportProblem | null {
  const keys = customerKeys({ name, domain: domain ?? null });
  if (keys.ok) return null;
  return { row, column: keys.path === 'customer.domain' ? 'domain' : nameColumn, message: keys.message };
}

export type AccountImportRow = {
  name: string;
  domain?: string;
  segment?: string;
  industry?: string;
  country?: string;
};

/**
 * The vendor's accounts from a CRM export: each row finds its account by normalised domain, then
 * name (the same lookup as an opportunity's customer), or creates it; segment, industry and country
 * given in the file are set on it. Importing the same file twice changes nothing the second time.
 */
export const accountsImporter: ImporterDef<AccountImportRow, { seen: Map<string, number> }> = {
  kind: 'accounts',
  label: 'Accounts',
  access: access.roles(MANAGERS, { scope: 'none' }),
  permission: 'account.import',
  columns: [
    {
      key: 'name',
      label: 'Name',
      required: true,
      aliases: ['Account name', 'Company', 'Company name', 'Customer'],
      parse: textCell(200),
    },
    { key: 'domain', label: 'Domain', aliases: ['Website', 'Company domain name', 'Domain name'], parse: textCell(253) },
    { key: 'segment', label: 'Segment', aliases: ['Account segment', 'Type'], parse: textCell(100) },
    { key: 'industry', label: 'Industry', aliases: ['Vertical'], parse: textCell(100) },
    {
      key: 'country',
      label: 'Country',
      aliases: ['Billing country', 'Country code'],
      hint: 'ISO code (DE) or English name',
      parse: countryCell,
    },
  ],
  example: (refs) => `Account name,Website,Industry,Country\nUmbrella ${refs.unique},umbrella-${refs.unique}.example,Pharma,US\n`,
  newState: () => ({ seen: new Map() }),

  async validate(_ctx, rows, state) {
    const problems: ImportProblem[] = [];
    for (const { row, values } of rows) {
      const problem = customerProblem(row, values.name, values.domain, 'name');
      if (problem) {
        problems.push(problem);
        continue;
      }
      const keys = customerKeys({ name: values.name, domain: values.domain ?? null });
      if (!keys.ok) continue;
      const key = keys.keys.domain ?? `name:${keys.keys.name}`;
      const earlier = state.seen.get(key);
      if (earlier)
        problems.push({
          row,
          column: keys.keys.domain ? 'domain' : 'name',
          message: `is the same account as row ${earlier}`,
        });
      else state.seen.set(key, row);
    }
    return problems;
  },

  async commit(ctx, rows) {
    for (const { values } of rows) {
      const account = await findOrCreateAccount(ctx, { name: values.name, domain: values.domain ?? null }, 'name');
      const patch = {
        ...(values.segment !== undefined && values.segment !== account.segment ? { segment: values.segment } : {}),
        ...(values.industry !== undefined && values.industry !== account.industry ? { industry: values.industry } : {}),
        ...(values.country !== undefined && values.country !== account.country ? { country: values.country } : {}),
      };
      if (Object.keys(patch).length > 0) await updateAccount(ctx, account.id, patch);
    }
  },
};

export type OpportunityImportRow = {
  title: string;
  customer: string;
  domain?: string;
  amount: string;
  currency: string;
  stage: OpportunityStage;
  closeDate: IsoDate;
  products?: string[];
  partner?: string;
  role?: InvolvementRole;
  partnerId?: string;
  minor?: number;
};

/**
 * The vendor's pipeline from a CRM export: each row an opportunity on the customer's account
 * (found by normalised domain or name, else created), numbered and audited like one made in the
 * app, owned by the person importing. A partner named by name, domain or id is involved in the
 * role given (default `sourced`), under the same rules: one sourcing partner, never where the
 * partner competes with the vendor. Amounts in the currency's major units ("125,000.00").
 */
export const opportunitiesImporter: ImporterDef<OpportunityImportRow, { seen: Map<string, number> }> = {
  kind: 'opportunities',
  label: 'Opportunities',
  access: access.roles(MANAGERS, { scope: 'none' }),
  permission: 'opportunity.import',
  columns: [
    { key: 'title', label: 'Title', required: true, aliases: ['Opportunity name', 'Deal name', 'Name'], parse: textCell(200) },
    {
      key: 'customer',
      label: 'Customer',
      required: true,
      aliases: ['Account name', 'Account', 'Company'],
      parse: textCell(200),
    },
    { key: 'domain', label: 'Customer domain', aliases: ['Website', 'Domain'], parse: textCell(253) },
    {
      key: 'amount',
      label: 'Amount',
      required: true,
      aliases: ['Deal amount', 'Value'],
      hint: 'e.g. 125000.00',
      parse: textCell(40),
    },
    {
      key: 'currency',
      label: 'Currency',
      required: true,
      aliases: ['Currency code'],
      hint: 'ISO 4217, e.g. USD',
      parse: textCell(3),
    },
    {
      key: 'stage',
      label: 'Stage',
      required: true,
      aliases: ['Deal stage', 'Opportunity stage'],
      hint: OPPORTUNITY_STAGES.join(', '),
      parse: choiceCell(OPPORTUNITY_STAGES, {
        won: 'closed_won',
        'closed won': 'closed_won',
        lost: 'closed_lost',
        'closed lost': 'closed_lost',
      }),
    },
    {
      key: 'closeDate',
      label: 'Close date',
      required: true,
      aliases: ['Expected close', 'Close'],
      hint: 'YYYY-MM-DD',
      parse: dateCell,
    },
    { key: 'products', label: 'Products', aliases: ['Product'], hint: 'separated by ; or ,', parse: listCell(textCell(100)) },
    {
      key: 'partner',
      label: 'Partner',
      aliases: ['Partner name', 'Partner ID', 'Partner account', 'Reseller'],
      hint: "the partner's name, a domain it claims, or its id",
      parse: textCell(253),
    },
    {
      key: 'role',
      label: 'Partner role',
      aliases: ['Role', 'Involvement'],
      hint: `${INVOLVEMENT_ROLES.join(', ')} (default sourced)`,
      parse: choiceCell(INVOLVEMENT_ROLES, {
        cosell: 'co_sell',
        'co-sell': 'co_sell',
        influenced: 'influence',
        sourcedby: 'sourced',
      }),
    },
  ],
  example: (refs) =>
    `Opportunity name,Account name,Website,Amount,Currency,Stage,Close date,Partner ID,Role\nUmbrella rollout,Umbrella ${refs.unique},umbrella-${refs.unique}.example,125000.00,USD,proposal,2030-06-30,${refs.partnerId},sourced\n`,
  newState: () => ({ seen: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const found = await findPartnersByReference(
      ctx,
      rows.flatMap((r) => (r.values.partner ? [r.values.partner] : [])),
    );
    for (const { row, values } of rows) {
      const problem = customerProblem(row, values.customer, values.domain, 'customer');
      if (problem) problems.push(problem);
      const currency = values.currency.toUpperCase();
      values.currency = currency;
      if (!isCurrency(currency))
        problems.push({ row, column: 'currency', message: 'must be an ISO 4217 currency code such as USD' });
      else {
        const amount = parseMoney(values.amount, currency);
        if (!amount || amount.amount < 0)
          problems.push({ row, column: 'amount', message: `must be an amount of ${currency}, e.g. 125000.00` });
        else values.minor = amount.amount;
      }
      if (values.partner) {
        const matches = found.get(values.partner.toLowerCase()) ?? [];
        if (matches.length === 0) problems.push({ row, column: 'partner', message: `no partner "${values.partner}"` });
        else if (matches.length > 1)
          problems.push({
            row,
            column: 'partner',
            message: `"${values.partner}" names ${matches.length} partners; use a domain or id`,
          });
        else values.partnerId = matches[0]?.id;
      } else if (values.role) problems.push({ row, column: 'role', message: 'needs a partner in the Partner column' });
      const key = `${values.customer.toLowerCase()} ${values.title.toLowerCase()}`;
      const earlier = state.seen.get(key);
      if (earlier) problems.push({ row, column: 'title', message: `is also on row ${earlier} for the same customer` });
      else state.seen.set(key, row);
    }
    return problems;
  },

  async commit(ctx, rows) {
    for (const { values } of rows) {
      await createOpportunity(ctx, {
        title: values.title,
        customer: { name: values.customer, domain: values.domain ?? null },
        amount: values.minor as number,
        currency: values.currency,
        stage: values.stage,
        closeDate: values.closeDate,
        products: values.products ?? [],
        ...(values.partnerId ? { partner: { partnerId: values.partnerId, role: values.role ?? 'sourced' } } : {}),
      });
    }
  },
};
