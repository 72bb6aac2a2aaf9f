import type pg from 'pg';

/**
 * Joint business plans for the scale portfolio, set-based through the owner connection: an
 * approved plan covering today for every alliance-motion partner past prospect, with twelve
 * commitments a side each, due across the year, in every state the fulfilment rule knows (on
 * time, late, missed, overdue, not yet due).
 */
export async function generateBusinessPlans(owner: pg.Client): Promise<{ plans: number; commitments: number }> {
  const plans = await owner.query(`
    insert into business_plans (id, partner_id, title, period_start, period_end, status, content, version, created_at, updated_at)
    select gen_random_uuid(), p.id, 'Bench plan', (now() - interval '200 days')::date, (now() + interval '165 days')::date,
      'approved', '{"summary":"","goals":[],"swot":{"strengths":[],"weaknesses":[],"opportunities":[],"threats":[]},
        "marketScope":{"segments":[],"territories":[],"solutionCategories":[],"notes":""},
        "playbook":{"personas":[],"messaging":"","campaigns":[]},"initiatives":[]}'::jsonb, 1, now(), now()
    from partners p where p.motion = 'alliance' and p.lifecycle_stage <> 'prospect'`);
  const commitments = await owner.query(`
    insert into plan_commitments (id, plan_id, partner_id, side, title, due_date, status, completed_at, created_at, updated_at)
    select gen_random_uuid(), b.id, b.partner_id, s.side, 'Bench commitment ' || g, b.period_start + g * 30,
      case when (abs(hashtext(b.id::text || s.side)) + g) % 7 = 0 then 'missed'
           when b.period_start + g * 30 < now()::date and (abs(hashtext(b.id::text)) + g) % 5 <> 0 then 'done'
           else 'open' end,
      case when (abs(hashtext(b.id::text || s.side)) + g) % 7 <> 0
             and b.period_start + g * 30 < now()::date and (abs(hashtext(b.id::text)) + g) % 5 <> 0
           then (b.period_start + g * 30)::timestamptz + ((g % 3) * 4 - 4) * interval '1 day' end,
      now(), now()
    from business_plans b cross join generate_series(0, 11) g cross join (values ('vendor'), ('partner')) s(side)`);
  await owner.query('analyze business_plans; analyze plan_commitments');
  return { plans: plans.rowCount ?? 0, commitments: commitments.rowCount ?? 0 };
}
