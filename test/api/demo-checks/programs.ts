import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { demo } from './run.js';

/** The programs part of the demo: three programs, members over time, evaluations with decisions. */

export default function programsDemo() {
  describe('the programs demo', () => {
    it('tells the programs story: ladders, members, quarterly runs with approved and open proposals, milestone rules', async () => {
      const counts = await withTx(demo.t.system(), async ({ tx }) => {
        const one = async (q: string) => Number(((await tx.execute(sql.raw(q))).rows[0] as { n: string | number }).n);
        return {
          programs: await one('SELECT count(*) n FROM programs'),
          tiersWithBenefits: await one(`SELECT count(*) n FROM tiers WHERE benefits <> '{}'::jsonb`),
          members: await one('SELECT count(DISTINCT program_id) n FROM program_memberships'),
          runs: await one('SELECT count(*) n FROM tier_evaluation_runs'),
          approved: await one("SELECT count(*) n FROM tier_proposals WHERE status = 'approved'"),
          open: await one("SELECT count(*) n FROM tier_proposals WHERE status = 'open'"),
          demotions: await one("SELECT count(*) n FROM tier_proposals WHERE direction = 'demotion' AND status = 'approved'"),
          rules: await one('SELECT count(*) n FROM milestone_rules'),
          milestones: await one("SELECT count(*) n FROM milestone_proposals WHERE status = 'open'"),
          confirmed: await one("SELECT count(*) n FROM milestone_proposals WHERE status = 'confirmed'"),
          ruleTransitions: await one("SELECT count(*) n FROM partner_stage_transitions WHERE reason LIKE 'Milestone rule%'"),
          joinedSpanDays: await one('SELECT extract(day from max(joined_at) - min(joined_at)) n FROM program_memberships'),
          confirmedSpanDays: await one(
            "SELECT extract(day from max(decided_at) - min(decided_at)) n FROM milestone_proposals WHERE status = 'confirmed'",
          ),
          confirmedByOwner: await one(
            `SELECT count(*) n FROM milestone_proposals mp JOIN partners p ON p.id = mp.partner_id
             WHERE mp.status = 'confirmed' AND mp.decided_by_id = p.owner_id`,
          ),
          openOnboardingComplete: await one(
            `SELECT count(*) n FROM milestone_proposals mp JOIN milestone_rules r ON r.id = mp.rule_id
             JOIN partners p ON p.id = mp.partner_id
             WHERE mp.status = 'open' AND r.metric = 'onboarding.completion' AND mp.to_stage = 'enabled'
               AND p.lifecycle_stage = 'onboarding'`,
          ),
        };
      });
      expect(counts.programs).toBe(3);
      expect(counts.members).toBe(3);
      expect(counts.tiersWithBenefits).toBeGreaterThanOrEqual(8);
      expect(counts.runs).toBeGreaterThanOrEqual(3);
      expect(counts.approved).toBeGreaterThan(0);
      expect(counts.demotions).toBeGreaterThanOrEqual(1);
      expect(counts.open).toBeGreaterThanOrEqual(1);
      expect(counts.milestones).toBeGreaterThanOrEqual(1);
      // Confirmed proposals over the story, each kept as the partner's stage transition with the rule as its reason.
      expect(counts.confirmed).toBeGreaterThanOrEqual(1);
      expect(counts.ruleTransitions).toBe(counts.confirmed);
      expect(counts.rules).toBe(4);
      expect(counts.joinedSpanDays).toBeGreaterThan(300);
      // The rules fired along the story: confirmations months apart, each by the partner's owner…
      expect(counts.confirmed).toBeGreaterThanOrEqual(5);
      expect(counts.confirmedSpanDays).toBeGreaterThan(180);
      expect(counts.confirmedByOwner).toBe(counts.confirmed);
      // …and today a partner that finished its onboarding waits for its manager to confirm "enabled".
      expect(counts.openOnboardingComplete).toBeGreaterThanOrEqual(1);
    });
  });
}
