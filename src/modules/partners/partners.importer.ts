import { and, eq, inArray, sql } from 'drizzle-orm';
import { insertFromJson } from '../../db/bulk-insert.js';
import {
  booleanCell,
  cellProblem,
  choiceCell,
  countryCell,
  emailCell,
  type ImporterDef,
  type ImportProblem,
  integerCell,
  listCell,
  SeenKeys,
  textCell,
} from '../../server/importer.js';
import { access } from '../../server/route.js';
import { actorUserId, policyActor } from '../../shared/context.js';
import { insertManyAudited } from '../audit/index.js';
import { findPartnersByReference, findVendorUsersByReference } from '../directory/index.js';
import { CONTACT } from './partner-contacts.service.js';
import { partnerPermissions } from './partners.policy.js';
import {
  COMPANY_SIZES,
  CONTACT_INFLUENCES,
  CONTACT_SIDES,
  type CompanySize,
  type ContactInfluence,
  type ContactSide,
  DESIGNATIONS,
  type Designation,
  MOTIONS,
  type Motion,
  normalizeDomain,
  PARTNER_STATUSES,
  PARTNER_TYPES,
  type PartnerStatus,
  type PartnerType,
} from './partners.rules.js';
import { partnerContacts, partnerDomainClaims, partnerStageTransitions, partners } from './partners.schema.js';
import { PARTNER } from './partners.service.js';

/**
 * CSV importers of partners and of their contacts (docs/development.md, "Adding an importer").
 * Headers of Salesforce (Accounts, Contacts) and HubSpot (Companies, Contacts) exports are
 * recognised as aliases.
 */

// Cells ----------------------------------------------------------------------------------------

function domainCell(raw: string): unknown {
  return normalizeDomain(raw) ?? cellProblem('is not a domain name');
}

/** "acme.example" or "https://www.acme.example/about" → an http(s) URL. */
function websiteCell(raw: string): unknown {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(withScheme);
    if (!['http:', 'https:'].includes(url.protocol) || !url.hostname.includes('.')) throw new Error('no');
    return withScheme.length > 300 ? cellProblem('must be at most 300 characters') : withScheme;
  } catch {
    return cellProblem('must be a website address such as https://acme.example');
  }
}

/** A size band ("51-200") or a head count ("120", "1,200"). */
function companySizeCell(raw: string): unknown {
  if ((COMPANY_SIZES as readonly string[]).includes(raw.replace(/\s/g, ''))) return raw.replace(/\s/g, '');
  const n = integerCell(raw);
  if (typeof n !== 'number' || n < 1) return cellProblem(`must be a number of employees or one of ${COMPANY_SIZES.join(', ')}`);
  const bands: [number, CompanySize][] = [
    [10, '1-10'],
    [50, '11-50'],
    [200, '51-200'],
    [1000, '201-1000'],
    [5000, '1001-5000'],
  ];
  return bands.find(([max]) => n <= max)?.[1] ?? '5001+';
}

/** Partner types, also as CRMs word them ("Channel Partner / Reseller", "Technology Partner"). */
const typeCell = listCell(
  choiceCell(PARTNER_TYPES, {
    'Channel Partner / Reseller': 'reseller',
    'Channel Partner': 'reseller',
    'Value Added Reseller': 'var',
    'Value-Added Distributor': 'vad',
    'Managed Service Provider': 'msp',
    'Global System Integrator': 'gsi',
    'System Integrator': 'si',
    'Systems Integrator': 'si',
    'Independent Software Vendor': 'isv',
    'Technology Partner': 'technology',
    'Installation Partner': 'service',
    'Services Partner': 'service',
    'Referral Partner': 'referral',
    'Marketing Partner': 'marketing',
    Agency: 'marketing',
    'Cloud Provider': 'hyperscaler',
  }),
  20,
);

// Partners -------------------------------------------------------------------------------------

export type PartnerImportRow = {
  name: string;
  legalName?: string;
  website?: string;
  domains?: string[];
  description?: string;
  types?: PartnerType[];
  motion?: Motion;
  designation?: Designation;
  country?: string;
  industries?: string[];
  companySize?: CompanySize;
  status?: PartnerStatus;
  tags?: string[];
  segment?: string;
  owner?: string;
  /** Set by validate: the owner the `owner` cell names. */
  ownerId?: string | null;
};

/** Names and domains seen earlier in the file: in the import's transaction, not in memory (decision 0343). */
type PartnerImportState = { names: SeenKeys; domains: SeenKeys };

export const partnersImporter: ImporterDef<PartnerImportRow, PartnerImportState> = {
  kind: 'partners',
  label: 'Partners',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'partner.import',
  columns: [
    {
      key: 'name',
      label: 'Name',
      required: true,
      aliases: ['Account Name', 'Company name', 'Company', 'Partner', 'Partner name', 'Organization', 'Organisation', 'Account'],
      parse: textCell(200),
    },
    {
      key: 'legalName',
      label: 'Legal name',
      aliases: ['Legal Entity', 'Legal Entity Name', 'Registered name'],
      parse: textCell(200),
    },
    { key: 'website', label: 'Website', aliases: ['Website URL', 'Web site', 'URL', 'Company Website'], parse: websiteCell },
    {
      key: 'domains',
      label: 'Domains',
      aliases: ['Company Domain Name', 'Domain', 'Domain Name', 'Email Domain', 'Company Domain'],
      hint: 'one or more, separated by ;',
      parse: listCell(domainCell, 20),
    },
    {
      key: 'description',
      label: 'Description',
      aliases: ['Account Description', 'About', 'About Us', 'Company Description'],
      parse: textCell(5000),
    },
    {
      key: 'types',
      label: 'Types',
      aliases: ['Type', 'Account Type', 'Partner Type', 'Partner Types', 'Company Type'],
      hint: `${PARTNER_TYPES.join(', ')}; separated by ;`,
      parse: typeCell,
    },
    {
      key: 'motion',
      label: 'Motion',
      aliases: ['Partnership Motion'],
      hint: 'channel or alliance (default channel)',
      parse: choiceCell(MOTIONS),
    },
    { key: 'designation', label: 'Designation', hint: DESIGNATIONS.join(', '), parse: choiceCell(DESIGNATIONS) },
    {
      key: 'country',
      label: 'Country',
      aliases: ['Billing Country', 'Country/Region', 'Shipping Country', 'Country Code', 'HQ Country'],
      hint: 'ISO code (DE) or English name',
      parse: countryCell,
    },
    {
      key: 'industries',
      label: 'Industries',
      aliases: ['Industry', 'Sector'],
      hint: 'separated by ;',
      parse: listCell(textCell(100), 20),
    },
    {
      key: 'companySize',
      label: 'Company size',
      aliases: ['Number of Employees', 'Employees', 'Employee Count', 'Size', 'Headcount'],
      hint: `a head count or ${COMPANY_SIZES.join(', ')}`,
      parse: companySizeCell,
    },
    {
      key: 'status',
      label: 'Status',
      hint: PARTNER_STATUSES.join(', '),
      parse: choiceCell(PARTNER_STATUSES, { 'On hold': 'on_hold' }),
    },
    { key: 'tags', label: 'Tags', aliases: ['Labels'], hint: 'separated by ;', parse: listCell(textCell(50), 30) },
    { key: 'segment', label: 'Segment', parse: textCell(100) },
    {
      key: 'owner',
      label: 'Owner',
      aliases: ['Account Owner', 'Company owner', 'Partner Manager', 'Owner Email', 'Account Owner Email', 'HubSpot Owner'],
      hint: 'e-mail or name of an admin or partner manager',
      parse: textCell(254),
    },
  ],
  example: (refs) =>
    `Account Name,Website,Billing Country\nImported ${refs.unique},https://imported-${refs.unique}.example,Germany\n`,
  newState: () => ({ names: new SeenKeys('partner-name'), domains: new SeenKeys('partner-domain') }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const names = rows.map((r) => r.values.name.toLowerCase());
    const domains = rows.flatMap((r) => r.values.domains ?? []);
    const earlierName = await state.names.earlier(
      ctx,
      rows.map((r, i) => ({ key: names[i] as string, row: r.row })),
    );
    const earlierDomain = await state.domains.earlier(
      ctx,
      rows.flatMap((r) => (r.values.domains ?? []).map((key) => ({ key, row: r.row }))),
    );
    const [takenNames, takenDomains, owners] = await Promise.all([
      ctx.tx
        .select({ name: sql<string>`lower(${partners.name})` })
        .from(partners)
        .where(inArray(sql`lower(${partners.name})`, names))
        .then((found) => new Set(found.map((f) => f.name))),
      domains.length
        ? ctx.tx
            .select({ domain: partnerDomainClaims.domain, name: partners.name })
            .from(partnerDomainClaims)
            .innerJoin(partners, eq(partners.id, partnerDomainClaims.partnerId))
            .where(inArray(partnerDomainClaims.domain, domains))
            .then((found) => new Map(found.map((f) => [f.domain, f.name])))
        : new Map<string, string>(),
      findVendorUsersByReference(
        ctx,
        rows.flatMap((r) => (r.values.owner ? [r.values.owner] : [])),
      ),
    ]);
    const actor = policyActor(ctx);
    for (const { row, values } of rows) {
      const name = values.name.toLowerCase();
      const earlier = earlierName(row, name);
      if (earlier) problems.push({ row, column: 'name', message: `"${values.name}" is also on row ${earlier}` });
      else if (takenNames.has(name))
        problems.push({ row, column: 'name', message: `a partner named "${values.name}" exists already` });
      for (const domain of values.domains ?? []) {
        const before = earlierDomain(row, domain);
        const holder = takenDomains.get(domain);
        if (before) problems.push({ row, column: 'domains', message: `"${domain}" is also on row ${before}` });
        else if (holder) problems.push({ row, column: 'domains', message: `"${domain}" belongs to partner ${holder}` });
      }
      if (values.owner) {
        const found = (owners.get(values.owner.toLowerCase()) ?? []).filter(
          (u) => u.role === 'admin' || u.role === 'partner_manager',
        );
        if (found.length === 1) values.ownerId = found[0]?.id ?? null;
        else {
          problems.push({
            row,
            column: 'owner',
            message:
              found.length === 0
                ? `"${values.owner}" is not an active admin or partner manager`
                : `"${values.owner}" names ${found.length} people; use the e-mail`,
          });
        }
      } else {
        // As in the form: a partner manager who names no owner owns what they create.
        values.ownerId = actor.role === 'partner_manager' ? actorUserId(ctx) : null;
      }
    }
    return problems;
  },

  async commit(ctx, rows) {
    const created = await insertManyAudited(
      ctx,
      partners,
      rows.map(({ values }) => ({
        name: values.name,
        legalName: values.legalName ?? '',
        website: values.website ?? '',
        description: values.description ?? '',
        domains: values.domains ?? [],
        types: values.types ?? [],
        motion: values.motion ?? 'channel',
        designation: values.designation ?? 'standard',
        country: values.country ?? null,
        industries: values.industries ?? [],
        companySize: values.companySize ?? null,
        status: values.status ?? 'active',
        tags: values.tags ?? [],
        segment: values.segment ?? '',
        lifecycleStage: 'prospect' as const,
        lifecycleStageChangedAt: ctx.now,
        ownerId: values.ownerId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
      PARTNER,
      { summaryOf: (row) => `Imported partner ${row.name}`, eventData: { imported: true }, dispatch: 'later' },
    );
    const claims = created.flatMap((p) => p.domains.map((domain) => ({ domain, partnerId: p.id, createdAt: ctx.now })));
    // One JSON parameter per statement (src/db/bulk-insert.ts): far cheaper than a VALUES list on PGlite.
    if (claims.length > 0) await insertFromJson(ctx.tx, partnerDomainClaims, claims, { returning: false });
    await insertFromJson(
      ctx.tx,
      partnerStageTransitions,
      created.map((p) => ({
        partnerId: p.id,
        fromStage: null,
        toStage: 'prospect' as const,
        reason: 'Imported',
        actorId: actorUserId(ctx),
        occurredAt: ctx.now,
      })),
      { returning: false },
    );
  },
};

// Contacts -------------------------------------------------------------------------------------

export type ContactImportRow = {
  partner?: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  title?: string;
  side?: ContactSide;
  role?: string;
  influence?: ContactInfluence;
  isPrimary?: boolean;
  isExecutiveSponsor?: boolean;
  notes?: string;
  /** Set by validate. */
  partnerId?: string;
};

/** Partner and e-mail pairs seen earlier in the file (decision 0343). */
type ContactImportState = { emails: SeenKeys };

export const contactsImporter: ImporterDef<ContactImportRow, ContactImportState> = {
  kind: 'contacts',
  label: 'Contacts',
  access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
  permission: 'contact.import',
  columns: [
    {
      key: 'partner',
      label: 'Partner',
      aliases: [
        'Account Name',
        'Company name',
        'Company',
        'Associated Company',
        'Account',
        'Partner name',
        'Partner ID',
        'Company Domain Name',
      ],
      hint: "the partner's name, a domain it claims, or its id; a partner's own admin may leave it empty",
      parse: textCell(253),
    },
    { key: 'name', label: 'Name', aliases: ['Full Name', 'Contact Name', 'Contact'], parse: textCell(120) },
    { key: 'firstName', label: 'First name', aliases: ['First', 'Given name'], parse: textCell(60) },
    { key: 'lastName', label: 'Last name', aliases: ['Last', 'Surname', 'Family name'], parse: textCell(60) },
    { key: 'email', label: 'E-mail', aliases: ['Email', 'Email Address', 'E-mail address', 'Work Email'], parse: emailCell },
    {
      key: 'phone',
      label: 'Phone',
      aliases: ['Phone Number', 'Mobile', 'Mobile Phone', 'Mobile Phone Number', 'Work Phone'],
      parse: textCell(40),
    },
    { key: 'title', label: 'Title', aliases: ['Job Title', 'Position'], parse: textCell(120) },
    { key: 'side', label: 'Side', hint: CONTACT_SIDES.join(' or '), parse: choiceCell(CONTACT_SIDES) },
    { key: 'role', label: 'Role', aliases: ['Contact Role', 'Persona'], parse: textCell(60) },
    { key: 'influence', label: 'Influence', hint: CONTACT_INFLUENCES.join(', '), parse: choiceCell(CONTACT_INFLUENCES) },
    { key: 'isPrimary', label: 'Primary', aliases: ['Primary Contact', 'Is Primary'], parse: booleanCell },
    { key: 'isExecutiveSponsor', label: 'Executive sponsor', aliases: ['Is Executive Sponsor'], parse: booleanCell },
    { key: 'notes', label: 'Notes', aliases: ['Description', 'Comments'], parse: textCell(2000) },
  ],
  example: (refs) => `Partner ID,First Name,Last Name,Email\n${refs.partnerId},Dana,Whitfield,dana.${refs.unique}@example.com\n`,
  newState: () => ({ emails: new SeenKeys('contact-email') }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const actor = policyActor(ctx);
    const ownCompany = actor.role === 'partner_admin' ? actor.partnerId : null;
    const found = await findPartnersByReference(
      ctx,
      rows.flatMap((r) => (r.values.partner ? [r.values.partner] : [])),
    );
    for (const { row, values } of rows) {
      const name = values.name ?? [values.firstName, values.lastName].filter(Boolean).join(' ');
      if (!name) problems.push({ row, column: 'name', message: 'is required (or a first and last name)' });
      else values.name = name.slice(0, 120);
      if (values.partner) {
        const matches = found.get(values.partner.toLowerCase()) ?? [];
        const [match] = matches;
        if (!match) problems.push({ row, column: 'partner', message: `no partner "${values.partner}"` });
        else if (matches.length > 1)
          problems.push({
            row,
            column: 'partner',
            message: `"${values.partner}" names ${matches.length} partners; use a domain or id`,
          });
        else if (!partnerPermissions(actor, match).manageContacts) {
          problems.push({ row, column: 'partner', message: `you may not add contacts to ${match.name}` });
        } else values.partnerId = match.id;
      } else if (ownCompany) values.partnerId = ownCompany;
      else problems.push({ row, column: 'partner', message: 'is required' });
    }
    const earlierEmail = await state.emails.earlier(
      ctx,
      rows.flatMap((r) =>
        r.values.email && r.values.partnerId ? [{ key: `${r.values.partnerId} ${r.values.email}`, row: r.row }] : [],
      ),
    );
    for (const { row, values } of rows) {
      if (!values.email || !values.partnerId) continue;
      const earlier = earlierEmail(row, `${values.partnerId} ${values.email}`);
      if (earlier)
        problems.push({ row, column: 'email', message: `${values.email} is also on row ${earlier} for the same partner` });
    }
    // Contacts already there, by e-mail at the same partner: one query for the batch.
    const keyed = rows.filter((r) => r.values.email && r.values.partnerId);
    if (keyed.length > 0) {
      const existing = await ctx.tx
        .select({ partnerId: partnerContacts.partnerId, email: partnerContacts.email })
        .from(partnerContacts)
        .where(
          and(
            inArray(partnerContacts.partnerId, [...new Set(keyed.map((r) => r.values.partnerId as string))]),
            inArray(
              partnerContacts.email,
              keyed.map((r) => r.values.email as string),
            ),
          ),
        );
      const there = new Set(existing.map((e) => `${e.partnerId} ${e.email.toLowerCase()}`));
      for (const { row, values } of keyed) {
        if (there.has(`${values.partnerId} ${values.email}`))
          problems.push({ row, column: 'email', message: `${values.email} is a contact of this partner already` });
      }
    }
    return problems;
  },

  async commit(ctx, rows) {
    await insertManyAudited(
      ctx,
      partnerContacts,
      rows.map(({ values }) => ({
        partnerId: values.partnerId as string,
        name: values.name as string,
        email: values.email ?? '',
        phone: values.phone ?? '',
        title: values.title ?? '',
        side: values.side ?? 'partner',
        role: values.role ?? '',
        influence: values.influence ?? 'medium',
        isPrimary: values.isPrimary ?? false,
        isExecutiveSponsor: values.isExecutiveSponsor ?? false,
        notes: values.notes ?? '',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
      CONTACT,
      { summaryOf: (row) => `Imported contact ${row.name}`, eventData: { imported: true }, dispatch: 'later' },
    );
  },
};
