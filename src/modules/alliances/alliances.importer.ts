import { and, inArray } from 'drizzle-orm';
import { partnerFilter } from '../../db/scope.js';
import { choiceCell, emailCell, type ImporterDef, type ImportProblem, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor } from '../../shared/context.js';
import {
  findPartnersByReference,
  findPartnerUsersByEmail,
  findVendorUsersByReference,
  partnerNamedBy,
} from '../directory/index.js';
import { listContacts } from '../partners/index.js';
import { mayStartAlliance } from './alliances.policy.js';
import { ALLIANCE_PHASES, ALLIANCE_TYPES, type AlliancePhase, type AllianceType } from './alliances.rules.js';
import { alliances } from './alliances.schema.js';
import { startAlliance } from './alliances.service.js';

export type AllianceImportRow = {
  partner: string;
  type: AllianceType;
  phase?: AlliancePhase;
  vendorSponsor?: string;
  partnerSponsor?: string;
  note?: string;
  partnerId?: string;
  vendorSponsorId?: string;
  partnerSponsorUserId?: string;
  partnerSponsorContactId?: string;
};

/** The vendor's executive sponsor is an executive, an admin or a partner manager (as in the app). */
const SPONSOR_ROLES = ['executive', 'admin', 'partner_manager'];

/**
 * The alliance portfolio kept in a spreadsheet until now: a row per partner with its alliance type,
 * ASAP phase and the executive sponsors of both sides by e-mail (the vendor's staff; the partner's
 * portal user or contact). Each row starts the alliance as the person importing would in the app
 * (audited, `alliance.started`); a partner that already has one is a problem on its row.
 */
export const alliancesImporter: ImporterDef<AllianceImportRow, { partners: Map<string, number> }> = {
  kind: 'alliances',
  label: 'Alliances',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'alliance.import',
  columns: [
    {
      key: 'partner',
      label: 'Partner',
      required: true,
      aliases: ['Partner name', 'Partner ID', 'Account', 'Company', 'Alliance partner'],
      hint: "the partner's name, a domain it claims, or its id",
      parse: textCell(253),
    },
    {
      key: 'type',
      label: 'Alliance type',
      required: true,
      aliases: ['Type', 'Partnership type', 'Model'],
      hint: ALLIANCE_TYPES.join(', '),
      parse: choiceCell(ALLIANCE_TYPES, {
        cosell: 'co_sell',
        oem: 'oem_embedded',
        embedded: 'oem_embedded',
        codev: 'co_development',
        jv: 'joint_venture',
        licensing: 'co_licensing',
        investment: 'co_investment',
        resale: 'reseller',
        var: 'reseller',
      }),
    },
    {
      key: 'phase',
      label: 'Phase',
      aliases: ['Life-cycle phase', 'Lifecycle phase', 'ASAP phase', 'Stage'],
      hint: `${ALLIANCE_PHASES.join(', ')} (default negotiation)`,
      parse: choiceCell(ALLIANCE_PHASES, {
        selection: 'partner_selection',
        negotiations: 'negotiation',
        planning: 'operational_planning',
        governance: 'structuring_governance',
        structuring: 'structuring_governance',
        launch: 'launch_management',
        management: 'launch_management',
      }),
    },
    {
      key: 'vendorSponsor',
      label: 'Vendor sponsor',
      aliases: ['Our sponsor', 'Executive sponsor', 'Vendor executive sponsor', 'Sponsor'],
      hint: 'the e-mail of one of your executives, admins or partner managers',
      parse: emailCell,
    },
    {
      key: 'partnerSponsor',
      label: 'Partner sponsor',
      aliases: ['Partner executive sponsor', 'Their sponsor', 'Partner sponsor email'],
      hint: "the e-mail of one of the partner's users or contacts",
      parse: emailCell,
    },
    { key: 'note', label: 'Note', aliases: ['Notes', 'Comment', 'Why'], parse: textCell(2000) },
  ],
  example: (refs) => `Partner ID,Alliance type,Phase\n${refs.partnerId},co_sell,negotiation\n`,
  newState: () => ({ partners: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const actor = policyActor(ctx);
    const found = await findPartnersByReference(
      ctx,
      rows.map((r) => r.values.partner),
    );
    const matched = rows
      .map((r) => partnerNamedBy(found, r.values.partner).partner?.id)
      .filter((id): id is string => Boolean(id));
    const started = new Set(
      matched.length === 0
        ? []
        : (
            await ctx.tx
              .select({ partnerId: alliances.partnerId })
              .from(alliances)
              .where(and(inArray(alliances.partnerId, matched), partnerFilter(ctx, alliances.partnerId)))
          ).map((r) => r.partnerId),
    );
    const vendorPeople = await findVendorUsersByReference(
      ctx,
      rows.map((r) => r.values.vendorSponsor ?? ''),
    );
    const sponsorEmails = rows.map((r) => r.values.partnerSponsor ?? '').filter(Boolean);
    const partnerPeople = await findPartnerUsersByEmail(ctx, matched, sponsorEmails);
    // The partner's sponsor may be a contact without an account: its contacts, for the partners that name one.
    const naming = [
      ...new Set(rows.filter((r) => r.values.partnerSponsor).map((r) => partnerNamedBy(found, r.values.partner).partner?.id)),
    ].filter((id): id is string => Boolean(id));
    const contacts: { id: string; partnerId: string; email: string }[] = [];
    for (const partnerId of naming) {
      for (const x of await listContacts(ctx, partnerId)) if (x.side === 'partner') contacts.push({ ...x, partnerId });
    }

    for (const { row, values } of rows) {
      const { partner, problem } = partnerNamedBy(found, values.partner);
      if (!partner) {
        problems.push({ row, column: 'partner', message: problem });
        continue;
      }
      if (!mayStartAlliance(actor, partner)) {
        problems.push({ row, column: 'partner', message: `you may not start the alliance with ${partner.name}` });
        continue;
      }
      const earlier = state.partners.get(partner.id);
      if (earlier) problems.push({ row, column: 'partner', message: `${partner.name} is also on row ${earlier}` });
      else state.partners.set(partner.id, row);
      if (started.has(partner.id)) {
        problems.push({ row, column: 'partner', message: `${partner.name} already has an alliance` });
      }
      values.partnerId = partner.id;
      if (values.vendorSponsor) {
        const [person, ...more] = vendorPeople.get(values.vendorSponsor) ?? [];
        if (!person || more.length > 0 || !SPONSOR_ROLES.includes(person.role)) {
          problems.push({
            row,
            column: 'vendorSponsor',
            message: `must be the e-mail of an active executive, admin or partner manager`,
          });
        } else values.vendorSponsorId = person.id;
      }
      if (values.partnerSponsor) {
        const user = partnerPeople.get(values.partnerSponsor);
        const contact = contacts.find((x) => x.partnerId === partner.id && x.email.toLowerCase() === values.partnerSponsor);
        if (user && user.partnerId === partner.id) values.partnerSponsorUserId = user.id;
        else if (contact) values.partnerSponsorContactId = contact.id;
        else {
          problems.push({
            row,
            column: 'partnerSponsor',
            message: `is neither an active user nor a contact of ${partner.name}`,
          });
        }
      }
    }
    return problems;
  },

  async commit(ctx, rows) {
    // A portfolio is tens of alliances: each through the service, as if started in the app.
    for (const { values } of rows) {
      await startAlliance(ctx, values.partnerId as string, {
        type: values.type,
        phase: values.phase,
        vendorSponsorId: values.vendorSponsorId ?? null,
        partnerSponsorUserId: values.partnerSponsorUserId ?? null,
        partnerSponsorContactId: values.partnerSponsorContactId ?? null,
        note: values.note ?? '',
      });
    }
  },
};
