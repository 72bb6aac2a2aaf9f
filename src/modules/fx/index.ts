import type { ModuleDescriptor } from '../../server/module.js';
import { fxDemo } from './fx.demo.js';
import { fxRatesImporter } from './fx.importer.js';
import { fxRoutes } from './fx.routes.js';

export type { Conversion, ConversionFactor, RateInput } from './fx.service.js';
export {
  conversionFactors,
  convertEachToReporting,
  convertManyToReporting,
  convertToReporting,
  upsertRates,
} from './fx.service.js';

/** Dated exchange rates and conversion into the organisation's reporting currency. */
export const module: ModuleDescriptor = {
  name: 'fx',
  routes: fxRoutes,
  importers: [fxRatesImporter],
  demo: fxDemo,
  appPermissions: (actor) => ({ manageFxRates: actor.role === 'admin' || actor.role === 'finance' }),
};
