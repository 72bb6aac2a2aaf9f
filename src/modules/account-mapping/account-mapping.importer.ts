import {
  choiceCell,
  countryCell,
  type ImportColumn,
  type ImporterDef,
  type ImportProblem,
  textCell,
} from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor, type TxCtx } from '../../shared/context.js';
import { POPULATIONS, type Population } from './account-mapping.rules.js';
import { accountKeys, addPartnerAccounts, addVendorAccounts } from './account-mapping.service.js';

export type AccountImportRow = {
  name: string;
  domain?: string;
  population: Population;
  industry?: string;
  country?: string;
};

type State = { replaced: Set<Population> };

/** What a CRM export calls the three populations. */
const POPULATION_SYNONYMS: Record<string, Population> = {
  customers: 'customer',
  client: 'customer',
  clients: 'customer',
  'closed won': 'customer',
  prospects: 'prospect',
  lead: 'prospect',
  leads: 'prospect',
  target: 'prospect',
  opportunities: 'opportunity',
  'open opportunity': 'opportunity',
  'open opportunities': 'opportunity',
  opp: 'opportunity',
  pipeline: 'opportunity',
};

const COLUMNS: readonly ImportColumn[] = [
  {
    key: 'name',
    label: 'Name',
    required: true,
    aliases: ['Account Name', 'Company', 'Company name', 'Account'],
    parse: textCell(200),
  },
  {
    key: 'domain',
    label: 'Domain',
    aliases: ['Website', 'Company Domain Name', 'Web site', 'URL'],
    hint: 'the company’s web domain, e.g. acme.com (matched first; the name when there is none)',
    parse: textCell(253),
  },
  {
    key: 'population',
    label: 'Population',
    required: true,
    aliases: ['Type', 'Account Type', 'Status', 'Segment', 'List'],
    hint: `${POPULATIONS.join(', ')}`,
    parse: choiceCell(POPULATIONS, POPULATION_SYNONYMS),
  },
  { key: 'industry', label: 'Industry', aliases: ['Sector', 'Vertical'], parse: textCell(100) },
  {
    key: 'country',
    label: 'Country',
    aliases: ['Billing Country', 'Country/Region'],
    hint: 'ISO code (DE) or English name',
    parse: countryCell,
  },
];

function validateRows(rows: readonly { row: number; values: AccountImportRow }[]): ImportProblem[] {
  return rows.flatMap(({ row, values }) => {
    const keys = accountKeys(values);
    return keys.ok
      ? []
      : [
          {
            row,
            column: keys.field,
            message: keys.field === 'domain' ? 'must be a domain such as acme.com' : 'must contain letters or digits',
          },
        ];
  });
}

/** Populations of this batch not yet replaced in this run: an upload replaces the populations it holds. */
function toReplace(state: State, rows: readonly { values: AccountImportRow }[]): Population[] {
  const fresh = [...new Set(rows.map((r) => r.values.population))].filter((p) => !state.replaced.has(p));
  for (const p of fresh) state.replaced.add(p);
  return fresh;
}

const accountRows = (rows: readonly { values: AccountImportRow }[]) =>
  rows.map(({ values }) => ({
    population: values.population,
    name: values.name,
    domain: values.domain ?? null,
    industry: values.industry ?? null,
    country: values.country ?? null,
  }));

/**
 * A partner's account list for mapping, uploaded in the portal by its admin: each population the
 * file holds replaces what was uploaded for it before (decision 0197).
 */
export const partnerAccountsImporter: ImporterDef<AccountImportRow, State> = {
  kind: 'partner-accounts',
  label: 'Account list (account mapping)',
  access: access.roles(['partner_admin'], { scope: 'partner' }),
  permission: 'accountMapping.upload',
  columns: COLUMNS,
  example: (refs) => `Name,Domain,Population\nMatrix Customer ${refs.unique},matrix-${refs.unique}.example,customer\n`,
  newState: () => ({ replaced: new Set() }),
  async validate(_ctx, rows) {
    return validateRows(rows);
  },
  async commit(ctx: TxCtx, rows, state) {
    const partnerId = policyActor(ctx).partnerId;
    if (!partnerId) throw new Error('a partner list is uploaded by the partner');
    await addPartnerAccounts(ctx, partnerId, accountRows(rows), toReplace(state, rows));
  },
};

/** The vendor's own account list, uploaded in the vendor app (until its accounts feed it: decision 0198). */
export const vendorAccountsImporter: ImporterDef<AccountImportRow, State> = {
  kind: 'vendor-accounts',
  label: 'Vendor account list (account mapping)',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'vendorAccount.import',
  columns: COLUMNS,
  example: (refs) => `Name,Domain,Population\nMatrix Vendor Account ${refs.unique},vendor-${refs.unique}.example,prospect\n`,
  newState: () => ({ replaced: new Set() }),
  async validate(_ctx, rows) {
    return validateRows(rows);
  },
  async commit(ctx: TxCtx, rows, state) {
    await addVendorAccounts(ctx, accountRows(rows), toReplace(state, rows));
  },
};
