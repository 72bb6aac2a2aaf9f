import { IconStairsUp } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canChangeStage, isVendor } from '../auth/permissions';

const anyone = () => true;

/** Partner programs, tier ladders and benefits, tier evaluations and lifecycle milestone rules. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 20,
      load: () =>
        import('./components/TierProgressCard').then((m) => (p) => (
          <m.TierProgressCard partnerId={p.partner.id} canManage={canChangeStage(p.user, p.partner)} />
        )),
    },
    {
      column: 'side',
      order: 50,
      visible: (p) => isVendor(p.user),
      load: () =>
        import('./components/MilestoneProposalsCard').then((m) => (p) => <m.MilestoneProposalsCard partnerId={p.partner.id} />),
    },
    {
      column: 'side',
      order: 60,
      visible: (p) => isVendor(p.user),
      load: () =>
        import('./components/CustomValuesCard').then((m) => (p) => (
          <m.CustomValuesCard partnerId={p.partner.id} canRecord={canChangeStage(p.user, p.partner)} />
        )),
    },
  ],
  portalHomeCards: [
    {
      column: 'side',
      order: 10,
      load: () => import('./components/TierProgressCard').then((m) => (p) => <m.TierProgressCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    { path: 'programs', allow: anyone, page: () => import('./pages/ProgramsPage').then((m) => m.ProgramsPage) },
    {
      path: 'programs/evaluations',
      allow: isVendor,
      page: () => import('./pages/EvaluationsPage').then((m) => m.EvaluationsPage),
    },
    {
      path: 'programs/evaluations/:id',
      allow: isVendor,
      page: () => import('./pages/EvaluationPage').then((m) => m.EvaluationPage),
    },
    { path: 'programs/milestones', allow: isVendor, page: () => import('./pages/MilestonesPage').then((m) => m.MilestonesPage) },
    { path: 'programs/:id', allow: anyone, page: () => import('./pages/ProgramPage').then((m) => m.ProgramPage) },
  ],
  nav: [{ label: 'Programs', to: '/programs', icon: IconStairsUp, order: 20, apps: ['vendor', 'portal'], group: 'partners' }],
  audit: {
    entities: {
      program: { label: 'Program', link: (e) => `/programs/${e.entityId}` },
      program_membership: { label: 'Program membership' },
      tier_evaluation_run: { label: 'Tier evaluation', link: (e) => `/programs/evaluations/${e.entityId}` },
      tier_proposal: { label: 'Tier proposal' },
      milestone_rule: { label: 'Milestone rule', link: () => '/programs/milestones' },
      milestone_proposal: { label: 'Milestone proposal', link: () => '/programs/milestones' },
      custom_metric_value: { label: 'Recorded value' },
    },
    fields: {
      commercialModel: 'Commercial model',
      demotionGraceDays: 'Demotion grace (days)',
      joinedAt: 'Joined',
      leftAt: 'Left',
      belowSince: 'Below its tier since',
      requirements: 'Requirements',
      benefits: 'Benefits',
      decisionNote: 'Note',
      threshold: 'Threshold',
      fromStages: 'From stages',
    },
  },
};
