import type { ModuleDescriptor } from '../../server/module.js';
import { valueUsesRoutes } from './value-uses.routes.js';
import { jvpUses90d } from './value-uses.service.js';

export type { JvpUse, JvpUsesDto, UseCounts, UseKind } from './value-uses.service.js';
export { jvpUses, jvpUses90d, jvpUsesByKind, USE_KINDS } from './value-uses.service.js';

/**
 * Where each joint value proposition is used: the campaigns, deal registrations, opportunities
 * and content that name it, beside the value module's calculator sessions, and the deployment
 * metric the failure mode "joint value proposition without deployment" reads (decision 0344).
 * Its own module because it reads those four modules, which themselves use `value` to check the
 * JVP they name: in `value` it would close a circle.
 */
export const module: ModuleDescriptor = {
  name: 'value-uses',
  routes: valueUsesRoutes,
  metrics: [
    {
      key: 'value.jvp_uses_90d',
      label: 'Joint value proposition uses (90 days)',
      unit: 'count',
      description:
        'Value calculator sessions run with the joint value proposition, and campaigns, deal registrations, opportunities and content that named it, in the 90 days before the date: its deployment.',
      compute: jvpUses90d,
    },
  ],
};
