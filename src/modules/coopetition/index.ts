import type { ModuleDescriptor } from '../../server/module.js';
import { coopetitionDemo } from './coopetition.demo.js';
import { coopetitionRoutes } from './coopetition.routes.js';
import { addCoopetitionArea } from './coopetition.service.js';

export type { CoopetitionArea, CoopetitionKind } from './coopetition.rules.js';
export { COOPETITION_KINDS, competingAreas } from './coopetition.rules.js';
export { coopetitionAreas } from './coopetition.service.js';

let made = 0;

/** Coopetition: the segments, products and solution categories where a partner also competes with the vendor. */
export const module: ModuleDescriptor = {
  name: 'coopetition',
  routes: coopetitionRoutes,
  demo: coopetitionDemo,
  recordKinds: [
    {
      name: 'coopetitionArea',
      belongsTo: 'partner',
      async make(ctx, owner) {
        made += 1;
        const partnerId = owner.partnerId ?? owner.existingPartner;
        const area = await addCoopetitionArea(ctx, partnerId, { kind: 'segment', name: `Matrix segment ${made}` });
        return { id: partnerId, areaId: area.id };
      },
      missing: ({ existingPartner, missingId }) => ({ id: existingPartner, areaId: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
