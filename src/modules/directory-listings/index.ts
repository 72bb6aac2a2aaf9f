import type { ModuleDescriptor } from '../../server/module.js';
import { directoryListingsDemo } from './directory-listings.demo.js';
import { directoryListingRoutes } from './directory-listings.routes.js';
import { saveDirectoryListing } from './directory-listings.service.js';

export { LISTABLE_STAGES, listingState } from './directory-listings.rules.js';

/**
 * The public partner directory (locator): partners opt in from the portal and publish a listing;
 * customers search it without signing in, by region, industry, type, tier and certification.
 */
export const module: ModuleDescriptor = {
  name: 'directory-listings',
  routes: directoryListingRoutes,
  demo: directoryListingsDemo,
  recordKinds: [
    {
      // A listing by its own id, as the public directory names it (its logo).
      name: 'directoryListing',
      belongsTo: 'partner',
      async make(ctx, owner) {
        const listing = await saveDirectoryListing(ctx, owner.partnerId ?? owner.existingPartner, {
          description: 'Matrix listing',
        });
        return { id: listing.id ?? '' };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
