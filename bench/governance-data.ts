import type pg from 'pg';

/**
 * Governance for the scale portfolio's strategic partners, set-based through the owner
 * connection: a committee each, a QBR or JSC every quarter for two years (the last quarter's not
 * yet held, two attendees a meeting: the vendor's and the partner's sponsor, the partner's absent
 * at every third), and three action items a meeting, a third of the recent ones still open.
 */
export async function generateGovernance(owner: pg.Client): Promise<{ meetings: number; actions: number }> {
  await owner.query(`
    insert into governance_bodies (id, partner_id, name, kind, decision_rules, created_at, updated_at)
    select gen_random_uuid(), p.id, 'Joint steering committee', 'joint_steering_committee', '[]'::jsonb, now(), now()
    from partners p where p.designation <> 'standard'`);
  const meetings = await owner.query(`
    insert into governance_meetings (id, partner_id, body_id, kind, title, starts_at, status, created_at, updated_at)
    select gen_random_uuid(), b.partner_id, b.id, case when q % 2 = 0 then 'jsc' else 'qbr' end, 'Review ' || q,
      now() - (q * 91 - 30) * interval '1 day', case when q = 0 then 'scheduled' else 'held' end, now(), now()
    from governance_bodies b cross join generate_series(0, 8) q`);
  const users = await owner.query<{ id: string }>(`select id from users where partner_id is null limit 1`);
  const vendor = users.rows[0]?.id;
  if (vendor) {
    await owner.query(
      `insert into governance_attendees (id, meeting_id, partner_id, user_id, side, executive_sponsor, attended, created_at)
       select gen_random_uuid(), m.id, m.partner_id, $1, 'vendor', true, m.status = 'held', now()
       from governance_meetings m`,
      [vendor],
    );
    await owner.query(
      `insert into governance_attendees (id, meeting_id, partner_id, user_id, side, executive_sponsor, attended, created_at)
       select gen_random_uuid(), m.id, m.partner_id, u.id, 'partner', true,
         m.status = 'held' and abs(hashtext(m.id::text)) % 3 <> 0, now()
       from governance_meetings m join lateral (select id from users where partner_id = m.partner_id limit 1) u on true`,
    );
  }
  const actions = await owner.query(`
    insert into governance_actions (id, partner_id, meeting_id, title, side, due_on, status, closed_at, created_at, updated_at)
    select gen_random_uuid(), m.partner_id, m.id, 'Bench action ' || g, case when g = 0 then 'vendor' else 'partner' end,
      (m.starts_at + interval '21 days')::date,
      case when m.starts_at > now() - interval '200 days' and g = 1 then 'open' else 'done' end,
      case when m.starts_at > now() - interval '200 days' and g = 1 then null else m.starts_at + interval '20 days' end,
      m.starts_at, now()
    from governance_meetings m cross join generate_series(0, 2) g where m.status = 'held'`);
  await owner.query(
    'analyze governance_bodies; analyze governance_meetings; analyze governance_attendees; analyze governance_actions',
  );
  return { meetings: meetings.rowCount ?? 0, actions: actions.rowCount ?? 0 };
}
