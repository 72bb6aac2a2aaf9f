import { IconBulb } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';

/** The innovation funnel in both apps: partners submit ideas, the vendor reviews and decides. */
export const module: WebModule = {
  routes: [
    { path: 'innovation', page: () => import('./pages/IdeasPage').then((m) => m.IdeasPage) },
    { path: 'innovation/:id', page: () => import('./pages/IdeaPage').then((m) => m.IdeaPage) },
  ],
  nav: [{ label: 'Innovation', to: '/innovation', icon: IconBulb, order: 46, apps: ['vendor', 'portal'], group: 'alliances' }],
  audit: {
    entities: { innovation_idea: { label: 'Idea', link: (event) => `/innovation/${event.entityId}` } },
    fields: {
      title: 'Title',
      problem: 'Problem',
      proposal: 'Proposal',
      expectedValue: 'Expected value',
      stage: 'Stage',
      stopReason: 'Reason stopped',
      reviewerIds: 'Reviewers',
      value: 'Value score',
      feasibility: 'Feasibility score',
      comment: 'Comment',
    },
  },
};
