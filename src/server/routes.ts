import { auditRoutes } from '../modules/audit/audit.routes.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { partnerRoutes } from '../modules/partners/partners.routes.js';
import { settingsRoutes } from '../modules/settings/settings.routes.js';
import { systemRoutes } from '../modules/system/system.routes.js';
import { tierRoutes } from '../modules/tiers/tiers.routes.js';
import { userRoutes } from '../modules/users/users.routes.js';
import type { AnyRouteDef } from './route.js';

/** Every HTTP route of the application. The authorization matrix test walks this list. */
export const allRoutes: readonly AnyRouteDef[] = [
  ...systemRoutes,
  ...authRoutes,
  ...userRoutes,
  ...partnerRoutes,
  ...tierRoutes,
  ...settingsRoutes,
  ...auditRoutes,
];
