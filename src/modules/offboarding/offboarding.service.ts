import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { partnerFilter, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import type { Money } from '../../shared/money.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { archivePlansOf } from '../business-plans/index.js';
import { endRegistrationsOf } from '../deal-registrations/index.js';
import { findPartnersByReference, type PersonSummary, personSummaries, visiblePartners } from '../directory/index.js';
import { handOverLeads } from '../leads/index.js';
import { archiveOnboardingsOf } from '../onboarding/index.js';
import { handOverOpportunities } from '../opportunities/index.js';
import { getPartner } from '../partners/index.js';
import { deactivatePartnerUsers } from '../users/index.js';
import { type RunbookPermissions, runbookPermissions } from './offboarding.policy.js';
import {
  decideItemDone,
  RUNBOOK_TEMPLATE,
  runbookFinished,
  startRunbookProblem,
  terminationAllowed,
} from './offboarding.rules.js';
import { offboardingItems, offboardingRunbooks, type RunbookItemRow, type RunbookRow } from './offboarding.schema.js';

const RUNBOOK: AuditedKind<RunbookRow> = {
  entityType: 'offboarding_runbook',
  partnerIdOf: (r) => r.partnerId,
  labelOf: () => 'off-boarding runbook',
  conflicts: { offboarding_runbooks_one_open: { path: 'partnerId', message: 'this partner already has an open runbook' } },
};

const ITEM: AuditedKind<RunbookItemRow> = {
  entityType: 'offboarding_item',
  partnerIdOf: (i) => i.partnerId,
  labelOf: (i) => i.title,
};

type PartnerRef = { id: string; name: string; ownerId: string | null };

async function partnerRef(c: TxCtx, id: string): Promise<PartnerRef> {
  const found = await findPartnersByReference(c, [id]);
  const match = found.get(id.toLowerCase())?.find((p) => p.id === id.toLowerCase());
  if (!match) throw notFound('Partner');
  return match;
}

export type RunbookItemDto = Omit<RunbookItemRow, 'amount' | 'currency'> & {
  amount: Money | null;
  doneBy: PersonSummary | null;
};

export type RunbookDto = RunbookRow & {
  partnerName: string;
  items: RunbookItemDto[];
  open: number;
  startedBy: PersonSummary | null;
  can: RunbookPermissions;
};

async function toDtos(c: TxCtx, rows: readonly RunbookRow[]): Promise<RunbookDto[]> {
  if (rows.length === 0) return [];
  const items = await c.tx
    .select()
    .from(offboardingItems)
    .where(
      and(
        inArray(
          offboardingItems.runbookId,
          rows.map((r) => r.id),
        ),
        partnerFilter(c, offboardingItems.partnerId),
      ),
    )
    .orderBy(asc(offboardingItems.runbookId), asc(offboardingItems.position));
  const people = await personSummaries(c, [...items.map((i) => i.doneById), ...rows.map((r) => r.startedById)]);
  const partner = await partnerRef(c, rows[0]?.partnerId as string);
  const actor = policyActor(c);
  return rows.map((row) => {
    const own = items
      .filter((i) => i.runbookId === row.id)
      .map(({ amount, currency, ...i }) => ({
        ...i,
        amount: amount !== null && currency ? { amount, currency } : null,
        doneBy: i.doneById ? (people.get(i.doneById) ?? null) : null,
      }));
    return {
      ...row,
      partnerName: partner.name,
      items: own,
      open: own.filter((i) => !i.doneAt).length,
      startedBy: row.startedById ? (people.get(row.startedById) ?? null) : null,
      can: runbookPermissions(actor, partner),
    };
  });
}

/**
 * Makes the partner's runbook from the template, in the caller's transaction: called when the
 * partner enters off-boarding (a stage hook), or by hand for a partner that entered it before
 * runbooks existed. One open runbook per partner (409 naming `partnerId`).
 */
export async function openRunbook(c: TxCtx, partnerId: string, reason: string): Promise<RunbookRow> {
  const partner = await partnerRef(c, partnerId);
  const row = await insertAudited(
    c,
    offboardingRunbooks,
    {
      partnerId,
      status: 'open',
      reason,
      startedAt: c.now,
      startedById: actorUserId(c),
      createdAt: c.now,
      updatedAt: c.now,
    },
    RUNBOOK,
    { event: 'offboarding_runbook.started', summary: `Started off-boarding ${partner.name}`, eventData: { reason } },
  );
  for (const [position, item] of RUNBOOK_TEMPLATE.entries()) {
    await insertAudited(
      c,
      offboardingItems,
      {
        runbookId: row.id,
        partnerId,
        position,
        kind: item.kind,
        title: item.title,
        description: item.description,
        createdAt: c.now,
        updatedAt: c.now,
      },
      ITEM,
    );
  }
  return row;
}

/**
 * Starts the runbook, by hand, of a partner already in off-boarding without one (it entered the
 * stage before runbooks existed, or through an import): an admin or the partner's manager. A
 * partner in another stage, or whose runbook is open or finished, answers 409.
 */
export async function startRunbook(ctx: Ctx, partnerId: string, input: { reason?: string }): Promise<RunbookDto> {
  return withTx(ctx, async (c) => {
    const partner = await getPartner(c, partnerId);
    if (!runbookPermissions(policyActor(c), partner).work)
      throw forbidden("Only an admin or the partner's manager starts its off-boarding runbook");
    const [latest] = await c.tx
      .select({ status: offboardingRunbooks.status })
      .from(offboardingRunbooks)
      .where(eq(offboardingRunbooks.partnerId, partnerId))
      .orderBy(desc(offboardingRunbooks.startedAt), desc(offboardingRunbooks.id))
      .limit(1)
      .for('update');
    const problem = startRunbookProblem(partner.lifecycleStage, latest?.status ?? null);
    if (problem) throw new AppError('CONFLICT', problem, { errors: [{ path: 'partnerId', message: problem }] });
    const reason = input.reason?.trim() ?? '';
    const row = await openRunbook(c, partnerId, reason);
    const [dto] = await toDtos(c, [row]);
    if (!dto) throw new Error('unreachable');
    return dto;
  });
}

/** A partner retained during off-boarding (moved back to active): its open runbook is cancelled. */
export async function cancelOpenRunbook(c: TxCtx, partnerId: string, reason: string): Promise<void> {
  const [open] = await c.tx
    .select()
    .from(offboardingRunbooks)
    .where(and(eq(offboardingRunbooks.partnerId, partnerId), eq(offboardingRunbooks.status, 'open')))
    .for('update');
  if (!open) return;
  await updateAudited(c, offboardingRunbooks, open, { status: 'cancelled', cancelledAt: c.now, updatedAt: c.now }, RUNBOOK, {
    event: 'offboarding_runbook.cancelled',
    summary: `Off-boarding stopped: ${reason || 'partner retained'}`,
    eventData: { reason },
  });
}

/** The stage hook's check: termination waits for a finished runbook. */
export async function terminationCheck(c: TxCtx, partnerId: string) {
  const [latest] = await c.tx
    .select({
      status: offboardingRunbooks.status,
      // Qualified by hand: Drizzle leaves a single table's columns unqualified inside a subquery.
      open: sql<number>`(select count(*)::int from offboarding_items i where i.runbook_id = offboarding_runbooks.id and i.done_at is null)`,
    })
    .from(offboardingRunbooks)
    .where(and(eq(offboardingRunbooks.partnerId, partnerId), inArray(offboardingRunbooks.status, ['open', 'completed'])))
    .orderBy(desc(offboardingRunbooks.startedAt), desc(offboardingRunbooks.id))
    .limit(1);
  return terminationAllowed(latest ?? null);
}

/** A partner's runbooks, the latest first (vendor staff). */
export async function listPartnerRunbooks(ctx: Ctx, partnerId: string): Promise<RunbookDto[]> {
  return withTx(ctx, async (c) => {
    await partnerRef(c, partnerId);
    const rows = await c.tx
      .select()
      .from(offboardingRunbooks)
      .where(and(eq(offboardingRunbooks.partnerId, partnerId), partnerFilter(c, offboardingRunbooks.partnerId)))
      .orderBy(desc(offboardingRunbooks.startedAt), desc(offboardingRunbooks.id));
    return toDtos(c, rows);
  });
}

/** `transferTo`: the transfer item only — the partner taking over open deals and leads (absent or null: the direct team). */
const count = (n: number, noun: string, verb: string) => `${n} ${noun}${n === 1 ? '' : 's'} ${verb}`;

/** The partner taking over: another active partner the caller sees (anything else names the field). */
async function successorOf(c: TxCtx, leavingId: string, id: string): Promise<{ id: string; name: string }> {
  const found = (await visiblePartners(c, [id])).get(id.toLowerCase());
  if (!found) throw invalidField('transferTo', 'no such partner');
  if (found.id === leavingId) throw invalidField('transferTo', 'is the partner that is leaving');
  const { lifecycleStage } = await getPartner(c, found.id);
  if (lifecycleStage !== 'active') throw invalidField('transferTo', `is ${lifecycleStage}: only an active partner takes over`);
  return { id: found.id, name: found.name };
}

/** Open leads and opportunities to the partner taking over (or the direct team); active registrations end. */
async function transfer(c: TxCtx, leaving: PartnerRef, to: { id: string; name: string } | null): Promise<string> {
  const who = to ? to.name : 'the direct team';
  const why = `Taken over from ${leaving.name} (off-boarding) by ${who}`;
  const leads = await handOverLeads(c, leaving.id, to?.id ?? null, why);
  const opps = await handOverOpportunities(c, leaving.id, to?.id ?? null, why);
  const registrations = await endRegistrationsOf(c, leaving.id, `${leaving.name} is off-boarding`);
  const parts = [
    count(leads, 'open lead', `to ${who}`),
    to
      ? `${count(opps.handedOver, 'open opportunity', `to ${who}`).replace('opportunitys', 'opportunities')}${
          opps.keptBack > 0 ? `, ${opps.keptBack} kept by the vendor (${to.name} competes there)` : ''
        }`
      : count(opps.open, 'open opportunity', 'kept by the direct team').replace('opportunitys', 'opportunities'),
    count(registrations, 'active registration', 'ended'),
  ];
  return ` (${parts.join('; ')})`;
}

export type CompleteItemInput = { note: string; amount?: Money | null; transferTo?: string | null };

/**
 * Marks a runbook item done, by a person with a note (and the settlement with its amount). Ending
 * access deactivates the partner's users (their sessions and API tokens end with it); the transfer
 * hands its open leads and opportunities to the partner taking over (or back to the direct team)
 * and ends its active deal registrations; archiving plans archives its business plans and cancels
 * its onboarding in progress. All in the item's transaction: done, or nothing changed. The last
 * item finishes the runbook, which lets the partner be terminated.
 */
export async function completeItem(ctx: Ctx, id: string, input: CompleteItemInput): Promise<RunbookDto> {
  return withTx(ctx, async (c) => {
    const [item] = await c.tx
      .select()
      .from(offboardingItems)
      .where(and(eq(offboardingItems.id, id), partnerFilter(c, offboardingItems.partnerId)))
      .for('update');
    if (!item) throw notFound('Runbook item');
    const partner = await partnerRef(c, item.partnerId);
    if (!runbookPermissions(policyActor(c), partner).work) {
      throw forbidden("Only an admin or the partner's manager works through its off-boarding");
    }
    const [runbook] = await c.tx
      .select()
      .from(offboardingRunbooks)
      .where(eq(offboardingRunbooks.id, item.runbookId))
      .for('update');
    if (!runbook) throw notFound('Runbook item');
    const decision = decideItemDone(item, runbook, input);
    if (!decision.allowed) {
      const code = decision.path === 'status' ? 'INVALID_TRANSITION' : 'VALIDATION_FAILED';
      throw new AppError(code, `${decision.path}: ${decision.reason}`, {
        errors: [{ path: decision.path, message: decision.reason }],
      });
    }
    let effect = '';
    let transferTo: { id: string; name: string } | null = null;
    if (item.kind === 'end_access') {
      const n = await deactivatePartnerUsers(c, item.partnerId);
      effect = ` (${n} ${n === 1 ? 'user' : 'users'} deactivated)`;
    } else if (item.kind === 'transfer') {
      transferTo = input.transferTo ? await successorOf(c, item.partnerId, input.transferTo) : null;
      effect = await transfer(c, partner, transferTo);
    } else if (item.kind === 'archive_plans') {
      const why = `Off-boarding of ${partner.name}: ${input.note}`;
      const plans = await archivePlansOf(c, item.partnerId, why);
      const onboarding = await archiveOnboardingsOf(c, item.partnerId, `Off-boarding: ${input.note}`);
      const parts = [plans > 0 ? count(plans, 'business plan', 'archived') : '', onboarding > 0 ? 'onboarding cancelled' : ''];
      effect = parts.some(Boolean) ? ` (${parts.filter(Boolean).join('; ')})` : '';
    }
    await updateAudited(
      c,
      offboardingItems,
      item,
      {
        note: input.note + effect,
        amount: input.amount?.amount ?? null,
        currency: input.amount?.currency ?? null,
        doneAt: c.now,
        doneById: actorUserId(c),
        updatedAt: c.now,
      },
      ITEM,
      {
        event: 'offboarding_item.completed',
        summary: `${item.title} for ${partner.name}: done${effect}`,
        eventData: {
          runbookId: runbook.id,
          kind: item.kind,
          amount: input.amount ?? null,
          ...(item.kind === 'transfer' ? { transferTo: transferTo?.id ?? null } : {}),
        },
      },
    );
    const items = await c.tx
      .select({ doneAt: offboardingItems.doneAt })
      .from(offboardingItems)
      .where(eq(offboardingItems.runbookId, runbook.id));
    let after = runbook;
    if (runbookFinished(items)) {
      after = await updateAudited(
        c,
        offboardingRunbooks,
        runbook,
        { status: 'completed', completedAt: c.now, updatedAt: c.now },
        RUNBOOK,
        {
          event: 'offboarding_runbook.completed',
          summary: `Off-boarding runbook of ${partner.name} finished: it may be terminated`,
        },
      );
    }
    const [dto] = await toDtos(c, [after]);
    if (!dto) throw new Error('unreachable');
    return dto;
  });
}
