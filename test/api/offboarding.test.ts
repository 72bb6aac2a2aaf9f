import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPlan } from '../../src/modules/business-plans/index.js';
import { makeTestDealRegistration } from '../../src/modules/deal-registrations/index.js';
import { makeTestLead } from '../../src/modules/leads/index.js';
import { makeTestOffboardingPartner } from '../../src/modules/offboarding/index.js';
import { makeTestOpportunity } from '../../src/modules/opportunities/index.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

let t: SeededApp;
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

type Item = {
  id: string;
  kind: string;
  doneAt: string | null;
  note: string;
  amount: { amount: number; currency: string } | null;
};
type Runbook = { id: string; status: string; open: number; items: Item[]; can: { work: boolean } };

/** A partner owned by `pm`, active, with an admin (signed in, with an API token) and an onboarding in progress. */
async function activePartner() {
  const sys = t.system();
  const partner = await makePartner(sys, t.world.users.pm.id, { types: ['reseller'] });
  const partnerAdmin = await makeUser(sys, 'partner_admin', partner.id);
  const pm = await t.login(t.world.users.pm.email, PASSWORD);
  for (const [toStage, reason] of [
    ['qualified', 'Fits'],
    ['onboarding', ''],
    ['enabled', ''],
    ['active', ''],
  ] as const) {
    const res = await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, { toStage, reason });
    expect(res.status, `${toStage}: ${JSON.stringify(res.body)}`).toBe(201);
  }
  return { partner, partnerAdmin, pm };
}

async function runbookOf(client: Client, partnerId: string): Promise<Runbook> {
  const res = await client.get(`/api/v1/partners/${partnerId}/offboarding-runbooks`);
  expect(res.status).toBe(200);
  return res.body.data[0] as Runbook;
}

describe('off-boarding a partner', () => {
  it('starts a runbook from the template on the move into off-boarding, and termination waits for it', async () => {
    const { partner, partnerAdmin, pm } = await activePartner();
    const portal = await t.login(partnerAdmin.email, PASSWORD);
    const token = await portal.post('/api/v1/api-tokens', { name: 'ERP sync' });
    expect(token.status).toBe(201);
    const bearer = { authorization: `Bearer ${token.body.token}` };
    expect((await t.request('GET', '/api/v1/me', { headers: bearer })).status).toBe(200);

    expect(
      (await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, { toStage: 'offboarding', reason: 'Exits the market' }))
        .status,
    ).toBe(201);
    const runbook = await runbookOf(pm, partner.id);
    expect(runbook).toMatchObject({ status: 'open', open: 5, reason: 'Exits the market', can: { work: true } });
    expect(runbook.items.map((i) => i.kind)).toEqual(['end_access', 'settle', 'transfer', 'archive_plans', 'export_records']);

    // Not yet: the runbook is open.
    const early = await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, { toStage: 'terminated', reason: 'Gone' });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([{ path: 'toStage', message: expect.stringContaining('5 items are still open') }]);

    // Each item by a person with a note; the settlement with its amount.
    const item = (kind: string) => runbook.items.find((i) => i.kind === kind) as Item;
    const noNote = await pm.post(`/api/v1/offboarding-items/${item('transfer').id}/complete`, { note: '' });
    expect(noNote.status).toBe(422);
    expect(noNote.body.errors[0].path).toBe('note');
    const noAmount = await pm.post(`/api/v1/offboarding-items/${item('settle').id}/complete`, { note: 'Paid' });
    expect(noAmount.status).toBe(422);
    expect(noAmount.body.errors[0].path).toBe('amount');
    const badCurrency = await pm.post(`/api/v1/offboarding-items/${item('settle').id}/complete`, {
      note: 'Paid',
      amount: { amount: 100, currency: 'XXQ' },
    });
    expect(badCurrency.status).toBe(422);
    expect(badCurrency.body.errors[0].path).toBe('amount.currency');
    const settled = await pm.post(`/api/v1/offboarding-items/${item('settle').id}/complete`, {
      note: 'Final commission paid',
      amount: { amount: 125_000, currency: 'EUR' },
    });
    expect(settled.status).toBe(200);
    expect(settled.body.items.find((i: Item) => i.kind === 'settle')).toMatchObject({
      amount: { amount: 125_000, currency: 'EUR' },
      note: 'Final commission paid',
      doneBy: { id: t.world.users.pm.id },
    });

    // Ending access: the partner's people are deactivated; their session and their API token stop working.
    const ended = await pm.post(`/api/v1/offboarding-items/${item('end_access').id}/complete`, { note: 'Exit call held' });
    expect(ended.status).toBe(200);
    expect(ended.body.items[0].note).toContain('1 user deactivated');
    expect((await portal.get('/api/v1/me')).status).toBe(401);
    expect((await t.request('GET', '/api/v1/me', { headers: bearer })).status).toBe(401);
    const again = await pm.post(`/api/v1/offboarding-items/${item('end_access').id}/complete`, { note: 'Twice' });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].path).toBe('status');

    for (const kind of ['transfer', 'archive_plans', 'export_records']) {
      const res = await pm.post(`/api/v1/offboarding-items/${item(kind).id}/complete`, { note: `${kind} done` });
      expect(res.status).toBe(200);
    }
    expect(await runbookOf(pm, partner.id)).toMatchObject({ status: 'completed', open: 0 });
    const terminated = await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, {
      toStage: 'terminated',
      reason: 'Agreement ended',
    });
    expect(terminated.status).toBe(201);

    // Every record stays readable to vendor staff.
    const exec = await t.login(t.world.users.executive.email, PASSWORD);
    for (const url of [
      `/api/v1/partners/${partner.id}`,
      `/api/v1/partners/${partner.id}/stage-transitions`,
      `/api/v1/partners/${partner.id}/onboardings`,
      `/api/v1/partners/${partner.id}/offboarding-runbooks`,
      `/api/v1/partners/${partner.id}/contacts`,
      `/api/v1/users?partnerId=${partner.id}`,
    ]) {
      const res = await exec.get(url);
      expect(res.status, url).toBe(200);
    }
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const history = await admin.get('/api/v1/audit-events', { query: { partnerId: partner.id, limit: 200 } });
    expect(history.status).toBe(200);
    expect(history.body.data.map((e: { entityType: string }) => e.entityType)).toEqual(
      expect.arrayContaining(['offboarding_runbook', 'offboarding_item', 'user']),
    );
    expect((await exec.get(`/api/v1/partners/${partner.id}`)).body.lifecycleStage).toBe('terminated');
    const people = await pm.get('/api/v1/users', { query: { partnerId: partner.id } });
    expect(people.body.data.find((u: { id: string }) => u.id === partnerAdmin.id)).toMatchObject({ active: false });
  });

  it('archiving plans cancels the onboarding in progress', async () => {
    const sys = t.system();
    const partner = await makePartner(sys, t.world.users.pm.id, { types: ['reseller'] });
    const pm = await t.login(t.world.users.pm.email, PASSWORD);
    const template = await pm.post('/api/v1/onboarding-templates', {
      name: `Exit ${partner.id}`,
      steps: [{ title: 'Kick-off', ownerSide: 'vendor', ownerRole: 'partner_manager', dueOffsetDays: 1 }],
    });
    const started = await pm.post(`/api/v1/partners/${partner.id}/onboardings`, { templateId: template.body.id });
    expect(started.status).toBe(201);
    await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, { toStage: 'offboarding', reason: 'Did not go ahead' });
    const runbook = await runbookOf(pm, partner.id);
    const archive = runbook.items.find((i) => i.kind === 'archive_plans') as Item;
    const res = await pm.post(`/api/v1/offboarding-items/${archive.id}/complete`, { note: 'Plan stopped' });
    expect(res.status).toBe(200);
    expect((await pm.get(`/api/v1/onboardings/${started.body.id}`)).body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Off-boarding: Plan stopped',
    });
  });

  it('the transfer hands open leads and opportunities to the partner taking over, ends registrations; plans are archived', async () => {
    const { partner, pm } = await activePartner();
    const { partner: successor } = await activePartner();
    const sys = t.system();
    const acceptedLead = await makeTestLead(sys, partner.id, true);
    const assignedLead = await makeTestLead(sys, partner.id, false);
    const opportunity = await makeTestOpportunity(sys, partner.id);
    const submitted = await makeTestDealRegistration(sys, partner.id, false);
    const approved = await makeTestDealRegistration(sys, partner.id, true);
    const plan = await makeTestPlan(sys, partner.id, 'approved');
    const draft = await makeTestPlan(sys, partner.id, 'draft');
    await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, { toStage: 'offboarding', reason: 'Acquired' });
    const runbook = await runbookOf(pm, partner.id);
    const item = (kind: string) => runbook.items.find((i) => i.kind === kind) as Item;

    // The partner taking over is named on the transfer item only, and must be another active partner.
    const onSettle = await pm.post(`/api/v1/offboarding-items/${item('settle').id}/complete`, {
      note: 'Paid',
      amount: { amount: 0, currency: 'EUR' },
      transferTo: successor.id,
    });
    expect(onSettle.status).toBe(422);
    expect(onSettle.body.errors[0].path).toBe('transferTo');
    for (const bad of [partner.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await pm.post(`/api/v1/offboarding-items/${item('transfer').id}/complete`, { note: 'To X', transferTo: bad });
      expect(res.status, bad).toBe(422);
      expect(res.body.errors[0].path).toBe('transferTo');
    }
    // Nothing moved on the refusals.
    expect((await pm.get(`/api/v1/leads/${acceptedLead}`)).body).toMatchObject({ status: 'accepted', partnerId: partner.id });

    const done = await pm.post(`/api/v1/offboarding-items/${item('transfer').id}/complete`, {
      note: 'Accounts go to the acquirer',
      transferTo: successor.id,
    });
    expect(done.status).toBe(200);
    expect(done.body.items.find((i: Item) => i.kind === 'transfer').note).toBe(
      // The approved registration's opportunity is open too (the partner sourced it).
      `Accounts go to the acquirer (2 open leads to ${successor.name}; 2 open opportunities to ${successor.name}; 2 active registrations ended)`,
    );
    for (const id of [acceptedLead, assignedLead]) {
      const lead = (await pm.get(`/api/v1/leads/${id}`)).body;
      expect(lead).toMatchObject({ status: 'assigned', partnerId: successor.id });
    }
    const opp = (await pm.get(`/api/v1/opportunities/${opportunity}`)).body;
    expect(opp.partners.map((p: { partnerId: string; roles: string[] }) => [p.partnerId, p.roles]).sort()).toEqual(
      [
        [partner.id, ['co_sell']],
        [successor.id, ['co_sell']],
      ].sort(),
    );
    expect((await pm.get(`/api/v1/deal-registrations/${submitted}`)).body).toMatchObject({
      status: 'rejected',
      rejectionReason: `${partner.name} is off-boarding`,
    });
    expect((await pm.get(`/api/v1/deal-registrations/${approved}`)).body).toMatchObject({ status: 'expired' });

    const archived = await pm.post(`/api/v1/offboarding-items/${item('archive_plans').id}/complete`, { note: 'Alliance ends' });
    expect(archived.status).toBe(200);
    expect(archived.body.items.find((i: Item) => i.kind === 'archive_plans').note).toBe(
      'Alliance ends (2 business plans archived)',
    );
    for (const id of [plan, draft]) {
      const body = (await pm.get(`/api/v1/business-plans/${id}`)).body;
      expect(body.status).toBe('archived');
      expect(body.statusComment).toBe(`Off-boarding of ${partner.name}: Alliance ends`);
    }
  });

  it('without a partner taking over, open leads go back to the vendor’s queue and opportunities stay with the direct team', async () => {
    const { partner, pm } = await activePartner();
    const sys = t.system();
    const lead = await makeTestLead(sys, partner.id, true);
    await makeTestOpportunity(sys, partner.id);
    await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, { toStage: 'offboarding', reason: 'Closed down' });
    const runbook = await runbookOf(pm, partner.id);
    const transfer = runbook.items.find((i) => i.kind === 'transfer') as Item;
    const done = await pm.post(`/api/v1/offboarding-items/${transfer.id}/complete`, { note: 'Direct team takes over' });
    expect(done.status).toBe(200);
    expect(done.body.items.find((i: Item) => i.kind === 'transfer').note).toBe(
      'Direct team takes over (1 open lead to the direct team; 1 open opportunity kept by the direct team; 0 active registrations ended)',
    );
    expect((await pm.get(`/api/v1/leads/${lead}`)).body).toMatchObject({ status: 'new', partnerId: null });
  });

  it('is worked by an admin or the partner’s own manager; a partner retained after all has its runbook cancelled', async () => {
    const { partner, pm } = await activePartner();
    await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, { toStage: 'offboarding', reason: 'Underperforming' });
    const runbook = await runbookOf(pm, partner.id);
    const other = await t.login(t.world.users.pm2.email, PASSWORD);
    expect((await runbookOf(other, partner.id)).can.work).toBe(false);
    expect((await other.post(`/api/v1/offboarding-items/${runbook.items[2]?.id}/complete`, { note: 'x' })).status).toBe(403);
    const partnerSide = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    expect((await partnerSide.get(`/api/v1/partners/${partner.id}/offboarding-runbooks`)).status).toBe(403);

    const kept = await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, {
      toStage: 'active',
      reason: 'New leadership recommitted',
    });
    expect(kept.status).toBe(201);
    expect(await runbookOf(pm, partner.id)).toMatchObject({ status: 'cancelled' });
    // Off-boarding again starts a fresh runbook.
    await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, {
      toStage: 'offboarding',
      reason: 'Underperforming again',
    });
    const list = await pm.get(`/api/v1/partners/${partner.id}/offboarding-runbooks`);
    expect(list.body.data.map((r: Runbook) => r.status)).toEqual(['open', 'cancelled']);
  });
});

describe('starting the runbook of a partner that was off-boarding before runbooks existed', () => {
  it('starts it by hand once, for an admin or the partner’s manager, audited; termination then waits for it', async () => {
    const { partner, pm } = await activePartner();
    const still = await activePartner();
    // As a partner that entered off-boarding before the runbook existed: the stage, no runbook.
    await makeTestOffboardingPartner(t.system(), partner.id);
    expect((await pm.get(`/api/v1/partners/${partner.id}/offboarding-runbooks`)).body.data).toEqual([]);

    const other = await t.login(t.world.users.pm2.email, PASSWORD);
    expect((await other.post(`/api/v1/partners/${partner.id}/offboarding-runbooks`, {})).status).toBe(403);
    const partnerSide = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    expect((await partnerSide.post(`/api/v1/partners/${partner.id}/offboarding-runbooks`, {})).status).toBe(403);
    const active = await pm.post(`/api/v1/partners/${still.partner.id}/offboarding-runbooks`, {});
    expect(active.status).toBe(409);
    expect(active.body.errors).toEqual([{ path: 'partnerId', message: expect.stringContaining('not off-boarding') }]);

    const started = await pm.post(`/api/v1/partners/${partner.id}/offboarding-runbooks`, { reason: 'Contract lapsed in 2025' });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({ status: 'open', open: 5, reason: 'Contract lapsed in 2025', partnerId: partner.id });
    expect(started.body.startedBy).toMatchObject({ id: t.world.users.pm.id });
    expect((await runbookOf(pm, partner.id)).id).toBe(started.body.id);

    const twice = await pm.post(`/api/v1/partners/${partner.id}/offboarding-runbooks`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.errors).toEqual([{ path: 'partnerId', message: 'the partner already has an open runbook' }]);
    expect((await pm.get(`/api/v1/partners/${partner.id}/offboarding-runbooks`)).body.data).toHaveLength(1);

    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const audit = await admin.get('/api/v1/audit-events', { query: { entityId: started.body.id } });
    expect(audit.body.data).toEqual([expect.objectContaining({ action: 'create', actorId: t.world.users.pm.id })]);
    const early = await pm.post(`/api/v1/partners/${partner.id}/stage-transitions`, { toStage: 'terminated', reason: 'Gone' });
    expect(early.status).toBe(422);
  });
});
