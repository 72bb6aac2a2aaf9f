import { randomUUID } from 'node:crypto';
import { withTx } from '../../db/scope.js';
import type { ModuleDescriptor } from '../../server/module.js';
import { recruitmentDemo } from './recruitment.demo.js';
import { mayReviewApplications } from './recruitment.policy.js';
import { recruitmentRoutes } from './recruitment.routes.js';
import { partnerApplications } from './recruitment.schema.js';

export type { ApplicationDto } from './recruitment.service.js';

let made = 0;

/**
 * Recruiting partners from outside: the public application form (spam-safe, no sign-in) and the
 * review of what arrives — accept into a prospect, or reject with a reason. The Ideal Partner
 * Profile and fit live with partners (decision 0045); the board in the web app shows both.
 */
export const module: ModuleDescriptor = {
  name: 'recruitment',
  routes: recruitmentRoutes,
  demo: recruitmentDemo,
  appPermissions: (actor) => ({ reviewApplications: mayReviewApplications(actor) }),
  notificationKinds: [
    {
      kind: 'recruitment.application_submitted',
      label: 'A company applies to become a partner',
      description: 'Someone sent the public partner application form; it waits for review on the recruitment board.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
  ],
  recordKinds: [
    {
      name: 'partnerApplication',
      belongsTo: 'vendor',
      async make(ctx) {
        made += 1;
        const id = randomUUID();
        await withTx(ctx, (c) =>
          c.tx.insert(partnerApplications).values({
            id,
            companyName: `Matrix applicant ${made}`,
            website: `https://matrix-applicant-${made}-${id.slice(0, 8)}.example`,
            domain: `matrix-applicant-${made}-${id.slice(0, 8)}.example`,
            types: ['msp'],
            contactName: 'Matrix Applicant',
            contactEmail: `applicant-${made}@matrix-applicant.example`,
          }),
        );
        return { id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
};
