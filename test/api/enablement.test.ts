import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { certificates, makeTestCertificate, runEnablementSweep } from '../../src/modules/enablement/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { systemCtx } from '../../src/shared/context.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD, unique } from '../support/world.js';

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
const later = (days: number) => systemCtx(t.database.db, 'test: enablement sweep', new Date(Date.now() + days * 86_400_000));

/** A published course with two modules and two questions (q1 single choice: b; q2 multiple: x and z). */
async function publishedCourse(extra: Record<string, unknown> = {}) {
  const res = await (await user('admin')).post('/api/v1/courses', {
    title: `Selling Consort ${unique()}`,
    level: 'introductory',
    modules: [
      { id: 'intro', title: 'Why customers buy', kind: 'link', url: 'https://learn.example/why' },
      { id: 'pitch', title: 'The pitch', kind: 'text', text: 'Lead with the outcome.' },
    ],
    quiz: [
      {
        id: 'q1',
        prompt: 'Who signs?',
        options: [
          { id: 'a', label: 'IT' },
          { id: 'b', label: 'The CFO' },
        ],
        correct: ['b'],
      },
      {
        id: 'q2',
        prompt: 'Which are tiers?',
        multiple: true,
        options: [
          { id: 'x', label: 'Gold' },
          { id: 'y', label: 'Tin' },
          { id: 'z', label: 'Silver' },
        ],
        correct: ['x', 'z'],
      },
    ],
    passMark: 100,
    status: 'published',
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; quiz: { id: string; correct?: string[] }[] };
}

const RIGHT = [
  { questionId: 'q1', optionIds: ['b'] },
  { questionId: 'q2', optionIds: ['z', 'x'] },
];

async function takeCourse(learner: Client, courseId: string) {
  const enrolled = await learner.post(`/api/v1/courses/${courseId}/enrolment`);
  expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
  for (const moduleId of ['intro', 'pitch'])
    expect((await learner.post(`/api/v1/course-enrolments/${enrolled.body.id}/progress`, { moduleId })).status).toBe(200);
  return enrolled.body.id as string;
}

describe('enablement', () => {
  it('authors courses with a quiz; bad input names the field; learners never see the answers or drafts', async () => {
    const admin = await user('admin');
    const bad = await admin.post('/api/v1/courses', {
      title: 'Broken',
      modules: [{ title: 'Link without a URL', kind: 'link' }],
      quiz: [{ prompt: 'One?', options: [{ label: 'A' }, { label: 'B' }], correct: [0, 1] }],
      passMark: 0,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['passMark']);
    const bad2 = await admin.post('/api/v1/courses', {
      title: 'Broken',
      modules: [{ title: 'Link without a URL', kind: 'link' }],
      quiz: [{ prompt: 'One?', options: [{ label: 'A' }, { label: 'B' }], correct: [0, 1] }],
    });
    expect(bad2.status).toBe(422);
    expect(bad2.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['modules.0.url', 'quiz.0.correct']);
    expect((await (await user('partnerAdminA')).post('/api/v1/courses', { title: 'Mine' })).status).toBe(403);

    const course = await publishedCourse();
    expect(course.quiz[0]?.correct).toEqual(['b']);
    const draft = (await admin.post('/api/v1/courses', { title: `Draft ${unique()}` })).body;
    const learner = await user('partnerUserA');
    const seen = await learner.get(`/api/v1/courses/${course.id}`);
    expect(seen.status).toBe(200);
    expect((await learner.get(`/api/v1/courses/${course.id}/files`)).status).toBe(200);
    expect(JSON.stringify(seen.body)).not.toContain('correct');
    const catalogue = await learner.get('/api/v1/courses?limit=500');
    expect(JSON.stringify(catalogue.body)).not.toContain('"correct"');
    expect(catalogue.body.data.map((c: { id: string }) => c.id)).not.toContain(draft.id);
    expect((await learner.get(`/api/v1/courses/${draft.id}`)).status).toBe(404);
    expect((await learner.post(`/api/v1/courses/${draft.id}/enrolment`)).status).toBe(404);
    // Draft → published → retired; never back to draft.
    expect((await admin.patch(`/api/v1/courses/${draft.id}`, { status: 'published' })).status).toBe(422);
    const moved = await admin.patch(`/api/v1/courses/${draft.id}`, {
      status: 'published',
      modules: [{ title: 'Read', kind: 'text', text: 'Hello' }],
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await admin.patch(`/api/v1/courses/${draft.id}`, { status: 'draft' })).body.errors[0].path).toBe('status');
  });

  it('a learner passes the quiz, earns the certificate and badge; others cannot see it or take the quiz for them', async () => {
    const admin = await user('admin');
    const course = await publishedCourse({ maxAttempts: 3 });
    const cert = await admin.post('/api/v1/certifications', {
      name: `Consort Associate ${unique()}`,
      level: 'associate',
      validityMonths: 24,
      requiredCourseIds: [course.id],
      badgeEmoji: '🥉',
    });
    expect(cert.status, JSON.stringify(cert.body)).toBe(201);
    const badCert = await admin.post('/api/v1/certifications', { name: 'X', level: 'guru', requiredCourseIds: ['nope'] });
    expect(badCert.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['level', 'requiredCourseIds.0']);

    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const learnerUser = await makeUser(t.system(), 'partner_user', partner.id, 'Lena Learner');
    const colleagueUser = await makeUser(t.system(), 'partner_user', partner.id);
    const partnerAdminUser = await makeUser(t.system(), 'partner_admin', partner.id);
    const learner = await as(learnerUser.email);

    const enrolled = await learner.post(`/api/v1/courses/${course.id}/enrolment`);
    expect(enrolled.body.status).toBe('in_progress');
    // The course's learners name each learner's company (the vendor's Learners card), filterable by partner.
    const learners = await admin.get('/api/v1/course-enrolments', { query: { courseId: course.id, partnerId: partner.id } });
    expect(learners.body.data).toEqual([
      expect.objectContaining({ userName: 'Lena Learner', partnerId: partner.id, partnerName: partner.name }),
    ]);
    const elsewhere = await admin.get('/api/v1/course-enrolments', {
      query: { courseId: course.id, partnerId: t.world.partnerB.id },
    });
    expect(elsewhere.body.data).toEqual([]);
    // The quiz waits for the modules.
    const early = await learner.post(`/api/v1/course-enrolments/${enrolled.body.id}/quiz`, { answers: RIGHT });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].path).toBe('answers');
    expect(
      (await learner.post(`/api/v1/course-enrolments/${enrolled.body.id}/progress`, { moduleId: 'nope' })).body.errors[0].path,
    ).toBe('moduleId');
    await takeCourse(learner, course.id);

    // Nobody takes it for them: a colleague does not see it, the admin sees but may not submit, another partner gets 404.
    const colleague = await as(colleagueUser.email);
    expect((await colleague.post(`/api/v1/course-enrolments/${enrolled.body.id}/quiz`, { answers: RIGHT })).status).toBe(404);
    const partnerAdmin = await as(partnerAdminUser.email);
    expect((await partnerAdmin.get(`/api/v1/course-enrolments/${enrolled.body.id}`)).status).toBe(200);
    expect((await partnerAdmin.post(`/api/v1/course-enrolments/${enrolled.body.id}/quiz`, { answers: RIGHT })).status).toBe(403);
    expect(
      (await (await user('partnerUserB')).post(`/api/v1/course-enrolments/${enrolled.body.id}/quiz`, { answers: RIGHT })).status,
    ).toBe(404);
    const badAnswer = await learner.post(`/api/v1/course-enrolments/${enrolled.body.id}/quiz`, {
      answers: [{ questionId: 'q1', optionIds: ['a', 'b'] }],
    });
    expect(badAnswer.status).toBe(422);
    expect(badAnswer.body.errors[0].path).toBe('answers.q1');

    // A half-right multiple choice is wrong: 50% fails at a pass mark of 100.
    const failed = await learner.post(`/api/v1/course-enrolments/${enrolled.body.id}/quiz`, {
      answers: [
        { questionId: 'q1', optionIds: ['b'] },
        { questionId: 'q2', optionIds: ['x'] },
      ],
    });
    expect(failed.status).toBe(200);
    expect(failed.body.result).toMatchObject({ score: 50, passed: false, questions: [{ correct: true }, { correct: false }] });
    expect(failed.body.certificatesEarned).toEqual([]);
    const passed = await learner.post(`/api/v1/course-enrolments/${enrolled.body.id}/quiz`, { answers: RIGHT });
    expect(passed.body.result).toMatchObject({ score: 100, passed: true });
    expect(passed.body.enrolment.status).toBe('completed');
    expect(passed.body.certificatesEarned).toHaveLength(1);
    const earned = passed.body.certificatesEarned[0];
    expect(earned).toMatchObject({
      certificationId: cert.body.id,
      userName: 'Lena Learner',
      status: 'current',
      badge: { emoji: '🥉' },
    });

    const events = await withTx(t.system(), (c) =>
      c.tx.execute<{ name: string; data: Record<string, unknown> }>(
        `SELECT name, data FROM domain_events WHERE partner_id = '${partner.id}' AND name IN ('course.completed', 'certification.earned') ORDER BY id`,
      ),
    );
    expect(events.rows.map((e) => e.name)).toEqual(['course.completed', 'certification.earned']);
    expect(events.rows[0]?.data).toMatchObject({ courseId: course.id, userId: learnerUser.id, score: 100 });
    expect(events.rows[1]?.data).toMatchObject({ certificationId: cert.body.id, userId: learnerUser.id, level: 'associate' });

    // The certificate: the learner and their admin read it and download the PDF; another partner's people get 404.
    const pdf = await learner.get(`/api/v1/certificates/${earned.id}/certificate.pdf`);
    expect(pdf.status).toBe(200);
    expect(String(pdf.headers['content-type'])).toBe('application/pdf');
    expect((await partnerAdmin.get(`/api/v1/certificates/${earned.id}`)).status).toBe(200);
    expect((await colleague.get(`/api/v1/certificates/${earned.id}`)).status).toBe(404);
    for (const other of ['partnerUserB', 'partnerAdminB'] as const) {
      const client = await user(other);
      expect((await client.get(`/api/v1/certificates/${earned.id}`)).status).toBe(404);
      expect((await client.get(`/api/v1/certificates/${earned.id}/certificate.pdf`)).status).toBe(404);
      expect((await client.get(`/api/v1/partners/${partner.id}/enablement`)).status).toBe(404);
    }
    // The partner page: certified people with their badges; the vendor's matrix counts them.
    const summary = await (await user('pm')).get(`/api/v1/partners/${partner.id}/enablement`);
    expect(summary.body).toMatchObject({ certifiedPeople: 1, certificationsActive: 1, people: [{ name: 'Lena Learner' }] });
    const matrix = await admin.get('/api/v1/enablement/matrix');
    const row = matrix.body.rows.find((r: { partnerId: string }) => r.partnerId === partner.id);
    expect(row.cells).toEqual([{ certificationId: cert.body.id, current: 1, expiring: 0, expired: 0 }]);
    expect((await partnerAdmin.get('/api/v1/enablement/matrix')).status).toBe(403);

    // The metric the tier requirement reads, and the tier progress showing it.
    const metrics = await loadMetrics();
    const counted = await withTx(t.system(), async (c) =>
      metrics.get('enablement.certified_people')?.compute(c, [partner.id], new Date()),
    );
    expect(counted?.get(partner.id)).toBe(1);
    const program = await admin.post('/api/v1/programs', {
      name: `Certified ${unique()}`,
      kind: 'reseller',
      commercialModel: { model: 'reseller_discount', discountPercent: 20 },
    });
    const tier = await admin.post(`/api/v1/programs/${program.body.id}/tiers`, {
      name: 'Certified',
      rank: 1,
      requirements: [{ key: 'certs', type: 'certified_people', label: 'Certified people', min: 2 }],
    });
    expect(tier.status, JSON.stringify(tier.body)).toBe(201);
    await admin.post(`/api/v1/partners/${partner.id}/programs`, { programId: program.body.id });
    const progress = await admin.get(`/api/v1/partners/${partner.id}/tier-progress`);
    const mine = progress.body.programs.find((x: { program: { id: string } }) => x.program.id === program.body.id);
    expect(mine.nextTier.requirements ?? mine.requirements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: 'enablement.certified_people', actual: 1, required: 2, missing: 1 }),
      ]),
    );
  });

  it('limits attempts; a partner manager resets them (audited), a partner cannot', async () => {
    const course = await publishedCourse({ maxAttempts: 1 });
    const learner = await user('partnerAdminA');
    const id = await takeCourse(learner, course.id);
    const wrong = [{ questionId: 'q1', optionIds: ['a'] }];
    expect((await learner.post(`/api/v1/course-enrolments/${id}/quiz`, { answers: wrong })).body.result.passed).toBe(false);
    const again = await learner.post(`/api/v1/course-enrolments/${id}/quiz`, { answers: RIGHT });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].path).toBe('answers');
    expect((await learner.get(`/api/v1/course-enrolments/${id}`)).body.quizBlockedReason).toContain('No attempts left');

    expect((await learner.post(`/api/v1/course-enrolments/${id}/reset-attempts`, {})).status).toBe(403);
    const tooLong = await (await user('pm')).post(`/api/v1/course-enrolments/${id}/reset-attempts`, { reason: 'x'.repeat(501) });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors[0].path).toBe('reason');
    const reset = await (await user('pm')).post(`/api/v1/course-enrolments/${id}/reset-attempts`, {
      reason: 'Question 1 was ambiguous',
    });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ failedAttempts: 0, attempts: 1, quizBlockedReason: null });
    const audit = await (await user('admin')).get('/api/v1/audit-events', { query: { entityId: id } });
    expect(JSON.stringify(audit.body)).toContain('Question 1 was ambiguous');
    const passed = await learner.post(`/api/v1/course-enrolments/${id}/quiz`, { answers: RIGHT });
    expect(passed.status).toBe(200);
    expect(passed.body.result.passed).toBe(true);
  });

  it('renews through the renewal course: a new certificate continues where the old one ends', async () => {
    const admin = await user('admin');
    const main = await publishedCourse();
    const refresher = await publishedCourse({ title: `Refresher ${unique()}` });
    const cert = (
      await admin.post('/api/v1/certifications', {
        name: `Consort Professional ${unique()}`,
        level: 'professional',
        validityMonths: 12,
        requiredCourseIds: [main.id],
        renewalCourseId: refresher.id,
      })
    ).body;
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const learner = await as((await makeUser(t.system(), 'partner_user', partner.id)).email);
    const first = await learner.post(`/api/v1/course-enrolments/${await takeCourse(learner, main.id)}/quiz`, { answers: RIGHT });
    const old = first.body.certificatesEarned[0];
    // Renewal opens 90 days before expiry: move the certificate's end near.
    const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await withTx(t.system(), (c) => c.tx.update(certificates).set({ expiresOn: soon }).where(eq(certificates.id, old.id)));
    const renewed = await learner.post(`/api/v1/course-enrolments/${await takeCourse(learner, refresher.id)}/quiz`, {
      answers: RIGHT,
    });
    expect(renewed.body.certificatesEarned).toHaveLength(1);
    const next = renewed.body.certificatesEarned[0];
    expect(next.renewalOf).toBe(old.id);
    const [y, m, d] = soon.split('-').map(Number) as [number, number, number];
    expect(next.expiresOn).toBe(new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10));
    expect((await learner.get(`/api/v1/certificates/${old.id}`)).body.status).toBe('renewed');
    const events = await withTx(t.system(), (c) =>
      c.tx.execute<{ name: string }>(
        `SELECT name FROM domain_events WHERE partner_id = '${partner.id}' AND name LIKE 'certification.%' ORDER BY id`,
      ),
    );
    expect(events.rows.map((e) => e.name)).toEqual(['certification.earned', 'certification.renewed']);
    expect(cert.renewalPath).toContain('Refresher');
  });

  it('reminds at 60/30/7 days and on expiry, each once, to the holder and the partner admin', async () => {
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const holder = await makeUser(t.system(), 'partner_user', partner.id);
    const partnerAdmin = await makeUser(t.system(), 'partner_admin', partner.id);
    const id = await makeTestCertificate(t.system(), holder, partner.id, { expiresInDays: 25 });
    const inbox = async (userId: string) =>
      (
        await withTx(t.system(), (c) =>
          c.tx.execute<{ title: string }>(
            `SELECT title FROM notifications WHERE user_id = '${userId}' AND kind = 'enablement.renewal' ORDER BY created_at`,
          ),
        )
      ).rows.map((r) => r.title);
    const first = await runEnablementSweep(t.system());
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    await runEnablementSweep(t.system());
    expect(await inbox(holder.id)).toEqual([expect.stringContaining('expires in 25 days')]);
    expect(await inbox(partnerAdmin.id)).toHaveLength(1);
    // A week later the 7-day reminder; then the expiry — each once.
    await runEnablementSweep(later(19));
    await runEnablementSweep(later(19));
    await runEnablementSweep(later(26));
    await runEnablementSweep(later(26));
    const titles = await inbox(holder.id);
    expect(titles).toHaveLength(3);
    expect(titles[2]).toContain('has expired');
    const expired = await withTx(t.system(), (c) =>
      c.tx.execute<{ n: number }>(
        `SELECT count(*)::int AS n FROM domain_events WHERE entity_id = '${id}' AND name = 'certification.expired'`,
      ),
    );
    expect(expired.rows[0]?.n).toBe(1);
  });

  it('a certificate 59 days from expiry gets the 60-, 30- and 7-day reminders and the expiry, each once and in that order', async () => {
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const holder = await makeUser(t.system(), 'partner_user', partner.id);
    await makeTestCertificate(t.system(), holder, partner.id, { expiresInDays: 59 });
    const inbox = async () =>
      (
        await withTx(t.system(), (c) =>
          c.tx.execute<{ title: string }>(
            `SELECT title FROM notifications WHERE user_id = '${holder.id}' AND kind = 'enablement.renewal' ORDER BY created_at`,
          ),
        )
      ).rows.map((r) => r.title.replace(/^.* (expires in \d+ days?|has expired)$/, '$1'));
    // Days 0, 10 (49 left: still the 60-day one), 29 (30 left), 40, 52 (7 left), 55, 59 (expired), 60: twice each.
    for (const day of [0, 10, 29, 40, 52, 55, 59, 60]) {
      await runEnablementSweep(later(day));
      await runEnablementSweep(later(day));
    }
    expect(await inbox()).toEqual(['expires in 59 days', 'expires in 30 days', 'expires in 7 days', 'has expired']);
  });
});

describe('courses and certifications gated by program and minimum tier', () => {
  it('a partner below the tier gets the 404 of a missing course and certification; a tier rise opens both', async () => {
    const admin = await user('admin');
    const program = await admin.post('/api/v1/programs', {
      name: `Enablement program ${unique()}`,
      kind: 'reseller',
      commercialModel: { model: 'reseller_discount', discountPercent: 10 },
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    const silver = (await admin.post(`/api/v1/programs/${program.body.id}/tiers`, { name: 'Silver', rank: 1 })).body;
    const gold = (await admin.post(`/api/v1/programs/${program.body.id}/tiers`, { name: 'Gold', rank: 2 })).body;
    const audience = [{ programId: program.body.id, minTierId: gold.id }];
    const course = await publishedCourse({ audience });
    const open = await publishedCourse();
    const cert = await admin.post('/api/v1/certifications', {
      name: `Gold architect ${unique()}`,
      level: 'expert',
      requiredCourseIds: [course.id],
      audience,
    });
    expect(cert.status, JSON.stringify(cert.body)).toBe(201);
    expect(cert.body.audience).toEqual(audience);
    expect((await admin.get(`/api/v1/courses/${course.id}`)).body.audience).toEqual(audience);

    // A Silver partner: the gated course and certification are as missing as a made-up id.
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const joined = await admin.post(`/api/v1/partners/${partner.id}/programs`, { programId: program.body.id, tierId: silver.id });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    const learner = await as((await makeUser(t.system(), 'partner_user', partner.id)).email);
    const missing = await learner.get('/api/v1/courses/0190ffff-0000-7000-8000-000000000000');
    const gated = await learner.get(`/api/v1/courses/${course.id}`);
    expect(gated.status).toBe(404);
    expect(gated.body.detail).toBe(missing.body.detail);
    expect((await learner.post(`/api/v1/courses/${course.id}/enrolment`)).status).toBe(404);
    expect((await learner.get(`/api/v1/certifications/${cert.body.id}`)).status).toBe(404);
    expect((await learner.get(`/api/v1/courses/${course.id}/files`)).status).toBe(404);
    const listed = async () => ((await learner.get('/api/v1/courses?limit=100')).body.data as { id: string }[]).map((c) => c.id);
    expect(await listed()).toContain(open.id);
    expect(await listed()).not.toContain(course.id);
    const certs = async () => ((await learner.get('/api/v1/certifications')).body.data as { id: string }[]).map((c) => c.id);
    expect(await certs()).not.toContain(cert.body.id);
    // A partner in no program is outside it too; an ungated course is everyone's.
    const outsider = await makePartner(t.system(), t.world.users.pm.id);
    const stranger = await as((await makeUser(t.system(), 'partner_user', outsider.id)).email);
    expect((await stranger.get(`/api/v1/courses/${course.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/courses/${open.id}`)).status).toBe(200);

    // The partner rises to Gold: the course opens, it can be taken, and passing it earns the certification.
    const placed = await admin.put(`/api/v1/partners/${partner.id}/programs/${joined.body.id}/tier`, {
      tierId: gold.id,
      reason: 'Met the Gold requirements',
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(200);
    const seen = await learner.get(`/api/v1/courses/${course.id}`);
    expect(seen.status).toBe(200);
    expect((await learner.get(`/api/v1/courses/${course.id}/files`)).status).toBe(200);
    expect(seen.body.audience).toEqual([]); // the gate itself is vendor-only
    expect(await listed()).toContain(course.id);
    expect(await certs()).toContain(cert.body.id);
    const enrolmentId = await takeCourse(learner, course.id);
    const passed = await learner.post(`/api/v1/course-enrolments/${enrolmentId}/quiz`, { answers: RIGHT });
    expect(passed.status, JSON.stringify(passed.body)).toBe(200);
    expect(passed.body.certificatesEarned.map((c: { certificationId: string }) => c.certificationId)).toContain(cert.body.id);

    // Back to Silver: taking it again is a 404, like any course outside the gate.
    await admin.put(`/api/v1/partners/${partner.id}/programs/${joined.body.id}/tier`, { tierId: silver.id, reason: 'Fell back' });
    expect(
      (await learner.post(`/api/v1/course-enrolments/${enrolmentId}/progress`, { moduleId: 'intro', done: false })).status,
    ).toBe(404);

    // A bad audience names the field and saves nothing.
    const bad = await admin.patch(`/api/v1/courses/${open.id}`, {
      audience: [{ programId: program.body.id, minTierId: t.world.tierId }],
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('audience.0.minTierId');
    expect((await admin.get(`/api/v1/courses/${open.id}`)).body.audience).toEqual([]);
    const badCert = await admin.patch(`/api/v1/certifications/${cert.body.id}`, {
      audience: [{ programId: '0190ffff-0000-7000-8000-000000000000', minTierId: null }],
    });
    expect(badCert.status).toBe(422);
    expect(JSON.stringify(badCert.body)).toContain('audience.0.programId');
  });
});
