import type { ModuleDescriptor } from '../../server/module.js';
import { innovationDemo } from './innovation.demo.js';
import { makeTestIdea } from './innovation.fixtures.js';
import { innovationRoutes } from './innovation.routes.js';

export { makeTestIdea } from './innovation.fixtures.js';
export type { IdeaStage } from './innovation.rules.js';
export { FUNNEL_STAGES, IDEA_STAGES } from './innovation.rules.js';
export type { IdeaDto } from './innovation.service.js';
export { decideIdea, ideaFunnel, scoreIdea, setReviewers, submitIdea } from './innovation.service.js';

/**
 * The innovation funnel: partners submit ideas in the portal; reviewers score value and
 * feasibility; the alliance's managers move them submission → feasibility → prototype → pilot
 * → launch, or stop them with a reason, with the history kept and the submitter told.
 */
export const module: ModuleDescriptor = {
  name: 'innovation',
  routes: innovationRoutes,
  demo: innovationDemo,
  // The vendor's side records ideas a partner brought up (in a QBR, a workshop) on its behalf.
  appPermissions: (actor) => ({ recordIdeas: actor.role === 'admin' || actor.role === 'partner_manager' }),
  notificationKinds: [
    {
      kind: 'innovation.submitted',
      label: 'A partner submitted an idea',
      description: 'A partner you manage submitted an idea to the innovation funnel.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
    {
      kind: 'innovation.review_assigned',
      label: 'An idea waits for your review',
      description: 'You were named a reviewer of an idea in the innovation funnel.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
    {
      kind: 'innovation.decided',
      label: 'A decision on your idea',
      description: 'An idea you submitted moved to its next stage or was stopped.',
      defaultChannel: 'email',
      audience: 'both',
    },
  ],
  recordKinds: [
    {
      name: 'idea',
      belongsTo: 'partner',
      make: async (ctx, owner) => {
        const actor = owner.user.ctx.actor;
        const role = actor.kind === 'user' ? actor.role : 'admin';
        return { id: await makeTestIdea(ctx, owner.partnerId ?? owner.existingPartner, role, owner.user.id) };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
