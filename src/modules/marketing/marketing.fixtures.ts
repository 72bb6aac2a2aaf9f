import { randomBytes } from 'node:crypto';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import type { KitStep, LandingPage } from './marketing.rules.js';
import {
  type MarketingKitRow,
  marketingAudiences,
  marketingContacts,
  marketingKits,
  marketingSuppressions,
} from './marketing.schema.js';
import { startLaunch } from './marketing.service.js';

let made = 0;
function tag(): string {
  made += 1;
  return `${Date.now().toString(36)}-${made}-${randomBytes(2).toString('hex')}`;
}

export const TEST_STEPS: KitStep[] = [
  { subject: 'Hello {{contact.firstName}}', body: '{{partner.name}} invites you.', delayDays: 0 },
  { subject: 'A reminder', body: 'Still time to join.', delayDays: 2 },
];
export const TEST_LANDING: LandingPage = { headline: 'Join us', body: 'With {{partner.name}}', cta: 'Sign up' };

/** A kit for the matrix and tests, written as the system (draft unless `approved`). */
export async function makeTestKit(ctx: Ctx, approved: boolean): Promise<MarketingKitRow> {
  return withTx(ctx, async (c) => {
    const [kit] = await c.tx
      .insert(marketingKits)
      .values({
        name: `Test kit ${tag()}`,
        status: approved ? 'approved' : 'draft',
        approvedAt: approved ? c.now : null,
        steps: TEST_STEPS,
        landing: TEST_LANDING,
      })
      .returning();
    if (!kit) throw new Error('no kit');
    return kit;
  });
}

/** An audience of `partnerId` with one subscribed contact. */
export async function makeTestAudience(ctx: Ctx, partnerId: string) {
  return withTx(ctx, async (c) => {
    const [audience] = await c.tx
      .insert(marketingAudiences)
      .values({ partnerId, name: `Audience ${tag()}` })
      .returning();
    if (!audience) throw new Error('no audience');
    await c.tx
      .insert(marketingContacts)
      .values({ partnerId, audienceId: audience.id, email: `contact-${tag()}@example.com`, firstName: 'Test' });
    return audience;
  });
}

/** A running launch of a fresh approved kit to a fresh audience of `partnerId`. */
export async function makeTestLaunch(ctx: Ctx, partnerId: string) {
  const kit = await makeTestKit(ctx, true);
  const audience = await makeTestAudience(ctx, partnerId);
  return withTx(ctx, (c) => startLaunch(c, kit, audience, 'Test launch'));
}

export async function makeTestSuppression(ctx: Ctx, partnerId: string | null): Promise<string> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(marketingSuppressions)
      .values({ partnerId, email: `suppressed-${tag()}@example.com` })
      .returning();
    if (!row) throw new Error('no suppression');
    return row.id;
  });
}
