import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventually, openBrowser, PHONE, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';
import { isInViewport, horizontalOverflow as pageOverflow } from './support/in-page.js';

function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate(isInViewport);
}

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(pageOverflow);
}

describe('on a phone (390×844)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser(PHONE);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the burger opens the navigation, lists collapse to cards and nothing scrolls sideways', async () => {
    const { page } = session;
    await session.goto('/');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await signIn(session, 'admin@lumen.example');
    await page.getByRole('heading', { name: /^Good (morning|afternoon|evening), Alex$/ }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    const burger = page.getByRole('button', { name: 'Toggle navigation' });
    const partnersLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' });
    expect(await burger.isVisible()).toBe(true);
    expect(await inViewport(partnersLink)).toBe(false);

    await burger.click();
    await eventually(() => inViewport(partnersLink)).toBe(true);
    await partnersLink.click();
    await page.waitForURL((url: URL) => url.pathname === '/partners');
    await eventually(() => inViewport(partnersLink)).toBe(false); // the menu closes after choosing

    // Cards instead of a wide table.
    await page.getByRole('link', { name: /Northwind Systems/ }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: /Northwind Systems/ }).click();
    await page.getByRole('heading', { name: 'Northwind Systems', exact: true }).waitFor();
    expect(await inViewport(page.getByRole('link', { name: 'Edit' }))).toBe(true);
    expect(await page.getByLabel('Company profile').innerText()).toContain('Reseller');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Forms and admin lists fit the width too.
    for (const pathname of ['/partners/new', '/users', '/audit', '/settings', '/account']) {
      await session.goto(pathname);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page), `sideways overflow on ${pathname}`).toBeLessThanOrEqual(0);
    }

    // The account menu works on a phone too.
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'My account' }).waitFor();

    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('admin lists are cards too, with their row actions within reach', async () => {
    const { page } = session;
    // Users: one card per person, the "…" menu at its top right.
    await session.goto('/users');
    const actions = page.getByRole('button', { name: 'Actions for Alex Admin' });
    await actions.waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await inViewport(actions)).toBe(true);
    await actions.click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await page.getByRole('dialog', { name: 'Edit Alex Admin' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Tiers: a card per tier with its edit and delete buttons.
    await session.goto('/settings');
    await page.getByRole('button', { name: 'Edit Gold' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete Gold' }).isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Sessions: this device is a card, without a way to sign itself out from the list.
    await session.goto('/account');
    await page.getByText('This device').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
