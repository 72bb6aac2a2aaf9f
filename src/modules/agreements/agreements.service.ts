import { and, asc, ilike, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { findScoped, loadScoped } from '../../db/load.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { addDays, type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, forbidden } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import {
  activePartnerUsers,
  type PersonSummary,
  personSummaries,
  type VisiblePartner,
  visiblePartner,
  visiblePartners,
} from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { getSettings } from '../settings/index.js';
import { type AgreementPermissions, agreementPermissions, managesAgreements, signsForPartner } from './agreements.policy.js';
import {
  type AgreementStatus,
  type AgreementType,
  decideNotice,
  type Exclusivity,
  nextStatus,
  noticeDeadline,
  type RenewalType,
  agreementReminders as remindersFor,
  type SignatureAction,
  termEnd,
  termProblems,
} from './agreements.rules.js';
import { type AgreementRow, agreementReminders, agreements } from './agreements.schema.js';

export const AGREEMENT_DOCUMENT_KIND = 'agreement.document';

const AGREEMENT: AuditedKind<AgreementRow> = {
  entityType: 'agreement',
  partnerIdOf: (a) => a.partnerId,
  labelOf: (a) => a.title,
};

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

export type AgreementDto = AgreementRow & {
  partnerName: string;
  /** The last day to give notice of non-renewal (auto renewals with an end). */
  noticeDeadline: IsoDate | null;
  partnerSignedBy: PersonSummary | null;
  countersignedBy: PersonSummary | null;
  can: AgreementPermissions;
};

async function toDtos(c: TxCtx, rows: readonly AgreementRow[]): Promise<AgreementDto[]> {
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const people = await personSummaries(
    c,
    rows.flatMap((r) => [r.partnerSignedById, r.countersignedById]),
  );
  const actor = policyActor(c);
  return rows.map((row) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    return {
      ...row,
      partnerName: partner.name,
      noticeDeadline: row.renewalType === 'auto' ? noticeDeadline(row.endOn, row.noticeDays) : null,
      partnerSignedBy: row.partnerSignedById ? (people.get(row.partnerSignedById) ?? null) : null,
      countersignedBy: row.countersignedById ? (people.get(row.countersignedById) ?? null) : null,
      can: agreementPermissions(actor, row, partner),
    };
  });
}

async function toDto(c: TxCtx, row: AgreementRow): Promise<AgreementDto> {
  const [dto] = await toDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

function loadAgreement(c: TxCtx, id: string, lock = false): Promise<AgreementRow> {
  return loadScoped(c, agreements, id, 'Agreement', { lock });
}

/** The agreement in the caller's scope for the files module, with its partner's manager; null: not theirs. */
export async function loadAgreementForFiles(c: TxCtx, id: string) {
  const row = await findScoped(c, agreements, id);
  if (!row) return null;
  const partner = (await visiblePartners(c, [row.partnerId])).get(row.partnerId);
  return partner ? { ...row, partnerOwnerId: partner.ownerId } : null;
}

export type AgreementInput = {
  title: string;
  type: AgreementType;
  startOn: IsoDate;
  endOn?: IsoDate | null;
  renewalType?: RenewalType;
  renewalTermMonths?: number;
  noticeDays?: number;
  commercialTerms?: string;
  exclusivity?: Exclusivity;
  exclusivityScope?: string;
  segments?: string[];
  territories?: string[];
  solutionCategories?: string[];
  jointIpGovernance?: string;
  terminationProvisions?: string;
};

function assertTerms(a: Parameters<typeof termProblems>[0]): void {
  const problems = termProblems(a);
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
  }
}

/** Drafts an agreement with a partner: an admin or the partner's manager. */
export async function createAgreement(ctx: Ctx, partnerId: string, input: AgreementInput): Promise<AgreementDto> {
  const values = {
    title: input.title,
    type: input.type,
    startOn: input.startOn,
    endOn: input.endOn ?? null,
    renewalType: input.renewalType ?? 'manual',
    renewalTermMonths: input.renewalTermMonths ?? 12,
    noticeDays: input.noticeDays ?? 30,
    commercialTerms: input.commercialTerms ?? '',
    exclusivity: input.exclusivity ?? 'none',
    exclusivityScope: input.exclusivityScope ?? '',
    segments: input.segments ?? [],
    territories: input.territories ?? [],
    solutionCategories: input.solutionCategories ?? [],
    jointIpGovernance: input.jointIpGovernance ?? '',
    terminationProvisions: input.terminationProvisions ?? '',
  };
  assertTerms(values);
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    if (!managesAgreements(policyActor(c), partner))
      throw forbidden("Only an admin or the partner's manager drafts its agreements");
    const row = await insertAudited(
      c,
      agreements,
      { ...values, partnerId, status: 'draft', createdAt: c.now, updatedAt: c.now },
      AGREEMENT,
      { summary: `Drafted ${input.title} with ${partner.name}`, eventData: { type: input.type } },
    );
    return toDto(c, row);
  });
}

/**
 * An agreement brought in from a spreadsheet (the importer), in the caller's transaction, in the
 * signature status it already has: sent, signed and countersigned as of `signedOn` (or now). The
 * importer checked the partner, the policy, the terms and the status against the term.
 */
export async function insertImportedAgreement(
  c: TxCtx,
  partner: { id: string; name: string },
  input: AgreementInput & { status: AgreementStatus; signedOn?: IsoDate | null },
): Promise<AgreementRow> {
  const { status, signedOn, ...terms } = input;
  const signedAt = signedOn ? new Date(`${signedOn}T12:00:00Z`) : c.now;
  const after = (...steps: AgreementStatus[]) => steps.includes(status);
  return insertAudited(
    c,
    agreements,
    {
      title: terms.title,
      type: terms.type,
      startOn: terms.startOn,
      endOn: terms.endOn ?? null,
      renewalType: terms.renewalType ?? 'manual',
      renewalTermMonths: terms.renewalTermMonths ?? 12,
      noticeDays: terms.noticeDays ?? 30,
      commercialTerms: terms.commercialTerms ?? '',
      exclusivity: terms.exclusivity ?? 'none',
      exclusivityScope: terms.exclusivityScope ?? '',
      segments: terms.segments ?? [],
      territories: terms.territories ?? [],
      solutionCategories: terms.solutionCategories ?? [],
      jointIpGovernance: terms.jointIpGovernance ?? '',
      terminationProvisions: terms.terminationProvisions ?? '',
      partnerId: partner.id,
      status,
      sentAt: status === 'draft' ? null : signedAt,
      partnerSignedAt: after('partner_signed', 'countersigned', 'active', 'expired', 'terminated') ? signedAt : null,
      countersignedAt: after('countersigned', 'active', 'expired', 'terminated') ? signedAt : null,
      terminatedAt: status === 'terminated' ? c.now : null,
      terminationReason: status === 'terminated' ? 'Terminated before it was imported' : '',
      createdAt: c.now,
      updatedAt: c.now,
    },
    AGREEMENT,
    {
      summary: `Imported ${terms.title} with ${partner.name} (${status.replace('_', ' ')})`,
      eventData: { type: terms.type, status, imported: true },
    },
  );
}

export async function getAgreement(ctx: Ctx, id: string): Promise<AgreementDto> {
  return withTx(ctx, async (c) => toDto(c, await loadAgreement(c, id)));
}

function stateError(message: string): AppError {
  return new AppError('INVALID_TRANSITION', `This agreement ${message}`, { errors: [{ path: 'status', message }] });
}

/** Changes the terms while the agreement is a draft or sent (a signed one changes by a new agreement). */
export async function updateAgreement(ctx: Ctx, id: string, patch: Partial<AgreementInput>): Promise<AgreementDto> {
  return withTx(ctx, async (c) => {
    const before = await loadAgreement(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!managesAgreements(policyActor(c), partner))
      throw forbidden("Only an admin or the partner's manager changes its agreements");
    if (before.status !== 'draft' && before.status !== 'sent') {
      throw stateError(`is ${before.status.replace('_', ' ')}: a signed agreement changes by a new one`);
    }
    const merged = { ...before, ...patch, endOn: patch.endOn === undefined ? before.endOn : patch.endOn };
    assertTerms(merged);
    const after = await updateAudited(c, agreements, before, { ...patch, updatedAt: c.now }, AGREEMENT);
    return toDto(c, after);
  });
}

export async function deleteAgreement(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadAgreement(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!managesAgreements(policyActor(c), partner))
      throw forbidden("Only an admin or the partner's manager deletes its agreements");
    if (before.status !== 'draft')
      throw stateError(`is ${before.status.replace('_', ' ')}: only a draft is deleted; terminate it instead`);
    await deleteAudited(c, agreements, before, AGREEMENT);
  });
}

const EVENTS: Record<SignatureAction, string> = {
  send: 'agreement.sent',
  sign: 'agreement.signed_by_partner',
  countersign: 'agreement.countersigned',
  activate: 'agreement.activated',
  terminate: 'agreement.terminated',
};

/** One step of the signature workflow, by the side it belongs to. */
async function advance(ctx: Ctx, id: string, action: SignatureAction, reason = ''): Promise<AgreementDto> {
  return withTx(ctx, async (c) => {
    const before = await loadAgreement(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    const actor = policyActor(c);
    // The system records history on either side (a paper signature entered later, the demo).
    const system = actor.userId === null;
    const allowedSide = system || (action === 'sign' ? signsForPartner(actor, before) : managesAgreements(actor, partner));
    if (!allowedSide) {
      throw forbidden(
        action === 'sign' ? "Only the partner's admin signs for the partner" : "Only an admin or the partner's manager does this",
      );
    }
    const today = await todayOf(c);
    const next = nextStatus(before.status, action, before.startOn, today);
    if (!next.allowed) throw stateError(next.reason);
    const stamp: Partial<AgreementRow> =
      action === 'send'
        ? { sentAt: c.now }
        : action === 'sign'
          ? { partnerSignedAt: c.now, partnerSignedById: actorUserId(c) }
          : action === 'countersign'
            ? { countersignedAt: c.now, countersignedById: actorUserId(c) }
            : action === 'terminate'
              ? { terminatedAt: c.now, terminationReason: reason }
              : {};
    const after = await updateAudited(c, agreements, before, { ...stamp, status: next.status, updatedAt: c.now }, AGREEMENT, {
      event: EVENTS[action],
      summary: `${before.title} (${partner.name}): ${before.status} → ${next.status}${reason ? `: ${reason}` : ''}`,
      eventData: { fromStatus: before.status, toStatus: next.status, ...(reason ? { reason } : {}) },
    });
    if (action === 'send') {
      await notify(c, {
        to: await activePartnerUsers(c, before.partnerId, ['partner_admin']),
        kind: 'agreements.awaiting_signature',
        title: `${before.title} awaits your signature`,
        body: 'Read it and sign it in the portal (Agreements).',
        link: '/agreements',
        entity: { type: 'agreement', id: before.id },
        partnerId: before.partnerId,
      });
    }
    if (action === 'sign' && partner.ownerId) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'agreements.signed',
        title: `${partner.name} signed ${before.title}`,
        body: 'Countersign it to put it in force.',
        link: `/agreements/${before.id}`,
        entity: { type: 'agreement', id: before.id },
        partnerId: before.partnerId,
      });
    }
    return toDto(c, after);
  });
}

export const sendAgreement = (ctx: Ctx, id: string) => advance(ctx, id, 'send');
export const signAgreement = (ctx: Ctx, id: string) => advance(ctx, id, 'sign');
export const countersignAgreement = (ctx: Ctx, id: string) => advance(ctx, id, 'countersign');
export const terminateAgreement = (ctx: Ctx, id: string, reason: string) => advance(ctx, id, 'terminate', reason);

/** Notice of non-renewal, by either side, on or before the notice deadline: the agreement ends with its term. */
export async function giveNotice(ctx: Ctx, id: string, reason: string): Promise<AgreementDto> {
  return withTx(ctx, async (c) => {
    const before = await loadAgreement(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    const actor = policyActor(c);
    if (!managesAgreements(actor, partner) && !signsForPartner(actor, before)) {
      throw forbidden("Only an admin, the partner's manager or the partner's admin gives notice");
    }
    const today = await todayOf(c);
    const decision = decideNotice(before, today);
    if (!decision.allowed) throw stateError(decision.reason);
    const after = await updateAudited(
      c,
      agreements,
      before,
      { noticeGivenOn: today, noticeGivenById: actorUserId(c), updatedAt: c.now },
      AGREEMENT,
      {
        event: 'agreement.notice_given',
        summary: `Notice of non-renewal of ${before.title} (${partner.name})${reason ? `: ${reason}` : ''}`,
        eventData: { endOn: before.endOn, reason },
      },
    );
    if (actor.partnerId !== null && partner.ownerId) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'agreements.reminder',
        title: `${partner.name} gave notice on ${before.title}`,
        body: `It ends on ${before.endOn} and will not renew.`,
        link: `/agreements/${before.id}`,
        entity: { type: 'agreement', id: before.id },
        partnerId: before.partnerId,
      });
    }
    return toDto(c, after);
  });
}

export type AgreementListQuery = {
  limit: number;
  cursor?: string;
  sort: 'createdAt' | '-createdAt' | 'startOn' | '-startOn' | 'title' | '-title';
  partnerId?: string[];
  status?: AgreementStatus[];
  type?: AgreementType[];
  q?: string;
};

export async function listAgreements(ctx: Ctx, query: AgreementListQuery): Promise<Page<AgreementDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'agreements',
      query.sort,
      { createdAt: agreements.createdAt, startOn: agreements.startOn, title: agreements.title },
      agreements.id,
      query.cursor,
    );
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, agreements.partnerId),
      query.partnerId?.length ? inArray(agreements.partnerId, query.partnerId) : undefined,
      query.status?.length ? inArray(agreements.status, query.status) : undefined,
      query.type?.length ? inArray(agreements.type, query.type) : undefined,
      query.q ? ilike(agreements.title, containsPattern(query.q)) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(agreements)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

/**
 * Agreements in force whose notice deadline or end falls within `withinDays` (or passed without
 * the job having run yet), the nearest first: the renewals a partner manager must decide on.
 */
export async function listRenewals(ctx: Ctx, withinDays: number): Promise<AgreementDto[]> {
  return withTx(ctx, async (c) => {
    const horizon = addDays(await todayOf(c), withinDays);
    const rows = await c.tx
      .select()
      .from(agreements)
      .where(
        and(
          partnerFilter(c, agreements.partnerId),
          inArray(agreements.status, ['active', 'countersigned']),
          isNotNull(agreements.endOn),
          or(
            sql`${agreements.endOn} <= ${horizon}::date`,
            sql`${agreements.renewalType} = 'auto' and ${agreements.noticeGivenOn} is null and ${agreements.endOn} - ${agreements.noticeDays} <= ${horizon}::date`,
          ),
        ),
      )
      .orderBy(
        asc(
          sql`case when ${agreements.renewalType} = 'auto' and ${agreements.noticeGivenOn} is null then ${agreements.endOn} - ${agreements.noticeDays} else ${agreements.endOn} end`,
        ),
        asc(agreements.id),
      )
      .limit(500);
    return toDtos(c, rows);
  });
}

export type ScheduleResult = { activated: number; renewed: number; expired: number; reminders: number };

/**
 * The daily agreements job (run as the system): puts countersigned agreements in force on their
 * start day, renews auto-renewing agreements at the end of their term unless notice was given,
 * expires the rest, and reminds partner managers of notice deadlines and ends. Safe to run twice:
 * each change is decided from the agreement as it is, and each reminder is sent once
 * (agreement_reminders).
 */
export async function runAgreementSchedule(ctx: Ctx): Promise<ScheduleResult> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const result: ScheduleResult = { activated: 0, renewed: 0, expired: 0, reminders: 0 };
    const due = await c.tx
      .select()
      .from(agreements)
      .where(
        and(
          inArray(agreements.status, ['active', 'countersigned']),
          or(
            sql`${agreements.status} = 'countersigned' and ${agreements.startOn} <= ${today}::date`,
            sql`${agreements.endOn} <= ${addDays(today, 60)}::date`,
          ),
        ),
      )
      .orderBy(asc(agreements.id))
      .for('update');
    const partners = await visiblePartners(
      c,
      due.map((a) => a.partnerId),
    );
    for (let row of due) {
      const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
      if (row.status === 'countersigned' && row.startOn <= today) {
        row = await updateAudited(c, agreements, row, { status: 'active', updatedAt: c.now }, AGREEMENT, {
          event: EVENTS.activate,
          summary: `${row.title} (${partner.name}) is in force from ${row.startOn}`,
          eventData: { fromStatus: 'countersigned', toStatus: 'active' },
        });
        result.activated += 1;
      }
      const end = termEnd(row, today);
      if (end.action === 'renew') {
        const endOn = end.endOn;
        row = await updateAudited(
          c,
          agreements,
          row,
          { endOn, renewalCount: row.renewalCount + end.terms, lastRenewedAt: c.now, updatedAt: c.now },
          AGREEMENT,
          {
            event: 'agreement.renewed',
            summary: `${row.title} (${partner.name}) renewed until ${endOn}`,
            eventData: { previousEndOn: row.endOn, endOn, terms: end.terms },
          },
        );
        result.renewed += 1;
        await tellOwner(c, partner, row, `${row.title} renewed automatically`, `The new term ends on ${endOn}.`);
      } else if (end.action === 'expire') {
        row = await updateAudited(c, agreements, row, { status: 'expired', updatedAt: c.now }, AGREEMENT, {
          event: 'agreement.expired',
          summary: `${row.title} (${partner.name}) expired on ${row.endOn}`,
          eventData: { endOn: row.endOn, noticeGivenOn: row.noticeGivenOn },
        });
        result.expired += 1;
        await tellOwner(c, partner, row, `${row.title} expired`, `Its term ended on ${row.endOn}.`);
        continue;
      }
      for (const reminder of remindersFor(row, today)) {
        const [sent] = await c.tx
          .insert(agreementReminders)
          .values({
            agreementId: row.id,
            partnerId: row.partnerId,
            kind: reminder.kind,
            targetOn: reminder.on,
            days: reminder.days,
            sentAt: c.now,
          })
          .onConflictDoNothing()
          .returning({ id: agreementReminders.id });
        if (!sent) continue;
        result.reminders += 1;
        const when = reminder.daysLeft === 0 ? 'today' : `in ${reminder.daysLeft} days (${reminder.on})`;
        await tellOwner(
          c,
          partner,
          row,
          reminder.kind === 'notice'
            ? `Notice deadline for ${row.title} (${partner.name}) ${when}`
            : `${row.title} (${partner.name}) ends ${when}`,
          reminder.kind === 'notice'
            ? `Unless notice is given by ${reminder.on}, it renews for ${row.renewalTermMonths} months.`
            : 'It will not renew by itself: agree a new term or let it end.',
        );
      }
    }
    return result;
  });
}

async function tellOwner(c: TxCtx, partner: VisiblePartner, row: AgreementRow, title: string, body: string): Promise<void> {
  if (!partner.ownerId) return;
  await notify(c, {
    to: [partner.ownerId],
    kind: 'agreements.reminder',
    title,
    body,
    link: `/agreements/${row.id}`,
    entity: { type: 'agreement', id: row.id },
    partnerId: row.partnerId,
  });
}
