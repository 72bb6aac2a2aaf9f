import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { loadMetrics } from '../../../src/server/module.js';
import { demo } from './run.js';

type Row = Record<string, unknown>;
const DEMO_PASSWORD = 'consort-demo-2026';

/** The enablement part of the demo: courses and three certifications, people certified over two years, some lapsed, some expiring. */
export default function enablementDemo() {
  describe('the enablement demo', () => {
    it('publishes courses with quizzes and three certifications; partner people hold certificates spread over two years', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const courses = (await admin.get('/api/v1/courses?limit=100')).body.data as { status: string; questionCount: number }[];
      expect(courses.filter((c) => c.status === 'published').length).toBeGreaterThanOrEqual(5);
      expect(courses.filter((c) => c.status === 'draft')).toHaveLength(1);
      expect(courses.every((c) => c.status !== 'published' || c.questionCount >= 2)).toBe(true);
      const certifications = (await admin.get('/api/v1/certifications')).body.data as { level: string }[];
      expect(certifications.map((c) => c.level)).toEqual(['associate', 'professional', 'expert']);

      const rows = await withTx(
        demo.t.system(),
        async (c) =>
          (await c.tx.execute(sql.raw('SELECT issued_on, expires_on, renewal_of, renewed_by_id FROM certificates')))
            .rows as Row[],
      );
      const day = 86_400_000;
      const ages = rows.map((r) => (demo.today.getTime() - Date.parse(String(r.issued_on))) / day);
      expect(Math.max(...ages)).toBeGreaterThan(400);
      expect(Math.min(...ages)).toBeLessThan(200);
      const status = async (s: string) =>
        ((await admin.get(`/api/v1/certificates?status=${s}&limit=500`)).body.data as unknown[]).length;
      expect(await status('expired')).toBeGreaterThan(0);
      expect(await status('expiring')).toBeGreaterThan(0);
      expect(await status('current')).toBeGreaterThan(5);
      expect(await status('renewed')).toBeGreaterThan(0);
      expect(rows.filter((r) => r.renewal_of !== null).length).toBe(await status('renewed'));
    });

    it('reminds this morning of what expires within 60 days; the metric the tier requirement reads matches the matrix', async () => {
      const reminders = await withTx(
        demo.t.system(),
        async (c) =>
          (await c.tx.execute(sql.raw("SELECT count(*)::int AS n FROM notifications WHERE kind = 'enablement.renewal'")))
            .rows as Row[],
      );
      expect(Number(reminders[0]?.n)).toBeGreaterThan(0);
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const matrix = (await admin.get('/api/v1/enablement/matrix')).body as {
        rows: { partnerId: string; certifiedPeople: number }[];
      };
      expect(matrix.rows.length).toBeGreaterThanOrEqual(5);
      const metric = (await loadMetrics()).get('enablement.certified_people');
      const counted = await withTx(demo.t.system(), (c) => metric?.compute(c, 'all', demo.today) ?? Promise.resolve(new Map()));
      for (const row of matrix.rows) expect(counted.get(row.partnerId) ?? 0).toBe(row.certifiedPeople);
      expect(matrix.rows.some((r) => r.certifiedPeople >= 2)).toBe(true);
    });

    it('a partner admin sees their company’s certificates only', async () => {
      const ben = await demo.t.login('ben.kowalski@northwind.example', DEMO_PASSWORD);
      const me = (await ben.get('/api/v1/me')).body.user as { partnerId: string };
      const mine = (await ben.get('/api/v1/certificates?limit=500')).body.data as { partnerId: string }[];
      expect(me.partnerId).toBeTruthy();
      expect(mine.every((c) => c.partnerId === me.partnerId)).toBe(true);
    });
  });
}
