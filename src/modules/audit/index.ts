import { desc, eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { ModuleDescriptor } from '../../server/module.js';
import { auditRoutes } from './audit.routes.js';
import { auditEvents } from './audit.schema.js';

export type { AuditEntry, AuditedKind, ChangeNote } from './audit.service.js';
export {
  auditTrailOf,
  deleteAudited,
  insertAudited,
  insertManyAudited,
  recordChange,
  recordChanges,
  snapshotsAsOf,
  updateAudited,
} from './audit.service.js';

/** The audit log: who changed what, when, with before and after. */
export const module: ModuleDescriptor = {
  name: 'audit',
  routes: auditRoutes,
  appPermissions: (actor) => ({ viewAudit: actor.role === 'admin' }),
  recordKinds: [
    {
      name: 'auditEvent',
      belongsTo: 'partner',
      // Every partner has audit entries from its creation; the newest one of it is the record.
      async make(ctx, owner) {
        const [row] = await withTx(ctx, (c) =>
          c.tx
            .select({ id: auditEvents.id })
            .from(auditEvents)
            .where(eq(auditEvents.partnerId, owner.partnerId ?? owner.existingPartner))
            .orderBy(desc(auditEvents.occurredAt))
            .limit(1),
        );
        if (!row) throw new Error('no audit event to aim at');
        return { id: row.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => (row.partnerId as string | null) ?? null,
    },
  ],
};
