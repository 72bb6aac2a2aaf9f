import type pg from 'pg';

/**
 * An alliance for every designated (or strategic-stage) partner of the scale portfolio, set-based
 * through the owner connection, with the audit history the `alliances.*` metrics read for a past
 * asOf: started 400 days ago with no sponsor and nothing explicit, the vendor's sponsor named and
 * two dimensions made explicit 200 days ago, the current state (a vendor sponsor at two in three,
 * a partner sponsor at one in two, 0–5 dimensions explicit) saved 30 days ago.
 */
export async function generateAlliances(owner: pg.Client): Promise<{ alliances: number; auditEntries: number }> {
  const design = JSON.stringify({
    valueProposition: { statement: '', targetCustomer: '', outcome: '', customerValidated: false },
    marketScope: { segments: [], territories: [], solutionCategories: [] },
    investment: {
      vendor: {
        coMarketingBudget: null,
        presalesPeople: null,
        engineeringDaysPerQuarter: null,
        executiveHoursPerQuarter: null,
        notes: '',
      },
      partner: {
        coMarketingBudget: null,
        presalesPeople: null,
        engineeringDaysPerQuarter: null,
        executiveHoursPerQuarter: null,
        notes: '',
      },
    },
    governance: { cadence: null, decisionRights: '', escalationPath: '' },
    performance: { metrics: [], frequency: null, consequences: '' },
    valueCapture: { vendor: [], partner: [] },
  });
  const vendor = (await owner.query<{ id: string }>(`select id from users where partner_id is null order by email limit 1`))
    .rows[0]?.id;
  const made = await owner.query(
    `insert into alliances (id, partner_id, type, phase, stage, vendor_sponsor_id, partner_sponsor_contact_id, design,
       design_explicit, started_at, created_at, updated_at)
     select gen_random_uuid(), p.id, 'co_sell', 'launch_management', 'gtm_activation',
       case when abs(hashtext(p.id::text)) % 3 <> 0 then $1::uuid end,
       case when abs(hashtext(p.id::text)) % 2 = 0 then (select c.id from partner_contacts c where c.partner_id = p.id limit 1) end,
       $2::jsonb, abs(hashtext(p.id::text || 'design')) % 6,
       now() - interval '400 days', now() - interval '400 days', now() - interval '30 days'
     from partners p
     where (p.designation <> 'standard' or p.lifecycle_stage = 'strategic')
       and p.lifecycle_stage not in ('offboarding', 'terminated')`,
    [vendor ?? null, design],
  );
  const snapshot = (vendorSponsor: string, contact: string, explicit: string) =>
    `jsonb_build_object('id', a.id, 'partnerId', a.partner_id, 'vendorSponsorId', ${vendorSponsor},
       'partnerSponsorUserId', null, 'partnerSponsorContactId', ${contact}, 'designExplicit', ${explicit})`;
  const audit = await owner.query(
    `insert into audit_events (id, occurred_at, actor_label, action, entity_type, entity_id, partner_id, summary, after)
     select gen_random_uuid(), e.at, 'bench', e.action, 'alliance', a.id::text, a.partner_id, 'Bench alliance history', e.after
     from alliances a cross join lateral (values
       (a.started_at, 'create', ${snapshot('null', 'null', '0')}),
       (now() - interval '200 days', 'update', ${snapshot('a.vendor_sponsor_id', 'null', 'least(a.design_explicit, 2)')}),
       (a.updated_at, 'update', ${snapshot('a.vendor_sponsor_id', 'a.partner_sponsor_contact_id', 'a.design_explicit')})
     ) as e(at, action, after)`,
  );
  await owner.query('analyze alliances; analyze audit_events');
  return { alliances: made.rowCount ?? 0, auditEntries: audit.rowCount ?? 0 };
}
