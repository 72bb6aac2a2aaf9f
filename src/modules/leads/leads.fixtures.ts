import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { leadAssignments, leads } from './leads.schema.js';
import { assignLead, createCoverageSegment, createLead, createRoutingRule } from './leads.service.js';

let made = 0;

/** A fresh lead assigned to `partnerId` by hand (accepted: as if its people accepted it). */
export async function makeTestLead(ctx: Ctx, partnerId: string, accepted = false): Promise<string> {
  made += 1;
  const unique = `${Date.now().toString(36)}${made}`;
  const lead = await createLead(
    ctx,
    { company: `Matrix lead ${unique}`, domain: `lead-${unique}.example`, country: 'ZZ', products: [] },
    { route: false },
  );
  await assignLead(ctx, lead.id, partnerId, 'Matrix fixture');
  if (accepted) {
    await withTx(ctx, async (c) => {
      await c.tx.update(leads).set({ status: 'accepted', acceptedAt: c.now }).where(eq(leads.id, lead.id));
      await c.tx
        .update(leadAssignments)
        .set({ outcome: 'accepted', outcomeAt: c.now })
        .where(eq(leadAssignments.leadId, lead.id));
    });
  }
  return lead.id;
}

/** A routing rule no real lead meets (country ZZ). */
export async function makeTestRoutingRule(ctx: Ctx): Promise<string> {
  made += 1;
  return (await createRoutingRule(ctx, { name: `Matrix rule ${made}`, countries: ['ZZ'], strategy: 'capacity' })).id;
}

export async function makeTestCoverageSegment(ctx: Ctx): Promise<string> {
  made += 1;
  return (await createCoverageSegment(ctx, { name: `Matrix segment ${made}`, countries: ['ZZ'], motion: 'hybrid' })).id;
}
