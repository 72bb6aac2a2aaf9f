import { and, like, eq as sqlEq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { makeTestComplianceItem } from '../../src/modules/compliance/index.js';
import { domainEvents } from '../../src/modules/events/events.schema.js';
import { simplePdf } from '../../src/modules/files/index.js';
import { makeTestAllocation, makeTestClaim, runAccrual, runMdfDaily } from '../../src/modules/mdf/index.js';
import { balancesByAllocation } from '../../src/modules/mdf/mdf.ledger.js';
import { mdfMetrics } from '../../src/modules/mdf/mdf.metrics.js';
import { balanceOf, ENTRY_KINDS, type Entry, periodContaining, previousPeriod } from '../../src/modules/mdf/mdf.rules.js';
import { mdfAllocations, mdfLedger } from '../../src/modules/mdf/mdf.schema.js';
import { systemCtx } from '../../src/shared/context.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type Response, type SeededApp } from '../support/harness.js';
import { multipartBody } from '../support/matrix.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

let t: SeededApp;
const clients = new Map<string, Client>();
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

async function as(email: string): Promise<Client> {
  let client = clients.get(email);
  if (!client) {
    client = await t.login(email, PASSWORD);
    clients.set(email, client);
  }
  return client;
}
const user = (key: keyof SeededApp['world']['users']) => as(t.world.users[key].email);
const today = () => localDateOf(new Date(), 'UTC');
const usd = (amount: number) => ({ amount, currency: 'USD' });
const paths = (res: Response) => (res.body.errors ?? []).map((e: { path: string }) => e.path);

function upload(client: Client, claimId: string): Promise<Response> {
  const { payload, contentType } = multipartBody({
    filename: 'invoice.pdf',
    contentType: 'application/pdf',
    bytes: simplePdf(['Invoice']),
  });
  return t.request('POST', `/api/v1/mdf-claims/${claimId}/files`, {
    body: payload,
    cookie: client.cookie,
    headers: { 'content-type': contentType, 'x-csrf-token': client.csrfToken },
  });
}

/** A fresh partner managed by pm, with its admin signed in, and a fixed allocation of `amount` this quarter. */
async function fundedPartner(amount = 1_000_000) {
  const partner = await makePartner(t.system(), t.world.users.pm.id);
  const adminUser = await makeUser(t.system(), 'partner_admin', partner.id);
  const allocation = await (await user('admin')).post(`/api/v1/partners/${partner.id}/mdf-allocations`, {
    period: periodContaining(today()).key,
    amount: usd(amount),
  });
  expect(allocation.status).toBe(201);
  return { partner, partnerAdmin: await as(adminUser.email), allocation: allocation.body };
}

function activity(over: Record<string, unknown> = {}) {
  const yesterday = addDays(today(), -1);
  return {
    activityType: 'webinar',
    title: 'Cloud webinar',
    startsOn: yesterday,
    endsOn: yesterday,
    amount: usd(300_000),
    ...over,
  };
}

async function entriesOf(allocationId: string) {
  const res = await (await user('admin')).get(`/api/v1/mdf-allocations/${allocationId}`);
  expect(res.status).toBe(200);
  return res.body as { balance: Record<string, number>; entries: { kind: string; amount: { amount: number } }[] };
}

describe('mdf', () => {
  it('request → partial approval → claim with proof and leads → paid: the ledger and balances follow, and partner B sees none of it', async () => {
    const { partner, partnerAdmin, allocation } = await fundedPartner();
    expect(allocation.balance).toMatchObject({ allocated: 1_000_000, available: 1_000_000 });

    // Over the available funds: refused, naming the amount.
    const tooMuch = await partnerAdmin.post(
      `/api/v1/mdf-allocations/${allocation.id}/requests`,
      activity({ amount: usd(1_000_001) }),
    );
    expect(tooMuch.status).toBe(409);
    expect(paths(tooMuch)).toEqual(['amount']);

    const requested = await partnerAdmin.post(
      `/api/v1/mdf-allocations/${allocation.id}/requests`,
      activity({ expectedLeads: 50 }),
    );
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      status: 'submitted',
      requestedAmount: usd(300_000),
      can: { approve: false, claim: false },
    });
    const requestId = requested.body.id;

    // Another partner: exactly like a missing record.
    const other = await user('partnerAdminB');
    expect((await other.get(`/api/v1/mdf-requests/${requestId}`)).status).toBe(404);
    expect((await other.get(`/api/v1/mdf-allocations/${allocation.id}`)).status).toBe(404);
    expect((await other.get(`/api/v1/partners/${partner.id}/mdf-funds`)).status).toBe(404);
    expect((await other.post(`/api/v1/mdf-allocations/${allocation.id}/requests`, activity())).status).toBe(404);
    // The partner does not decide its own request; another partner manager may not either.
    expect((await partnerAdmin.post(`/api/v1/mdf-requests/${requestId}/approve`, {})).status).toBe(403);
    expect((await (await user('pm2')).post(`/api/v1/mdf-requests/${requestId}/approve`, {})).status).toBe(403);

    const pm = await user('pm');
    // The partner's owner is told a request waits for a decision.
    const inboxOf = async (c: Client) =>
      ((await c.get('/api/v1/me/notifications')).body.data as { kind: string; title: string }[]).map(
        (n) => `${n.kind}: ${n.title}`,
      );
    expect(await inboxOf(pm)).toContainEqual(expect.stringMatching(/^mdf\.review: .* requests MDF: /));
    const tooGenerous = await pm.post(`/api/v1/mdf-requests/${requestId}/approve`, { amount: 300_001 });
    expect(tooGenerous.status).toBe(422);
    expect(paths(tooGenerous)).toEqual(['amount']);
    const approved = await pm.post(`/api/v1/mdf-requests/${requestId}/approve`, {
      amount: 250_000,
      reason: 'Venue costs capped',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approvedAmount: usd(250_000),
      decisionReason: 'Venue costs capped',
    });
    expect((await entriesOf(allocation.id)).balance).toMatchObject({ available: 750_000, committed: 250_000 });

    // Claim: above the approved amount refused; a bad lead list names its line.
    const over = await partnerAdmin.post(`/api/v1/mdf-requests/${requestId}/claims`, { amount: usd(250_001) });
    expect(over.status).toBe(409);
    expect(paths(over)).toEqual(['amount']);
    const badCsv = await partnerAdmin.post(`/api/v1/mdf-requests/${requestId}/claims`, {
      amount: usd(240_000),
      leadsCsv: 'company,email\nAcme,not-an-email\n',
    });
    expect(badCsv.status).toBe(422);
    expect(badCsv.body.errors[0]).toMatchObject({ path: 'leadsCsv', message: expect.stringContaining('line 2') });
    const u = Date.now().toString(36);
    const claimed = await partnerAdmin.post(`/api/v1/mdf-requests/${requestId}/claims`, {
      amount: usd(240_000),
      notes: '80 attendees',
      leadsCsv: `company,contact name,email,domain\nProspect ${u} One,Ann Buyer,ann@one-${u}.example,one-${u}.example\nProspect ${u} Two,Bo Buyer,bo@two-${u}.example,two-${u}.example\n`,
    });
    expect(claimed.status).toBe(201);
    expect(claimed.body).toMatchObject({ status: 'submitted', leadCount: 2, proofFiles: 0 });
    expect(await inboxOf(pm)).toContainEqual(expect.stringMatching(/^mdf\.review: .* claims MDF for /));
    const claimId = claimed.body.id;
    expect((await other.get(`/api/v1/mdf-claims/${claimId}`)).status).toBe(404);

    // No approval without proof of performance.
    const noProof = await pm.post(`/api/v1/mdf-claims/${claimId}/approve`, {});
    expect(noProof.status).toBe(409);
    expect(paths(noProof)).toEqual(['files']);
    expect((await upload(other, claimId)).status).toBe(404);
    expect((await upload(partnerAdmin, claimId)).status).toBe(201);
    expect((await (await user('finance')).post(`/api/v1/mdf-claims/${claimId}/approve`, {})).status).toBe(403);
    const claimApproved = await pm.post(`/api/v1/mdf-claims/${claimId}/approve`, {});
    expect(claimApproved.status).toBe(200);
    expect(claimApproved.body).toMatchObject({
      status: 'approved',
      approvedAmount: usd(240_000),
      leadsCreated: 2,
      proofFiles: 1,
    });
    // Finance hears a reimbursement is due.
    expect(await inboxOf(await user('finance'))).toContainEqual(
      expect.stringMatching(/^mdf\.payable: MDF reimbursement due to .*: \$2,400\.00$/),
    );
    // The lead list became leads of the partner.
    const leads = await pm.get('/api/v1/leads', { query: { q: `Prospect ${u}` } });
    expect(leads.status).toBe(200);
    expect(leads.body.data.map((l: { partnerId: string | null }) => l.partnerId)).toEqual([partner.id, partner.id]);

    let ledger = await entriesOf(allocation.id);
    expect(ledger.balance).toEqual({
      allocated: 1_000_000,
      available: 760_000,
      committed: 0,
      payable: 240_000,
      paid: 0,
      expired: 0,
    });
    expect(ledger.entries.map((e) => [e.kind, e.amount.amount])).toEqual([
      ['allocation', 1_000_000],
      ['commitment', 250_000],
      ['claim', 240_000],
      ['release', 10_000],
    ]);

    // Finance pays: 32 racing calls, one payment; a replayed key answers the first answer.
    const finance = await user('finance');
    const paid = await Promise.all(
      Array.from({ length: 32 }, () => finance.post(`/api/v1/mdf-claims/${claimId}/pay`, { reference: 'PAY-1' })),
    );
    expect(paid.map((r) => r.status)).toEqual(Array(32).fill(200));
    expect(paid.every((r) => r.body.status === 'paid')).toBe(true);
    const key = `pay-${u}`;
    const first = await finance.post(
      `/api/v1/mdf-claims/${claimId}/pay`,
      { reference: 'PAY-1' },
      { headers: { 'idempotency-key': key } },
    );
    const replay = await finance.post(
      `/api/v1/mdf-claims/${claimId}/pay`,
      { reference: 'PAY-1' },
      { headers: { 'idempotency-key': key } },
    );
    expect(first.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    ledger = await entriesOf(allocation.id);
    expect(ledger.entries.filter((e) => e.kind === 'payment').map((e) => e.amount.amount)).toEqual([240_000]);
    expect(ledger.balance).toMatchObject({ available: 760_000, payable: 0, paid: 240_000 });

    // The partner sees the balance move; its home card reads the same summary.
    const funds = await partnerAdmin.get(`/api/v1/partners/${partner.id}/mdf-funds`);
    expect(funds.status).toBe(200);
    expect(funds.body.totals).toEqual([
      { currency: 'USD', allocated: 1_000_000, available: 760_000, committed: 0, payable: 0, paid: 240_000, expired: 0 },
    ]);
    expect(funds.body).toMatchObject({ pendingRequests: 0, pendingClaims: 0, awaitingPayment: [] });

    // ROI: the activity, its leads, what was paid.
    const roi = await partnerAdmin.get('/api/v1/mdf-roi');
    expect(roi.status).toBe(200);
    expect(roi.body.data).toEqual([
      expect.objectContaining({ requestId, partnerId: partner.id, leads: 2, paid: usd(240_000), won: usd(0), roiPercent: -100 }),
    ]);
    // Per program, with the same rule: a partner in no program on the day falls under "No program";
    // once it had joined one before the activity ended, the activity counts there (once).
    expect(roi.body.programs).toEqual([
      expect.objectContaining({
        programId: null,
        programName: 'No program',
        activities: 1,
        paid: usd(240_000),
        roiPercent: -100,
      }),
    ]);
    const admin = await user('admin');
    const program = await admin.post('/api/v1/programs', {
      name: `MDF program ${Date.now()}`,
      kind: 'reseller',
      commercialModel: { model: 'reseller_discount', discountPercent: 10 },
    });
    expect(program.status).toBe(201);
    const joinedOn = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const joined = await admin.post(`/api/v1/partners/${partner.id}/programs`, {
      programId: program.body.id,
      joinedAt: joinedOn,
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    const byProgram = (await partnerAdmin.get('/api/v1/mdf-roi')).body.programs;
    expect(byProgram).toEqual([
      {
        programId: program.body.id,
        programName: program.body.name,
        activities: 1,
        paid: usd(240_000),
        leads: 2,
        pipeline: usd(0),
        won: usd(0),
        roiPercent: -100,
      },
    ]);

    // The events other parts listen to, each once.
    const events = await withTx(t.system(), (c) =>
      c.tx
        .select({ name: domainEvents.name })
        .from(domainEvents)
        .where(and(sqlEq(domainEvents.partnerId, partner.id), like(domainEvents.name, 'mdf_%'))),
    );
    const counts: Record<string, number> = {};
    for (const e of events) counts[e.name] = (counts[e.name] ?? 0) + 1;
    expect(counts).toMatchObject({
      'mdf_allocation.created': 1,
      'mdf_request.submitted': 1,
      'mdf_request.approved': 1,
      'mdf_claim.submitted': 1,
      'mdf_claim.approved': 1,
      'mdf_claim.paid': 1,
    });
  });

  it('32 concurrent approvals of one request commit once; a decided request answers 409', async () => {
    const { partnerAdmin, allocation } = await fundedPartner();
    const requested = await partnerAdmin.post(`/api/v1/mdf-allocations/${allocation.id}/requests`, activity());
    const pm = await user('pm');
    const results = await Promise.all(
      Array.from({ length: 32 }, () => pm.post(`/api/v1/mdf-requests/${requested.body.id}/approve`, {})),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(31);
    const ledger = await entriesOf(allocation.id);
    expect(ledger.entries.filter((e) => e.kind === 'commitment')).toHaveLength(1);
    expect(ledger.balance).toMatchObject({ available: 700_000, committed: 300_000 });
  });

  it('32 concurrent approvals of one claim approve it once (one claim entry, its leads made once); a replayed Idempotency-Key pays nothing more', async () => {
    const { partner, partnerAdmin, allocation } = await fundedPartner();
    const pm = await user('pm');
    const requested = await partnerAdmin.post(`/api/v1/mdf-allocations/${allocation.id}/requests`, activity());
    expect((await pm.post(`/api/v1/mdf-requests/${requested.body.id}/approve`, {})).status).toBe(200);
    const u = `race${Date.now().toString(36)}`;
    const claimed = await partnerAdmin.post(`/api/v1/mdf-requests/${requested.body.id}/claims`, {
      amount: usd(300_000),
      leadsCsv: `company,contact name,email,domain\nProspect ${u},Cy Buyer,cy@${u}.example,${u}.example\n`,
    });
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(201);
    const claimId = claimed.body.id as string;
    expect((await upload(partnerAdmin, claimId)).status).toBe(201);

    const approvals = await Promise.all(Array.from({ length: 32 }, () => pm.post(`/api/v1/mdf-claims/${claimId}/approve`, {})));
    expect(approvals.filter((r) => r.status === 200)).toHaveLength(1);
    expect(approvals.filter((r) => r.status === 409)).toHaveLength(31);
    let ledger = await entriesOf(allocation.id);
    expect(ledger.entries.filter((e) => e.kind === 'claim').map((e) => e.amount.amount)).toEqual([300_000]);
    expect(ledger.balance).toMatchObject({ available: 700_000, committed: 0, payable: 300_000 });
    const leads = await pm.get('/api/v1/leads', { query: { q: `Prospect ${u}` } });
    expect(leads.body.data).toHaveLength(1);

    // The payment with a key, then the same request again: the first answer, nothing paid twice.
    const finance = await user('finance');
    const headers = { 'idempotency-key': `mdf-pay-${u}` };
    const first = await finance.post(`/api/v1/mdf-claims/${claimId}/pay`, { reference: 'PAY-RACE' }, { headers });
    expect(first.status).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const replay = await finance.post(`/api/v1/mdf-claims/${claimId}/pay`, { reference: 'PAY-RACE' }, { headers });
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    ledger = await entriesOf(allocation.id);
    expect(ledger.entries.filter((e) => e.kind === 'payment').map((e) => e.amount.amount)).toEqual([300_000]);
    expect(ledger.balance).toMatchObject({ payable: 0, paid: 300_000 });
    const events = await withTx(t.system(), (c) =>
      c.tx
        .select({ name: domainEvents.name })
        .from(domainEvents)
        .where(and(sqlEq(domainEvents.partnerId, partner.id), like(domainEvents.name, 'mdf_claim.%'))),
    );
    expect(events.map((e) => e.name).sort()).toEqual(['mdf_claim.approved', 'mdf_claim.paid', 'mdf_claim.submitted']);
  });

  it('claims only within the claim window; a cancelled approval releases its commitment', async () => {
    const { partnerAdmin, allocation } = await fundedPartner();
    const pm = await user('pm');
    const long = addDays(today(), -61);
    const late = await partnerAdmin.post(
      `/api/v1/mdf-allocations/${allocation.id}/requests`,
      activity({ startsOn: long, endsOn: long }),
    );
    await pm.post(`/api/v1/mdf-requests/${late.body.id}/approve`, {});
    const tooLate = await partnerAdmin.post(`/api/v1/mdf-requests/${late.body.id}/claims`, { amount: usd(100_000) });
    expect(tooLate.status).toBe(409);
    expect(paths(tooLate)).toEqual(['claimWindow']);

    const soon = addDays(today(), 10);
    const early = await partnerAdmin.post(
      `/api/v1/mdf-allocations/${allocation.id}/requests`,
      activity({ startsOn: soon, endsOn: soon }),
    );
    await pm.post(`/api/v1/mdf-requests/${early.body.id}/approve`, {});
    const tooEarly = await partnerAdmin.post(`/api/v1/mdf-requests/${early.body.id}/claims`, { amount: usd(100_000) });
    expect(tooEarly.status).toBe(409);
    expect(paths(tooEarly)).toEqual(['claimWindow']);
    expect((await entriesOf(allocation.id)).balance).toMatchObject({ available: 400_000, committed: 600_000 });

    const cancelled = await partnerAdmin.post(`/api/v1/mdf-requests/${early.body.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await partnerAdmin.post(`/api/v1/mdf-requests/${early.body.id}/cancel`)).status).toBe(409);
    expect((await entriesOf(allocation.id)).balance).toMatchObject({ available: 700_000, committed: 300_000 });

    // The daily job lapses the unclaimed one whose window closed: its funds come back.
    expect((await runMdfDaily(systemCtx(t.database.db, 'test: mdf daily'))).lapsed).toBeGreaterThanOrEqual(1);
    expect((await partnerAdmin.get(`/api/v1/mdf-requests/${late.body.id}`)).body.status).toBe('lapsed');
    expect((await entriesOf(allocation.id)).balance).toMatchObject({ available: 1_000_000, committed: 0 });
  });

  it('bad input names the field; caps refuse allocations; compliance can block requests', async () => {
    const { partner, partnerAdmin, allocation } = await fundedPartner();
    const bad = await partnerAdmin.post(`/api/v1/mdf-allocations/${allocation.id}/requests`, {
      activityType: 'coffee',
      title: '',
      startsOn: '2026-13-01',
      endsOn: today(),
      amount: { amount: 1.5, currency: 'usd' },
    });
    expect(bad.status).toBe(422);
    expect(paths(bad)).toEqual(expect.arrayContaining(['activityType', 'title', 'startsOn', 'amount.amount', 'amount.currency']));
    const backwards = await partnerAdmin.post(
      `/api/v1/mdf-allocations/${allocation.id}/requests`,
      activity({ startsOn: today(), endsOn: addDays(today(), -1) }),
    );
    expect(backwards.status).toBe(422);
    expect(paths(backwards)).toEqual(['endsOn']);
    const wrongCurrency = await partnerAdmin.post(
      `/api/v1/mdf-allocations/${allocation.id}/requests`,
      activity({ amount: { amount: 100, currency: 'EUR' } }),
    );
    expect(wrongCurrency.status).toBe(422);
    expect(paths(wrongCurrency)).toEqual(['amount.currency']);
    const badPeriod = await (await user('admin')).post(`/api/v1/partners/${partner.id}/mdf-allocations`, {
      period: '2026-Q5',
      amount: usd(1),
    });
    expect(badPeriod.status).toBe(422);
    expect(paths(badPeriod)).toEqual(['period']);

    const admin = await user('admin');
    expect((await (await user('pm')).put('/api/v1/mdf-settings', { claimWindowDays: 10 })).status).toBe(403);
    const capped = await admin.put('/api/v1/mdf-settings', { partnerCap: usd(1_500_000) });
    expect(capped.status).toBe(200);
    try {
      const over = await admin.post(`/api/v1/partners/${partner.id}/mdf-allocations`, {
        period: allocation.period,
        amount: usd(500_001),
      });
      expect(over.status).toBe(409);
      expect(paths(over)).toEqual(['amount']);
      expect(
        (await admin.post(`/api/v1/partners/${partner.id}/mdf-allocations`, { period: allocation.period, amount: usd(500_000) }))
          .status,
      ).toBe(201);
    } finally {
      await admin.put('/api/v1/mdf-settings', { partnerCap: null });
    }

    // A required SOC 2 report that the partner lacks blocks MDF requests.
    await admin.put('/api/v1/compliance-requirements', {
      requirements: [{ type: 'export_control', required: true, blocks: ['mdf_requests'], reminderDays: [30] }],
    });
    try {
      const blocked = await partnerAdmin.post(`/api/v1/mdf-allocations/${allocation.id}/requests`, activity());
      expect(blocked.status).toBe(422);
      expect(blocked.body.code).toBe('COMPLIANCE_BLOCKED');
      expect(paths(blocked)).toEqual(['partnerId']);
    } finally {
      await admin.put('/api/v1/compliance-requirements', {
        requirements: [{ type: 'export_control', required: false, blocks: [], reminderDays: [30] }],
      });
    }
    expect((await partnerAdmin.post(`/api/v1/mdf-allocations/${allocation.id}/requests`, activity())).status).toBe(201);
  });

  it('a lapsed compliance item that blocks payouts holds an approved claim’s reimbursement until it is renewed', async () => {
    const { partner, partnerAdmin } = await fundedPartner();
    const claimId = await makeTestClaim(t.system(), partner.id, true);
    const admin = await user('admin');
    const finance = await user('finance');
    // The partner's SOC 2 report lapsed yesterday; SOC 2 is required and blocks payouts.
    await makeTestComplianceItem(t.system(), partner.id, { type: 'soc2', status: 'verified', expiresInDays: -1 });
    await admin.put('/api/v1/compliance-requirements', {
      requirements: [{ type: 'soc2', required: true, blocks: ['payouts'], reminderDays: [30] }],
    });
    try {
      const shown = await finance.get(`/api/v1/mdf-claims/${claimId}`);
      expect(shown.body).toMatchObject({ status: 'approved', can: { pay: false } });
      expect(shown.body.heldReason).toMatch(/SOC 2/i);
      expect((await partnerAdmin.get(`/api/v1/mdf-claims/${claimId}`)).body.heldReason).toMatch(/SOC 2/i);
      const refused = await finance.post(`/api/v1/mdf-claims/${claimId}/pay`, { reference: 'WIRE-H' });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('COMPLIANCE_BLOCKED');
      expect(paths(refused)).toEqual(['partnerId']);
      expect((await finance.get(`/api/v1/mdf-claims/${claimId}`)).body.status).toBe('approved'); // still owed
      // Renewed: the hold lifts and the claim is paid.
      await makeTestComplianceItem(t.system(), partner.id, { type: 'soc2', status: 'verified', expiresInDays: 365 });
      const after = await finance.get(`/api/v1/mdf-claims/${claimId}`);
      expect(after.body).toMatchObject({ heldReason: null, can: { pay: true } });
      const paid = await finance.post(`/api/v1/mdf-claims/${claimId}/pay`, { reference: 'WIRE-H' });
      expect(paid.status).toBe(200);
      expect(paid.body.status).toBe('paid');
    } finally {
      await admin.put('/api/v1/compliance-requirements', {
        requirements: [{ type: 'soc2', required: false, blocks: [], reminderDays: [30] }],
      });
    }
  });

  it('the SQL balances agree with the rule over random ledgers', async () => {
    const partner = await makePartner(t.system(), null);
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const expected = new Map<string, Entry[]>();
    await withTx(t.system(), async (c) => {
      for (let a = 0; a < 12; a++) {
        const allocationId = await makeTestAllocation(c, partner.id, 1 + rand(1_000_000));
        const entries: Entry[] = [{ kind: 'allocation', amount: 0 }];
        const [row] = await c.tx.select().from(mdfAllocations).where(sqlEq(mdfAllocations.id, allocationId));
        entries[0] = { kind: 'allocation', amount: row?.amount ?? 0 };
        for (let i = 0; i < 1 + rand(15); i++) {
          const kind = ENTRY_KINDS[rand(ENTRY_KINDS.length)] ?? 'claim';
          const amount = 1 + rand(50_000);
          entries.push({ kind, amount });
          await c.tx.insert(mdfLedger).values({
            partnerId: partner.id,
            allocationId,
            kind,
            amount,
            currency: 'USD',
            onDate: today(),
            key: `test:${allocationId}:${i}`,
          });
        }
        expected.set(allocationId, entries);
      }
    });
    const sqlBalances = await withTx(t.system(), (c) => balancesByAllocation(c, { partnerIds: [partner.id] }));
    expect(sqlBalances.size).toBe(12);
    for (const [id, entries] of expected) {
      const { currency: _c, partnerId: _p, ...fromSql } = sqlBalances.get(id) ?? { currency: '', partnerId: '' };
      expect(fromSql).toEqual(balanceOf(entries));
    }
  });

  it('the daily job reminds once before expiry and expires what is left; metrics read the ledger', async () => {
    const { partner, partnerAdmin } = await fundedPartner(500_000);
    const admin = await user('admin');
    const expiring = await admin.post(`/api/v1/partners/${partner.id}/mdf-allocations`, {
      period: periodContaining(today()).key,
      amount: usd(200_000),
      expiresOn: addDays(today(), 10),
    });
    expect(expiring.status).toBe(201);
    const first = await runMdfDaily(systemCtx(t.database.db, 'test: mdf daily'));
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    const again = await runMdfDaily(systemCtx(t.database.db, 'test: mdf daily'));
    expect(again.reminders).toBe(0);
    const inbox = await partnerAdmin.get('/api/v1/me/notifications');
    expect(inbox.body.data.some((n: { title: string }) => n.title.includes('expires on'))).toBe(true);
    const home = await partnerAdmin.get(`/api/v1/partners/${partner.id}/mdf-funds`);
    expect(home.body.expiring).toEqual([expect.objectContaining({ allocationId: expiring.body.id, available: usd(200_000) })]);

    const later = systemCtx(t.database.db, 'test: mdf daily later', new Date(Date.now() + 11 * 86_400_000));
    expect((await runMdfDaily(later)).expired).toBeGreaterThanOrEqual(1);
    expect((await entriesOf(expiring.body.id)).balance).toMatchObject({ available: 0, expired: 200_000 });
    expect((await runMdfDaily(later)).expired).toBe(0);

    const asOf = new Date(Date.now() + 12 * 86_400_000);
    const [available, utilisation] = await withTx(t.system(), async (c) => [
      await mdfMetrics[0]?.compute(c, [partner.id], asOf),
      await mdfMetrics[1]?.compute(c, [partner.id], asOf),
    ]);
    expect(available?.get(partner.id)).toBe(500_000);
    expect(utilisation?.get(partner.id)).toBe(0);
  });

  it('the quarterly accrual grants the tier percent of last quarter’s won revenue, once', async () => {
    const { createTier } = await import('../../src/modules/tiers/index.js');
    const { createOpportunity, addTouch } = await import('../../src/modules/opportunities/index.js');
    const tier = await createTier(t.system(), { name: `MDF tier ${Date.now()}`, rank: 900, benefits: { mdfAccrualPercent: 2 } });
    const partner = await makePartner(t.system(), t.world.users.pm.id, { tierId: tier.id });
    const last = previousPeriod(today());
    const opp = await createOpportunity(t.system(), {
      title: 'Accrual deal',
      customer: { name: `Accrual customer ${Date.now()}`, domain: `accrual-${Date.now()}.example` },
      amount: 5_000_000,
      currency: 'USD',
      stage: 'closed_won',
      closeDate: addDays(last.end, -5),
    });
    await addTouch(t.system(), opp.id, {
      partnerId: partner.id,
      role: 'sourced',
      occurredAt: new Date(Date.now() - 120 * 86_400_000),
    });
    const run = await (await user('admin')).post('/api/v1/mdf-accruals', { period: last.key });
    expect(run.status).toBe(200);
    expect(run.body.created).toBeGreaterThanOrEqual(1);
    const list = await (await user('admin')).get('/api/v1/mdf-allocations', { query: { partnerId: partner.id } });
    expect(list.body.data).toEqual([
      expect.objectContaining({
        kind: 'accrued',
        period: last.key,
        amount: usd(100_000),
        accrualPercent: 2,
        basisRevenue: usd(5_000_000),
      }),
    ]);
    await runAccrual(systemCtx(t.database.db, 'test: accrual again'), last.key);
    expect(
      (await (await user('admin')).get('/api/v1/mdf-allocations', { query: { partnerId: partner.id } })).body.data,
    ).toHaveLength(1);
  });
});
