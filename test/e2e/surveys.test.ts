import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('surveys', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a partner admin answers the health diagnostic in the portal; the manager sees the perception gap per question', async () => {
    const { page } = session;
    // The demo's Northwind diagnostic is open: Maria (vendor) and Chloe answered, Ben has not.
    await signIn(session, 'ben.kowalski@northwind.example');
    const card = page.locator('[aria-label="Surveys to answer"]');
    await card.waitFor();
    await card.getByRole('link', { name: /Partner health diagnostic/ }).click();
    const form = page.locator('[aria-label="Your answer"]');
    await form.waitFor();
    const scales = form.locator('.mantine-SegmentedControl-root');
    await eventually(() => scales.count()).toBe(10);
    for (let i = 0; i < 10; i += 1) await scales.nth(i).getByText('2', { exact: true }).click();
    await form
      .getByRole('textbox', { name: 'Comment on question 1', exact: true })
      .fill('We learn about roadmap changes from customers.');
    await form.getByRole('button', { name: 'Submit my answer' }).click();
    await form.getByRole('button', { name: 'Update my answer' }).waitFor();
    // The partner reads the aggregates per side, never who answered what.
    const results = page.locator('[aria-label="Results"]');
    await eventually(() => results.innerText()).toContain('We learn about roadmap changes from customers.');
    expect(await page.locator('[aria-label="Individual answers"]').count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    await session.close();
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
    await session.page.getByRole('link', { name: 'Surveys', exact: true }).click();
    const rounds = session.page.getByRole('table', { name: 'Survey rounds' });
    await eventually(() => rounds.innerText()).toContain('Northwind');
    await rounds
      .getByRole('link', { name: /Partner health diagnostic — Northwind/ })
      .first()
      .click();
    const gaps = session.page.getByRole('table', { name: 'Gap per question' });
    await gaps.waitFor();
    // Maria sees it going well (4–5); Northwind's people do not (Ben 2 everywhere): every gap is positive, flagged.
    const text = await gaps.innerText();
    expect(text).toContain('Our alliance teams trust each other.');
    expect(text.match(/\+[1-3]\.\d\d/g)?.length).toBe(10);
    const chart = session.page.locator('[aria-label="Results"]').locator('.recharts-wrapper');
    await eventually(() => chart.count()).toBe(1);
    await eventually(() =>
      session.page.locator('[aria-label="Results"]').locator('.recharts-bar-rectangle').count(),
    ).toBeGreaterThanOrEqual(20);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
