import type { ModuleDescriptor, RecordOwner } from '../../server/module.js';
import type { Role } from '../../shared/roles.js';
import { valueDemo } from './value.demo.js';
import { makeTestProposition, makeTestPublished, makeTestSession, makeTestShare, makeTestSimulation } from './value.fixtures.js';
import { valueRoutes } from './value.routes.js';
import { jvpPublished } from './value.service.js';

export {
  makeTestProposition,
  makeTestPublished,
  makeTestSession,
  makeTestShare,
  makeTestSimulation,
  TEST_MODEL,
} from './value.fixtures.js';
export { valuePropositionFields, ZValuePropositionIdInput, ZValuePropositionRef } from './value.links.js';
export type { CalculatorInputs, CalculatorModel, CalculatorResult, SimulationResult } from './value.rules.js';
export { calculateValue, simulateValueCapture } from './value.rules.js';
export { valuePropositions, valueSessions } from './value.schema.js';
export type { PropositionDto, PropositionLink, PropositionRef, SessionDto, SimulationDto } from './value.service.js';
export {
  createSession,
  currentProposition,
  jvpPublished,
  linkableProposition,
  proposeProposition,
  propositionLink,
  propositionOf,
  propositionRefs,
  publishProposition,
  shareSession,
} from './value.service.js';

function callerOf(owner: RecordOwner): { role: Role; userId: string } {
  const actor = owner.user.ctx.actor;
  return { role: actor.kind === 'user' ? actor.role : 'admin', userId: owner.user.id };
}

/**
 * Joint value: each alliance's joint value proposition (versions proposed by either side,
 * published by the vendor), its value calculator for customer workshops with sessions shared as
 * public pages, and the value-capture simulator (each side's earnings under price and volume
 * scenarios, with fairness against investment).
 */
export const module: ModuleDescriptor = {
  name: 'value',
  routes: valueRoutes,
  demo: valueDemo,
  metrics: [
    {
      key: 'value.jvp_published',
      label: 'Joint value proposition published',
      unit: 'boolean',
      description: '1 when the alliance has a published (current) joint value proposition, else 0.',
      compute: jvpPublished,
    },
  ],
  notificationKinds: [
    {
      kind: 'value.proposition_proposed',
      label: 'A partner proposed a joint value proposition',
      description: 'A partner you manage proposed a new version of your joint value proposition.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
    {
      kind: 'value.proposition_published',
      label: 'A joint value proposition is published',
      description: 'The vendor published a new version of your joint value proposition.',
      defaultChannel: 'email',
      audience: 'partner',
    },
  ],
  recordKinds: [
    {
      name: 'valueProposition',
      belongsTo: 'partner',
      // A draft of the caller's side (each side edits its own).
      make: async (ctx, owner) => {
        const { role, userId } = callerOf(owner);
        return { id: await makeTestProposition(ctx, owner.partnerId ?? owner.existingPartner, role, userId) };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'publishedValueProposition',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestPublished(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'valueSession',
      belongsTo: 'partner',
      // Run by the caller.
      make: async (ctx, owner) => {
        const { role, userId } = callerOf(owner);
        return { id: await makeTestSession(ctx, owner.partnerId ?? owner.existingPartner, role, userId) };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'valueShare',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ token: await makeTestShare(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ token: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'valueSimulation',
      belongsTo: 'partner',
      make: async (ctx, owner) => {
        const { role, userId } = callerOf(owner);
        return { id: await makeTestSimulation(ctx, owner.partnerId ?? owner.existingPartner, role, userId) };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
