import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { isPartnerRole, type Role } from '../../shared/roles.js';
import { type CalculatorModel, calculateValue, type Side } from './value.rules.js';
import { valuePropositions, valueSessions, valueSimulations } from './value.schema.js';

/**
 * Records for the authorization matrix and tests, written straight to the tables (no audit):
 * a draft of the caller's side, the partner's published version (made once), a session run by
 * the caller, a simulation of the caller's side, a shared session's token.
 */
export const TEST_MODEL: CalculatorModel = {
  currency: 'EUR',
  sizeUnit: 'clinics',
  improvements: [
    { key: 'downtime', label: 'Less unplanned downtime', defaultBp: 1500 },
    { key: 'admin', label: 'Less admin time', defaultBp: 500 },
  ],
  oneTimeCostPerUnit: 100_000,
  recurringCostPerUnit: 50_000,
};

const sideFor = (role: Role): Side => (isPartnerRole(role) ? 'partner' : 'vendor');

export async function makeTestProposition(ctx: Ctx, partnerId: string, role: Role, userId: string | null): Promise<string> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(valuePropositions)
      .values({
        partnerId,
        status: 'draft',
        proposedBy: sideFor(role),
        title: 'Matrix proposition',
        outcome: 'less downtime',
        targetCustomer: 'clinics',
        how: 'working together',
        calculator: TEST_MODEL,
        createdById: userId,
      })
      .returning({ id: valuePropositions.id });
    if (!row) throw new Error('no proposition made');
    return row.id;
  });
}

/** The partner's published version, made the first time it is asked for. */
export async function makeTestPublished(ctx: Ctx, partnerId: string): Promise<string> {
  return withTx(ctx, async (c) => {
    const [found] = await c.tx
      .select({ id: valuePropositions.id })
      .from(valuePropositions)
      .where(and(eq(valuePropositions.partnerId, partnerId), eq(valuePropositions.status, 'published')));
    if (found) return found.id;
    const [row] = await c.tx
      .insert(valuePropositions)
      .values({
        partnerId,
        status: 'published',
        version: 1,
        proposedBy: 'vendor',
        title: 'Matrix proposition',
        outcome: 'less downtime',
        targetCustomer: 'clinics',
        how: 'working together',
        calculator: TEST_MODEL,
        publishedAt: c.now,
      })
      .returning({ id: valuePropositions.id });
    if (!row) throw new Error('no proposition made');
    return row.id;
  });
}

export async function makeTestSession(
  ctx: Ctx,
  partnerId: string,
  role: Role,
  userId: string | null,
  share?: { token: string; expiresAt: Date },
): Promise<string> {
  const propositionId = await makeTestPublished(ctx, partnerId);
  const inputs = {
    customerSize: 4,
    currentAnnualCost: { amount: 10_000_000, currency: 'EUR' },
    improvements: [{ key: 'downtime', bp: 1500 }],
  };
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(valueSessions)
      .values({
        partnerId,
        propositionId,
        customerName: 'Matrix customer',
        inputs,
        result: calculateValue(TEST_MODEL, inputs),
        side: sideFor(role),
        createdById: userId,
        ...(share
          ? {
              tokenHash: createHash('sha256').update(share.token).digest('hex'),
              sharedAt: c.now,
              shareExpiresAt: share.expiresAt,
            }
          : {}),
      })
      .returning({ id: valueSessions.id });
    if (!row) throw new Error('no session made');
    return row.id;
  });
}

/** A shared session's token (valid for a day). */
export async function makeTestShare(ctx: Ctx, partnerId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await makeTestSession(ctx, partnerId, 'admin', null, { token, expiresAt: new Date(Date.now() + 86_400_000) });
  return token;
}

export async function makeTestSimulation(ctx: Ctx, partnerId: string, role: Role, userId: string | null): Promise<string> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(valueSimulations)
      .values({
        partnerId,
        name: 'Matrix simulation',
        offering: { currency: 'EUR', listPrice: 100_000, subscriptionBp: 5000, eventsPerUnit: 0 },
        parties: [
          { side: 'vendor', mechanisms: [{ kind: 'remainder' }], investment: null },
          { side: 'partner', mechanisms: [{ kind: 'revenue_share', shareBp: 2000 }], investment: null },
        ],
        pricePointsBp: [10_000],
        volumes: [10],
        side: sideFor(role),
        createdById: userId,
      })
      .returning({ id: valueSimulations.id });
    if (!row) throw new Error('no simulation made');
    return row.id;
  });
}
