import type pg from 'pg';

/**
 * Won deals for attribution, set-based through the owner connection: one per partner of the
 * portfolio, closed over the last two years (a quarter in EUR), each with one to three partners —
 * half sourced by the first — and two dated touches per partner; month-end EUR rates for the
 * conversion at each close date. Deterministic (hashes of the row number).
 */
export async function generateAttribution(owner: pg.Client): Promise<{ deals: number; touches: number }> {
  await owner.query(`
    create temp table bench_deals as
    select i, gen_random_uuid() as opp_id, gen_random_uuid() as acct_id,
      (current_date - (1 + i % 720))::date as close_date,
      case when i % 4 = 0 then 'EUR' else 'USD' end as currency,
      (100000 + abs(hashtext(i::text)) % 5000000)::bigint as amount,
      1 + i % 3 as partners
    from generate_series(1, (select count(*)::int from partners)) i`);
  await owner.query(`
    insert into accounts (id, name, name_key, created_at, updated_at)
    select acct_id, 'Bench customer ' || i, 'bench customer ' || i, now(), now() from bench_deals`);
  const deals = await owner.query(`
    insert into opportunities (id, number, title, account_id, amount, currency, stage, close_date, closed_at, created_at, updated_at)
    select opp_id, 'OPP-B' || i, 'Bench deal ' || i, acct_id, amount, currency, 'closed_won', close_date,
      close_date::timestamptz, (close_date - 90)::timestamptz, now()
    from bench_deals`);
  await owner.query(`
    with pl as (select id, (row_number() over (order by id) - 1)::bigint as k, count(*) over () as n from partners)
    insert into opportunity_partners (id, opportunity_id, partner_id, roles, sourced, created_at, updated_at)
    select gen_random_uuid(), d.opp_id, p.id,
      case when j = 0 and d.i % 2 = 0 then array['sourced']
           else array[(array['co_sell','technical','delivery','referral','influence'])[1 + (d.i + j) % 5]] end,
      j = 0 and d.i % 2 = 0, now(), now()
    from bench_deals d cross join generate_series(0, 2) j
    join pl p on p.k = (abs(hashtext(d.i::text))::bigint + j * 7919) % p.n
    where j < d.partners`);
  const touches = await owner.query(`
    insert into opportunity_touches (id, opportunity_id, partner_id, role, occurred_at, created_at)
    select gen_random_uuid(), op.opportunity_id, op.partner_id, op.roles[1],
      (d.close_date - (5 + g * 25 + abs(hashtext(op.id::text)) % 60))::timestamptz + interval '10 hours', now()
    from opportunity_partners op join bench_deals d on d.opp_id = op.opportunity_id cross join generate_series(0, 1) g`);
  await owner.query(`
    insert into fx_rates (id, currency, to_currency, on_date, rate, source, created_at, updated_at)
    select gen_random_uuid(), 'EUR', 'USD', (date_trunc('month', current_date) - m * interval '1 month' - interval '1 day')::date,
      1.05 + m * 0.002, 'bench', now(), now()
    from generate_series(0, 26) m
    on conflict do nothing`);
  await owner.query('drop table bench_deals');
  await owner.query(
    'analyze accounts; analyze opportunities; analyze opportunity_partners; analyze opportunity_touches; analyze fx_rates',
  );
  return { deals: deals.rowCount ?? 0, touches: touches.rowCount ?? 0 };
}
