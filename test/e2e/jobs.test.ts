import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('jobs', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('an admin sees the schedules in the organisation’s time zone and runs one now; it runs and shows as succeeded', async () => {
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await page.getByRole('link', { name: 'Jobs' }).click();
    const schedules = page.getByRole('table', { name: 'Schedules' });
    await eventually(() => schedules.innerText()).toContain('auth.purge-sessions');
    expect(await schedules.innerText()).toContain('jobs.purge');
    expect(await page.getByText('organisation’s time zone, America/New_York').count()).toBe(1);

    await page.getByRole('button', { name: 'Run now jobs.purge' }).click();
    const runs = page.getByRole('table', { name: 'Runs' });
    // The run the admin queued (a scheduled jobs.purge may be listed too, queued by "schedule").
    const mine = runs.locator('tr', { hasText: 'jobs.purge' }).filter({ hasText: 'admin@lumen.example' });
    await eventually(() => mine.count()).toBe(1);
    await eventually(() => mine.innerText()).toContain('Succeeded');
    // The schedule's last run is the one just made.
    await eventually(() => schedules.locator('tr', { hasText: 'jobs.purge' }).innerText()).toContain('Succeeded');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    await session.close();
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
    expect(await session.page.getByRole('link', { name: 'Jobs' }).count()).toBe(0);
  });
});
