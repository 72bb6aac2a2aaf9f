import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  DEMO_PASSWORD,
  eventually,
  openBrowser,
  type Session,
  SIGN_IN_NOISE,
  signIn,
  unexpectedProblems,
} from './support/browser.js';

/** Signs in through the API and answers a JSON caller (for setting up what the test does not test: authoring). */
async function apiAs(baseUrl: string, email: string) {
  const login = await fetch(new URL('/api/v1/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(new URL(path, baseUrl), {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
}

describe('enablement', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a partner user takes a course with a quiz, passes and gets the certificate; the vendor sees the certified count', async () => {
    const { page } = session;
    const stamp = Date.now().toString(36);
    const admin = await apiAs(session.baseUrl, 'admin@lumen.example');
    const course = await admin('POST', '/api/v1/courses', {
      title: `Partner Selling Basics ${stamp}`,
      description: 'Who buys, why they buy, and how to qualify.',
      modules: [
        { title: 'Who buys', kind: 'text', text: 'Operations leaders buy Lumen Cloud to cut reporting time.' },
        { title: 'The pitch deck', kind: 'link', url: 'https://learn.lumen.example/pitch' },
      ],
      quiz: [
        { prompt: 'Who buys Lumen Cloud?', options: [{ label: 'Operations leaders' }, { label: 'Nobody' }], correct: [0] },
        {
          prompt: 'Which are qualification questions?',
          multiple: true,
          options: [{ label: 'Budget' }, { label: 'Favourite colour' }, { label: 'Timeline' }],
          correct: [0, 2],
        },
      ],
      passMark: 100,
      status: 'published',
    });
    expect(course.status).toBe(201);
    const cert = await admin('POST', '/api/v1/certifications', {
      name: `Selling Basics Certified ${stamp}`,
      level: 'associate',
      validityMonths: 24,
      requiredCourseIds: [course.body.id],
      badgeEmoji: '🏅',
    });
    expect(cert.status).toBe(201);

    await signIn(session, 'chloe.rossi@northwind.example');
    await page.getByRole('heading', { name: 'Welcome, Chloe' }).waitFor();
    await page.getByRole('link', { name: 'Learning', exact: true }).click();
    await page.getByRole('heading', { name: 'Learning' }).waitFor();
    const card = page.getByLabel(`Course Partner Selling Basics ${stamp}`);
    await card.getByRole('link', { name: 'Start course' }).click();
    await page.getByRole('heading', { name: `Partner Selling Basics ${stamp}` }).waitFor();
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByRole('button', { name: 'Mark Who buys done' }).click();
    await page.getByRole('button', { name: 'Who buys done' }).waitFor();
    await page.getByRole('button', { name: 'Mark The pitch deck done' }).click();
    await page.getByRole('button', { name: 'The pitch deck done' }).waitFor();

    // A wrong answer first: scored on the server, not passed.
    const quiz = page.getByLabel('Quiz');
    await quiz.getByRole('radio', { name: 'Nobody' }).check();
    await quiz.getByRole('checkbox', { name: 'Budget' }).check();
    await quiz.getByRole('button', { name: 'Submit answers' }).click();
    await eventually(() => quiz.innerText()).toContain('You scored 0%');
    await quiz.getByRole('radio', { name: 'Operations leaders' }).check();
    await quiz.getByRole('checkbox', { name: 'Timeline' }).check();
    await quiz.getByRole('button', { name: 'Submit answers' }).click();
    await eventually(() => quiz.innerText()).toContain('You scored 100%');
    const earned = page.getByLabel('Certificates earned');
    await eventually(() => earned.innerText()).toContain(`Selling Basics Certified ${stamp}`);

    // My certificates: the badge and the PDF.
    await session.goto('/learning');
    await page.getByRole('tab', { name: 'My certificates' }).click();
    const mine = page.getByLabel(`Certificate Selling Basics Certified ${stamp}`);
    await eventually(() => mine.innerText()).toContain('Current');
    expect(await mine.innerText()).toContain('🏅');
    const pdf = await mine.getByRole('link', { name: /Download certificate/ }).getAttribute('href');
    const download = await page.evaluate(async (href) => {
      const res = await fetch(href ?? '', { credentials: 'include' });
      return { status: res.status, type: res.headers.get('content-type') };
    }, pdf);
    expect(download).toEqual({ status: 200, type: 'application/pdf' });
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    // The vendor: Northwind's partner page counts Chloe among its certified people, and the matrix shows it.
    await session.close();
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
    const partners = await (await apiAs(session.baseUrl, 'maria.manager@lumen.example'))('GET', '/api/v1/partners?q=Northwind');
    const northwind = (partners.body.data as { id: string; name: string }[]).find((p) => p.name.startsWith('Northwind'));
    await session.goto(`/partners/${northwind?.id}`);
    const certified = session.page.getByLabel('Certified people');
    await eventually(() => certified.innerText()).toContain('Chloe Rossi');
    expect(await certified.innerText()).toMatch(/\d+ certified (person|people)/);
    await session.goto('/enablement');
    await session.page.getByRole('tab', { name: 'Who holds what' }).click();
    const matrix = session.page.getByRole('table', { name: 'Certifications per partner' });
    await eventually(() => matrix.innerText()).toContain('Northwind');
    expect(await matrix.innerText()).toContain(`Selling Basics Certified ${stamp}`);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a course gated to a higher tier stays out of the catalogue until the tier rises; a manager resets a learner out of attempts', async () => {
    const { page } = session;
    const stamp = Date.now().toString(36);
    const admin = await apiAs(session.baseUrl, 'admin@lumen.example');
    const program = await admin('POST', '/api/v1/programs', {
      name: `Enablement track ${stamp}`,
      kind: 'reseller',
      commercialModel: { model: 'reseller_discount', discountPercent: 5 },
    });
    expect(program.status).toBe(201);
    const silver = await admin('POST', `/api/v1/programs/${program.body.id}/tiers`, { name: 'Silver', rank: 1 });
    const gold = await admin('POST', `/api/v1/programs/${program.body.id}/tiers`, { name: 'Gold', rank: 2 });
    const partners = await admin('GET', '/api/v1/partners?q=Northwind');
    const northwind = (partners.body.data as { id: string; name: string }[]).find((p) => p.name.startsWith('Northwind'));
    const joined = await admin('POST', `/api/v1/partners/${northwind?.id}/programs`, {
      programId: program.body.id,
      tierId: silver.body.id,
    });
    expect(joined.status).toBe(201);
    const lesson = { title: 'Architecture', kind: 'text', text: 'Three tiers, one database.' };
    const quiz = [{ prompt: 'How many databases?', options: [{ label: 'One' }, { label: 'Seven' }], correct: [0] }];
    const gated = await admin('POST', '/api/v1/courses', {
      title: `Gold Architecture ${stamp}`,
      modules: [lesson],
      quiz,
      maxAttempts: 1,
      audience: [{ programId: program.body.id, minTierId: gold.body.id }],
      status: 'published',
    });
    expect(gated.status).toBe(201);
    const open = await admin('POST', '/api/v1/courses', {
      title: `Open Basics ${stamp}`,
      modules: [lesson],
      status: 'published',
    });
    expect(open.status).toBe(201);

    // Silver: the open course is in Chloe's catalogue, the Gold one is not.
    await signIn(session, 'chloe.rossi@northwind.example');
    await page.getByRole('heading', { name: 'Welcome, Chloe' }).waitFor();
    await session.goto('/learning');
    await page.getByLabel(`Course Open Basics ${stamp}`).waitFor();
    expect(await page.getByLabel(`Course Gold Architecture ${stamp}`).count()).toBe(0);

    // Northwind rises to Gold: the course appears.
    const placed = await admin('PUT', `/api/v1/partners/${northwind?.id}/programs/${joined.body.id}/tier`, {
      tierId: gold.body.id,
      reason: 'Gold requirements met',
    });
    expect(placed.status).toBe(200);
    await session.goto('/learning');
    await page.getByLabel(`Course Gold Architecture ${stamp}`).waitFor();

    // Chloe uses up her one attempt (the quiz UI is the first test's).
    const chloe = await apiAs(session.baseUrl, 'chloe.rossi@northwind.example');
    const enrolment = await chloe('POST', `/api/v1/courses/${gated.body.id}/enrolment`);
    const modules = gated.body.modules as { id: string }[];
    await chloe('POST', `/api/v1/course-enrolments/${enrolment.body.id}/progress`, { moduleId: modules[0]?.id });
    const questions = gated.body.quiz as { id: string; options: { id: string }[] }[];
    const failed = await chloe('POST', `/api/v1/course-enrolments/${enrolment.body.id}/quiz`, {
      answers: [{ questionId: questions[0]?.id, optionIds: [questions[0]?.options[1]?.id] }],
    });
    expect((failed.body.enrolment as { quizBlockedReason: string }).quizBlockedReason).toContain('No attempts left');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    // Maria, the partner manager, resets the attempts from the course's learners.
    await session.close();
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto(`/enablement/courses/${gated.body.id}`);
    const learners = session.page.getByRole('table', { name: 'Course learners' });
    await eventually(() => learners.innerText()).toContain('1 failed');
    // Each learner's company, linked to its partner 360.
    const company = learners
      .locator('tr', { hasText: 'Chloe Rossi' })
      .getByRole('link', { name: northwind?.name ?? 'Northwind' });
    expect(await company.getAttribute('href')).toBe(`/partners/${northwind?.id}`);
    await learners.getByRole('button', { name: 'Actions for Chloe Rossi' }).click();
    await session.page.getByRole('menuitem', { name: 'Reset attempts' }).click();
    const dialog = session.page.getByRole('dialog', { name: "Reset Chloe Rossi's quiz attempts?" });
    await dialog.getByLabel('Reason (kept in the audit log)').fill('The second option was ambiguous');
    await dialog.getByRole('button', { name: 'Reset attempts' }).click();
    await eventually(() => learners.innerText()).toContain('0 failed');
    const after = await chloe('GET', `/api/v1/course-enrolments/${enrolment.body.id}`);
    expect(after.body).toMatchObject({ failedAttempts: 0, quizBlockedReason: null });
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    await admin('POST', `/api/v1/partners/${northwind?.id}/programs/${joined.body.id}/leave`, { reason: 'End of the e2e' });
  });
});
