import type { ModuleDescriptor, RecordKind } from '../../server/module.js';
import { type Ctx, systemCtx } from '../../shared/context.js';
import { readCaseStandingWith } from '../deal-registrations/index.js';
import { conflictCasesDemo, conflictCasesOfRegistrations } from './conflict-cases.demo.js';
import { runsConflicts } from './conflict-cases.policy.js';
import { conflictCaseRoutes } from './conflict-cases.routes.js';
import {
  caseStandingsOfRegistrations,
  decideConflictCase,
  openCaseForRegistration,
  openConflictCase,
  runConflictCaseSchedule,
  tellPartiesOfAppeal,
} from './conflict-cases.service.js';

export * from './conflict-cases.rules.js';
export { conflictCaseParties, conflictCases } from './conflict-cases.schema.js';
export type { ConflictCaseDetailDto, ConflictCaseDto, ConflictScheduleResult, OpenCaseInput } from './conflict-cases.service.js';
export {
  addConflictNote,
  addConflictStatement,
  appealConflictCase,
  closeConflictCase,
  conflictCaseSummary,
  decideConflictCase,
  escalateConflictCase,
  getConflictCase,
  listConflictCases,
  openCaseForRegistration,
  openConflictCase,
  runConflictCaseSchedule,
  updateConflictCaseSettings,
} from './conflict-cases.service.js';

// Deal registrations ask how a registration stands in its case before approving it (decision 0227).
readCaseStandingWith(caseStandingsOfRegistrations);

let made = 0;

/**
 * A case over a fresh customer between `partnerId` and the vendor's direct team (another
 * partner's id is never needed: what the matrix checks is one party's view). `decided`: decided
 * for the direct team, so the partner may appeal.
 */
export async function makeTestConflictCase(ctx: Ctx, partnerIds: readonly string[], decided = false): Promise<string> {
  made += 1;
  const unique = `${Date.now().toString(36)}${made}`;
  const opened = await openConflictCase(ctx, {
    customer: { name: `Conflict customer ${unique}`, domain: `conflict-${unique}.example` },
    parties: partnerIds.map((partnerId) => ({ partnerId })),
    vendorDirect: true,
    summary: 'Matrix case',
  });
  if (decided) await decideConflictCase(ctx, opened.id, { outcome: 'vendor_direct', reasons: 'A named direct account.' });
  return opened.id;
}

function caseKind(name: string, decided: boolean): RecordKind {
  return {
    name,
    belongsTo: 'partner',
    make: async (ctx, owner) => ({ id: await makeTestConflictCase(ctx, [owner.partnerId ?? owner.existingPartner], decided) }),
    missing: ({ missingId }) => ({ id: missingId }),
    // A partner's answer holds its own party only.
    partnerOf: (row) => (row.myParty as { partnerId: string } | null)?.partnerId ?? null,
  };
}

/**
 * Conflict cases: registration and channel conflicts get a case with parties, an escalation tier
 * and its SLA, a decision with reasons, appeals to the next tier and a recorded outcome; each
 * partner party sees only its own side (docs/decisions/0190–0194).
 */
export const module: ModuleDescriptor = {
  name: 'conflict-cases',
  routes: conflictCaseRoutes,
  demo: [conflictCasesOfRegistrations, conflictCasesDemo],
  appPermissions: (actor) => ({
    viewConflictCases: true,
    openConflictCases: runsConflicts(actor),
  }),
  jobs: [
    {
      name: 'conflict-cases.daily',
      // Every morning in the organisation's time zone: SLA breaches, then lapsed appeal windows.
      schedule: '50 5 * * *',
      run: async (ctx) => runConflictCaseSchedule(ctx),
    },
  ],
  subscribers: {
    // A flagged registration opens its case (or joins the open one for the customer).
    // Only while it still awaits a decision: a manager who already decided it settled the conflict.
    'deal_registration.submitted': async (ctx, event) => {
      if (!event.data?.conflictFlagged) return;
      await openCaseForRegistration(
        systemCtx(ctx.db, 'conflict case of a flagged registration', event.occurredAt),
        event.entityId,
        { onlyWhileSubmitted: true },
      );
    },
    // The other parties hear that a decision they received was appealed.
    'conflict_case.appealed': async (ctx, event) => {
      await tellPartiesOfAppeal(systemCtx(ctx.db, 'conflict case appealed', event.occurredAt), event.entityId, event.partnerId);
    },
  },
  notificationKinds: [
    {
      kind: 'conflict_cases.attention',
      label: 'Conflict cases that need you',
      description:
        'A conflict case was opened, escalated or appealed to your tier, a party added its statement, or its SLA ran out.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
    {
      kind: 'conflict_cases.updates',
      label: 'Conflict cases of your company',
      description: 'A conflict case concerns one of your customers, was decided, appealed or closed.',
      defaultChannel: 'email',
      audience: 'partner',
    },
  ],
  recordKinds: [caseKind('conflictCase', false), caseKind('conflictCaseDecided', true)],
};
