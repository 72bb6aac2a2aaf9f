import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportColumnsOf } from './export-routes.js';

const Money = z.object({ amount: z.number(), currency: z.string() });
const Item = z.object({
  id: z.string(),
  figures: z.object({ sent: z.number(), openRate: z.number().nullable() }),
  results: z.object({ won: Money.nullable(), can: z.object({ x: z.boolean() }) }),
  steps: z.array(z.object({ step: z.number(), subject: z.string(), sent: z.number() })),
  can: z.object({ cancel: z.boolean() }),
});
const row = {
  id: 'L1',
  figures: { sent: 12, openRate: null },
  results: { won: { amount: 123_45, currency: 'USD' }, can: { x: true } },
  steps: [
    { step: 1, subject: 'Hello', sent: 8 },
    { step: 2, subject: 'Again', sent: 4 },
  ],
  can: { cancel: true },
};
const cells = (columns: ReturnType<typeof exportColumnsOf>) => Object.fromEntries(columns.map((c) => [c.header, c.value(row)]));

describe('export columns', () => {
  it('leave nested objects without a name and lists of objects out unless the route expands them', () => {
    expect(exportColumnsOf(Item).map((c) => c.header)).toEqual(['id']);
  });

  it('expand a nested object into a column per field, money as major units and its currency', () => {
    expect(cells(exportColumnsOf(Item, { expand: ['figures', 'results'] }))).toEqual({
      id: 'L1',
      'figures.sent': 12,
      'figures.openRate': null,
      'results.won': 123.45,
      'results.wonCurrency': 'USD',
    });
  });

  it('give each of the first max items of a list its columns, empty where a row has fewer', () => {
    const columns = exportColumnsOf(Item, { omit: ['figures'], items: { steps: { max: 3, fields: ['subject', 'sent'] } } });
    expect(cells(columns)).toEqual({
      id: 'L1',
      'steps.1.subject': 'Hello',
      'steps.1.sent': 8,
      'steps.2.subject': 'Again',
      'steps.2.sent': 4,
      'steps.3.subject': null,
      'steps.3.sent': null,
    });
    expect(columns.find((c) => c.header === 'steps.1.sent')?.type).toBe('number');
  });

  it('refuse an item field the schema does not have', () => {
    expect(() => exportColumnsOf(Item, { items: { steps: { max: 1, fields: ['opened'] } } })).toThrow(
      /steps has no field opened/,
    );
  });
});
