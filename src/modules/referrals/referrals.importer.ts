import { emailCell, type ImporterDef, type ImportProblem, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor } from '../../shared/context.js';
import { findPartnersByReference } from '../directory/index.js';
import { normaliseDomain } from './referrals.rules.js';
import { submitReferral } from './referrals.service.js';

export type ReferralImportRow = {
  partner?: string;
  company: string;
  domain?: string;
  contactName?: string;
  contactEmail?: string;
  note?: string;
  partnerId?: string;
};

/** The most rows a partner's admin imports in one file (a vendor's import has no such cap). */
export const PARTNER_REFERRAL_IMPORT_MAX = 500;

/**
 * Referrals a partner sent the vendor in a spreadsheet (the usual start before a portal): each row
 * a submitted referral of the partner named by name, domain or id, exactly as if submitted in the
 * app — audited, announced, and so made a lead in the vendor's queue whose outcome the referral
 * then follows (decisions 0213, 0221). A partner's admin imports its own company's referrals in
 * the portal (decision 0224): the partner column may stay empty, and any partner it names must be
 * their own company; at most 500 rows a file.
 */
export const referralSubmissionsImporter: ImporterDef<ReferralImportRow, { seen: Map<string, number>; rows: number }> = {
  kind: 'referral-submissions',
  label: 'Referral submissions',
  access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
  permission: 'referralSubmission.import',
  columns: [
    {
      key: 'partner',
      label: 'Partner',
      aliases: ['Partner name', 'Partner ID', 'Referred by', 'Affiliate'],
      hint: "the partner's name, a domain it claims, or its id; a partner's own admin may leave it empty",
      parse: textCell(253),
    },
    {
      key: 'company',
      label: 'Company',
      required: true,
      aliases: ['Company name', 'Customer', 'Referred company', 'Account name'],
      parse: textCell(200),
    },
    { key: 'domain', label: 'Domain', aliases: ['Website', 'Company domain'], parse: textCell(253) },
    { key: 'contactName', label: 'Contact name', aliases: ['Contact', 'Full name'], parse: textCell(200) },
    { key: 'contactEmail', label: 'Contact e-mail', aliases: ['Email', 'E-mail', 'Contact email'], parse: emailCell },
    { key: 'note', label: 'Note', aliases: ['Notes', 'Comments', 'Description'], parse: textCell(5000) },
  ],
  example: (refs) =>
    `Partner ID,Company,Website,Contact name,Email\n${refs.partnerId},Soylent ${refs.unique},soylent-${refs.unique}.example,Sol Roth,sol@soylent-${refs.unique}.example\n`,
  newState: () => ({ seen: new Map(), rows: 0 }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const actor = policyActor(ctx);
    const ownCompany = actor.role === 'partner_admin' ? actor.partnerId : null;
    // Looked up in the caller's scope: a partner's admin finds only its own company, so another
    // partner named in the file answers exactly like one that does not exist.
    const found = await findPartnersByReference(
      ctx,
      rows.flatMap((r) => (r.values.partner ? [r.values.partner] : [])),
    );
    for (const { row, values } of rows) {
      state.rows += 1;
      if (ownCompany && state.rows === PARTNER_REFERRAL_IMPORT_MAX + 1)
        problems.push({ row, column: 'company', message: `at most ${PARTNER_REFERRAL_IMPORT_MAX} referrals a file` });
      const matches = values.partner ? (found.get(values.partner.toLowerCase()) ?? []) : [];
      if (!values.partner) {
        if (ownCompany) values.partnerId = ownCompany;
        else problems.push({ row, column: 'partner', message: 'is required' });
      } else if (matches.length === 0 || (ownCompany && matches[0]?.id !== ownCompany))
        problems.push({ row, column: 'partner', message: `no partner "${values.partner}"` });
      else if (matches.length > 1)
        problems.push({
          row,
          column: 'partner',
          message: `"${values.partner}" names ${matches.length} partners; use a domain or id`,
        });
      else values.partnerId = matches[0]?.id;
      if (values.domain !== undefined && !normaliseDomain(values.domain.replace(/^https?:\/\//i, '').split('/')[0] ?? ''))
        problems.push({ row, column: 'domain', message: 'must be a domain such as example.com' });
      const key = `${values.partnerId ?? values.partner} ${(values.domain ?? values.company).toLowerCase()}`;
      const earlier = state.seen.get(key);
      if (earlier) problems.push({ row, column: 'company', message: `is also on row ${earlier} for the same partner` });
      else state.seen.set(key, row);
    }
    return problems;
  },

  async commit(ctx, rows) {
    for (const { values } of rows) {
      await submitReferral(ctx, {
        partnerId: values.partnerId as string,
        companyName: values.company,
        domain: values.domain,
        contactName: values.contactName,
        contactEmail: values.contactEmail,
        note: values.note,
      });
    }
  },
};
