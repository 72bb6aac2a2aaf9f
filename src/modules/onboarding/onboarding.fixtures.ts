import { and, eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { isPartnerRole, type Role } from '../../shared/roles.js';
import { onboardings, onboardingTasks, onboardingTemplates } from './onboarding.schema.js';

let made = 0;

/**
 * Records for the authorization matrix and tests, written straight to the tables (no audit): a
 * template, the partner's onboarding in progress (made once), and a fresh open task on the side
 * of `role` — a vendor role gets a vendor-side task, a partner role one meant for that role.
 */
export async function makeTestTemplate(ctx: Ctx): Promise<string> {
  made += 1;
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(onboardingTemplates)
      .values({
        name: `Matrix template ${Date.now().toString(36)}${made}`,
        steps: [
          {
            title: 'Kick-off',
            description: '',
            ownerSide: 'vendor',
            ownerRole: 'partner_manager',
            dueOffsetDays: 3,
            requirement: 'none',
            required: true,
          },
        ],
      })
      .returning({ id: onboardingTemplates.id });
    if (!row) throw new Error('no template made');
    return row.id;
  });
}

export async function makeTestOnboarding(ctx: Ctx, partnerId: string): Promise<string> {
  return withTx(ctx, async (c) => {
    const [existing] = await c.tx
      .select({ id: onboardings.id })
      .from(onboardings)
      .where(and(eq(onboardings.partnerId, partnerId), eq(onboardings.status, 'in_progress')));
    if (existing) return existing.id;
    const [row] = await c.tx
      .insert(onboardings)
      .values({ partnerId, name: 'Matrix onboarding', startOn: c.now.toISOString().slice(0, 10), startedAt: c.now })
      .returning({ id: onboardings.id });
    if (!row) throw new Error('no onboarding made');
    return row.id;
  });
}

export async function makeTestTask(ctx: Ctx, partnerId: string, role: Role, assigneeId: string | null = null): Promise<string> {
  const onboardingId = await makeTestOnboarding(ctx, partnerId);
  made += 1;
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(onboardingTasks)
      .values({
        onboardingId,
        partnerId,
        position: 100 + made,
        title: `Matrix task ${made}`,
        ownerSide: isPartnerRole(role) ? 'partner' : 'vendor',
        ownerRole: role,
        required: false,
        dueOn: c.now.toISOString().slice(0, 10),
        assigneeId,
      })
      .returning({ id: onboardingTasks.id });
    if (!row) throw new Error('no task made');
    return row.id;
  });
}
