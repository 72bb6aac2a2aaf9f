import type pg from 'pg';

/**
 * Risks for the scale portfolio, set-based through the owner connection: three per partner in the
 * strategic stage and one per every tenth other partner, with ratings spread over the 5 × 5 grid,
 * a quarter of them closed, so the portfolio view and the heat map have a register to read.
 */
export async function generateRisks(owner: pg.Client): Promise<{ risks: number }> {
  const made = await owner.query(`
    insert into risks (id, partner_id, title, category, likelihood, impact, status, shared, raised_by, review_on,
      created_at, updated_at)
    select gen_random_uuid(), p.id, 'Bench risk ' || g,
      (array['financial','security','legal_compliance','strategic','operational','reputational'])[1 + abs(hashtext(p.name || g)) % 6],
      1 + abs(hashtext(p.id::text || g)) % 5, 1 + abs(hashtext(p.name || g::text || 'i')) % 5,
      case when abs(hashtext(p.id::text || g || 's')) % 4 = 0 then 'closed' else 'open' end,
      g = 1, 'vendor', current_date + (g * 20 - 30), now(), now()
    from partners p cross join generate_series(1, 3) g
    where p.lifecycle_stage = 'strategic' or (abs(hashtext(p.id::text)) % 10 = 0 and g = 1)`);
  await owner.query('analyze risks');
  return { risks: made.rowCount ?? 0 };
}
