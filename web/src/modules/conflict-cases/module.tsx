import { IconScale } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { conflictCaseAudit, conflictCaseColors, conflictCaseLabels } from './labels';

/** Conflict cases: the vendor's Conflicts desk and the partner's own side of its cases (the portal). */
export const module: WebModule = {
  routes: [
    { path: 'conflict-cases', page: () => import('./pages/ConflictCasesPage').then((m) => m.ConflictCasesPage) },
    { path: 'conflict-cases/:id', page: () => import('./pages/ConflictCasePage').then((m) => m.ConflictCasePage) },
  ],
  nav: [
    {
      label: 'Conflicts',
      to: '/conflict-cases',
      icon: IconScale,
      order: 53,
      apps: ['vendor', 'portal'],
      group: 'sell',
    },
  ],
  labels: conflictCaseLabels,
  colors: conflictCaseColors,
  audit: conflictCaseAudit,
};
