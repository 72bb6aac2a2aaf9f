import type { ModuleDescriptor, RecordKind } from '../../server/module.js';
import { attachFile, simplePdf } from '../files/index.js';
import { agreementsDemo } from './agreements.demo.js';
import { makeTestAgreement } from './agreements.fixtures.js';
import { agreementsImporter } from './agreements.importer.js';
import { agreementFileKinds, agreementRoutes } from './agreements.routes.js';
import type { AgreementStatus } from './agreements.rules.js';
import { AGREEMENT_DOCUMENT_KIND, runAgreementSchedule } from './agreements.service.js';

export { makeTestAgreement } from './agreements.fixtures.js';
export * from './agreements.rules.js';
export type { AgreementDto, AgreementInput, ScheduleResult } from './agreements.service.js';
export {
  countersignAgreement,
  createAgreement,
  giveNotice,
  runAgreementSchedule,
  sendAgreement,
  signAgreement,
  terminateAgreement,
} from './agreements.service.js';

/** The matrix aims each workflow step at an agreement in the status it acts on. */
function agreementKind(name: string, status: AgreementStatus): RecordKind {
  return {
    name,
    belongsTo: 'partner',
    // With a document, so its file list has a row to hold to the caller's company.
    make: async (ctx, owner) => {
      const id = await makeTestAgreement(ctx, owner.partnerId ?? owner.existingPartner, status);
      await attachFile(ctx, AGREEMENT_DOCUMENT_KIND, id, { name: 'agreement.pdf', bytes: simplePdf(['Agreement']) });
      return { id };
    },
    missing: ({ missingId }) => ({ id: missingId }),
    partnerOf: (row) => row.partnerId as string,
  };
}

/**
 * Agreements with partners: type, term, renewal and notice, commercial terms, exclusivity, market
 * scope, joint-IP governance, termination provisions, documents and the signature workflow; a
 * daily job activates, renews and expires them and reminds partner managers of deadlines.
 */
export const module: ModuleDescriptor = {
  name: 'agreements',
  routes: agreementRoutes,
  fileKinds: agreementFileKinds,
  demo: agreementsDemo,
  importers: [agreementsImporter],
  appPermissions: (actor) => ({
    viewAgreements: true,
    draftAgreements: actor.role === 'admin' || actor.role === 'partner_manager',
  }),
  jobs: [
    {
      name: 'agreements.daily',
      // Every morning in the organisation's time zone: activations, renewals, expiries, reminders.
      schedule: '15 5 * * *',
      run: async (ctx) => runAgreementSchedule(ctx),
    },
  ],
  notificationKinds: [
    {
      kind: 'agreements.awaiting_signature',
      label: 'An agreement awaits your signature',
      description: 'The vendor sent your company an agreement to sign.',
      defaultChannel: 'email',
      audience: 'partner',
    },
    {
      kind: 'agreements.signed',
      label: 'A partner signed an agreement',
      description: 'A partner you manage signed an agreement: countersign it to put it in force.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
    {
      kind: 'agreements.reminder',
      label: 'Agreement renewals and deadlines',
      description: 'Notice deadlines and ends of agreements of partners you manage, renewals and expiries.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
  ],
  recordKinds: [
    agreementKind('agreement', 'draft'),
    agreementKind('agreementSent', 'sent'),
    agreementKind('agreementSigned', 'partner_signed'),
    agreementKind('agreementActive', 'active'),
  ],
};
