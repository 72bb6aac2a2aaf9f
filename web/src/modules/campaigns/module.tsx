import { IconSpeakerphone } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isVendor } from '../auth/permissions';

/** Joint marketing campaigns on a shared calendar, in both apps: the vendor plans and approves, partners propose. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 91,
      visible: (p) => isVendor(p.user),
      load: () =>
        import('./components/CampaignsPortalCard').then((m) => (p) => <m.CampaignsPortalCard partnerId={p.partner.id} vendor />),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 80,
      load: () =>
        import('./components/CampaignsPortalCard').then((m) => (p) => <m.CampaignsPortalCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    { path: 'campaigns', page: () => import('./pages/CampaignsPage').then((m) => m.CampaignsPage) },
    { path: 'campaigns/:id', page: () => import('./pages/CampaignPage').then((m) => m.CampaignPage) },
  ],
  nav: [{ label: 'Campaigns', to: '/campaigns', icon: IconSpeakerphone, order: 64, apps: ['vendor', 'portal'], group: 'grow' }],
  audit: {
    entities: { campaign: { label: 'Campaign', link: (event) => `/campaigns/${event.entityId}` } },
    fields: {
      name: 'Name',
      type: 'Type',
      ownerSide: 'Run by',
      status: 'Status',
      startsOn: 'Starts',
      endsOn: 'Ends',
      budget: 'Budget',
      vendorShare: 'Vendor share',
      partnerShare: 'Partner share',
      goalLeads: 'Lead goal',
      goalPipeline: 'Pipeline goal',
      decisionNote: 'Decision note',
      leadId: 'Lead',
      opportunityId: 'Opportunity',
    },
  },
};
