import { IconCurrencyDollar } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isVendor } from '../auth/permissions';

/** Dated exchange rates into the reporting currency: vendor staff read them, admins and finance set them. */
export const module: WebModule = {
  routes: [{ path: 'fx-rates', allow: isVendor, page: () => import('./pages/FxRatesPage').then((m) => m.FxRatesPage) }],
  nav: [{ label: 'Exchange rates', to: '/fx-rates', icon: IconCurrencyDollar, order: 85, apps: ['vendor'], group: 'admin' }],
  audit: {
    entities: { fx_rate: { label: 'Exchange rate' } },
    fields: { currency: 'Currency', toCurrency: 'Into', onDate: 'Date', rate: 'Rate', source: 'Source' },
  },
};
