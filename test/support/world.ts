import { createContact, createPartner } from '../../src/modules/partners/index.js';
import { createTier } from '../../src/modules/tiers/index.js';
import { createUser, type UserDto } from '../../src/modules/users/index.js';
import type { Ctx } from '../../src/shared/context.js';
import type { Role } from '../../src/shared/roles.js';

export const PASSWORD = 'test-password-1234';

/**
 * The standard test world: the vendor team, and two partner companies A and B with an admin and
 * a user each. Partner A is owned by `pm`, partner B by `pm2`.
 */
export type World = {
  users: Record<
    'admin' | 'pm' | 'pm2' | 'executive' | 'finance' | 'partnerAdminA' | 'partnerUserA' | 'partnerAdminB' | 'partnerUserB',
    UserDto
  >;
  partnerA: { id: string; name: string; domains: string[] };
  partnerB: { id: string; name: string; domains: string[] };
  tierId: string;
  contactA: string;
  contactB: string;
  /** A document (plain text) attached to each partner. */
  documentA: string;
  documentB: string;
};

let counter = 0;
export function unique(): string {
  counter += 1;
  return `${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function makeUser(ctx: Ctx, role: Role, partnerId: string | null, name?: string): Promise<UserDto> {
  const id = unique();
  return createUser(ctx, {
    email: `${role}.${id}@test.example`,
    name: name ?? `${role} ${id}`,
    role,
    partnerId,
    password: PASSWORD,
  });
}

export async function makePartner(ctx: Ctx, ownerId: string | null, extra: Record<string, unknown> = {}) {
  const id = unique();
  return createPartner(ctx, { name: `Partner ${id}`, motion: 'channel', domains: [`p-${id}.example`], ownerId, ...extra });
}

export async function seedWorld(ctx: Ctx): Promise<World> {
  const admin = await makeUser(ctx, 'admin', null, 'Ada Admin');
  const pm = await makeUser(ctx, 'partner_manager', null, 'Pat Manager');
  const pm2 = await makeUser(ctx, 'partner_manager', null, 'Quinn Manager');
  const executive = await makeUser(ctx, 'executive', null, 'Eve Executive');
  const finance = await makeUser(ctx, 'finance', null, 'Finn Finance');
  const tier = await createTier(ctx, { name: `Gold ${unique()}`, rank: 10 + (counter % 500) });
  const a = await makePartner(ctx, pm.id, { name: `Alpha Partners ${unique()}`, tierId: tier.id, types: ['reseller'] });
  const b = await makePartner(ctx, pm2.id, { name: `Bravo Partners ${unique()}`, types: ['isv'], motion: 'alliance' });
  const contactA = await createContact(ctx, a.id, { name: 'Alice Contact', email: 'alice@alpha.example' });
  const contactB = await createContact(ctx, b.id, { name: 'Bob Contact', email: 'bob@bravo.example' });
  // Imported here, not at the top: the OpenAPI components are numbered in the order modules are
  // first imported, and the typed client is generated with the modules in their own order.
  const { attachFile } = await import('../../src/modules/files/index.js');
  const documentOf = (partner: { id: string; name: string }) =>
    attachFile(ctx, 'partner.document', partner.id, { name: 'welcome.txt', bytes: Buffer.from(`Welcome, ${partner.name}!\n`) });
  const documentA = await documentOf(a);
  const documentB = await documentOf(b);
  // Each partner lists an integration, so a partner's list of its own is never empty.
  const { createIntegrationListing } = await import('../../src/modules/integrations/index.js');
  for (const partner of [a, b]) {
    await createIntegrationListing(ctx, partner.id, {
      name: `${partner.name} connector`,
      compatibility: [{ product: 'Consort Cloud', versions: '3.x', status: 'supported' }],
    });
  }
  // Every partner has an onboarding task, an agreement in force near its notice deadline and a
  // compliance item expiring soon and an approved deal registration, so partner-side lists in the matrix have rows to check.
  const { makeTestOnboarding, makeTestTask, makeTestTemplate } = await import('../../src/modules/onboarding/index.js');
  const { makeTestAgreement } = await import('../../src/modules/agreements/index.js');
  const { makeTestComplianceItem } = await import('../../src/modules/compliance/index.js');
  const { makeTestRiskAction } = await import('../../src/modules/risks/index.js');
  const { makeTestDealRegistration } = await import('../../src/modules/deal-registrations/index.js');
  const { makeTestLead } = await import('../../src/modules/leads/index.js');
  await makeTestTemplate(ctx);
  for (const partner of [a, b]) {
    await makeTestOnboarding(ctx, partner.id);
    await makeTestTask(ctx, partner.id, 'partner_admin');
    await makeTestAgreement(ctx, partner.id, 'active');
    await makeTestComplianceItem(ctx, partner.id, { status: 'verified', expiresInDays: 20 });
    await makeTestRiskAction(ctx, partner.id);
    await makeTestDealRegistration(ctx, partner.id, true);
    await makeTestLead(ctx, partner.id);
  }
  // Every partner has an earning (an adjustment), so the earnings lists in the matrix have rows.
  const { makeTestEarning } = await import('../../src/modules/incentives/index.js');
  for (const partner of [a, b]) await makeTestEarning(ctx, partner.id);
  // Both partners are parties of one conflict case (with the direct team): each list has a row, and
  // the matrix checks each partner's answer holds its own side only.
  const { makeTestConflictCase } = await import('../../src/modules/conflict-cases/index.js');
  await makeTestConflictCase(ctx, [a.id, b.id]);
  // Every partner has a calculator session, a value-capture simulation and an idea.
  const { makeTestSession, makeTestSimulation } = await import('../../src/modules/value/index.js');
  const { makeTestIdea } = await import('../../src/modules/innovation/index.js');
  for (const partner of [a, b]) {
    await makeTestSession(ctx, partner.id, 'admin', null);
    await makeTestSimulation(ctx, partner.id, 'admin', null);
    await makeTestIdea(ctx, partner.id, 'admin', null);
  }
  // And governance: a committee, a meeting, a decision and an action item (partner-side lists in the matrix).
  const governance = await import('../../src/modules/governance/index.js');
  for (const partner of [a, b]) {
    await governance.makeTestDecision(ctx, partner.id, { id: pm.id, role: 'partner_manager' });
    await governance.makeTestMeeting(ctx, partner.id);
    await governance.makeTestAction(ctx, partner.id, { id: pm.id, role: 'partner_manager' });
  }
  // And a draft joint business plan with a partner-side commitment.
  const { makeTestCommitment } = await import('../../src/modules/business-plans/index.js');
  for (const partner of [a, b]) await makeTestCommitment(ctx, partner.id, 'partner');
  // And referrals: a link with a click, a sign-up, a paying customer and a commission.
  const { makeTestReferralHistory } = await import('../../src/modules/referrals/index.js');
  for (const partner of [a, b]) await makeTestReferralHistory(ctx, partner.id);
  // And a joint account plan for a key account of each.
  const { makeTestAccountPlan } = await import('../../src/modules/account-plans/index.js');
  for (const partner of [a, b]) await makeTestAccountPlan(ctx, partner.id);
  // And through-channel marketing: an audience, a running launch and a suppressed address.
  const { makeTestLaunch, makeTestSuppression } = await import('../../src/modules/marketing/index.js');
  for (const partner of [a, b]) {
    await makeTestLaunch(ctx, partner.id);
    await makeTestSuppression(ctx, partner.id);
  }
  // And MDF: an allocation with a request and a claim awaiting its decision.
  const { makeTestClaim } = await import('../../src/modules/mdf/index.js');
  for (const partner of [a, b]) await makeTestClaim(ctx, partner.id, false);
  // And a joint campaign and a loyalty redemption (partner-side lists in the matrix).
  const { makeTestCampaign } = await import('../../src/modules/campaigns/index.js');
  const { makeTestRedemption } = await import('../../src/modules/loyalty/index.js');
  for (const partner of [a, b]) {
    await makeTestCampaign(ctx, partner.id);
    await makeTestRedemption(ctx, partner.id);
  }
  return {
    users: {
      admin,
      pm,
      pm2,
      executive,
      finance,
      partnerAdminA: await makeUser(ctx, 'partner_admin', a.id),
      partnerUserA: await makeUser(ctx, 'partner_user', a.id),
      partnerAdminB: await makeUser(ctx, 'partner_admin', b.id),
      partnerUserB: await makeUser(ctx, 'partner_user', b.id),
    },
    partnerA: { id: a.id, name: a.name, domains: a.domains },
    partnerB: { id: b.id, name: b.name, domains: b.domains },
    tierId: tier.id,
    contactA: contactA.id,
    contactB: contactB.id,
    documentA: documentA.id,
    documentB: documentB.id,
  };
}

/** A context acting as `user` (no session or token), for calling services as that person. */
export function actingAs(system: Ctx, user: UserDto): Ctx {
  return {
    ...system,
    actor: {
      kind: 'user',
      userId: user.id,
      role: user.role,
      partnerId: user.partnerId,
      email: user.email,
      name: user.name,
      sessionId: null,
      tokenId: null,
    },
  };
}
