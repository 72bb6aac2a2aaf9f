import { IconUserCircle } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';

/** The signed-in user's own profile, password, sessions and API tokens. */
export const module: WebModule = {
  routes: [{ path: 'account', page: () => import('./pages/AccountPage').then((m) => m.AccountPage) }],
  nav: [{ label: 'My account', to: '/account', icon: IconUserCircle, order: 0, apps: ['vendor', 'portal'], section: 'you' }],
};
