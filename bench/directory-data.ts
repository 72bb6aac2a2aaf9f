import type pg from 'pg';

/**
 * The public directory's data for the scale portfolio, set-based through the owner connection:
 * each tiered partner a member of the tier's program (as the migration to programs left them),
 * and a published listing for a third of the partners, with the partner's regions, industries
 * and types.
 */
export async function generateDirectory(owner: pg.Client): Promise<{ memberships: number; listings: number }> {
  const memberships = await owner.query(`
    insert into program_memberships (id, program_id, partner_id, tier_id, joined_at, created_at, updated_at)
    select gen_random_uuid(), t.program_id, p.id, p.tier_id, p.created_at, now(), now()
    from partners p join tiers t on t.id = p.tier_id
    on conflict do nothing`);
  const listings = await owner.query(`
    insert into directory_listings (id, partner_id, published, published_at, description, regions, industries, types,
      created_at, updated_at)
    select gen_random_uuid(), p.id, true, now(), 'Bench listing for ' || p.name, p.regions, p.industries, p.types, now(), now()
    from partners p where abs(hashtext(p.id::text)) % 3 = 0
    on conflict do nothing`);
  await owner.query('analyze program_memberships; analyze directory_listings');
  return { memberships: memberships.rowCount ?? 0, listings: listings.rowCount ?? 0 };
}
