import type { ModuleDescriptor, RecordKind } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { dealRegistrationsDemo } from './deal-registrations.demo.js';
import { registrationsImporter } from './deal-registrations.importer.js';
import { dealRegistrationMetrics } from './deal-registrations.metrics.js';
import { mayEditDealSettings, mayRegisterDeals } from './deal-registrations.policy.js';
import { dealRegistrationRoutes } from './deal-registrations.routes.js';
import {
  approveDealRegistration,
  createDealRegistration,
  notifyOverdueApprovals,
  runDealRegistrationSchedule,
} from './deal-registrations.service.js';

export { jointPipeline } from './deal-registrations.metrics.js';
export * from './deal-registrations.rules.js';
export { dealRegistrations } from './deal-registrations.schema.js';
export type {
  DealRegistrationDto,
  DealRegistrationInput,
  DealScheduleResult,
  DealSummary,
} from './deal-registrations.service.js';
export {
  approveDealRegistration,
  closeDealRegistration,
  createDealRegistration,
  dealRegistrationSummary,
  endRegistrationsOf,
  extendDealRegistration,
  lockAndFindClaims,
  notifyOverdueApprovals,
  readCaseStandingWith,
  rejectDealRegistration,
  requestExtension,
  runDealRegistrationSchedule,
  settleByConflictCase,
  updateDealSettings,
} from './deal-registrations.service.js';

let made = 0;

/** A fresh registration of `partnerId` for a customer nobody else registered. */
export async function makeTestDealRegistration(ctx: Ctx, partnerId: string, approved = false): Promise<string> {
  made += 1;
  const unique = `${Date.now().toString(36)}${made}`;
  const created = await createDealRegistration(ctx, {
    partnerId,
    customer: { name: `Matrix customer ${unique}`, domain: `matrix-${unique}.example` },
    title: `Matrix deal ${made}`,
    amount: 1_000_000,
    currency: 'USD',
    expectedCloseDate: '2030-06-30',
  });
  if (approved) await approveDealRegistration(ctx, created.id);
  return created.id;
}

function registrationKind(name: string, approved: boolean): RecordKind {
  return {
    name,
    belongsTo: 'partner',
    make: async (ctx, owner) => ({ id: await makeTestDealRegistration(ctx, owner.partnerId ?? owner.existingPartner, approved) }),
    missing: ({ missingId }) => ({ id: missingId }),
    partnerOf: (row) => row.partnerId as string,
  };
}

/**
 * Deal registration: partners (and vendor staff on their behalf) register deals with readable
 * numbers; explainable channel-conflict detection on normalised customer domain and name that
 * never tells a partner whose registration it met; approval by the partner's owner within an
 * SLA; protection from the partner's tier; extensions, outcomes, automatic expiry and reminders;
 * the deal metrics of tier requirements and milestone rules (docs/decisions/0160–0164).
 */
export const module: ModuleDescriptor = {
  name: 'deal-registrations',
  routes: dealRegistrationRoutes,
  demo: dealRegistrationsDemo,
  metrics: dealRegistrationMetrics,
  importers: [registrationsImporter],
  appPermissions: (actor) => ({
    viewDealRegistrations: true,
    registerDeals: mayRegisterDeals(actor),
    editDealSettings: mayEditDealSettings(actor),
  }),
  jobs: [
    {
      name: 'deal-registrations.daily',
      // Every morning in the organisation's time zone: expiries, then reminders before expiry.
      schedule: '45 5 * * *',
      run: async (ctx) => runDealRegistrationSchedule(ctx),
    },
    {
      name: 'deal-registrations.overdue-approvals',
      // Hourly: registrations that passed their approval SLA tell their approvers, once each.
      schedule: '20 * * * *',
      run: async (ctx) => notifyOverdueApprovals(ctx),
    },
  ],
  notificationKinds: [
    {
      kind: 'deal_registrations.submitted',
      label: 'A deal registration awaits your approval',
      description: 'A partner you manage registered a deal: approve or reject it within the SLA.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
    {
      kind: 'deal_registrations.approval_overdue',
      label: 'A deal registration is past its approval SLA',
      description: 'A registration of a partner you manage (or of one without a manager) still awaits a decision after the SLA.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
    {
      kind: 'deal_registrations.extension_requested',
      label: 'A partner asks to extend a deal registration',
      description: 'A partner you manage asks for more protection on a registered deal.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
    {
      kind: 'deal_registrations.outcome',
      label: 'A partner recorded a deal’s outcome',
      description: 'A partner you manage marked a registered deal won or lost.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
    {
      kind: 'deal_registrations.decided',
      label: 'Your deal registrations: decisions',
      description: 'A registration of your company was approved, rejected, extended or expired.',
      defaultChannel: 'email',
      audience: 'partner',
    },
    {
      kind: 'deal_registrations.expiring',
      label: 'Your deal registrations: expiring soon',
      description: 'A registration of your company nears the end of its protection.',
      defaultChannel: 'email',
      audience: 'partner',
    },
  ],
  recordKinds: [registrationKind('dealRegistration', false), registrationKind('dealRegistrationApproved', true)],
};
