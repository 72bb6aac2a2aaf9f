import { IconScale } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor } from '../auth/permissions';

/** Joint value: the JVP with its calculator and shared pages, and the value-capture simulator. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 130,
      load: () =>
        import('./components/ValuePropositionCard').then((m) => (p) => (
          <m.ValuePropositionCard partnerId={p.partner.id} to={`/partners/${p.partner.id}/value`} />
        )),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 130,
      load: () =>
        import('./components/ValuePropositionCard').then((m) => (p) => (
          <m.ValuePropositionCard partnerId={p.partner.id} to="/value" />
        )),
    },
  ],
  routes: [
    { path: 'partners/:id/value', allow: isVendor, page: () => import('./pages/ValuePage').then((m) => m.ValuePage) },
    { path: 'value', allow: isPartnerSide, page: () => import('./pages/ValuePage').then((m) => m.ValuePage) },
    { path: 'value-shares/:token', public: true, page: () => import('./pages/SharedValuePage').then((m) => m.SharedValuePage) },
  ],
  nav: [{ label: 'Joint value', to: '/value', icon: IconScale, order: 44, apps: ['portal'], group: 'alliances' }],
  audit: {
    entities: {
      value_proposition: { label: 'Joint value proposition' },
      value_session: { label: 'Value calculator session' },
      value_simulation: { label: 'Value-capture simulation' },
    },
    fields: {
      title: 'Title',
      outcome: 'Outcome',
      targetCustomer: 'Target customer',
      how: 'How',
      differentiators: 'Differentiators',
      proofPoints: 'Proof points',
      calculator: 'Calculator',
      status: 'Status',
      version: 'Version',
      customerName: 'Customer',
      shareExpiresAt: 'Link expires',
      shareRevokedAt: 'Link revoked',
      offering: 'Offering',
      parties: 'Parties',
    },
  },
};
