import { IconMessageCircleQuestion } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { mayApp } from '../auth/permissions';
import { surveyAudit, surveyColors, surveyLabels } from './labels';

/**
 * Surveys: the partner health diagnostic both sides answer (with the perception gap), partner NPS
 * and the recurring partner-experience (PX) survey with its trend. Partners answer in the portal.
 */
export const module: WebModule = {
  routes: [
    { path: 'surveys', page: () => import('./pages/SurveysPage').then((m) => m.SurveysPage) },
    {
      path: 'surveys/templates',
      page: () => import('./pages/TemplatesPage').then((m) => m.TemplatesPage),
      allow: (user) => mayApp(user, 'manageSurveys'),
    },
    { path: 'surveys/:id', page: () => import('./pages/RoundPage').then((m) => m.RoundPage) },
  ],
  nav: [
    {
      label: 'Surveys',
      to: '/surveys',
      icon: IconMessageCircleQuestion,
      order: 73,
      apps: ['vendor', 'portal'],
      group: 'measure',
    },
  ],
  partnerCards: [
    {
      column: 'side',
      order: 160,
      load: () => import('./components/PartnerSurveysCard').then((m) => (p) => <m.PartnerSurveysCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 170,
      load: () => import('./components/SurveysToAnswerCard').then((m) => () => <m.SurveysToAnswerCard />),
    },
  ],
  labels: surveyLabels,
  colors: surveyColors,
  audit: surveyAudit,
};
