import type { ModuleDescriptor } from '../../server/module.js';
import { allianceAlertsDemo } from './alliance-alerts.demo.js';
import { allianceAlertRoutes } from './alliance-alerts.routes.js';
import { evaluateAlerts } from './alliance-alerts.service.js';

export type { AllianceFacts, FailureMode, Measure, Reason, Thresholds } from './alliance-alerts.rules.js';
export {
  ALERT_METRICS,
  DEFAULT_THRESHOLDS,
  failureModes,
  strategicInNameOnly,
  THRESHOLD_LIMITS,
} from './alliance-alerts.rules.js';
export type { AlertDto, AlertSettingsDto, EvaluationResult, PortfolioDto } from './alliance-alerts.service.js';
export {
  evaluateAlerts,
  getAlertSettings,
  listAlerts,
  PORTFOLIO_METRICS,
  partnerAlerts,
  portfolio,
  updateAlertSettings,
} from './alliance-alerts.service.js';

/**
 * "Strategic in name only" alerts, seed 004's three failure modes and the portfolio view of every
 * strategic partner, all read from other modules' metrics (alliances, business plans, governance,
 * value, risks) through the metrics port: a module that is not installed is "not measured". A daily
 * job stores each partner's state and tells its owner when it becomes flagged.
 */
export const module: ModuleDescriptor = {
  name: 'alliance-alerts',
  routes: allianceAlertRoutes,
  demo: allianceAlertsDemo,
  jobs: [{ name: 'alliance-alerts.evaluate', schedule: '0 7 * * *', run: async (ctx) => evaluateAlerts(ctx) }],
  appPermissions: (actor) => ({
    viewAlliancePortfolio: !['partner_admin', 'partner_user'].includes(actor.role),
    configureAllianceAlerts: actor.role === 'admin',
  }),
  notificationKinds: [
    {
      kind: 'alliance_alerts.flagged',
      label: 'A strategic partner is strategic in name only',
      description:
        'A strategic partner you own lost its executive sponsors, current plan or governance rhythm, or its commitments became one-sided.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
  ],
};
