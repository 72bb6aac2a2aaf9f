import type pg from 'pg';

/**
 * Joint value propositions for the scale portfolio, set-based through the owner connection: a
 * published one at every tenth partner, with 0–11 calculator sessions each over the last year,
 * so the value metrics (published, uses in 90 days) have a portfolio to measure.
 */
export async function generateValue(owner: pg.Client): Promise<{ propositions: number; sessions: number }> {
  const model = JSON.stringify({
    currency: 'USD',
    sizeUnit: 'sites',
    improvements: [{ key: 'cost', label: 'Lower cost', defaultBp: 1000 }],
    oneTimeCostPerUnit: 100_000,
    recurringCostPerUnit: 50_000,
  });
  const propositions = await owner.query(
    `insert into value_propositions (id, partner_id, version, status, proposed_by, title, outcome, target_customer, how,
       calculator, published_at, created_at, updated_at)
     select gen_random_uuid(), p.id, 1, 'published', 'vendor', 'Bench JVP', 'less cost', 'mid-market', 'together',
       $1::jsonb, p.created_at + interval '30 days', p.created_at + interval '20 days', now()
     from partners p where abs(hashtext(p.id::text)) % 10 = 0`,
    [model],
  );
  const sessions = await owner.query(`
    insert into value_sessions (id, partner_id, proposition_id, customer_name, inputs, result, side, created_at, updated_at)
    select gen_random_uuid(), v.partner_id, v.id, 'Bench customer ' || g, '{}'::jsonb, '{}'::jsonb, 'vendor',
      now() - (abs(hashtext(v.id::text || g)) % 365) * interval '1 day', now()
    from value_propositions v cross join generate_series(0, 11) g
    where g < abs(hashtext(v.partner_id::text)) % 12`);
  await owner.query('analyze value_propositions; analyze value_sessions');
  return { propositions: propositions.rowCount ?? 0, sessions: sessions.rowCount ?? 0 };
}
