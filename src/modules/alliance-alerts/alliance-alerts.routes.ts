import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZIdParams } from '../../server/schemas.js';
import { ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import { FAILURE_MODES, REASON_CODES, THRESHOLD_LIMITS } from './alliance-alerts.rules.js';
import { getAlertSettings, listAlerts, partnerAlerts, portfolio, updateAlertSettings } from './alliance-alerts.service.js';

const ZReason = z
  .object({
    code: z.enum(REASON_CODES),
    message: z.string(),
    metric: z.string().describe('The metric that shows it, e.g. governance.days_since_review'),
    value: z.number().nullable().describe('Its value: the evidence'),
  })
  .meta({ id: 'AllianceAlertReason' });

const ZFailureMode = z
  .object({
    code: z.enum(FAILURE_MODES),
    label: z.string(),
    evidence: z.array(z.object({ metric: z.string(), value: z.number().nullable(), message: z.string() })),
  })
  .meta({ id: 'AllianceFailureMode' });

const ZMeasure = z.object({
  measured: z.boolean().describe('False when no installed module provides the metric ("not measured")'),
  value: z.number().nullable(),
});

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });

const ZAlert = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    ownerId: z.uuid().nullable(),
    reasons: z.array(ZReason),
    failureModes: z.array(ZFailureMode),
    flaggedSince: z.date().nullable(),
  })
  .meta({ id: 'AllianceAlert' });

const ZThresholds = z.object({
  reviewWithinDays: z.number().int().describe('A strategic partner needs a governance meeting at least this often (days)'),
  maxAsymmetry: z.number().int().describe('Points of commitment fulfilment between the sides above which it is asymmetric'),
});

const ZAlertSettings = ZThresholds.extend({
  defaults: ZThresholds.describe("The product's limits, which apply until an admin changes them"),
  updatedAt: z.date().nullable(),
}).meta({ id: 'AllianceAlertSettings' });

const limit = (key: keyof typeof THRESHOLD_LIMITS, unit: string) => {
  const { min, max } = THRESHOLD_LIMITS[key];
  const message = `must be a whole number of ${unit} from ${min} to ${max}`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
};

export const allianceAlertRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/alliances/alert-settings',
    summary: 'The limits "strategic in name only" applies: days between governance meetings, points of asymmetry',
    tags: ['alliances'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'allianceAlert.read',
    response: ZAlertSettings,
    handler: async ({ ctx }) => getAlertSettings(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/alliances/alert-settings',
    summary: 'Change the limits "strategic in name only" applies (admins)',
    description:
      'The alerts, the portfolio and each partner’s card apply them at once; the daily evaluation tells the owners ' +
      'of partners that became flagged under the new limits. Audited as `alliance_alert_settings`.',
    tags: ['alliances'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'allianceAlert.configure',
    body: z.strictObject({
      reviewWithinDays: limit('reviewWithinDays', 'days').optional(),
      maxAsymmetry: limit('maxAsymmetry', 'points').optional(),
    }),
    response: ZAlertSettings,
    example: () => ({ reviewWithinDays: 90 }),
    handler: async ({ ctx, body }) => updateAlertSettings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/alliances/alerts',
    summary: 'Strategic partners flagged "strategic in name only", with the reasons and their evidence',
    description:
      'A partner in the strategic lifecycle stage with no executive sponsor on either side, no current joint ' +
      'business plan, no governance meeting in the last 120 days, or commitment asymmetry above 25 points. ' +
      'A metric whose module is not installed is not measured and raises nothing. Vendor staff only.',
    tags: ['alliances'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'allianceAlert.read',
    response: z.object({ data: z.array(ZAlert) }),
    export: false,
    handler: async ({ ctx }) => ({ data: await listAlerts(ctx) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/alliances/portfolio',
    summary: 'Every strategic partner: phase, plan, fulfilment per side, flags, failure modes, risks, meetings',
    tags: ['alliances'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'allianceAlert.read',
    response: z
      .object({
        asOf: z.string(),
        thresholds: z.object({ reviewWithinDays: z.number().int(), maxAsymmetry: z.number() }),
        metrics: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string(), measured: z.boolean() })),
        data: z.array(
          z
            .object({
              partnerId: z.uuid(),
              partnerName: z.string(),
              lifecycleStage: z.string(),
              designation: z.string(),
              owner: ZPersonRef.nullable(),
              measures: z.record(z.string(), ZMeasure).describe('Each portfolio metric by key'),
              flagged: z.boolean(),
              reasons: z.array(ZReason),
              failureModes: z.array(ZFailureMode),
              nextMeetingOn: z.string().nullable(),
            })
            .meta({ id: 'AlliancePortfolioRow' }),
        ),
      })
      .meta({ id: 'AlliancePortfolio' }),
    export: false,
    handler: async ({ ctx }) => portfolio(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/alliance-alerts',
    summary: 'One partner’s "strategic in name only" reasons and failure modes, with what is not measured',
    tags: ['alliances', 'partners'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'allianceAlert.read',
    target: 'partner',
    params: ZIdParams,
    response: z
      .object({
        partnerId: z.uuid(),
        strategic: z.boolean(),
        flagged: z.boolean(),
        reasons: z.array(ZReason),
        failureModes: z.array(ZFailureMode),
        notMeasured: z.array(z.string()),
      })
      .meta({ id: 'PartnerAllianceAlerts' }),
    handler: async ({ ctx, params }) => partnerAlerts(ctx, params.id),
  }),
];
