import { and, asc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { canSeePartner, partnerFilter, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { addDays, type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, forbidden } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { activePartnerUsers, type PersonSummary, personSummaries, visiblePartner, visiblePartners } from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { getSettings } from '../settings/index.js';
import {
  type ComplianceItemPermissions,
  complianceItemPermissions,
  managesCompliance,
  mayAddComplianceItem,
  mayEditRequirements,
} from './compliance.policy.js';
import {
  BLOCKABLE_ACTIONS,
  type BlockableAction,
  type BlockDecision,
  COMPLIANCE_TYPES,
  type ComplianceType,
  complianceBlocksFor,
  defaultRequirement,
  expiryReminderDue,
  type ItemState,
  type ItemStatus,
  itemProblems,
  itemState,
  type Requirement,
  supersededItems,
  typeName,
} from './compliance.rules.js';
import { type ComplianceItemRow, complianceItems, complianceReminders, complianceRequirements } from './compliance.schema.js';

export const EVIDENCE_KIND = 'compliance_item.evidence';

const ITEM: AuditedKind<ComplianceItemRow> = {
  entityType: 'compliance_item',
  partnerIdOf: (i) => i.partnerId,
  labelOf: (i) => i.name || typeName(i.type),
};

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

// ——— Requirements (the vendor's settings) ———

/** Every type's settings, defaults where none were saved, in the types' order. */
export async function listRequirements(ctx: Ctx): Promise<Requirement[]> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx.select().from(complianceRequirements);
    return COMPLIANCE_TYPES.map((type) => {
      const row = rows.find((r) => r.type === type);
      return row
        ? { type, required: row.required, blocks: row.blocks, reminderDays: row.reminderDays }
        : defaultRequirement(type);
    });
  });
}

/** Saves the settings of the types given (others keep theirs): an admin's decision, audited per type. */
export async function saveRequirements(ctx: Ctx, requirements: readonly Requirement[]): Promise<Requirement[]> {
  return withTx(ctx, async (c) => {
    if (!mayEditRequirements(policyActor(c))) throw forbidden('Only an admin sets compliance consequences');
    const before = await listRequirements(c);
    for (const req of requirements) {
      const old = before.find((r) => r.type === req.type);
      const values = {
        required: req.required,
        blocks: [...new Set(req.blocks)],
        reminderDays: [...new Set(req.reminderDays)].sort((a, b) => b - a),
      };
      await c.tx
        .insert(complianceRequirements)
        .values({ type: req.type, ...values, updatedAt: c.now })
        .onConflictDoUpdate({ target: complianceRequirements.type, set: { ...values, updatedAt: c.now } });
      await recordChange(c, {
        action: 'update',
        entityType: 'compliance_requirement',
        entityId: req.type,
        partnerId: null,
        before: old ?? null,
        after: { type: req.type, ...values },
        summary: `Compliance settings for ${typeName(req.type)}: ${values.blocks.length ? `blocks ${values.blocks.join(', ')}` : 'blocks nothing'}${values.required ? ', required' : ''}`,
      });
    }
    return listRequirements(c);
  });
}

// ——— Items ———

export type ComplianceItemDto = ComplianceItemRow & {
  partnerName: string;
  /** What it means today: in force, expired, pending review or rejected. */
  state: ItemState;
  daysToExpiry: number | null;
  /** What this type's lapse blocks (the vendor's settings). */
  blocks: BlockableAction[];
  /** The item that replaced this one (a renewal): history, which blocks nothing; null when it is current. */
  supersededBy: string | null;
  reviewedBy: PersonSummary | null;
  can: ComplianceItemPermissions;
};

async function toDtos(c: TxCtx, rows: readonly ComplianceItemRow[]): Promise<ComplianceItemDto[]> {
  if (rows.length === 0) return [];
  const today = await todayOf(c);
  const requirements = await listRequirements(c);
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const people = await personSummaries(
    c,
    rows.map((r) => r.reviewedById),
  );
  const siblings = await c.tx
    .select({
      id: complianceItems.id,
      partnerId: complianceItems.partnerId,
      type: complianceItems.type,
      status: complianceItems.status,
      expiresOn: complianceItems.expiresOn,
    })
    .from(complianceItems)
    .where(
      and(
        inArray(complianceItems.partnerId, [...new Set(rows.map((r) => r.partnerId))]),
        partnerFilter(c, complianceItems.partnerId),
      ),
    )
    .orderBy(asc(complianceItems.createdAt), asc(complianceItems.id));
  const superseded = new Map<string, string>();
  for (const partnerId of new Set(rows.map((r) => r.partnerId)))
    for (const [id, by] of supersededItems(
      siblings.filter((s) => s.partnerId === partnerId),
      today,
    ))
      superseded.set(id, by);
  const actor = policyActor(c);
  return rows.map((row) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    return {
      ...row,
      partnerName: partner.name,
      state: itemState(row, today),
      daysToExpiry: row.expiresOn ? Math.round((Date.parse(row.expiresOn) - Date.parse(today)) / 86_400_000) : null,
      blocks: requirements.find((r) => r.type === row.type)?.blocks ?? [],
      supersededBy: superseded.get(row.id) ?? null,
      reviewedBy: row.reviewedById ? (people.get(row.reviewedById) ?? null) : null,
      can: complianceItemPermissions(actor, row, partner),
    };
  });
}

async function toDto(c: TxCtx, row: ComplianceItemRow): Promise<ComplianceItemDto> {
  const [dto] = await toDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

function loadItem(c: TxCtx, id: string, lock = false): Promise<ComplianceItemRow> {
  return loadScoped(c, complianceItems, id, 'Compliance item', { lock });
}

/** The item in the caller's scope for the files module, with its partner's manager; null: not theirs. */
export async function loadItemForFiles(c: TxCtx, id: string) {
  const [row] = await c.tx
    .select()
    .from(complianceItems)
    .where(and(eq(complianceItems.id, id), partnerFilter(c, complianceItems.partnerId)));
  if (!row) return null;
  const partner = (await visiblePartners(c, [row.partnerId])).get(row.partnerId);
  return partner ? { ...row, partnerOwnerId: partner.ownerId } : null;
}

function assertItem(item: Parameters<typeof itemProblems>[0]): void {
  const problems = itemProblems(item);
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
  }
}

export type ItemInput = {
  type: ComplianceType;
  name?: string;
  reference?: string;
  issuedOn?: IsoDate | null;
  expiresOn?: IsoDate | null;
  notes?: string;
};

/**
 * Adds a compliance item. The partner's admin adds one for review (pending); the vendor may
 * record one it has checked as verified at once.
 */
export async function createItem(
  ctx: Ctx,
  partnerId: string,
  input: ItemInput & { verified?: boolean },
): Promise<ComplianceItemDto> {
  const values = {
    type: input.type,
    name: input.name ?? '',
    reference: input.reference ?? '',
    issuedOn: input.issuedOn ?? null,
    expiresOn: input.expiresOn ?? null,
    notes: input.notes ?? '',
  };
  assertItem(values);
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const actor = policyActor(c);
    if (!mayAddComplianceItem(actor, partner))
      throw forbidden("Only an admin, the partner's manager or its admin adds compliance items");
    const verified = input.verified === true && managesCompliance(actor, partner);
    const row = await insertAudited(
      c,
      complianceItems,
      {
        ...values,
        partnerId,
        status: verified ? 'verified' : 'pending',
        reviewedAt: verified ? c.now : null,
        reviewedById: verified ? actorUserId(c) : null,
        createdAt: c.now,
        updatedAt: c.now,
      },
      ITEM,
      { summary: `Added ${typeName(values.type)}${values.name ? ` (${values.name})` : ''} for ${partner.name}` },
    );
    if (!verified && actor.partnerId !== null && partner.ownerId) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'compliance.review',
        title: `${partner.name} added ${typeName(values.type)} for review`,
        link: `/partners/${partnerId}`,
        entity: { type: 'compliance_item', id: row.id },
        partnerId,
      });
    }
    return toDto(c, row);
  });
}

export async function getItem(ctx: Ctx, id: string): Promise<ComplianceItemDto> {
  return withTx(ctx, async (c) => toDto(c, await loadItem(c, id)));
}

/** Corrects an item; a partner's admin's change (before verification) sends it back for review. */
export async function updateItem(ctx: Ctx, id: string, patch: Partial<ItemInput>): Promise<ComplianceItemDto> {
  return withTx(ctx, async (c) => {
    const before = await loadItem(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    const actor = policyActor(c);
    const can = complianceItemPermissions(actor, before, partner);
    if (!can.edit) {
      if (actor.role === 'partner_admin') {
        throw new AppError('INVALID_TRANSITION', 'A verified item is changed by the vendor; add a new one instead', {
          errors: [{ path: 'status', message: `is ${before.status}` }],
        });
      }
      throw forbidden("Only an admin, the partner's manager or its admin changes its compliance items");
    }
    assertItem({ ...before, ...patch } as Parameters<typeof itemProblems>[0]);
    const backToReview = !managesCompliance(actor, partner) && before.status === 'rejected';
    const after = await updateAudited(
      c,
      complianceItems,
      before,
      { ...patch, ...(backToReview ? { status: 'pending' as ItemStatus, rejectionReason: '' } : {}), updatedAt: c.now },
      ITEM,
    );
    return toDto(c, after);
  });
}

export async function deleteItem(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadItem(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!complianceItemPermissions(policyActor(c), before, partner).delete) {
      throw forbidden("Only an admin or the partner's manager deletes compliance items");
    }
    await deleteAudited(c, complianceItems, before, ITEM);
  });
}

/** The vendor's review of a pending item: verified (in force until it expires) or rejected with the reason. */
export async function reviewItem(
  ctx: Ctx,
  id: string,
  verdict: { verified: true } | { verified: false; reason: string },
): Promise<ComplianceItemDto> {
  return withTx(ctx, async (c) => {
    const before = await loadItem(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!managesCompliance(policyActor(c), partner))
      throw forbidden("Only an admin or the partner's manager reviews compliance items");
    if (before.status !== 'pending') {
      throw new AppError('INVALID_TRANSITION', `This item is ${before.status}: only a pending item is reviewed`, {
        errors: [{ path: 'status', message: `is ${before.status}, not pending` }],
      });
    }
    const today = await todayOf(c);
    const lapsed = verdict.verified && before.expiresOn !== null && before.expiresOn < today;
    const after = await updateAudited(
      c,
      complianceItems,
      before,
      {
        status: verdict.verified ? (lapsed ? 'expired' : 'verified') : 'rejected',
        rejectionReason: verdict.verified ? '' : verdict.reason,
        reviewedAt: c.now,
        reviewedById: actorUserId(c),
        updatedAt: c.now,
      },
      ITEM,
      {
        event: verdict.verified ? 'compliance_item.verified' : 'compliance_item.rejected',
        summary: `${verdict.verified ? 'Verified' : 'Rejected'} ${typeName(before.type)} of ${partner.name}${verdict.verified ? '' : `: ${verdict.reason}`}`,
        eventData: verdict.verified ? { expiresOn: before.expiresOn } : { reason: verdict.reason },
      },
    );
    return toDto(c, after);
  });
}

export type ItemListQuery = {
  limit: number;
  cursor?: string;
  partnerId?: string[];
  type?: ComplianceType[];
  status?: ItemStatus[];
};

export async function listItems(ctx: Ctx, query: ItemListQuery): Promise<Page<ComplianceItemDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'compliance-items',
      '-createdAt',
      { createdAt: complianceItems.createdAt },
      complianceItems.id,
      query.cursor,
    );
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, complianceItems.partnerId),
      query.partnerId?.length ? inArray(complianceItems.partnerId, query.partnerId) : undefined,
      query.type?.length ? inArray(complianceItems.type, query.type) : undefined,
      query.status?.length ? inArray(complianceItems.status, query.status) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(complianceItems)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

/**
 * Items expiring within `withinDays` and those already expired, the earliest first — leaving out
 * any a newer item of the same type and partner has replaced (in force beyond it).
 */
export async function listExpiring(ctx: Ctx, withinDays: number): Promise<ComplianceItemDto[]> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const horizon = addDays(today, withinDays);
    const rows = await c.tx
      .select()
      .from(complianceItems)
      .where(
        and(
          partnerFilter(c, complianceItems.partnerId),
          inArray(complianceItems.status, ['verified', 'expired']),
          lte(complianceItems.expiresOn, horizon),
          sql`not exists (
            select 1 from ${complianceItems} newer
            where newer.partner_id = ${complianceItems.partnerId} and newer.type = ${complianceItems.type}
              and newer.id <> ${complianceItems.id} and newer.status in ('verified', 'pending')
              and newer.created_at > ${complianceItems.createdAt}
              and (newer.expires_on is null or newer.expires_on > ${horizon}::date))`,
        ),
      )
      .orderBy(asc(complianceItems.expiresOn), asc(complianceItems.id))
      .limit(500);
    return toDtos(c, rows);
  });
}

/**
 * Whether a partner's compliance blocks `action` now, with the reasons — for other modules
 * (payouts, deal registration, MDF) to call before they act, in the caller's transaction and
 * scope (a partner-side caller may ask about its own company only; another is "not blocked",
 * never "not found", since its services have already loaded the partner they act on).
 */
export async function complianceBlocks(ctx: Ctx, partnerId: string, action: BlockableAction): Promise<BlockDecision> {
  if (!canSeePartner(ctx, partnerId)) return { blocked: false, reasons: [] };
  return withTx(ctx, async (c) => {
    const requirements = (await listRequirements(c)).filter((r) => r.blocks.includes(action));
    if (requirements.length === 0) return { blocked: false, reasons: [] };
    const items = await c.tx
      .select({
        id: complianceItems.id,
        type: complianceItems.type,
        status: complianceItems.status,
        expiresOn: complianceItems.expiresOn,
      })
      .from(complianceItems)
      .where(
        and(
          eq(complianceItems.partnerId, partnerId),
          inArray(
            complianceItems.type,
            requirements.map((r) => r.type),
          ),
        ),
      )
      .orderBy(asc(complianceItems.createdAt), asc(complianceItems.id));
    return complianceBlocksFor(requirements, items, action, await todayOf(c));
  });
}

/** Throws 422 COMPLIANCE_BLOCKED (naming `partnerId`, with every reason) when the partner's compliance blocks `action`. */
export async function assertComplianceAllows(ctx: Ctx, partnerId: string, action: BlockableAction): Promise<void> {
  const decision = await complianceBlocks(ctx, partnerId, action);
  if (!decision.blocked) return;
  const message = decision.reasons.map((r) => r.message).join('; ');
  throw new AppError('COMPLIANCE_BLOCKED', `${action.replace('_', ' ')} is blocked: ${message}`, {
    errors: [{ path: 'partnerId', message: `compliance blocks ${action}: ${message}` }],
  });
}

export type ComplianceStatus = {
  partnerId: string;
  actions: { action: BlockableAction; blocked: boolean; reasons: BlockDecision['reasons'] }[];
};

/** One partner's standing for every blockable action (the partner page's card). */
export async function partnerComplianceStatus(ctx: Ctx, partnerId: string): Promise<ComplianceStatus> {
  return withTx(ctx, async (c) => {
    await visiblePartner(c, partnerId);
    const actions = [];
    for (const action of BLOCKABLE_ACTIONS) actions.push({ action, ...(await complianceBlocks(c, partnerId, action)) });
    return { partnerId: partnerId.toLowerCase(), actions };
  });
}

export type SweepResult = { expired: number; reminders: number };

/**
 * The daily compliance job (as the system): verified items past their expiry day become expired
 * (an event, and the partner's manager and admins are told what it now blocks); items nearing
 * expiry remind them at the type's thresholds, each once. Safe to run twice.
 */
export async function runComplianceSweep(ctx: Ctx): Promise<SweepResult> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const requirements = await listRequirements(c);
    const longest = Math.max(0, ...requirements.flatMap((r) => r.reminderDays));
    const due = await c.tx
      .select()
      .from(complianceItems)
      .where(and(eq(complianceItems.status, 'verified'), lte(complianceItems.expiresOn, addDays(today, longest))))
      .orderBy(asc(complianceItems.id))
      .for('update');
    const partners = await visiblePartners(
      c,
      due.map((i) => i.partnerId),
    );
    const result: SweepResult = { expired: 0, reminders: 0 };
    for (const item of due) {
      const partner = partners.get(item.partnerId) ?? { id: item.partnerId, name: '', ownerId: null };
      const requirement = requirements.find((r) => r.type === item.type) ?? defaultRequirement(item.type);
      const name = item.name || typeName(item.type);
      const people = [
        ...(partner.ownerId ? [partner.ownerId] : []),
        ...(await activePartnerUsers(c, item.partnerId, ['partner_admin'])),
      ];
      if (item.expiresOn !== null && item.expiresOn < today) {
        await updateAudited(c, complianceItems, item, { status: 'expired', updatedAt: c.now }, ITEM, {
          event: 'compliance_item.expired',
          summary: `${name} of ${partner.name} expired on ${item.expiresOn}`,
          eventData: { type: item.type, expiresOn: item.expiresOn, blocks: requirement.blocks },
        });
        result.expired += 1;
        await notify(c, {
          to: people,
          kind: 'compliance.expiry',
          title: `${name} of ${partner.name} expired`,
          body: requirement.blocks.length
            ? `Until a current one is verified, this blocks: ${requirement.blocks.map((b) => b.replace('_', ' ')).join(', ')}.`
            : 'Upload a current one.',
          link: `/partners/${item.partnerId}`,
          entity: { type: 'compliance_item', id: item.id },
          partnerId: item.partnerId,
        });
        continue;
      }
      if (!item.expiresOn) continue;
      const days = expiryReminderDue(item.expiresOn, today, requirement.reminderDays);
      if (days === null) continue;
      const [sent] = await c.tx
        .insert(complianceReminders)
        .values({ itemId: item.id, partnerId: item.partnerId, targetOn: item.expiresOn, days, sentAt: c.now })
        .onConflictDoNothing()
        .returning({ id: complianceReminders.id });
      if (!sent) continue;
      result.reminders += 1;
      await notify(c, {
        to: people,
        kind: 'compliance.expiry',
        title: `${name} of ${partner.name} expires on ${item.expiresOn}`,
        body: requirement.blocks.length
          ? `Renew it in time: once it lapses it blocks ${requirement.blocks.map((b) => b.replace('_', ' ')).join(', ')}.`
          : 'Upload the renewed one when you have it.',
        link: `/partners/${item.partnerId}`,
        entity: { type: 'compliance_item', id: item.id },
        partnerId: item.partnerId,
      });
    }
    return result;
  });
}
