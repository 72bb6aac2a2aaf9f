import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { addCommitment, createPlan, transitionPlan } from '../../src/modules/business-plans/index.js';
import { upsertRates } from '../../src/modules/fx/index.js';
import { createAction, makeTestDecision } from '../../src/modules/governance/index.js';
import { takeSnapshots } from '../../src/modules/health/index.js';
import { addTouch, createOpportunity } from '../../src/modules/opportunities/index.js';
import { lastCompleteQuarter, quarterShareOfTarget, shiftQuarter } from '../../src/modules/qbr/index.js';
import { PALETTE } from '../../src/modules/qbr/qbr.pdf.js';
import { createRisk } from '../../src/modules/risks/index.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { formatMoney } from '../../src/shared/money.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { actingAs, makePartner, makeUser, PASSWORD } from '../support/world.js';

let t: SeededApp;
const clients = new Map<string, Client>();
async function as(email: string): Promise<Client> {
  let client = clients.get(email);
  if (!client) {
    client = await t.login(email, PASSWORD);
    clients.set(email, client);
  }
  return client;
}

const today = localDateOf(new Date(), 'UTC');
const Q = lastCompleteQuarter(today);
const PREV = shiftQuarter(Q, 1);
const NAME = `Ωmega Северный Ünited ${Date.now().toString(36)}`;
let partnerId: string;
let partnerAdminEmail: string;
let sharedRiskTitle: string;
let hiddenRiskTitle: string;

beforeAll(async () => {
  t = await createSeededApp();
  const sys = t.system();
  const pm = t.world.users.pm;
  const partner = await makePartner(sys, pm.id, { name: NAME, lifecycleStage: 'strategic', motion: 'alliance' });
  partnerId = partner.id;
  // In business for a year: the monthly health snapshots of the quarter include it.
  await withTx(sys, async (c) => {
    await c.tx.execute(sql`update partners set created_at = now() - interval '400 days' where id = ${partnerId}`);
    await c.tx.execute(
      sql`update partner_stage_transitions set occurred_at = now() - interval '400 days' where partner_id = ${partnerId}`,
    );
  });
  const pa = await makeUser(sys, 'partner_admin', partner.id, 'Пётр Партнёр');
  partnerAdminEmail = pa.email;
  const asPm = actingAs(sys, pm);

  // The plan covers exactly the quarter: its targets are the quarter's.
  const goal = (id: string, kind: 'revenue' | 'pipeline', amount: number) => ({
    id,
    side: 'joint' as const,
    kind,
    title: kind === 'revenue' ? 'Joint revenue' : 'Joint pipeline',
    targetAmount: { amount, currency: 'USD' },
    targetCount: null,
    unit: '',
    notes: '',
  });
  const plan = await createPlan(asPm, {
    partnerId,
    title: `Joint plan ${Q.key}`,
    periodStart: Q.start,
    periodEnd: Q.end,
    content: { goals: [goal('rev', 'revenue', 100_000_00), goal('pipe', 'pipeline', 200_000_00)] },
  });
  const due = addDays(Q.start, 20);
  const commitments: { id: string }[] = [];
  for (const [side, title] of [
    ['vendor', 'Fund the joint webinar'],
    ['vendor', 'Assign a solutions engineer'],
    ['partner', 'Certify two consultants'],
    ['partner', 'Publish the reference case'],
  ] as const)
    commitments.push(await addCommitment(asPm, plan.id, { side, title, dueDate: due }));
  await transitionPlan(asPm, plan.id, 'propose');
  await transitionPlan(actingAs(sys, pa), plan.id, 'approve');
  // Both vendor commitments and the first partner one kept on time; the reference case missed.
  const onTime = `${addDays(due, -2)}T12:00:00Z`;
  await withTx(sys, async (c) => {
    for (const cm of commitments.slice(0, 3))
      await c.tx.execute(
        sql`update plan_commitments set status = 'done', completed_at = ${onTime}::timestamptz where id = ${cm.id}`,
      );
    await c.tx.execute(sql`update plan_commitments set status = 'missed' where id = ${commitments[3]?.id}`);
  });

  // Won deals: three sourced in the quarter (one in EUR at 1.1), one the quarter before, one after, one only influenced.
  await upsertRates(sys, [{ currency: 'EUR', date: addDays(Q.start, 40), rate: '1.1' }]);
  const deal = async (
    amount: number,
    currency: string,
    closeDate: string,
    role: 'sourced' | 'influence',
    stage = 'closed_won',
  ) => {
    const o = await createOpportunity(sys, {
      title: `QBR deal ${amount} ${closeDate}`,
      customer: { name: `QBR customer ${Math.random().toString(36).slice(2)}` },
      amount,
      currency,
      stage: stage as 'closed_won',
      closeDate,
    });
    await addTouch(sys, o.id, {
      partnerId,
      role,
      occurredAt: new Date(`${[addDays(closeDate, -30), addDays(today, -1)].sort()[0]}T10:00:00Z`),
    });
    return o.id;
  };
  await deal(30_000_00, 'USD', addDays(Q.start, 10), 'sourced');
  await deal(25_000_00, 'USD', addDays(Q.end, 0), 'sourced');
  await deal(10_000_00, 'EUR', addDays(Q.start, 40), 'sourced');
  await deal(40_000_00, 'USD', addDays(PREV.start, 5), 'sourced');
  await deal(99_000_00, 'USD', shiftQuarter(Q, -1).start, 'sourced');
  await deal(5_000_00, 'USD', addDays(Q.start, 15), 'influence');
  await deal(7_000_00, 'USD', addDays(Q.start, 15), 'sourced', 'closed_lost');
  // Open pipeline at the quarter's end: one deal created in the quarter, closing later.
  const open = await deal(50_000_00, 'USD', addDays(today, 60), 'sourced', 'proposal');
  await withTx(sys, async (c) => {
    await c.tx.execute(sql`update opportunities set created_at = ${`${Q.start}T09:00:00Z`}::timestamptz where id = ${open}`);
  });

  // Governance: one overdue action, one not yet due; a decision passed in the quarter.
  await createAction(asPm, { partnerId, title: 'Send the joint pipeline review', ownerId: pm.id, dueOn: addDays(today, -3) });
  await createAction(asPm, { partnerId, title: 'Book the executive dinner', ownerId: pm.id, dueOn: addDays(today, 10) });
  const decisionId = await makeTestDecision(sys, partnerId, { id: pm.id, role: 'partner_manager' });
  await withTx(sys, async (c) => {
    await c.tx.execute(
      sql`update governance_decisions set status = 'passed', closed_at = ${`${addDays(Q.start, 30)}T10:00:00Z`}::timestamptz where id = ${decisionId}`,
    );
  });
  // Risks: a high one shared with the partner, a low one the vendor keeps to itself.
  sharedRiskTitle = 'Competing platform courts the partner’s practice';
  hiddenRiskTitle = 'Partner margin under internal review';
  await createRisk(asPm, partnerId, { title: sharedRiskTitle, category: 'strategic', likelihood: 4, impact: 5, shared: true });
  await createRisk(asPm, partnerId, { title: hiddenRiskTitle, category: 'financial', likelihood: 2, impact: 2, shared: false });
  // Health snapshots of the quarter's months: the trend.
  for (const month of [0, 1, 2]) {
    const m = Number(Q.start.slice(5, 7)) + month;
    await takeSnapshots(sys, { period: `${Q.start.slice(0, 4)}-${String(m).padStart(2, '0')}` });
  }
}, 120_000);
afterAll(async () => t?.close());

describe('QBR pack', () => {
  it('assembles the last complete quarter from live data with the exact figures', async () => {
    const pm = await as(t.world.users.pm.email);
    const res = await pm.get(`/api/v1/partners/${partnerId}/qbr`);
    expect(res.status).toBe(200);
    const pack = res.body;
    expect(pack.quarter.key).toBe(Q.key);
    expect(pack.audience).toBe('vendor');
    // 30 000 + 25 000 + 10 000 EUR × 1.1: the quarter's sourced wins; the lost, the influenced-only and the other quarters' are out.
    expect(pack.revenue.won).toEqual({ amount: 66_000_00, currency: 'USD' });
    expect(pack.revenue.wonDeals).toBe(3);
    expect(pack.revenue.previousWon).toEqual({ amount: 40_000_00, currency: 'USD' });
    expect(pack.revenue.target).toEqual({ amount: 100_000_00, currency: 'USD' });
    expect(pack.revenue.attainment).toBe(66);
    expect(pack.revenue.pipeline).toEqual({ amount: 50_000_00, currency: 'USD' });
    expect(pack.revenue.pipelineTarget).toEqual({ amount: 200_000_00, currency: 'USD' });
    expect(pack.revenue.pipelineAttainment).toBe(25);
    expect(pack.revenue.byQuarter).toHaveLength(6);
    expect(pack.revenue.byQuarter.at(-2)).toMatchObject({ quarter: PREV.key, won: { amount: 40_000_00 }, target: null });
    // Attribution: the organisation's default model (sourced) credits the three; influenced adds the touched one.
    expect(pack.attribution.model).toBe('sourced');
    expect(pack.attribution.credited).toEqual({ amount: 66_000_00, currency: 'USD' });
    expect(pack.attribution.influenced).toEqual({ amount: 71_000_00, currency: 'USD' });
    expect(pack.attribution.trend.map((q: { quarter: string }) => q.quarter).at(-1)).toBe(Q.key);
    // Commitments: the vendor kept both, the partner one of two.
    expect(pack.commitments).toMatchObject({ vendor: 100, partner: 50, asymmetry: 50 });
    expect(pack.commitments.items).toHaveLength(4);
    expect(pack.plan.goals.map((g: { kind: string }) => g.kind)).toEqual(['revenue', 'pipeline']);
    // Health with evidence per dimension and the quarter's snapshots as its trend.
    expect(pack.health.dimensions.map((d: { key: string }) => d.key)).toEqual([
      'strategic',
      'operational',
      'financial',
      'relationship',
    ]);
    expect(pack.health.dimensions.some((d: { evidence: { measured: boolean }[] }) => d.evidence.some((e) => e.measured))).toBe(
      true,
    );
    expect(pack.health.trend.map((s: { period: string }) => s.period)).toEqual(
      [0, 1, 2].map((i) => `${Q.start.slice(0, 4)}-${String(Number(Q.start.slice(5, 7)) + i).padStart(2, '0')}`),
    );
    // Governance and risks.
    expect(pack.governance.openActions.map((a: { title: string }) => a.title)).toEqual([
      'Send the joint pipeline review',
      'Book the executive dinner',
    ]);
    expect(pack.governance.overdueActions).toBe(1);
    expect(pack.governance.decisions).toHaveLength(1);
    expect(pack.risks.open.map((r: { title: string }) => r.title)).toEqual([sharedRiskTitle, hiddenRiskTitle]);
    expect(pack.risks.high).toBe(1);
    // Highlights, most important first.
    expect(pack.highlights.map((h: { key: string }) => h.key)).toEqual([
      'revenue_behind',
      'pipeline_short',
      'commitments_asymmetric',
      'actions_overdue',
      'risks_high',
      'decisions',
    ]);
    expect(pack.highlights[2].text).toBe('Partner commitments lag: 50% kept against 100%');
    expect(pack.kpis.find((k: { key: string }) => k.key === 'revenue')).toMatchObject({
      value: 66_000_00,
      previous: 40_000_00,
      change: 65,
    });

    // An earlier quarter: nothing won, no plan covering it.
    const earlier = await pm.get(`/api/v1/partners/${partnerId}/qbr`, { query: { quarter: shiftQuarter(Q, 2).key } });
    expect(earlier.status).toBe(200);
    expect(earlier.body.revenue.won.amount).toBe(0);
    expect(earlier.body.plan).toBeNull();
    expect(earlier.body.unavailable.map((u: { section: string }) => u.section)).toContain('plan');
    expect(quarterShareOfTarget(100_000_00, { start: Q.start, end: Q.end }, shiftQuarter(Q, 2))).toBe(0);
  });

  it('refuses a malformed or future quarter with a 422 naming it; another partner’s pack answers like a missing one', async () => {
    const pm = await as(t.world.users.pm.email);
    for (const quarter of ['2026-Q5', '2026Q1', 'Q1-2026', `${Number(today.slice(0, 4)) + 1}-Q1`]) {
      const res = await pm.get(`/api/v1/partners/${partnerId}/qbr`, { query: { quarter } });
      expect(res.status, quarter).toBe(422);
      expect(JSON.stringify(res.body.errors)).toContain('quarter');
    }
    const admin = await as(t.world.users.partnerAdminA.email);
    const other = await admin.get(`/api/v1/partners/${partnerId}/qbr`);
    const missing = await admin.get('/api/v1/partners/00000000-0000-4000-8000-00000000abcd/qbr');
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body.code).toBe(missing.body.code);
    expect((await admin.get(`/api/v1/partners/${partnerId}/qbr.pdf`)).status).toBe(404);
  });

  it('the partner’s own pack is the same pack without what the partner does not see elsewhere', async () => {
    const pa = await as(partnerAdminEmail);
    const res = await pa.get(`/api/v1/partners/${partnerId}/qbr`);
    expect(res.status).toBe(200);
    expect(res.body.audience).toBe('partner');
    expect(res.body.health).toBeNull();
    expect(res.body.unavailable.map((u: { section: string }) => u.section)).toContain('health');
    expect(res.body.kpis.map((k: { key: string }) => k.key)).not.toContain('health');
    expect(res.body.revenue.won.amount).toBe(66_000_00);
    expect(res.body.attribution.credited.amount).toBe(66_000_00);
    expect(res.body.commitments).toMatchObject({ vendor: 100, partner: 50 });
    expect(res.body.risks.open.map((r: { title: string }) => r.title)).toEqual([sharedRiskTitle]);
    const pdf = await pa.get(`/api/v1/partners/${partnerId}/qbr.pdf`);
    expect(pdf.status).toBe(200);
    expect((await renderPdf(pdf.raw.rawPayload)).pages).toBe(7);
  });

  it('downloads a PDF deck whose pages render with charts in the palette, the name, the quarter and the exact revenue', async () => {
    const pm = await as(t.world.users.pm.email);
    const res = await pm.get(`/api/v1/partners/${partnerId}/qbr.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toMatch(
      new RegExp(`^attachment; filename="QBR-mega-united-[a-z0-9]+-${Q.key}\\.pdf"$`),
    );
    const rendered = await renderPdf(res.raw.rawPayload, 'vendor');
    expect(rendered.pages).toBe(8);
    const all = rendered.text.join('\n');
    expect(rendered.text[0]).toContain(NAME);
    expect(rendered.text[0]).toContain(`Q${Q.q} ${Q.year}`);
    expect(rendered.text[2]).toContain(formatMoney({ amount: 66_000_00, currency: 'USD' }));
    const vendorName = (await pm.get(`/api/v1/partners/${partnerId}/qbr`)).body.vendorName;
    expect(all).toContain(`Confidential — ${vendorName} & ${NAME}`);
    expect(all).toContain('8 / 8');
    expect(rendered.text[1]).toContain('Partner commitments lag: 50% kept against 100%');
    expect(rendered.text[7]).toContain(sharedRiskTitle);
    // Every chart has drawn in its colours: revenue bars (blue), attribution (teal and blue), health line (navy), the risk grid (red cell).
    const revenue = rendered.png[2] as Rgba;
    expect(countColour(revenue, PALETTE.blue, { x: 0.36, y: 0.2, w: 0.6, h: 0.7 })).toBeGreaterThan(500);
    expect(countColour(revenue, PALETTE.amber, { x: 0.36, y: 0.2, w: 0.6, h: 0.7 })).toBeGreaterThan(20);
    const attribution = rendered.png[3] as Rgba;
    expect(countColour(attribution, PALETTE.teal, { x: 0.35, y: 0.25, w: 0.6, h: 0.65 })).toBeGreaterThan(500);
    expect(countColour(attribution, PALETTE.blue, { x: 0.35, y: 0.25, w: 0.6, h: 0.65 })).toBeGreaterThan(500);
    const commitments = rendered.png[4] as Rgba;
    expect(countColour(commitments, PALETTE.blue, { x: 0.04, y: 0.2, w: 0.3, h: 0.2 })).toBeGreaterThan(100);
    const health = rendered.png[5] as Rgba;
    expect(countColour(health, PALETTE.navy, { x: 0.45, y: 0.2, w: 0.5, h: 0.3 })).toBeGreaterThan(100);
    const risks = rendered.png[7] as Rgba;
    expect(countColour(risks, '#f3b7b7', { x: 0.04, y: 0.2, w: 0.36, h: 0.5 })).toBeGreaterThan(1000);
    expect(countColour(risks, PALETTE.navy, { x: 0.04, y: 0.2, w: 0.36, h: 0.5 })).toBeGreaterThan(100);
  });

  it('a 200-character Cyrillic name renders on every page without crashing or overflowing', async () => {
    const long = `Акционерное общество «Северная звезда» — ${'Интеграционные решения и облачные сервисы '.repeat(5)}`.slice(
      0,
      200,
    );
    const partner = await makePartner(t.system(), t.world.users.pm.id, { name: long, lifecycleStage: 'active' });
    const pm = await as(t.world.users.pm.email);
    const res = await pm.get(`/api/v1/partners/${partner.id}/qbr.pdf`, { query: { quarter: Q.key } });
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toBe(`attachment; filename="QBR-partner-${Q.key}.pdf"`);
    const rendered = await renderPdf(res.raw.rawPayload, 'long-name');
    expect(rendered.pages).toBe(8);
    // The cover wraps the name (its first words are there); the slides cut it with an ellipsis.
    expect(rendered.text[0]).toContain('Акционерное общество');
    expect(rendered.text[1]).toContain('…');
    // Nothing drawn past the right edge: the last columns of each page are white.
    for (const png of rendered.png.slice(1))
      expect(countColour(png, '#ffffff', { x: 0.985, y: 0.1, w: 0.015, h: 0.8 }, 8)).toBeGreaterThan(0);
  });
});

// ——— Rendering the PDF to images (pdfjs + @napi-rs/canvas) ———

type Rgba = { data: Uint8ClampedArray; width: number; height: number };

async function renderPdf(bytes: Buffer, save?: string): Promise<{ pages: number; text: string[]; png: Rgba[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const dir = await mkdtemp(join(tmpdir(), 'qbr-'));
  const keep = process.env.QBR_SAVE_PNG === '1' && save ? join(process.cwd(), 'test-results', 'qbr') : null;
  if (keep) mkdirSync(keep, { recursive: true });
  const text: string[] = [];
  const png: Rgba[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text.push(content.items.map((it) => ('str' in it ? `${it.str}${it.hasEOL ? '\n' : ''}` : '')).join(''));
    const viewport = page.getViewport({ scale: 1.25 });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // biome-ignore lint/suspicious/noExplicitAny: pdfjs types its canvas as the DOM's
    await page.render({ canvasContext: context as any, viewport, canvas: canvas as any }).promise;
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    png.push({ data: image.data, width: canvas.width, height: canvas.height });
    const file = canvas.toBuffer('image/png');
    writeFileSync(join(dir, `page-${i}.png`), file);
    if (keep) writeFileSync(join(keep, `${save}-page-${i}.png`), file);
  }
  await doc.destroy();
  return { pages: text.length, text, png };
}

/** Pixels within `tolerance` of `hex` in a region given as fractions of the page. */
function countColour(img: Rgba, hex: string, region: { x: number; y: number; w: number; h: number }, tolerance = 24): number {
  const r = Number.parseInt(hex.slice(1, 3), 16);
  const g = Number.parseInt(hex.slice(3, 5), 16);
  const b = Number.parseInt(hex.slice(5, 7), 16);
  const x0 = Math.floor(region.x * img.width);
  const y0 = Math.floor(region.y * img.height);
  const x1 = Math.min(img.width, Math.ceil((region.x + region.w) * img.width));
  const y1 = Math.min(img.height, Math.ceil((region.y + region.h) * img.height));
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * img.width + x) * 4;
      if (
        Math.abs((img.data[i] ?? 0) - r) <= tolerance &&
        Math.abs((img.data[i + 1] ?? 0) - g) <= tolerance &&
        Math.abs((img.data[i + 2] ?? 0) - b) <= tolerance
      )
        n += 1;
    }
  return n;
}
