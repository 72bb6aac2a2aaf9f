import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { mailMessages } from '../../src/modules/mail/index.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, unique } from '../support/world.js';

/**
 * The public partner application form and its review: anonymous clients apply (spam checks,
 * throttles, the same answer for every company), vendor staff see applications with their fit and
 * duplicate flags, and accept them into prospects or reject them with a reason.
 */
let t: SeededApp;
let token: string;
let ipCounter = 0;

/** A client IP of its own per test, so the per-IP throttle of one test never spoils another. */
const freshIp = () => {
  ipCounter += 1;
  return `203.0.113.${ipCounter}`;
};

beforeAll(async () => {
  t = await createSeededApp({ env: { CONSORT_TRUST_PROXY: 'true' } });
  const form = await t.request('GET', '/api/v1/partner-applications/form');
  expect(form.status).toBe(200);
  token = form.body.formToken;
  // A person takes longer than the form's minimum fill time; so does this suite, once.
  await new Promise((resolve) => setTimeout(resolve, Date.parse(form.body.notBefore) - Date.now() + 100));
});
afterAll(async () => t?.close());

function application(overrides: Record<string, unknown> = {}) {
  const id = unique();
  return {
    companyName: `Helix Health IT ${id}`,
    website: `https://helix-${id}.example`,
    country: 'DE',
    regions: ['europe'],
    types: ['msp'],
    companySize: '51-200',
    industries: ['Healthcare'],
    contactName: 'Hana Helix',
    contactEmail: `hana@helix-${id}.example`,
    message: 'We run managed services for 40 clinics.',
    formToken: token,
    ...overrides,
  };
}

const apply = (body: Record<string, unknown>, ip = freshIp()) =>
  t.request('POST', '/api/v1/partner-applications', { body, headers: { 'x-forwarded-for': ip } });

async function applicationsNamed(name: string) {
  const admin = await t.asUser('admin');
  const list = await admin.GET('/api/v1/partner-applications', { params: { query: { q: name } } });
  expect(list.response.status).toBe(200);
  return list.data?.data ?? [];
}

describe('the public application form', () => {
  it('takes an application from an anonymous client and answers the same for a company the vendor knows', async () => {
    const fresh = application();
    const res = await apply(fresh);
    expect(res.status).toBe(202);
    // A company whose domain an existing partner claims gets exactly the same answer.
    const known = application({ companyName: t.world.partnerA.name, website: `https://${t.world.partnerA.domains[0]}` });
    const again = await apply(known);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(res.body);

    const [stored] = await applicationsNamed(fresh.companyName);
    expect(stored).toMatchObject({
      status: 'submitted',
      companyName: fresh.companyName,
      domain: fresh.website.slice(8),
      duplicates: [],
    });
    const [flagged] = await applicationsNamed(t.world.partnerA.domains[0] ?? '');
    expect(flagged?.duplicates).toEqual([{ reason: 'domain', id: t.world.partnerA.id, name: t.world.partnerA.name }]);
  });

  it('flags a name much like an existing partner’s and a second application from the same domain', async () => {
    const partner = await makePartner(t.system(), null, { name: `Quasar Cloud Services ${unique()}` });
    const first = application({ companyName: partner.name });
    expect((await apply(first)).status).toBe(202);
    expect((await apply({ ...first, companyName: `${partner.name} GmbH` })).status).toBe(202);
    const rows = await applicationsNamed(partner.name);
    const second = rows.find((r) => r.companyName.endsWith('GmbH'));
    expect(second?.duplicates.map((d) => d.reason).sort()).toEqual(['application', 'name']);
  });

  it.each([
    ['the honeypot filled in', { fax: '+49 30 1234567' }],
    ['a form token not ours', { formToken: 'bm90.cmVhbGx5aGVyZQ.c2lnbmVk' }],
    ['a message stuffed with links', { message: 'http://a.example http://b.example http://c.example http://d.example' }],
  ])('refuses %s with a generic message and stores nothing', async (_what, change) => {
    const body = application(change);
    const res = await apply(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toBe('We could not accept this application. Reload the page, check the form and send it again.');
    expect(res.body.errors).toBeUndefined();
    expect(await applicationsNamed(body.companyName)).toEqual([]);
  });

  it('refuses a submission sent the moment the form was fetched (too fast for a person)', async () => {
    const form = await t.request('GET', '/api/v1/partner-applications/form');
    const body = application({ formToken: form.body.formToken });
    const res = await apply(body);
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('could not accept');
    expect(await applicationsNamed(body.companyName)).toEqual([]);
  });

  it('names the field of a bad input (never a 500)', async () => {
    const res = await apply(application({ website: 'not a url', types: [] }));
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['types', 'website']);
  });

  it('throttles one client IP after ten attempts an hour, refused ones included', async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) expect((await apply(application({ fax: 'bot' }), ip)).status).toBe(400);
    const throttled = await apply(application(), ip);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not held up.
    expect((await apply(application())).status).toBe(202);
  });

  it('throttles one company domain after three applications a day, from any address', async () => {
    const body = application();
    for (let i = 0; i < 3; i++) expect((await apply(body)).status).toBe(202);
    expect((await apply(body)).status).toBe(429);
  });
});

describe('reviewing applications', () => {
  it('tells admins and partner managers that an application arrived', async () => {
    const body = application();
    await apply(body);
    const [stored] = await applicationsNamed(body.companyName);
    const pm = await t.asUser('partner_manager');
    const inbox = await pm.GET('/api/v1/me/notifications');
    expect(inbox.data?.data.some((n) => n.link === `/recruitment/applications/${stored?.id}`)).toBe(true);
  });

  it('accepting makes a prospect with the applicant as its primary contact, owned by the reviewing partner manager, and e-mails the applicant', async () => {
    const body = application();
    await apply(body);
    const [stored] = await applicationsNamed(body.companyName);
    const pm = await t.asUser('partner_manager');
    const accepted = await pm.POST('/api/v1/partner-applications/{id}/accept', {
      params: { path: { id: stored?.id ?? '' } },
      body: {},
    });
    expect(accepted.response.status).toBe(200);
    expect(accepted.data).toMatchObject({
      status: 'accepted',
      prospect: { name: body.companyName },
      reviewedBy: { id: t.world.users.pm.id },
    });
    const prospectId = accepted.data?.prospect?.id ?? '';
    const partner = await pm.GET('/api/v1/partners/{id}', { params: { path: { id: prospectId } } });
    expect(partner.data).toMatchObject({
      lifecycleStage: 'prospect',
      ownerId: t.world.users.pm.id,
      domains: [stored?.domain],
      types: ['msp'],
      regions: ['europe'],
    });
    const contacts = await pm.GET('/api/v1/partners/{id}/contacts', { params: { path: { id: prospectId } } });
    expect(contacts.data?.data).toEqual([
      expect.objectContaining({ name: 'Hana Helix', email: body.contactEmail, isPrimary: true }),
    ]);
    const mail = await withTx(t.system(), (c) =>
      c.tx.select().from(mailMessages).where(eq(mailMessages.toAddress, body.contactEmail)),
    );
    expect(mail.map((m) => m.subject)).toEqual(['Your partner application: welcome aboard']);
    // Decided once.
    const twice = await pm.POST('/api/v1/partner-applications/{id}/reject', {
      params: { path: { id: stored?.id ?? '' } },
      body: { reason: 'changed my mind' },
    });
    expect(twice.response.status).toBe(422);
  });

  it('accepting a company the vendor knows links the application to that partner instead', async () => {
    const body = application({ website: `https://${t.world.partnerB.domains[0]}` });
    await apply(body);
    const [stored] = await applicationsNamed(body.companyName);
    const admin = await t.asUser('admin');
    // Making a second partner with the same domain is refused, naming what to send instead.
    const conflict = await admin.POST('/api/v1/partner-applications/{id}/accept', {
      params: { path: { id: stored?.id ?? '' } },
      body: {},
    });
    expect(conflict.response.status).toBe(409);
    expect(conflict.error?.errors?.[0]?.path).toBe('partnerId');
    const linked = await admin.POST('/api/v1/partner-applications/{id}/accept', {
      params: { path: { id: stored?.id ?? '' } },
      body: { partnerId: t.world.partnerB.id, notifyApplicant: false },
    });
    expect(linked.data).toMatchObject({ status: 'accepted', prospect: { id: t.world.partnerB.id } });
  });

  it('rejecting keeps the reason for the vendor and sends the applicant a polite e-mail without it', async () => {
    const body = application();
    await apply(body);
    const [stored] = await applicationsNamed(body.companyName);
    const pm = await t.asUser('partner_manager');
    const rejected = await pm.POST('/api/v1/partner-applications/{id}/reject', {
      params: { path: { id: stored?.id ?? '' } },
      body: { reason: 'Sells a competing SIEM' },
    });
    expect(rejected.data).toMatchObject({ status: 'rejected', decisionReason: 'Sells a competing SIEM', can: { review: false } });
    const [mail] = await withTx(t.system(), (c) =>
      c.tx.select().from(mailMessages).where(eq(mailMessages.toAddress, body.contactEmail)),
    );
    expect(mail?.subject).toBe('Your partner application');
    expect(mail?.text).not.toContain('SIEM');
  });

  it('scores an application against the Ideal Partner Profile (vendor staff only)', async () => {
    const admin = await t.asUser('admin');
    await admin.PUT('/api/v1/ideal-partner-profile', {
      body: {
        criteria: [
          { label: 'Managed service providers', attribute: 'types', values: ['msp'], weight: 60 },
          { label: 'Asia-Pacific', attribute: 'regions', values: ['asia_pacific'], weight: 40 },
        ],
      },
    });
    const body = application();
    await apply(body);
    const [stored] = await applicationsNamed(body.companyName);
    expect(stored?.fit.score).toBe(60);
    expect(stored?.fit.reasons.map((r) => r.met)).toEqual([true, false]);
    const partnerAdmin = await t.asUser('partner_admin');
    const refused = await partnerAdmin.GET('/api/v1/partner-applications');
    expect(refused.response.status).toBe(403);
  });
});
