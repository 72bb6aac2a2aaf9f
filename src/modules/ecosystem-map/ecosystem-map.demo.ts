import { sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoSeeder } from '../../server/module.js';
import { AppError } from '../../shared/errors.js';
import { addTouch, opportunities, opportunityPartners } from '../opportunities/index.js';

const DAY = 86_400_000;

/** Who brings whom into a deal already shared by two partners, and in what role. */
const HUBS = [
  { key: 'adatum', role: 'technical', deals: 5, note: 'Landing zone and migration plan on Adatum Cloud' },
  { key: 'contoso-consulting', role: 'delivery', deals: 3, note: 'Contoso runs the implementation' },
] as const;

/**
 * Multi-partner deals for the ecosystem map: the strategic alliances join a few deals two
 * partners already work — Adatum Cloud as the technical partner, Contoso Consulting delivering —
 * so the map shows clusters around them, some won, some still open. Each is a dated touch by the
 * alliance's manager while the deal was open (after the opportunities seeder, order 75).
 */
export const ecosystemMapDemo: DemoSeeder = {
  order: 77,
  async seed(_ctx, story) {
    const r = story.random;
    const taken = new Set<string>();
    for (const [h, hub] of HUBS.entries()) {
      story.progress(h, HUBS.length);
      const partner = story.partners.get(hub.key);
      if (!partner) continue;
      // Deals of exactly two partners, neither the hub, oldest first (the same on every load).
      const pairs = await withTx(
        story.system('demo', story.now),
        async (c) =>
          (
            await c.tx.execute<{ id: string; created_at: Date | string; closed_at: Date | string | null; stage: string }>(sql`
            select o.id, o.created_at, o.closed_at, o.stage
              from ${opportunities} o
             where (select count(*) from ${opportunityPartners} p where p.opportunity_id = o.id) = 2
               and not exists (select 1 from ${opportunityPartners} p where p.opportunity_id = o.id and p.partner_id = ${partner.id}::uuid)
               and o.stage <> 'closed_lost'
             order by o.created_at, o.number`)
          ).rows,
      );
      const won = pairs.filter((p) => p.stage === 'closed_won' && !taken.has(p.id));
      const open = pairs.filter((p) => p.stage !== 'closed_won' && !taken.has(p.id));
      // Each hub joins deals the other did not, until it has its share of won and of open ones.
      for (const [deals, wanted] of [
        [won, Math.ceil(hub.deals / 2)],
        [open, Math.floor(hub.deals / 2)],
      ] as const) {
        let joined = 0;
        for (const deal of deals) {
          if (joined >= wanted) break;
          const from = new Date(deal.created_at);
          const until = deal.closed_at ? new Date(deal.closed_at) : story.now;
          const at = story.after(from, r.int(3, 20));
          if (!at || at.getTime() >= until.getTime() - DAY / 24) continue;
          try {
            await addTouch(story.as(partner.ownerKey, at), deal.id, {
              partnerId: partner.id,
              role: hub.role,
              occurredAt: at,
              note: hub.note,
            });
          } catch (error) {
            // Where the alliance competes with the vendor on the deal (coopetition), it stays out.
            if (error instanceof AppError && error.code === 'CONFLICT') continue;
            throw error;
          }
          taken.add(deal.id);
          joined += 1;
        }
      }
    }
  },
};
