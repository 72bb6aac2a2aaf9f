import { IconSpeakerphone } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isVendor } from '../auth/permissions';

/** Through-channel marketing: co-branded campaign kits partners launch to their own audiences (both apps). */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 93,
      visible: (p) => isVendor(p.user),
      load: () => import('./components/MarketingCard').then((m) => (p) => <m.MarketingCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 70,
      load: () => import('./components/MarketingCard').then((m) => () => <m.MarketingCard />),
    },
  ],
  routes: [
    { path: 'marketing', page: () => import('./pages/MarketingPage').then((m) => m.MarketingPage) },
    {
      path: 'marketing/kits/:id',
      page: () => import('./pages/KitPage').then((m) => m.KitPage),
      allow: isVendor,
    },
    { path: 'marketing/launches/:id', page: () => import('./pages/LaunchPage').then((m) => m.LaunchPage) },
    { path: 'm/unsubscribe', public: true, page: () => import('./pages/PublicPages').then((m) => m.MarketingUnsubscribePage) },
    { path: 'm/:token', public: true, page: () => import('./pages/PublicPages').then((m) => m.LandingPage) },
  ],
  nav: [
    { label: 'Through-channel marketing', to: '/marketing', icon: IconSpeakerphone, order: 63, apps: ['vendor'], group: 'grow' },
    { label: 'Marketing', to: '/marketing', icon: IconSpeakerphone, order: 63, apps: ['portal'], group: 'grow' },
  ],
  audit: {
    entities: {
      marketing_kit: { label: 'Marketing kit', link: () => '/marketing' },
      marketing_audience: { label: 'Marketing audience', link: () => '/marketing' },
      marketing_contact: { label: 'Marketing contact', link: () => '/marketing' },
      marketing_launch: { label: 'Campaign launch', link: (id) => `/marketing/launches/${id}` },
      marketing_suppression: { label: 'Suppressed address', link: () => '/marketing' },
      marketing_lead: { label: 'Campaign lead', link: () => '/marketing' },
    },
    fields: {
      steps: 'E-mail sequence',
      landing: 'Landing page',
      tierIds: 'Tiers',
      approvedAt: 'Approved',
      retiredAt: 'Retired',
      audienceId: 'Audience',
      kitId: 'Kit',
      landingToken: 'Landing page address',
      consent: 'Consent',
    },
  },
};
