import type { ModuleDescriptor } from '../../server/module.js';
import { integrationsDemo } from './integrations.demo.js';
import { mayProposeIntegration } from './integrations.policy.js';
import { integrationRoutes } from './integrations.routes.js';
import { createIntegrationListing, expireCertifications } from './integrations.service.js';

export type { CertificationStatus, CompatibilityEntry } from './integrations.rules.js';
export { integrationListings } from './integrations.schema.js';
export { certifiedIntegrations, createIntegrationListing } from './integrations.service.js';

let made = 0;

/**
 * Technology and ISV partners' integrations with the vendor's products: listings with a
 * compatibility matrix (products × versions) and the vendor's integration certification.
 */
export const module: ModuleDescriptor = {
  name: 'integrations',
  routes: integrationRoutes,
  demo: integrationsDemo,
  appPermissions: (actor) => ({ proposeIntegrations: mayProposeIntegration(actor) }),
  // Each morning, certifications past their expiry date become expired.
  jobs: [
    {
      name: 'integrations.expire-certifications',
      schedule: '15 5 * * *',
      run: async (ctx) => ({ expired: await expireCertifications(ctx) }),
    },
  ],
  recordKinds: [
    {
      name: 'integrationListing',
      belongsTo: 'partner',
      async make(ctx, owner) {
        made += 1;
        const listing = await createIntegrationListing(ctx, owner.partnerId ?? owner.existingPartner, {
          name: `Matrix integration ${made}`,
          compatibility: [{ product: 'Consort Cloud', versions: '3.x', status: 'supported' }],
        });
        return { id: listing.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
