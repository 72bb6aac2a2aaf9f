import type pg from 'pg';

/**
 * Onboardings for the scale portfolio, set-based through the owner connection: one per partner
 * past prospect (a fifth still in progress), six tasks each, completed ones 14–103 days after
 * their start, so time to onboard and completion have a portfolio to measure.
 */
export async function generateOnboardings(owner: pg.Client): Promise<{ onboardings: number; tasks: number }> {
  const onboardings = await owner.query(`
    insert into onboardings (id, partner_id, name, status, start_on, started_at, completed_at, created_at, updated_at)
    select gen_random_uuid(), p.id, 'Bench onboarding',
      case when abs(hashtext(p.id::text)) % 5 = 0 then 'in_progress' else 'completed' end,
      (p.created_at + interval '20 days')::date, p.created_at + interval '20 days',
      case when abs(hashtext(p.id::text)) % 5 = 0 then null
           else p.created_at + interval '20 days' + (abs(hashtext(p.name)) % 90 + 14) * interval '1 day' end,
      now(), now()
    from partners p where p.lifecycle_stage <> 'prospect'`);
  const tasks = await owner.query(`
    insert into onboarding_tasks (id, onboarding_id, partner_id, position, title, owner_side, owner_role, required,
      requirement, due_on, status, completed_at, created_at, updated_at)
    select gen_random_uuid(), o.id, o.partner_id, g, 'Bench task ' || g,
      case when g % 2 = 0 then 'vendor' else 'partner' end,
      case when g % 2 = 0 then 'partner_manager' else 'partner_admin' end,
      true, 'none', o.start_on + g * 7,
      case when o.status = 'completed' or g < 3 then 'done' else 'open' end,
      case when o.status = 'completed' then o.completed_at - (5 - g) * interval '1 day'
           when g < 3 then o.started_at + g * interval '1 day' end,
      now(), now()
    from onboardings o cross join generate_series(0, 5) g`);
  await owner.query('analyze onboardings; analyze onboarding_tasks');
  return { onboardings: onboardings.rowCount ?? 0, tasks: tasks.rowCount ?? 0 };
}
