import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { BUILT_IN_TEMPLATES, openRecurringWave, runSurveysDaily } from '../../src/modules/surveys/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { systemCtx } from '../../src/shared/context.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
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

/** A fresh partner owned by `pm`, with a partner admin and a partner user. */
async function alliance(ownerId = t.world.users.pm.id) {
  const partner = await makePartner(t.system(), ownerId, { lifecycleStage: 'active' });
  const admin = await makeUser(t.system(), 'partner_admin', partner.id);
  const member = await makeUser(t.system(), 'partner_user', partner.id);
  return { partner, admin, member, partnerAdmin: await as(admin.email), partnerUser: await as(member.email) };
}

async function metric(key: string, partnerId: string) {
  return withTx(t.system(), async (c) =>
    (await loadMetrics())
      .get(key)!
      .compute(c, [partnerId], new Date())
      .then((m) => m.get(partnerId) ?? null),
  );
}

describe('health diagnostic', () => {
  it('goes to both sides; answers give each side’s average and the perception gap; partner B never sees it', async () => {
    const a = await alliance();
    const other = await alliance(t.world.users.pm2.id);
    const pm = await user('pm');
    const executive = t.world.users.executive;

    const bad = await pm.post('/api/v1/survey-rounds', {
      partnerId: a.partner.id,
      templateId: BUILT_IN_TEMPLATES.health_diagnostic,
      closesOn: addDays(today(), -1),
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('closesOn');

    const sent = await pm.post('/api/v1/survey-rounds', {
      partnerId: a.partner.id,
      templateId: BUILT_IN_TEMPLATES.health_diagnostic,
      closesOn: addDays(today(), 14),
      vendorRecipientIds: [t.world.users.pm.id, executive.id],
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      kind: 'health_diagnostic',
      status: 'open',
      recipients: { vendor: 2, partner: 2 },
      responses: { vendor: 0, partner: 0 },
      asked: true,
      can: { answer: true, close: true, viewResponses: false },
    });
    const id = sent.body.id as string;

    // The partner's people are told, and see it waiting for them.
    const inbox = await a.partnerAdmin.get('/api/v1/me/notifications');
    expect(inbox.body.data.some((n: { link: string }) => n.link === `/surveys/${id}`)).toBe(true);
    const waiting = await a.partnerAdmin.get('/api/v1/survey-rounds', { query: { awaitingMe: 'true' } });
    expect(waiting.body.data.map((r: { id: string }) => r.id)).toEqual([id]);

    // Another partner's people: exactly like a missing round, and absent from their list.
    for (const url of [`/api/v1/survey-rounds/${id}`, `/api/v1/survey-rounds/${id}/results`]) {
      expect((await other.partnerAdmin.get(url)).status).toBe(404);
    }
    const foreignAnswer = await other.partnerAdmin.put(`/api/v1/survey-rounds/${id}/response`, {
      answers: [{ questionId: 'trust', score: 5 }],
    });
    expect(foreignAnswer.status).toBe(404);
    expect((await other.partnerAdmin.get('/api/v1/survey-rounds')).body.data).toEqual([]);
    expect((await other.partnerAdmin.get(`/api/v1/partners/${a.partner.id}/survey-summary`)).status).toBe(404);

    // Bad answers name the field; nothing is saved.
    const cases: [unknown, string][] = [
      [{ answers: [{ questionId: 'trust', score: 11 }] }, 'answers.0.score'],
      [{ answers: [{ questionId: 'trust', score: 0 }] }, 'answers.0.score'],
      [
        {
          answers: [
            { questionId: 'trust', score: 4 },
            { questionId: 'no_such_question', score: 3 },
          ],
        },
        'answers.1.questionId',
      ],
      [{ answers: [{ questionId: 'trust', score: 4, comment: 'nul\u0000byte' }] }, 'answers.0.comment'],
      [{ answers: [] }, 'answers'],
    ];
    for (const [body, path] of cases) {
      const res = await a.partnerAdmin.put(`/api/v1/survey-rounds/${id}/response`, body);
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await pm.get(`/api/v1/survey-rounds/${id}`)).body.responses).toEqual({ vendor: 0, partner: 0 });

    // The vendor thinks it is going fine; the partner does not.
    const answer = (client: Client, trust: number, commitments: number, comment?: string) =>
      client.put(`/api/v1/survey-rounds/${id}/response`, {
        answers: [
          { questionId: 'trust', score: trust, comment },
          { questionId: 'commitments', score: commitments },
        ],
      });
    expect((await answer(pm, 5, 5)).status).toBe(200);
    expect((await answer(await user('executive'), 4, 5)).status).toBe(200);
    const first = await answer(a.partnerAdmin, 4, 2);
    expect(first.status).toBe(200);
    expect(first.body.myResponse.answers).toHaveLength(2);
    // Changing one's answer replaces it: still one response per person.
    const changed = await answer(a.partnerAdmin, 2, 2, 'Escalations go nowhere.');
    expect(changed.status).toBe(200);
    expect(changed.body.myResponse.answers.find((x: { questionId: string }) => x.questionId === 'trust')).toMatchObject({
      score: 2,
    });
    expect((await answer(a.partnerUser, 3, 3)).status).toBe(200);
    expect(changed.body.responses).toEqual({ vendor: 2, partner: 1 });

    // A finance user was not asked.
    const notAsked = await (await user('finance')).put(`/api/v1/survey-rounds/${id}/response`, {
      answers: [{ questionId: 'trust', score: 4 }],
    });
    expect(notAsked.status).toBe(403);

    const results = await pm.get(`/api/v1/survey-rounds/${id}/results`);
    expect(results.status).toBe(200);
    const trust = results.body.questions.find((q: { questionId: string }) => q.questionId === 'trust');
    // Vendor (5 + 4) / 2 = 4.5; partner (2 + 3) / 2 = 2.5; the vendor is 2 points more positive.
    expect(trust).toMatchObject({
      vendor: { average: 4.5, count: 2 },
      partner: { average: 2.5, count: 2 },
      gap: 2,
      flagged: true,
    });
    const commitments = results.body.dimensions.find((d: { dimension: string }) => d.dimension === 'commitments');
    expect(commitments).toMatchObject({ vendor: { average: 5 }, partner: { average: 2.5 }, gap: 2.5, flagged: true });
    expect(results.body.respondents).toEqual({ vendor: 2, partner: 2 });
    // Vendor 19/4 = 4.75 → 93.8; partner 10/4 = 2.5 → 37.5; score 65.7 (rounded), gap 56.3.
    expect(results.body.score).toBe(65.7);
    expect(results.body.perceptionGap).toBe(56.3);
    expect(results.body.comments).toEqual([{ questionId: 'trust', side: 'partner', comment: 'Escalations go nowhere.' }]);

    // The partner reads the same aggregates; who answered what stays with admins.
    const theirs = await a.partnerAdmin.get(`/api/v1/survey-rounds/${id}/results`);
    expect(theirs.body.perceptionGap).toBe(56.3);
    expect(JSON.stringify(theirs.body)).not.toContain(a.admin.email);
    expect((await pm.get(`/api/v1/survey-rounds/${id}/responses`)).status).toBe(403);
    const named = await (await user('admin')).get(`/api/v1/survey-rounds/${id}/responses`);
    expect(named.status).toBe(200);
    expect(named.body.data).toHaveLength(4);

    // Not closed yet: the metrics read closed diagnostics only.
    expect(await metric('surveys.diagnostic_score', a.partner.id)).toBeNull();

    // Closed: answers are refused, naming why.
    const closed = await pm.post(`/api/v1/survey-rounds/${id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', can: { answer: false, close: false } });
    const late = await answer(a.partnerUser, 5, 5);
    expect(late.status).toBe(422);
    expect(late.body.detail).toMatch(/closed/);
    expect(late.body.errors[0]).toMatchObject({ path: 'closesOn' });
    expect(
      (await pm.get(`/api/v1/survey-rounds/${id}/results`)).body.questions.find(
        (q: { questionId: string }) => q.questionId === 'trust',
      ).partner.average,
    ).toBe(2.5);

    expect(await metric('surveys.diagnostic_score', a.partner.id)).toBe(65.7);
    expect(await metric('surveys.perception_gap', a.partner.id)).toBe(56.3);
    const summary = await a.partnerAdmin.get(`/api/v1/partners/${a.partner.id}/survey-summary`);
    expect(summary.body).toMatchObject({
      diagnostic: { score: 65.7, gap: 56.3, vendor: 93.8, partner: 37.5 },
      nps: null,
      awaitingMe: 0,
    });

    // A partner manager closes only its own partners' rounds; partner people never.
    const theirRound = await (await user('pm2')).post('/api/v1/survey-rounds', {
      partnerId: other.partner.id,
      templateId: BUILT_IN_TEMPLATES.health_diagnostic,
      closesOn: addDays(today(), 14),
    });
    expect(theirRound.status).toBe(201);
    expect((await pm.post(`/api/v1/survey-rounds/${theirRound.body.id}/close`)).status).toBe(403);
  });
});

describe('NPS and PX', () => {
  it('a wave asks each partner’s people; NPS counts promoters minus detractors; PX trends by quarter; the schedule opens PX once per quarter', async () => {
    const a = await alliance();
    const b = await alliance();
    const admin = await user('admin');
    const wave = await admin.post('/api/v1/survey-waves', {
      templateId: BUILT_IN_TEMPLATES.nps,
      partnerIds: [a.partner.id, b.partner.id],
      closesOn: addDays(today(), 10),
    });
    expect(wave.status).toBe(201);
    expect(wave.body).toMatchObject({ kind: 'nps', rounds: 2, skipped: [] });
    const diagnosticWave = await admin.post('/api/v1/survey-waves', {
      templateId: BUILT_IN_TEMPLATES.health_diagnostic,
      closesOn: addDays(today(), 10),
    });
    expect(diagnosticWave.status).toBe(422);
    expect(diagnosticWave.body.errors[0].path).toBe('templateId');

    const roundOf = async (client: Client) => {
      const list = await client.get('/api/v1/survey-rounds', { query: { awaitingMe: 'true', kind: 'nps' } });
      expect(list.body.data).toHaveLength(1);
      return list.body.data[0] as { id: string; partnerId: string };
    };
    const ra = await roundOf(a.partnerAdmin);
    expect(ra.partnerId).toBe(a.partner.id);
    const nps = (client: Client, roundId: string, score: number) =>
      client.put(`/api/v1/survey-rounds/${roundId}/response`, {
        answers: [{ questionId: 'recommend', score, comment: 'Why: deal desk.' }],
      });
    expect((await nps(a.partnerAdmin, ra.id, 10)).status).toBe(200);
    expect((await nps(a.partnerUser, ra.id, 3)).status).toBe(200);
    const rb = await roundOf(b.partnerAdmin);
    expect((await nps(b.partnerAdmin, rb.id, 9)).status).toBe(200);
    expect((await nps(b.partnerUser, rb.id, 8)).status).toBe(200);
    const eleven = await nps(b.partnerUser, rb.id, 11);
    expect(eleven.status).toBe(422);
    expect(eleven.body.errors[0].path).toBe('answers.0.score');

    // Partner A: one promoter, one detractor → 0; partner B: one promoter, one passive → 50.
    const results = await admin.get(`/api/v1/survey-rounds/${ra.id}/results`);
    expect(results.body.nps).toEqual({ nps: 0, promoters: 1, passives: 0, detractors: 1, count: 2 });
    expect(await metric('surveys.nps', a.partner.id)).toBe(0);
    expect(await metric('surveys.nps', b.partner.id)).toBe(50);

    // The portfolio trend counts every answer of the period across partners (this file's too).
    const trends = await admin.get('/api/v1/survey-trends', { query: { partnerId: `${a.partner.id},${b.partner.id}` } });
    expect(trends.status).toBe(200);
    expect(trends.body.nps).toEqual([
      expect.objectContaining({ value: 25, promoters: 2, passives: 1, detractors: 1, count: 4, partners: 2, change: null }),
    ]);
    expect((await a.partnerAdmin.get('/api/v1/survey-trends')).status).toBe(403);

    // The recurring PX survey: opened once for this quarter, to every active partner with people.
    const settings = await admin.patch('/api/v1/survey-settings', {
      pxCadence: 'quarterly',
      npsCadence: 'off',
      responseDays: 14,
    });
    expect(settings.status).toBe(200);
    expect((await admin.patch('/api/v1/survey-settings', { gapThreshold: 9 })).body.errors[0].path).toBe('gapThreshold');
    const period = await openRecurringWave(t.system(), 'px');
    expect(period).toMatch(/^\d{4}-Q[1-4]$/);
    expect(await openRecurringWave(t.system(), 'px')).toBeNull();
    const px = await a.partnerUser.get('/api/v1/survey-rounds', { query: { kind: 'px', awaitingMe: 'true' } });
    expect(px.body.data).toHaveLength(1);
    expect(px.body.data[0]).toMatchObject({ recurring: true, period });
    const pxAnswer = await a.partnerUser.put(`/api/v1/survey-rounds/${px.body.data[0].id}/response`, {
      answers: [
        { questionId: 'px_communication', score: 4 },
        { questionId: 'px_support', score: 2 },
      ],
    });
    expect(pxAnswer.status).toBe(200);
    expect(await metric('surveys.px_score', a.partner.id)).toBe(50);
    const pxTrend = (await admin.get('/api/v1/survey-trends', { query: { partnerId: a.partner.id } })).body.px;
    expect(pxTrend).toEqual([{ period, value: 3, change: null, count: 2, dimensions: { communication: 4, support: 2 } }]);
  });

  it('the daily job reminds who has not answered once, and closes rounds past their day', async () => {
    const a = await alliance();
    const pm = await user('pm');
    const sent = await pm.post('/api/v1/survey-rounds', {
      partnerId: a.partner.id,
      templateId: BUILT_IN_TEMPLATES.px,
      closesOn: addDays(today(), 5),
    });
    expect(sent.status).toBe(201);
    await a.partnerAdmin.put(`/api/v1/survey-rounds/${sent.body.id}/response`, {
      answers: [{ questionId: 'px_ease', score: 5 }],
    });
    const soon = systemCtx(t.database.db, 'test: survey reminders', new Date(Date.now() + 3 * 86_400_000));
    const first = await runSurveysDaily(soon);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const reminders = async (client: Client) =>
      (await client.get('/api/v1/me/notifications')).body.data.filter((n: { title: string }) => n.title.startsWith('Reminder:'))
        .length;
    expect(await reminders(a.partnerUser)).toBe(1);
    expect(await reminders(a.partnerAdmin)).toBe(0);
    await runSurveysDaily(soon);
    expect(await reminders(a.partnerUser)).toBe(1);

    const later = systemCtx(t.database.db, 'test: survey close', new Date(Date.now() + 7 * 86_400_000));
    expect((await runSurveysDaily(later)).closed).toBeGreaterThanOrEqual(1);
    expect((await pm.get(`/api/v1/survey-rounds/${sent.body.id}`)).body.status).toBe('closed');
  });
});

describe('importing survey answers collected outside Consort', () => {
  const postCsv = async (key: keyof SeededApp['world']['users'], csv: string, dryRun: boolean) => {
    const client = await user(key);
    return t.request('POST', '/api/v1/imports/survey-answers', {
      cookie: client.cookie,
      query: { dryRun: String(dryRun) },
      headers: { 'content-type': 'text/csv', 'x-csrf-token': client.csrfToken },
      body: csv,
    });
  };

  it('names each bad cell and writes nothing; a clean file becomes each person’s response, on both sides', async () => {
    const a = await alliance();
    const pm = await user('pm');
    const sent = await pm.post('/api/v1/survey-rounds', {
      partnerId: a.partner.id,
      templateId: BUILT_IN_TEMPLATES.health_diagnostic,
      title: `Workshop diagnostic ${a.partner.id.slice(0, 8)}`,
      closesOn: addDays(today(), 14),
      vendorRecipientIds: [t.world.users.pm.id],
    });
    expect(sent.status).toBe(201);
    const id = sent.body.id as string;
    const closed = await pm.post('/api/v1/survey-rounds', {
      partnerId: a.partner.id,
      templateId: BUILT_IN_TEMPLATES.health_diagnostic,
      closesOn: addDays(today(), 3),
    });
    expect((await pm.post(`/api/v1/survey-rounds/${closed.body.id}/close`, {})).status).toBeLessThan(300);
    const stranger = await alliance(t.world.users.pm2.id);

    const bad = [
      'Respondent e-mail,Survey round,Question key,Score,Comment',
      `${a.admin.email},${id},trust,6,`, // score outside 1–5
      `${a.admin.email},${id},no_such_question,3,`,
      `nobody@nowhere.example,${id},trust,3,`,
      `${stranger.admin.email},${id},trust,3,`, // another partner's person
      `${a.member.email},${closed.body.id},trust,3,`, // a closed round
      `${a.member.email},No such round,trust,3,`,
      `${a.member.email},${id},trust,4,`,
      `${a.member.email},${id},trust,5,`, // the same question twice
      `${a.member.email},${id},trust,three,`,
    ].join('\n');
    const refused = await postCsv('pm', bad, false);
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual(
      expect.arrayContaining(['2:score', '3:question', '4:email', '5:email', '6:round', '7:round', '9:question', '10:score']),
    );
    expect((await pm.get(`/api/v1/survey-rounds/${id}`)).body.responses).toEqual({ vendor: 0, partner: 0 });

    // Headers as a form tool exports them; the round by its title; a vendor person and two of the partner's.
    const good = [
      'Email,Survey,Question,Rating,Comments',
      `${t.world.users.pm.email},${sent.body.title},trust,5,`,
      `${t.world.users.pm.email},${sent.body.title},commitments,4,`,
      `${a.admin.email},${id},trust,2,Escalations take weeks`,
      `${a.admin.email},${id},commitments,2,`,
      `${a.member.email},${id},trust,3,`,
    ].join('\n');
    expect((await postCsv('pm', good, true)).body).toMatchObject({ rows: 5, errors: [] });
    expect((await pm.get(`/api/v1/survey-rounds/${id}`)).body.responses).toEqual({ vendor: 0, partner: 0 });
    // Another manager's partner: not theirs to import into.
    const other = await postCsv('pm2', good, true);
    expect(new Set(other.body.errors.map((e: { column: string }) => e.column))).toEqual(new Set(['round']));

    const done = await postCsv('pm', good, false);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect((await pm.get(`/api/v1/survey-rounds/${id}`)).body.responses).toEqual({ vendor: 1, partner: 2 });
    const results = await pm.get(`/api/v1/survey-rounds/${id}/results`);
    expect(results.status).toBe(200);
    const trust = results.body.questions.find((q: { questionId: string }) => q.questionId === 'trust');
    expect(trust).toMatchObject({ vendor: { average: 5, count: 1 }, partner: { average: 2.5, count: 2 } });
    expect(results.body.comments).toEqual([{ questionId: 'trust', side: 'partner', comment: 'Escalations take weeks' }]);
    const audit = await (await user('admin')).get('/api/v1/audit-events', {
      query: { entityType: 'survey_response', partnerId: a.partner.id },
    });
    expect(audit.body.data).toHaveLength(3);

    // Imported once: the same people again are refused (they change their answers in the app).
    const again = await postCsv('pm', good, true);
    expect(new Set(again.body.errors.map((e: { column: string }) => e.column))).toEqual(new Set(['email']));
  });
});
