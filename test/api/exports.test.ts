import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner } from '../../src/modules/partners/index.js';
import { loadRoutes } from '../../src/server/module.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { PASSWORD } from '../support/world.js';

let t: SeededApp;
let admin: Client;
beforeAll(async () => {
  t = await createSeededApp();
  admin = await t.login(t.world.users.admin.email, PASSWORD);
  const sys = t.system();
  await createPartner(sys, {
    name: '=HYPERLINK("http://evil.example","click")',
    motion: 'alliance',
    domains: ['evil-export.example'],
  });
  await createPartner(sys, { name: 'Plain Alliance Export', motion: 'alliance', country: 'DE' });
  await createPartner(sys, { name: '-5 Minus Corp', motion: 'channel' });
});
afterAll(async () => t?.close());

function csvRows(body: string): Record<string, string>[] {
  return parse(body, { columns: true, skip_empty_lines: true });
}

async function workbookOf(payload: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

describe('exports', () => {
  it('gives every list route an export route with its access and permission', async () => {
    const routes = await loadRoutes();
    const lists = routes.filter((r) => r.method === 'GET' && routes.some((e) => e.url === `${r.url}/export`));
    expect(lists.map((r) => r.url)).toEqual(
      expect.arrayContaining([
        '/api/v1/partners',
        '/api/v1/partners/:id/contacts',
        '/api/v1/users',
        '/api/v1/audit-events',
        '/api/v1/fx-rates',
        '/api/v1/api-tokens',
      ]),
    );
    for (const list of lists) {
      const exported = routes.find((e) => e.url === `${list.url}/export`);
      expect(exported?.access).toEqual(list.access);
      expect(exported?.permission).toBe(list.permission);
      expect(exported?.target).toBe(list.target);
    }
  });

  it('exports partners as CSV with the list filter honoured and a formula-like name neutralised', async () => {
    const res = await admin.get('/api/v1/partners/export', { query: { format: 'csv', motion: 'alliance' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="partners-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csvRows(res.body);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.motion === 'alliance')).toBe(true);
    const names = rows.map((r) => r.name);
    expect(names).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(names).toContain('Plain Alliance Export');
    expect(names.some((n) => n?.startsWith('='))).toBe(false);
    expect(rows.find((r) => r.name === 'Plain Alliance Export')?.country).toBe('DE');
    // Without the filter every partner is there, the channel one with a leading minus neutralised.
    const all = csvRows((await admin.get('/api/v1/partners/export')).body);
    expect(all.map((r) => r.name)).toContain("'-5 Minus Corp");
    // Vendor staff get each partner's fit score, the number the list and the fit route answer.
    const fit = await admin.get(`/api/v1/partners/${t.world.partnerA.id}/fit`);
    const rowA = all.find((r) => r.id === t.world.partnerA.id);
    expect(rowA?.fit).toBe(String((fit.body as { score: number }).score));
  });

  it('pages through every row, beyond one page of the list', async () => {
    const sys = t.system();
    for (let i = 0; i < 12; i += 1)
      await createPartner(sys, { name: `Paging Export ${String(i).padStart(2, '0')}`, motion: 'channel' });
    const list = await admin.get('/api/v1/partners', { query: { q: 'Paging Export', limit: 500 } });
    const res = await admin.get('/api/v1/partners/export', { query: { q: 'Paging Export', sort: '-name' } });
    const rows = csvRows(res.body);
    expect(rows.length).toBe(list.body.data.length);
    expect(rows[0]?.name).toBe('Paging Export 11');
  });

  it('exports partners as XLSX: numbers stay numbers, formula-like text is text', async () => {
    const res = await admin.get('/api/v1/partners/export', { query: { format: 'xlsx', motion: 'alliance' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = await workbookOf(res.raw.rawPayload);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('name');
    const nameCol = header.indexOf('name') + 1;
    const names: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(nameCol).value);
    });
    expect(names).toContain(`'=HYPERLINK("http://evil.example","click")`);
    for (const name of names) expect(typeof name).toBe('string');
  });

  it('writes number columns as numbers in XLSX (exchange rates) and text in CSV exactly', async () => {
    const finance = await t.asUser('finance');
    await finance.PUT('/api/v1/fx-rates', { body: { rates: [{ currency: 'EUR', date: '2026-01-01', rate: '1.0845' }] } });
    const xlsx = await admin.get('/api/v1/fx-rates/export', { query: { format: 'xlsx', currency: 'EUR' } });
    expect(xlsx.status).toBe(200);
    const sheet = await workbookOf(xlsx.raw.rawPayload);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rate = sheet.getRow(2).getCell(header.indexOf('rate') + 1);
    expect(rate.type).toBe(ExcelJS.ValueType.Number);
    expect(rate.value).toBe(1.0845);
    const csv = csvRows((await admin.get('/api/v1/fx-rates/export', { query: { currency: 'EUR' } })).body);
    expect(csv[0]).toMatchObject({ currency: 'EUR', toCurrency: 'USD', onDate: '2026-01-01', rate: '1.0845' });
  });

  it("gives a partner user only their own company's rows, and another company's contacts are not found", async () => {
    const user = await t.login(t.world.users.partnerUserA.email, PASSWORD);
    const partners = csvRows((await user.get('/api/v1/partners/export')).body);
    expect(partners.map((r) => r.id)).toEqual([t.world.partnerA.id]);
    // The fit is the vendor's internal view: not even an empty column for a partner user.
    expect(Object.keys(partners[0] ?? {})).not.toContain('fit');
    const own = await user.get(`/api/v1/partners/${t.world.partnerA.id}/contacts/export`);
    expect(own.status).toBe(200);
    const contacts = csvRows(own.body);
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts.every((c) => c.partnerId === t.world.partnerA.id)).toBe(true);
    const other = await user.get(`/api/v1/partners/${t.world.partnerB.id}/contacts/export`);
    expect(other.status).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
    const users = csvRows((await user.get('/api/v1/users/export')).body);
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => u.partnerId === t.world.partnerA.id)).toBe(true);
  });

  it('refuses a bad filter or format naming the field', async () => {
    const bad = await admin.get('/api/v1/partners/export', { query: { format: 'pdf' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ path: 'format', message: 'must be csv or xlsx' }]);
    const country = await admin.get('/api/v1/partners/export', { query: { country: 'XX' } });
    expect(country.status).toBe(422);
    expect(country.body.errors[0].path).toBe('country');
  });
});
