import { IconHome } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isVendor } from '../auth/permissions';

/** The vendor's home: the portfolio at a glance. (A partner's home at the same address is the portal module's.) */
export const module: WebModule = {
  routes: [{ path: '', allow: isVendor, page: () => import('./pages/VendorHomePage').then((m) => m.VendorHomePage) }],
  nav: [{ label: 'Home', to: '/', icon: IconHome, order: 0, apps: ['vendor'], exact: true }],
};
