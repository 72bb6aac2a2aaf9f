import type { ModuleDescriptor } from '../../server/module.js';
import { resourceDemo, resourceJvpDemo } from './resources.demo.js';
import { resourceFileKinds } from './resources.files.js';
import { resourceMetrics } from './resources.metrics.js';
import { mayManageResources, maySeeLibraryStats } from './resources.policy.js';
import { resourceRoutes } from './resources.routes.js';

export { ZAudience } from './resources.routes.js';

import { createCategory, createResource } from './resources.service.js';

export type { MergeField, ResourceStatus } from './resources.rules.js';
export { inAudience, MERGE_FIELDS, mergeTemplate, resourceVisibility } from './resources.rules.js';
export type { StoredAudience } from './resources.schema.js';
export { resourceCategories, resourceDownloads, resources } from './resources.schema.js';
export type { ResourceDto, ResourceInput } from './resources.service.js';
export {
  audienceGateOf,
  checkAudience,
  cobrandResource,
  createResource,
  getResource,
  listResources,
  openResource,
} from './resources.service.js';

let made = 0;

/**
 * The resource library: files, links and co-brandable one-pagers in vendor-kept categories,
 * gated by program and tier, with every partner download counted (`resource.downloaded`,
 * `resources.downloads_90d`) and co-branded one-pagers merged with the partner's name and logo.
 */
export const module: ModuleDescriptor = {
  name: 'resources',
  routes: resourceRoutes,
  fileKinds: resourceFileKinds,
  metrics: resourceMetrics,
  demo: [resourceDemo, resourceJvpDemo],
  appPermissions: (actor) => ({ manageResources: mayManageResources(actor), viewResourceStats: maySeeLibraryStats(actor) }),
  recordKinds: [
    {
      // Published to every partner, with a link and a co-brand template: every route has something to serve.
      name: 'resource',
      belongsTo: 'vendor',
      async make(ctx) {
        made += 1;
        const resource = await createResource(ctx, {
          title: `Matrix resource ${made} ${Date.now()}`,
          status: 'published',
          url: 'https://www.example.com/playbook',
          template: '<h1>{{partner.name}}</h1>',
        });
        return { id: resource.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'resourceCategory',
      belongsTo: 'vendor',
      async make(ctx) {
        made += 1;
        return { id: (await createCategory(ctx, { name: `Matrix category ${made} ${Date.now()}` })).id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
};
