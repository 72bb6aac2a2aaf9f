import { choiceCell, dateCell, type ImporterDef, type ImportProblem, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor } from '../../shared/context.js';
import type { IsoDate } from '../../shared/dates.js';
import { findPartnersByReference, partnerNamedBy } from '../directory/index.js';
import { managesCompliance } from './compliance.policy.js';
import { COMPLIANCE_TYPES, type ComplianceType, itemProblems } from './compliance.rules.js';
import { createItem } from './compliance.service.js';

export type ComplianceImportRow = {
  partner: string;
  type: ComplianceType;
  name?: string;
  reference?: string;
  issuedOn?: IsoDate;
  expiresOn?: IsoDate;
  status?: 'pending' | 'verified';
  notes?: string;
  partnerId?: string;
};

/**
 * Partners' certificates and attestations tracked in a spreadsheet (DPA, SOC 2 report, ISO 27001
 * certificate, insurance, export control): a row per item on the partner named by name, domain or
 * id, with its expiry. Items the vendor already checked come in verified, the rest pending review;
 * the expiry reminders, the expiry and its consequences (blocked payouts, deal registration…)
 * follow as for an item added in the app.
 */
export const complianceImporter: ImporterDef<ComplianceImportRow, { items: Map<string, number> }> = {
  kind: 'compliance-items',
  label: 'Compliance items',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'complianceItem.import',
  columns: [
    {
      key: 'partner',
      label: 'Partner',
      required: true,
      aliases: ['Partner name', 'Partner ID', 'Account', 'Account Name', 'Company', 'Vendor', 'Supplier'],
      hint: "the partner's name, a domain it claims, or its id",
      parse: textCell(253),
    },
    {
      key: 'type',
      label: 'Type',
      required: true,
      aliases: ['Item', 'Compliance type', 'Certificate', 'Document type'],
      hint: COMPLIANCE_TYPES.join(', '),
      parse: choiceCell(COMPLIANCE_TYPES, {
        dpa: 'dpa_gdpr',
        gdpr: 'dpa_gdpr',
        'data processing agreement': 'dpa_gdpr',
        'soc 2': 'soc2',
        'soc 2 type ii': 'soc2',
        'iso 27001': 'iso27001',
        iso: 'iso27001',
        'export controls': 'export_control',
        other: 'custom',
      }),
    },
    {
      key: 'name',
      label: 'Name',
      aliases: ['Description', 'Title'],
      hint: 'what it is; required for custom items',
      parse: textCell(200),
    },
    { key: 'reference', label: 'Reference', aliases: ['Certificate number', 'Policy number', 'Ref'], parse: textCell(200) },
    { key: 'issuedOn', label: 'Issued on', aliases: ['Issued', 'Issue date', 'Valid from'], hint: 'YYYY-MM-DD', parse: dateCell },
    {
      key: 'expiresOn',
      label: 'Expires on',
      aliases: ['Expiry', 'Expiry date', 'Expiration date', 'Valid until', 'Renewal date'],
      hint: 'YYYY-MM-DD; empty: does not expire',
      parse: dateCell,
    },
    {
      key: 'status',
      label: 'Status',
      aliases: ['Review status', 'Verified'],
      hint: 'verified or pending; empty: pending review',
      parse: choiceCell(['pending', 'verified'] as const, {
        yes: 'verified',
        true: 'verified',
        valid: 'verified',
        approved: 'verified',
        checked: 'verified',
        no: 'pending',
        false: 'pending',
        'to review': 'pending',
      }),
    },
    { key: 'notes', label: 'Notes', aliases: ['Comments'], parse: textCell(4000) },
  ],
  example: (refs) =>
    `Partner ID,Type,Name,Expires on,Status\n${refs.partnerId},insurance,Cyber liability ${refs.unique},2031-06-30,verified\n`,
  newState: () => ({ items: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const actor = policyActor(ctx);
    const found = await findPartnersByReference(
      ctx,
      rows.map((r) => r.values.partner),
    );
    for (const { row, values } of rows) {
      const { partner: named, problem } = partnerNamedBy(found, values.partner);
      if (problem !== undefined) problems.push({ row, column: 'partner', message: problem });
      else if (!managesCompliance(actor, named))
        problems.push({ row, column: 'partner', message: `you may not keep the compliance items of ${named.name}` });
      else {
        values.partnerId = named.id;
        const key = [named.id, values.type, (values.name ?? '').toLowerCase(), values.expiresOn ?? ''].join(' ');
        const earlier = state.items.get(key);
        if (earlier) problems.push({ row, column: 'type', message: `is also on row ${earlier} for the same partner` });
        else state.items.set(key, row);
      }
      for (const p of itemProblems({
        type: values.type,
        name: values.name ?? '',
        issuedOn: values.issuedOn ?? null,
        expiresOn: values.expiresOn ?? null,
      }))
        problems.push({ row, column: p.path, message: p.message });
    }
    return problems;
  },

  async commit(ctx, rows) {
    // Tens of rows: each through the service, audited with its event, as if added in the app.
    for (const { values } of rows) {
      await createItem(ctx, values.partnerId as string, {
        type: values.type,
        name: values.name ?? '',
        reference: values.reference ?? '',
        issuedOn: values.issuedOn ?? null,
        expiresOn: values.expiresOn ?? null,
        notes: values.notes ?? '',
        verified: values.status === 'verified',
      });
    }
  },
};
