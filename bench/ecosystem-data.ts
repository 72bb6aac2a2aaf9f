import type pg from 'pg';

/**
 * Opportunities shared by partners for the ecosystem map, set-based through the owner connection:
 * one opportunity per four partners, each with one to three partners (the first sourcing), a third
 * won, a sixth lost, the rest open, in USD and EUR; and an integration listing for every tenth
 * partner. Enough pairs that the map's self-join has real work at the M profile.
 */
export async function generateEcosystem(
  owner: pg.Client,
): Promise<{ opportunities: number; involvements: number; listings: number }> {
  const { rows } = await owner.query<{ n: number }>('select (count(*) / 4)::int as n from partners');
  const n = Math.max(rows[0]?.n ?? 0, 1);
  await owner.query(
    `insert into accounts (id, name, name_key, created_at, updated_at)
     select gen_random_uuid(), 'Bench eco account ' || g, 'bench eco account ' || g, now(), now() from generate_series(1, $1::int) g`,
    [n],
  );
  const made = await owner.query(
    `insert into opportunities (id, number, title, account_id, amount, currency, stage, close_date, created_at, updated_at)
     select gen_random_uuid(), 'OPP-ECO-' || a.g, 'Bench eco deal ' || a.g, a.id,
            (10 + abs(hashtext(a.g::text)) % 500) * 100000,
            case when a.g % 5 = 0 then 'EUR' else 'USD' end,
            case when a.g % 3 = 0 then 'closed_won' when a.g % 6 = 1 then 'closed_lost' else 'proposal' end,
            current_date - (a.g % 400) + 30, now(), now()
       from (select id, substring(name from 19)::int as g from accounts where name like 'Bench eco account %') a`,
  );
  const involved = await owner.query(
    `with ps as (select id, row_number() over (order by id) as rn, count(*) over () as total from partners),
          picks as (
            select o.id as opportunity_id, j,
                   1 + abs(hashtext(o.id::text || j)) % (select max(total) from ps) as rn
              from opportunities o cross join generate_series(1, 3) j
             where o.number like 'OPP-ECO-%' and j <= 1 + abs(hashtext(o.id::text)) % 3)
     insert into opportunity_partners (id, opportunity_id, partner_id, roles, sourced, created_at, updated_at)
     select gen_random_uuid(), picks.opportunity_id, ps.id,
            case when picks.j = 1 then array['sourced'] else array['co_sell'] end, picks.j = 1, now(), now()
       from picks join ps on ps.rn = picks.rn
     on conflict do nothing`,
  );
  const listings = await owner.query(
    `insert into integration_listings (id, partner_id, name, compatibility, created_at, updated_at)
     select gen_random_uuid(), p.id, 'Bench connector ' || left(p.id::text, 8),
            '[{"product": "Bench Cloud", "versions": "1.x", "status": "supported"}]'::jsonb, now(), now()
       from partners p where abs(hashtext(p.id::text || 'integration')) % 10 = 0`,
  );
  await owner.query('analyze accounts; analyze opportunities; analyze opportunity_partners; analyze integration_listings');
  return { opportunities: made.rowCount ?? 0, involvements: involved.rowCount ?? 0, listings: listings.rowCount ?? 0 };
}
