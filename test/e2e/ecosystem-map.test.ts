import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

type MapBody = {
  nodes: { id: string; name: string; partnerId: string | null; degree: number }[];
  edges: { source: string; target: string; kind: string }[];
};

describe('the ecosystem map', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager opens the map, filters by region, opens a partner 360 from its node and reads the connections as a table', async () => {
    const { page } = session;
    const api = await apiSession('maria.manager@lumen.example');
    const europe = await api.get<MapBody>('/api/v1/ecosystem-map?region=europe');
    const everywhere = await api.get<MapBody>('/api/v1/ecosystem-map');
    expect(europe.edges.length).toBeGreaterThan(0);
    expect(europe.edges.length).toBeLessThan(everywhere.edges.length);

    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Ecosystem map' }).click();
    const map = page.getByRole('img', { name: 'Ecosystem network map' });
    await map.waitFor();
    await eventually(() => page.getByRole('tab', { name: /^Table/ }).innerText()).toBe(
      `Table (${everywhere.edges.length} connections)`,
    );
    // Every connected partner is a node on the map.
    const connected = everywhere.nodes.filter((n) => n.partnerId && n.degree > 0);
    expect(await map.locator('[data-node]').count()).toBe(connected.length + 1);

    await page.getByRole('combobox', { name: 'Region', exact: true }).click();
    await page.getByRole('option', { name: 'Europe' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('region')).toBe('europe');
    await eventually(() => page.getByRole('tab', { name: /^Table/ }).innerText()).toBe(
      `Table (${europe.edges.length} connections)`,
    );
    const outside = everywhere.nodes.find((n) => n.partnerId && n.degree > 0 && !europe.nodes.some((e) => e.id === n.id));
    if (outside) expect(await map.locator(`[data-node="${outside.id}"]`).count()).toBe(0);

    // A node is a link to the partner 360.
    const hub = [...europe.nodes].filter((n) => n.partnerId).sort((a, b) => b.degree - a.degree)[0];
    if (!hub) throw new Error('no partner in Europe');
    const node = map.getByRole('link', { name: new RegExp(`^${hub.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} —`) });
    await node.click();
    await eventually(() => new URL(page.url()).pathname).toBe(`/partners/${hub.id}`);
    await page.getByRole('heading', { level: 2, name: hub.name }).waitFor();

    await page.goBack();
    await page.getByRole('tab', { name: /^Table/ }).click();
    const table = page.getByRole('table', { name: 'Ecosystem connections' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(europe.edges.length);
    expect(await table.innerText()).toContain('Multi-partner deal');
    // The records behind a connection open beside the table, each linking to its opportunity.
    const deal = europe.edges.find((e) => e.kind === 'multi_partner_deal');
    if (!deal) throw new Error('no multi-partner deal in Europe');
    const nameOf = (id: string) => europe.nodes.find((n) => n.id === id)?.name ?? '';
    await table
      .getByRole('button', { name: `Records between ${nameOf(deal.source)} and ${nameOf(deal.target)}` })
      .first()
      .click();
    const drawer = page.getByRole('dialog');
    const shared = drawer.getByRole('table', { name: 'Shared opportunities' });
    await shared.waitFor();
    expect(await shared.getByRole('link').count()).toBeGreaterThan(0);
    expect(await shared.innerText()).toContain('Multi-partner deal');

    // The partner 360 lists the hub's neighbours and opens the map centred on it.
    const around = await api.get<{ neighbours: { name: string }[] }>(`/api/v1/partners/${hub.id}/ecosystem-neighbours`);
    expect(around.neighbours.length).toBeGreaterThan(0);
    await session.goto(`/partners/${hub.id}`);
    const card = page.locator('[aria-label="Ecosystem neighbours"]');
    await eventually(() => card.innerText()).toContain(around.neighbours[0]?.name ?? '');
    await card.getByRole('link', { name: 'Open the map' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('focus')).toBe(hub.id);
    await eventually(() => page.getByTestId('map-focus').innerText()).toContain(hub.name);
    // … in the middle of the picture (960 × 620), its neighbours around it.
    const centre = page.locator(`g[data-node="${hub.id}"] circle`).first();
    expect([Number(await centre.getAttribute('cx')), Number(await centre.getAttribute('cy'))]).toEqual([480, 310]);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
