import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

/** The account-mapping part of the demo: three long-standing partners, three ways of sharing. */
export default function accountMappingDemo() {
  describe('the account-mapping demo', () => {
    it('maps Northwind in the clear, Contoso by counts only, Adatum by a private match it revealed', async () => {
      const maria = await demo.t.login('maria.manager@lumen.example', DEMO_PASSWORD);
      const portfolio = (await maria.get('/api/v1/account-mapping')).body;
      // The uploaded list (60 / 60 / 30) plus the vendor's own accounts and open opportunities (decision 0223).
      expect(portfolio.vendor.customer).toBeGreaterThan(60);
      expect(portfolio.vendor.prospect).toBeGreaterThanOrEqual(60);
      expect(portfolio.vendor.opportunity).toBeGreaterThan(30);
      const row = (name: string) => portfolio.data.find((r: { partnerName: string }) => r.partnerName.startsWith(name));
      for (const name of ['Northwind', 'Contoso', 'Adatum']) expect(row(name)?.overlaps, name).toBeGreaterThan(3);

      const northwind = (await maria.get(`/api/v1/partners/${row('Northwind').partnerId}/account-mapping`)).body;
      expect(northwind.sharing.partner).toEqual({ customer: 'full', prospect: 'overlap', opportunity: 'counts' });
      expect(northwind.lists.partner.customer).toBeGreaterThan(10);
      const rows = (await maria.get(`/api/v1/partners/${row('Northwind').partnerId}/account-mapping/overlaps`)).body.data;
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.every((r: { partnerPopulation: string }) => r.partnerPopulation !== 'opportunity')).toBe(true);

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
