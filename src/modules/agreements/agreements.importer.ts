import {
  cellProblem,
  choiceCell,
  dateCell,
  type ImporterDef,
  type ImportProblem,
  integerCell,
  listCell,
  textCell,
} from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor } from '../../shared/context.js';
import { type IsoDate, localDateOf } from '../../shared/dates.js';
import { findPartnersByReference, partnerNamedBy } from '../directory/index.js';
import { getSettings } from '../settings/index.js';
import { managesAgreements } from './agreements.policy.js';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  type AgreementStatus,
  type AgreementType,
  EXCLUSIVITY,
  type Exclusivity,
  importedStatusProblem,
  RENEWAL_TYPES,
  type RenewalType,
  termProblems,
} from './agreements.rules.js';
import { insertImportedAgreement } from './agreements.service.js';

export type AgreementImportRow = {
  partner: string;
  title: string;
  type: AgreementType;
  status?: AgreementStatus;
  startOn: IsoDate;
  endOn?: IsoDate;
  signedOn?: IsoDate;
  renewalType?: RenewalType;
  renewalTermMonths?: number;
  noticeDays?: number;
  commercialTerms?: string;
  exclusivity?: Exclusivity;
  exclusivityScope?: string;
  segments?: string[];
  territories?: string[];
  solutionCategories?: string[];
  jointIpGovernance?: string;
  terminationProvisions?: string;
  partnerId?: string;
  partnerName?: string;
};

function rangeCell(min: number, max: number, unit: string) {
  return (raw: string): unknown => {
    const value = integerCell(raw);
    return typeof value === 'number' && value >= min && value <= max ? value : cellProblem(`must be ${min} to ${max} ${unit}`);
  };
}

/** Term fields a problem of `termProblems` names → the file's column. */
const TERM_COLUMN: Record<string, string> = { endOn: 'endOn', exclusivityScope: 'exclusivityScope' };

/**
 * The agreements register kept in a spreadsheet or a contract tool's export: a row per agreement,
 * on the partner named by name, domain or id, in the signature status it already has (a signed
 * contract arrives active, not as a draft to send again). Each row is audited with its
 * `agreement.created` event; the daily job then renews, expires and reminds as for any other.
 */
export const agreementsImporter: ImporterDef<AgreementImportRow, { titles: Map<string, number> }> = {
  kind: 'agreements',
  label: 'Agreements',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'agreement.import',
  columns: [
    {
      key: 'partner',
      label: 'Partner',
      required: true,
      aliases: ['Partner name', 'Partner ID', 'Account', 'Account Name', 'Company', 'Counterparty'],
      hint: "the partner's name, a domain it claims, or its id",
      parse: textCell(253),
    },
    {
      key: 'title',
      label: 'Title',
      required: true,
      aliases: ['Agreement', 'Agreement name', 'Contract', 'Name'],
      parse: textCell(200),
    },
    {
      key: 'type',
      label: 'Type',
      required: true,
      aliases: ['Agreement type', 'Contract type'],
      hint: AGREEMENT_TYPES.join(', '),
      parse: choiceCell(AGREEMENT_TYPES, {
        resale: 'reseller',
        'white label': 'white_label',
        'non disclosure': 'nda',
        jv: 'joint_venture',
      }),
    },
    {
      key: 'status',
      label: 'Signature status',
      aliases: ['Status', 'Contract status', 'Signature'],
      hint: `${AGREEMENT_STATUSES.join(', ')}; empty: draft`,
      parse: choiceCell(AGREEMENT_STATUSES, {
        signed: 'active',
        'in force': 'active',
        executed: 'active',
        'signed by partner': 'partner_signed',
        'out for signature': 'sent',
        ended: 'expired',
      }),
    },
    {
      key: 'startOn',
      label: 'Start date',
      required: true,
      aliases: ['Start', 'Effective date', 'Start on'],
      hint: 'YYYY-MM-DD',
      parse: dateCell,
    },
    {
      key: 'endOn',
      label: 'End date',
      aliases: ['End', 'Expiry date', 'Expiration date', 'End on'],
      hint: 'YYYY-MM-DD; empty: no fixed end',
      parse: dateCell,
    },
    {
      key: 'signedOn',
      label: 'Signed on',
      aliases: ['Signature date', 'Signed', 'Executed on'],
      hint: 'YYYY-MM-DD',
      parse: dateCell,
    },
    {
      key: 'renewalType',
      label: 'Renewal',
      aliases: ['Renewal type', 'Auto renew', 'Auto-renewal'],
      hint: 'auto or manual',
      parse: choiceCell(RENEWAL_TYPES, { yes: 'auto', true: 'auto', automatic: 'auto', no: 'manual', false: 'manual' }),
    },
    {
      key: 'renewalTermMonths',
      label: 'Renewal term (months)',
      aliases: ['Renewal term', 'Renewal months'],
      hint: '1–120',
      parse: rangeCell(1, 120, 'months'),
    },
    {
      key: 'noticeDays',
      label: 'Notice days',
      aliases: ['Notice period', 'Notice period (days)', 'Notice'],
      hint: '0–365',
      parse: rangeCell(0, 365, 'days'),
    },
    { key: 'commercialTerms', label: 'Commercial terms', aliases: ['Terms', 'Commercials'], parse: textCell(10_000) },
    {
      key: 'exclusivity',
      label: 'Exclusivity',
      aliases: ['Exclusive'],
      hint: 'none or de_jure',
      parse: choiceCell(EXCLUSIVITY, {
        no: 'none',
        false: 'none',
        yes: 'de_jure',
        true: 'de_jure',
        exclusive: 'de_jure',
        contractual: 'de_jure',
      }),
    },
    {
      key: 'exclusivityScope',
      label: 'Exclusivity scope',
      aliases: ['Exclusive scope', 'Exclusivity covers'],
      parse: textCell(2000),
    },
    {
      key: 'segments',
      label: 'Segments',
      aliases: ['Market segments'],
      hint: 'separated by ;',
      parse: listCell(textCell(100), 100),
    },
    {
      key: 'territories',
      label: 'Territories',
      aliases: ['Territory', 'Regions'],
      hint: 'separated by ;',
      parse: listCell(textCell(100), 100),
    },
    {
      key: 'solutionCategories',
      label: 'Solution categories',
      aliases: ['Solutions', 'Products'],
      hint: 'separated by ;',
      parse: listCell(textCell(100), 100),
    },
    { key: 'jointIpGovernance', label: 'Joint IP governance', aliases: ['Joint IP', 'IP'], parse: textCell(10_000) },
    { key: 'terminationProvisions', label: 'Termination provisions', aliases: ['Termination'], parse: textCell(10_000) },
  ],
  example: (refs) =>
    `Partner ID,Title,Type,Signature status,Start date,End date,Renewal,Notice days\n` +
    `${refs.partnerId},Reseller agreement ${refs.unique},reseller,active,2025-01-01,2030-12-31,auto,60\n`,
  newState: () => ({ titles: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const actor = policyActor(ctx);
    const today = localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
    const found = await findPartnersByReference(
      ctx,
      rows.map((r) => r.values.partner),
    );
    for (const { row, values } of rows) {
      const { partner: named, problem } = partnerNamedBy(found, values.partner);
      if (problem !== undefined) problems.push({ row, column: 'partner', message: problem });
      else if (!managesAgreements(actor, named))
        problems.push({ row, column: 'partner', message: `you may not draft agreements with ${named.name}` });
      else {
        values.partnerId = named.id;
        values.partnerName = named.name;
        const key = `${named.id} ${values.title.toLowerCase()}`;
        const earlier = state.titles.get(key);
        if (earlier) problems.push({ row, column: 'title', message: `is also on row ${earlier} for the same partner` });
        else state.titles.set(key, row);
      }
      const term = {
        startOn: values.startOn,
        endOn: values.endOn ?? null,
        renewalType: values.renewalType ?? 'manual',
        exclusivity: values.exclusivity ?? 'none',
        exclusivityScope: values.exclusivityScope ?? '',
      };
      for (const p of termProblems(term)) problems.push({ row, column: TERM_COLUMN[p.path] ?? p.path, message: p.message });
      const statusProblem = importedStatusProblem(values.status ?? 'draft', term, today);
      if (statusProblem) problems.push({ row, column: 'status', message: statusProblem });
      if (values.signedOn && values.signedOn > today)
        problems.push({ row, column: 'signedOn', message: 'must not be in the future' });
    }
    return problems;
  },

  async commit(ctx, rows) {
    // A register is tens of rows: each audited with its event, in the import's transaction.
    for (const { values } of rows) {
      const { partner: _ref, partnerId, partnerName, status, signedOn, ...terms } = values;
      await insertImportedAgreement(
        ctx,
        { id: partnerId as string, name: partnerName ?? '' },
        {
          ...terms,
          status: status ?? 'draft',
          signedOn: signedOn ?? null,
        },
      );
    }
  },
};
