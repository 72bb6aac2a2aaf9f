import { IconCertificate, IconSchool } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor } from '../auth/permissions';
import { enablementAudit, enablementColors, enablementLabels } from './labels';

/** Enablement: the vendor authors courses and certifications; partner people learn and get certified in the portal. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 30,
      load: () =>
        import('./components/PartnerEnablementCard').then((m) => (p) => <m.PartnerEnablementCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'side',
      order: 20,
      load: () => import('./components/LearningCard').then((m) => m.LearningCard),
    },
  ],
  routes: [
    { path: 'enablement', allow: isVendor, page: () => import('./pages/EnablementPage').then((m) => m.EnablementPage) },
    {
      path: 'enablement/courses/:id',
      allow: isVendor,
      page: () => import('./pages/CourseEditorPage').then((m) => m.CourseEditorPage),
    },
    { path: 'learning', allow: isPartnerSide, page: () => import('./pages/LearningPage').then((m) => m.LearningPage) },
    {
      path: 'learning/courses/:id',
      allow: isPartnerSide,
      page: () => import('./pages/CoursePlayerPage').then((m) => m.CoursePlayerPage),
    },
    {
      path: 'learning/certificates/:id',
      allow: isPartnerSide,
      page: () => import('./pages/CertificatePage').then((m) => m.CertificatePage),
    },
  ],
  nav: [
    { label: 'Enablement', to: '/enablement', icon: IconSchool, order: 60, apps: ['vendor'], group: 'grow' },
    { label: 'Learning', to: '/learning', icon: IconCertificate, order: 60, apps: ['portal'], group: 'grow' },
  ],
  labels: enablementLabels,
  colors: enablementColors,
  audit: enablementAudit,
};
