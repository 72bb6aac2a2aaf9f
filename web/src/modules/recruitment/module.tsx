import { IconTarget } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isVendor } from '../auth/permissions';
import { recruitmentAudit, recruitmentLabels } from './labels';

/** Recruitment: the Ideal Partner Profile, every partner's fit against it, and the prospect board. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 80,
      visible: (p) => isVendor(p.user),
      load: () => import('./components/FitCard').then((m) => (p) => <m.FitCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    {
      path: 'recruitment',
      allow: isVendor,
      page: () => import('./pages/RecruitmentBoardPage').then((m) => m.RecruitmentBoardPage),
    },
    {
      path: 'recruitment/applications',
      allow: isVendor,
      page: () => import('./pages/ApplicationsPage').then((m) => m.ApplicationsPage),
    },
    {
      path: 'recruitment/applications/:id',
      allow: isVendor,
      page: () => import('./pages/ApplicationPage').then((m) => m.ApplicationPage),
    },
    { path: 'apply', public: true, page: () => import('./pages/ApplyPage').then((m) => m.ApplyPage) },
    {
      path: 'recruitment/profile',
      allow: isVendor,
      page: () => import('./pages/IdealProfilePage').then((m) => m.IdealProfilePage),
    },
  ],
  nav: [{ label: 'Recruitment', to: '/recruitment', icon: IconTarget, order: 15, apps: ['vendor'], group: 'partners' }],
  labels: recruitmentLabels,
  audit: recruitmentAudit,
};
