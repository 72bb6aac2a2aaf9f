import { withTx } from '../../db/scope.js';
import { choiceCell, countryCell, emailCell, type ImporterDef, listCell, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { actorUserId, type TxCtx } from '../../shared/context.js';
import { insertManyAudited } from '../audit/index.js';
import { COMPANY_SIZES, LEAD_QUALIFICATIONS, type LeadQualification, REGIONS } from './leads.rules.js';
import { leads } from './leads.schema.js';
import { LEAD, leadValues, nextLeadNumbers, routeNewLeads } from './leads.service.js';

export type LeadImportRow = {
  company: string;
  domain?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  country?: string;
  region?: (typeof REGIONS)[number];
  industry?: string;
  size?: (typeof COMPANY_SIZES)[number];
  products?: string[];
  source?: string;
  qualification?: LeadQualification;
};

/**
 * Leads from a marketing-automation or CRM export: one row per lead, created as if entered one
 * by one (each audited with its event) and routed through the coverage model and the rules in
 * the import's transaction, so a committed import is assigned, with every reason recorded.
 */
export const leadsImporter: ImporterDef<LeadImportRow, { domains: Map<string, number> }> = {
  kind: 'leads',
  label: 'Leads',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'lead.import',
  columns: [
    {
      key: 'company',
      label: 'Company',
      required: true,
      aliases: ['Company name', 'Account name', 'Organization'],
      parse: textCell(200),
    },
    { key: 'domain', label: 'Domain', aliases: ['Website', 'Company domain'], parse: textCell(253) },
    { key: 'contactName', label: 'Contact', aliases: ['Contact name', 'Full name', 'Name', 'Lead name'], parse: textCell(200) },
    { key: 'contactEmail', label: 'E-mail', aliases: ['Email', 'Email address', 'Contact email'], parse: emailCell },
    { key: 'contactPhone', label: 'Phone', aliases: ['Phone number', 'Mobile'], parse: textCell(50) },
    {
      key: 'country',
      label: 'Country',
      aliases: ['Country code', 'Billing country'],
      hint: 'ISO code (DE) or English name',
      parse: countryCell,
    },
    {
      key: 'region',
      label: 'Region',
      aliases: ['Sales region', 'Geo'],
      hint: REGIONS.join(', '),
      parse: choiceCell(REGIONS, {
        emea: 'europe',
        na: 'north_america',
        apac: 'asia_pacific',
        latam: 'latin_america',
        mea: 'middle_east_africa',
      }),
    },
    { key: 'industry', label: 'Industry', aliases: ['Vertical', 'Sector'], parse: textCell(100) },
    {
      key: 'size',
      label: 'Company size',
      aliases: ['Size', 'Employees', 'Employee band'],
      hint: COMPANY_SIZES.join(', '),
      parse: choiceCell(COMPANY_SIZES),
    },
    {
      key: 'products',
      label: 'Products',
      aliases: ['Product interest', 'Interested in'],
      hint: 'separated by ;',
      parse: listCell(textCell(100), 20),
    },
    { key: 'source', label: 'Source', aliases: ['Lead source', 'Campaign'], parse: textCell(100) },
    {
      key: 'qualification',
      label: 'Qualification',
      aliases: ['Lead type', 'Stage'],
      hint: 'mql or eql',
      parse: choiceCell(LEAD_QUALIFICATIONS, { 'marketing qualified': 'mql', 'ecosystem qualified': 'eql' }),
    },
  ],
  example: (refs) =>
    `Company,Domain,Country,Region,Industry,Product interest\nInitrode ${refs.unique},initrode-${refs.unique}.example,DE,europe,Manufacturing,Analytics\n`,
  newState: () => ({ domains: new Map() }),
  async validate(_ctx, rows, state) {
    return rows.flatMap(({ row, values }) => {
      const key = values.domain?.toLowerCase();
      if (!key) return [];
      const earlier = state.domains.get(key);
      if (earlier) return [{ row, column: 'domain', message: `is also on row ${earlier}` }];
      state.domains.set(key, row);
      return [];
    });
  },
  async commit(ctx, rows) {
    await withTx(ctx, async (c: TxCtx) => {
      const numbers = await nextLeadNumbers(c, rows.length);
      const inserted = await insertManyAudited(
        c,
        leads,
        rows.map(({ values }, i) => ({
          ...leadValues({
            company: values.company,
            domain: values.domain ?? null,
            contact: { name: values.contactName, email: values.contactEmail, phone: values.contactPhone },
            country: values.country ?? null,
            region: values.region ?? null,
            industry: values.industry ?? null,
            size: values.size ?? null,
            products: values.products ?? [],
            source: values.source ?? 'Import',
            qualification: values.qualification ?? 'mql',
          }),
          number: numbers[i] as string,
          createdById: actorUserId(c),
          createdAt: c.now,
          updatedAt: c.now,
        })),
        LEAD,
        { dispatch: 'later' },
      );
      await routeNewLeads(c, inserted);
    });
  },
};
