import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

/**
 * The figures counted again from the tables, another way (EXISTS instead of the product's joins):
 * companies, not rows. A vendor company is a domain, or a name no row of the population has a
 * domain for; a partner company is its account's domain, else its name.
 */
async function recount() {
  return withTx(demo.t.system(), async (c) => {
    const vendor = await c.tx.execute<{ population: string; n: number }>(sql`
      SELECT population, count(*)::int AS n FROM (
        SELECT DISTINCT population, domain_key AS k FROM vendor_mapping_accounts WHERE domain_key IS NOT NULL
        UNION
        SELECT DISTINCT v.population, 'name:' || v.name_key FROM vendor_mapping_accounts v
         WHERE v.domain_key IS NULL AND NOT EXISTS (SELECT 1 FROM vendor_mapping_accounts w
               WHERE w.population = v.population AND w.name_key = v.name_key AND w.domain_key IS NOT NULL)) x
       GROUP BY population`);
    const overlaps = await c.tx.execute<{ partner_id: string; overlaps: number; accounts: number }>(sql`
      SELECT p.partner_id,
             count(DISTINCT coalesce(p.domain_key, 'name:' || p.name_key)) FILTER (WHERE EXISTS (
               SELECT 1 FROM vendor_mapping_accounts v
                WHERE (v.domain_key = p.domain_key) OR (v.name_key = p.name_key AND (v.domain_key IS NULL OR p.domain_key IS NULL))))::int AS overlaps,
             count(*)::int AS accounts
        FROM partner_mapping_accounts p
        JOIN account_mapping_sharing s ON s.partner_id = p.partner_id AND s.side = 'partner' AND s.population = p.population AND s.level <> 'hidden'
       GROUP BY p.partner_id`);
    return {
      vendor: Object.fromEntries(vendor.rows.map((r) => [r.population, r.n])),
      partners: new Map(overlaps.rows.map((r) => [r.partner_id, r])),
    };
  });
}

/** The account-mapping part of the demo: three long-standing partners, three ways of sharing. */
export default function accountMappingDemo() {
  describe('the account-mapping demo', () => {
    it('maps Northwind in the clear, Contoso by counts only, Adatum by a private match it revealed', async () => {
      const maria = await demo.t.login('maria.manager@lumen.example', DEMO_PASSWORD);
      const portfolio = (await maria.get('/api/v1/account-mapping')).body;
      // The uploaded list (60 / 60 / 30) plus the vendor's own accounts and open opportunities
      // (decision 0223), each company once however many rows name it (decision 0225).
      const expected = await recount();
      expect(portfolio.vendor).toEqual({
        customer: expected.vendor.customer,
        prospect: expected.vendor.prospect,
        opportunity: expected.vendor.opportunity,
      });
      expect(portfolio.vendor.customer).toBeGreaterThan(60);
      expect(portfolio.vendor.prospect).toBeGreaterThanOrEqual(60);
      expect(portfolio.vendor.opportunity).toBeGreaterThan(30);
      const row = (name: string) => portfolio.data.find((r: { partnerName: string }) => r.partnerName.startsWith(name));
      for (const name of ['Northwind', 'Contoso', 'Adatum']) {
        const counted = expected.partners.get(row(name)?.partnerId);
        expect(row(name)?.overlaps, name).toBe(counted?.overlaps);
        expect(row(name)?.partnerAccounts, name).toBe(counted?.accounts);
        expect(row(name)?.overlaps, name).toBeGreaterThan(3);
      }

      const northwind = (await maria.get(`/api/v1/partners/${row('Northwind').partnerId}/account-mapping`)).body;
      expect(northwind.sharing.partner).toEqual({ customer: 'full', prospect: 'overlap', opportunity: 'counts' });
      expect(northwind.lists.partner.customer).toBeGreaterThan(10);
      const rows = (await maria.get(`/api/v1/partners/${row('Northwind').partnerId}/account-mapping/overlaps`)).body.data;
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.every((r: { partnerPopulation: string }) => r.partnerPopulation !== 'opportunity')).toBe(true);
      // One row per matched pair (decision 0205): a partner account meets a vendor company once per
      // vendor population, though the demo's vendor holds companies both uploaded and in its pipeline.
      const pairs = rows.map((r: { id: string; vendorPopulation: string }) => `${r.id.split(':')[0]} ${r.vendorPopulation}`);
      expect(new Set(pairs).size).toBe(pairs.length);

      // Contoso shares counts only: figures, never an account.
      const contoso = `/api/v1/partners/${row('Contoso').partnerId}/account-mapping`;
      expect((await maria.get(contoso)).body.overlapTotal).toBeGreaterThan(0);
      expect((await maria.get(`${contoso}/overlaps`)).body.data).toEqual([]);

      // Adatum's list is only the overlap it revealed after matching privately.
      const adatum = (await maria.get(`/api/v1/partners/${row('Adatum').partnerId}/account-mapping`)).body;
      expect(adatum.privateMatch.revealed).toBeGreaterThan(3);
      expect(adatum.privateMatch.submitted).toBeGreaterThan(adatum.privateMatch.revealed);
      // Adatum keeps its revealed opportunities hidden: the vendor counts the shared populations only.
      expect(row('Adatum').partnerAccounts).toBeGreaterThan(0);
      expect(row('Adatum').partnerAccounts).toBeLessThanOrEqual(adatum.privateMatch.revealed);
      expect(adatum.lists.partner.opportunity).toBeNull();

      // Ben (Northwind's admin) sees the vendor's customers as overlap rows, never its opportunities as rows.
      const ben = await demo.t.login('ben.kowalski@northwind.example', DEMO_PASSWORD);
      const own = (await ben.get(`/api/v1/partners/${row('Northwind').partnerId}/account-mapping/overlaps`)).body.data;
      expect(own.length).toBeGreaterThan(3);
      expect(own.every((r: { vendorPopulation: string }) => r.vendorPopulation !== 'opportunity')).toBe(true);
    });
  });
}
