import type { ModuleDescriptor } from '../../server/module.js';
import { fitDemo } from './fit.demo.js';
import { fitRoutes } from './fit.routes.js';
import { createContact } from './partner-contacts.service.js';
import { partnersDemo } from './partners.demo.js';
import { partnerFileKinds, partnerFileRoutes } from './partners.files.js';
import { contactsImporter, partnersImporter } from './partners.importer.js';
import { partnerMetrics } from './partners.metrics.js';
import { mayCreatePartner, maySeePortfolio } from './partners.policy.js';
import { partnerRoutes } from './partners.routes.js';
import { partnerStageTransitions, partners } from './partners.schema.js';
import { createPartner } from './partners.service.js';

export type { Fit, FitCriterion, FitPartner } from './fit.rules.js';
export { fitOf } from './fit.rules.js';
export { getIdealProfile } from './fit.service.js';
export type { ContactInput } from './partner-contacts.service.js';
export { createContact, listContacts } from './partner-contacts.service.js';
export type { PartnerPermissions } from './partners.policy.js';
export { ZStageTransition, ZStageTransitionCreated } from './partners.routes.js';
export * from './partners.rules.js';
export type { PartnerDto, PartnerInput, SimilarPartner, StageTransitionDto } from './partners.service.js';
export {
  createPartner,
  findSimilarPartners,
  getPartner,
  listPartners,
  listStageTransitions,
  transitionStage,
  updatePartner,
} from './partners.service.js';
/** For foreign keys only. */
export { partnerStageTransitions, partners };

let made = 0;

/** Partner companies, their contacts and stakeholders, and their lifecycle. */
export const module: ModuleDescriptor = {
  name: 'partners',
  demo: [partnersDemo, fitDemo],
  routes: [...partnerRoutes, ...fitRoutes, ...partnerFileRoutes],
  importers: [partnersImporter, contactsImporter],
  fileKinds: partnerFileKinds,
  metrics: partnerMetrics,
  appPermissions: (actor) => ({
    createPartner: mayCreatePartner(actor),
    viewPortfolio: maySeePortfolio(actor),
    editIdealProfile: mayCreatePartner(actor),
  }),
  recordKinds: [
    {
      name: 'partner',
      belongsTo: 'partner',
      // The matrix hands in the partner the record must be; a partner is its own record.
      make: async (_ctx, owner) => ({ id: owner.partnerId ?? owner.existingPartner }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.id as string,
    },
    {
      name: 'contact',
      belongsTo: 'partner',
      async make(ctx, owner) {
        made += 1;
        const partnerId = owner.partnerId ?? owner.existingPartner;
        const contact = await createContact(ctx, partnerId, { name: `Matrix contact ${made}` });
        return { id: partnerId, contactId: contact.id };
      },
      missing: ({ existingPartner, missingId }) => ({ id: existingPartner, contactId: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};

/** Makes a partner for tests and demo fixtures: a unique name and domain, channel motion. */
export async function makeTestPartner(
  ctx: Parameters<typeof createPartner>[0],
  ownerId: string | null,
  extra: Partial<Parameters<typeof createPartner>[1]> = {},
) {
  made += 1;
  const id = `${Date.now().toString(36)}${made}`;
  return createPartner(ctx, { name: `Partner ${id}`, motion: 'channel', domains: [`p-${id}.example`], ownerId, ...extra });
}
