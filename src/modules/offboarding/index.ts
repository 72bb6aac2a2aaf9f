import type { ModuleDescriptor } from '../../server/module.js';
import { policyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import { offboardingDemo } from './offboarding.demo.js';
import { makeTestOffboardingPartner, makeTestRunbookItem } from './offboarding.fixtures.js';
import { offboardingRoutes } from './offboarding.routes.js';
import { cancelOpenRunbook, openRunbook, terminationCheck } from './offboarding.service.js';

export { makeTestOffboardingPartner } from './offboarding.fixtures.js';
export type { RunbookDto, RunbookItemDto } from './offboarding.service.js';
export { completeItem, listPartnerRunbooks, startRunbook } from './offboarding.service.js';

/**
 * Off-boarding: when a partner moves into off-boarding, a runbook from the template (end portal
 * access, settle what is owed, transfer open deals and leads, archive plans, export the records),
 * each item done by a person with a note; the partner is terminated only once it is finished.
 * The partner's records stay, readable by vendor staff.
 */
export const module: ModuleDescriptor = {
  name: 'offboarding',
  routes: offboardingRoutes,
  demo: offboardingDemo,
  stageHooks: [
    { toStage: 'offboarding', after: async (c, partner) => void (await openRunbook(c, partner.id, partner.reason)) },
    { toStage: 'terminated', check: async (c, partner) => terminationCheck(c, partner.id) },
    // Retained after all: the runbook stops.
    {
      toStage: 'active',
      after: async (c, partner) => {
        if (partner.fromStage === 'offboarding') await cancelOpenRunbook(c, partner.id, partner.reason);
      },
    },
  ],
  recordKinds: [
    {
      // A partner already off-boarding without a runbook (the matrix's target of "Start runbook").
      name: 'offboardingPartner',
      belongsTo: 'partner',
      // A partner caller is refused before the partner matters: the world's partner stays as it is.
      make: async (ctx, owner) =>
        isPartnerRole(policyActor(owner.user.ctx).role)
          ? { id: owner.partnerId ?? owner.existingPartner }
          : { id: await makeTestOffboardingPartner(ctx, owner.partnerId ?? owner.existingPartner) },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'offboardingItem',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestRunbookItem(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
