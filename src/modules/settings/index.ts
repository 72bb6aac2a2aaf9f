import type { ModuleDescriptor } from '../../server/module.js';
import { settingsDemo } from './settings.demo.js';
import { settingsRoutes } from './settings.routes.js';

export type { OrganizationSettings, SettingsPatch } from './settings.service.js';
export { getLogo, getSettings, updateSettings } from './settings.service.js';

/** The vendor organisation: name, logo, reporting currency, fiscal calendar, time zone. */
export const module: ModuleDescriptor = {
  name: 'settings',
  demo: settingsDemo,
  routes: settingsRoutes,
  appPermissions: (actor) => ({ manageSettings: actor.role === 'admin' }),
};
