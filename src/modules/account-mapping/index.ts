import type { ModuleDescriptor } from '../../server/module.js';
import { type Ctx, systemCtx } from '../../shared/context.js';
import type { DomainEvent } from '../../shared/events.js';
import { accountMappingDemo } from './account-mapping.demo.js';
import { partnerAccountsImporter, vendorAccountsImporter } from './account-mapping.importer.js';
import { syncPipelineAccounts } from './account-mapping.pipeline.js';
import { mayUploadVendorAccounts, mayViewAccountMapping } from './account-mapping.policy.js';
import { accountMappingRoutes } from './account-mapping.routes.js';

export * from './account-mapping.rules.js';
export { partnerMappingAccounts, vendorMappingAccounts } from './account-mapping.schema.js';
export type { AccountMappingDto, AccountRowInput, OverlapRow } from './account-mapping.service.js';
export {
  addPartnerAccounts,
  addVendorAccounts,
  getAccountMapping,
  listOverlaps,
  setSharing,
  syncVendorAccounts,
} from './account-mapping.service.js';

/**
 * Account mapping: each side's account lists (customers, prospects, open opportunities), the
 * overlap matrix computed set-based in the database on deal-registrations' normalised customer
 * keys, per-population sharing chosen by each side, and private matching (ECDH PSI over
 * ristretto255) for partners who will not upload their list in the clear (decisions 0195–0199).
 */
const pipelineCtx = (ctx: Ctx, e: DomainEvent) => systemCtx(ctx.db, 'account mapping follows the pipeline', e.occurredAt);

export const module: ModuleDescriptor = {
  name: 'account-mapping',
  routes: accountMappingRoutes,
  importers: [partnerAccountsImporter, vendorAccountsImporter],
  demo: accountMappingDemo,
  // The vendor's list follows its accounts and opportunities (decision 0223).
  subscribers: {
    'account.created': async (ctx, e) => syncPipelineAccounts(pipelineCtx(ctx, e), { accountIds: [e.entityId] }),
    'account.updated': async (ctx, e) => syncPipelineAccounts(pipelineCtx(ctx, e), { accountIds: [e.entityId] }),
    'opportunity.created': async (ctx, e) => syncPipelineAccounts(pipelineCtx(ctx, e), { opportunityIds: [e.entityId] }),
    'opportunity.updated': async (ctx, e) => syncPipelineAccounts(pipelineCtx(ctx, e), { opportunityIds: [e.entityId] }),
    'opportunity.stage_changed': async (ctx, e) => syncPipelineAccounts(pipelineCtx(ctx, e), { opportunityIds: [e.entityId] }),
  },
  appPermissions: (actor) => ({
    viewAccountMapping: mayViewAccountMapping(actor),
    uploadVendorAccounts: mayUploadVendorAccounts(actor),
  }),
};
