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
import { localDateOf } from '../../shared/dates.js';
import { isCurrency, parseMoney } from '../../shared/money.js';
import { findPartnersByReference } from '../directory/index.js';
import { COMPANY_SIZES, REGIONS } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import { customerKeys } from './deal-registrations.rules.js';
import { createDealRegistration } from './deal-registrations.service.js';

export type RegistrationImportRow = {
  partner: string;
  customer: string;
  domain?: string;
  country?: string;
  region?: (typeof REGIONS)[number];
  industry?: string;
  size?: (typeof COMPANY_SIZES)[number];
  title: string;
  amount: string;
  currency: string;
  expectedCloseDate: string;
  products?: string[];
  notes?: string;
  partnerId?: string;
  minor?: number;
};

/**
 * Deal registrations kept in a spreadsheet or exported from a CRM, registered by vendor staff on
 * the partners' behalf: each row on the partner named by name, domain or id, through the same
 * service as a registration made in the app — numbered, audited, approvers told, and checked for
 * conflicts row by row (a row meets the registrations before it, in the database and in the file;
 * a flagged one opens its conflict case). The customer's country, region, industry and size are
 * optional columns: the coverage model checks them as it does for a registration made in the app. Amounts in the currency's major units ("125,000.00").
 */
export const registrationsImporter: ImporterDef<RegistrationImportRow, { seen: Map<string, number> }> = {
  kind: 'deal-registrations',
  label: 'Deal registrations',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'dealRegistration.import',
  columns: [
    {
      key: 'partner',
      label: 'Partner',
      required: true,
      aliases: ['Partner name', 'Partner ID', 'Reseller', 'Partner account'],
      hint: "the partner's name, a domain it claims, or its id",
      parse: textCell(253),
    },
    {
      key: 'customer',
      label: 'Customer',
      required: true,
      aliases: ['Customer name', 'End customer', 'Account name', 'Company'],
      parse: textCell(200),
    },
    { key: 'domain', label: 'Customer domain', aliases: ['Website', 'Domain', 'Customer website'], parse: textCell(253) },
    {
      key: 'country',
      label: 'Customer country',
      aliases: ['Country', 'Billing country', 'Country code'],
      hint: 'ISO code (DE) or English name',
      parse: countryCell,
    },
    {
      key: 'region',
      label: 'Customer region',
      aliases: ['Region', 'Sales region', 'Geo'],
      hint: REGIONS.join(', '),
      parse: choiceCell(REGIONS, {
        emea: 'europe',
        na: 'north_america',
        apac: 'asia_pacific',
        latam: 'latin_america',
        mea: 'middle_east_africa',
      }),
    },
    { key: 'industry', label: 'Customer industry', aliases: ['Industry', 'Vertical', 'Sector'], parse: textCell(100) },
    {
      key: 'size',
      label: 'Customer size',
      aliases: ['Company size', 'Size', 'Employees', 'Employee band'],
      hint: COMPANY_SIZES.join(', '),
      parse: choiceCell(COMPANY_SIZES),
    },
    { key: 'title', label: 'Title', required: true, aliases: ['Deal name', 'Opportunity name', 'Deal'], parse: textCell(200) },
    {
      key: 'amount',
      label: 'Amount',
      required: true,
      aliases: ['Deal amount', 'Value', 'Deal value'],
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
      key: 'expectedCloseDate',
      label: 'Expected close',
      required: true,
      aliases: ['Close date', 'Expected close date'],
      hint: 'YYYY-MM-DD',
      parse: dateCell,
    },
    { key: 'products', label: 'Products', aliases: ['Product'], hint: 'separated by ; or ,', parse: listCell(textCell(100)) },
    { key: 'notes', label: 'Notes', aliases: ['Description', 'Comments'], parse: textCell(5000) },
  ],
  example: (refs) =>
    `Partner ID,Customer,Customer domain,Title,Amount,Currency,Expected close\n${refs.partnerId},Initrode ${refs.unique},initrode-${refs.unique}.example,Initrode renewal,125000.00,USD,2030-06-30\n`,
  newState: () => ({ seen: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const today = localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
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
      else values.partnerId = match.id;
      const keys = customerKeys({ name: values.customer, domain: values.domain ?? null });
      if (!keys.ok)
        problems.push({ row, column: keys.path === 'customer.domain' ? 'domain' : 'customer', message: keys.message });
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
      if (values.expectedCloseDate < today)
        problems.push({ row, column: 'expectedCloseDate', message: 'must be today or later' });
      // The same deal twice in one file is a mistake, not a conflict.
      if (match && keys.ok) {
        const key = `${match.id} ${keys.keys.name} ${values.title.toLowerCase()}`;
        const earlier = state.seen.get(key);
        if (earlier)
          problems.push({ row, column: 'title', message: `is also on row ${earlier} for the same partner and customer` });
        else state.seen.set(key, row);
      }
    }
    return problems;
  },

  async commit(ctx, rows) {
    // Row by row through the service: each takes the customer's lock and meets the rows before it.
    for (const { values } of rows) {
      await createDealRegistration(ctx, {
        partnerId: values.partnerId as string,
        customer: {
          name: values.customer,
          domain: values.domain ?? null,
          country: values.country ?? null,
          region: values.region ?? null,
          industry: values.industry ?? null,
          size: values.size ?? null,
        },
        title: values.title,
        amount: values.minor as number,
        currency: values.currency,
        expectedCloseDate: values.expectedCloseDate,
        products: values.products ?? [],
        notes: values.notes ?? '',
      });
    }
  },
};
