import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { demo } from './run.js';

type Row = Record<string, unknown>;

/** The leads part of the demo: a year of leads routed by three rules, answered, reassigned, converted; a few waiting today. */
export default function leadsDemo() {
  describe('the leads demo', () => {
    it('routes a year of leads by rules, most accepted, some declined or lapsed and passed on, a few waiting today', async () => {
      const { leads, assignments, audit } = await withTx(demo.t.system(), async (c) => ({
        leads: (await c.tx.execute(sql.raw('SELECT status, rule_name, motion, created_at, partner_id FROM leads'))).rows as Row[],
        assignments: (await c.tx.execute(sql.raw('SELECT outcome, outcome_reason, rule_name FROM lead_assignments')))
          .rows as Row[],
        audit: (
          await c.tx.execute(sql.raw("SELECT actor_label FROM audit_events WHERE entity_type = 'lead' AND action = 'update'"))
        ).rows as Row[],
      }));
      expect(leads.length).toBeGreaterThan(40);
      const day = 86_400_000;
      const ages = leads.map((l) => (demo.today.getTime() - new Date(l.created_at as string).getTime()) / day);
      expect(Math.max(...ages)).toBeGreaterThan(300);
      // Routed by at least two of the three rules; the enterprise segment stays direct.
      expect(new Set(assignments.map((a) => a.rule_name).filter(Boolean)).size).toBeGreaterThanOrEqual(2);
      expect(leads.some((l) => l.motion === 'direct' && l.partner_id === null)).toBe(true);
      const count = (status: string) => leads.filter((l) => l.status === status).length;
      expect(count('accepted') + count('converted')).toBeGreaterThan(leads.length / 2);
      expect(count('converted')).toBeGreaterThan(5);
      // Declined ones went to the next partner; lapsed ones were passed on by the job.
      expect(assignments.filter((a) => a.outcome === 'declined').length).toBeGreaterThan(2);
      expect(
        assignments.filter((a) => a.outcome === 'expired' && a.outcome_reason === 'Not accepted within 48 h').length,
      ).toBeGreaterThan(0);
      expect(audit.some((a) => a.actor_label === 'system (leads.acceptance-sla)')).toBe(true);
      // Waiting today.
      const waiting = leads.filter(
        (l) => l.status === 'assigned' && (demo.today.getTime() - new Date(l.created_at as string).getTime()) / day < 3,
      );
      expect(waiting.length).toBeGreaterThan(0);
    });
  });
}
