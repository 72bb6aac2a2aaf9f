import type { ModuleDescriptor } from '../../server/module.js';
import { attachFile, simplePdf } from '../files/index.js';
import { complianceDemo } from './compliance.demo.js';
import { makeTestComplianceItem } from './compliance.fixtures.js';
import { complianceImporter } from './compliance.importer.js';
import { mayEditRequirements } from './compliance.policy.js';
import { complianceFileKinds, complianceRoutes } from './compliance.routes.js';
import { EVIDENCE_KIND, runComplianceSweep } from './compliance.service.js';

export { makeTestComplianceItem } from './compliance.fixtures.js';
export type { BlockableAction, BlockDecision, BlockReason, ComplianceType, Requirement } from './compliance.rules.js';
export { BLOCKABLE_ACTIONS, COMPLIANCE_TYPES, complianceBlocksFor } from './compliance.rules.js';
export type { ComplianceItemDto, SweepResult } from './compliance.service.js';
export {
  assertComplianceAllows,
  complianceBlocks,
  createItem as createComplianceItem,
  reviewItem as reviewComplianceItem,
  runComplianceSweep,
  saveRequirements as saveComplianceRequirements,
} from './compliance.service.js';

/**
 * Compliance items per partner (DPA/GDPR, SOC 2, ISO 27001, insurance, export control, custom)
 * with evidence, review and expiry; the vendor's consequences of a lapsed item per type; a daily
 * sweep that expires items and reminds before expiry; `complianceBlocks` for modules whose
 * actions a lapsed item blocks (payouts, deal registration, …).
 */
export const module: ModuleDescriptor = {
  name: 'compliance',
  routes: complianceRoutes,
  fileKinds: complianceFileKinds,
  demo: complianceDemo,
  importers: [complianceImporter],
  appPermissions: (actor) => ({ manageComplianceSettings: mayEditRequirements(actor) }),
  jobs: [{ name: 'compliance.daily', schedule: '30 5 * * *', run: async (ctx) => runComplianceSweep(ctx) }],
  notificationKinds: [
    {
      kind: 'compliance.expiry',
      label: 'Compliance items expiring or expired',
      description: 'A compliance item of a partner (yours, or your company’s) expires soon or has expired.',
      defaultChannel: 'email',
      audience: 'both',
    },
    {
      kind: 'compliance.review',
      label: 'A compliance item awaits review',
      description: 'A partner you manage added compliance evidence for you to verify.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
  ],
  recordKinds: [
    {
      name: 'complianceItem',
      belongsTo: 'partner',
      // With evidence, so its file list has a row to hold to the caller's company.
      make: async (ctx, owner) => {
        const id = await makeTestComplianceItem(ctx, owner.partnerId ?? owner.existingPartner);
        await attachFile(ctx, EVIDENCE_KIND, id, { name: 'evidence.pdf', bytes: simplePdf(['SOC 2']) });
        return { id };
      },
      // The expiring list holds verified items within 60 days.
      seedLists: async (ctx, partnerId) => {
        await makeTestComplianceItem(ctx, partnerId, { status: 'verified', expiresInDays: 30 });
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
