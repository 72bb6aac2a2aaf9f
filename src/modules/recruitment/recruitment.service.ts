import { randomBytes } from 'node:crypto';
import { and, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { keyset } from '../../db/keyset.js';
import { scopeOf, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { countAgainst, rateLimited } from '../../server/throttle.js';
import { actorUserId, type Ctx, policyActor, systemCtx, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { type PersonSummary, partnerNames, personSummaries } from '../directory/index.js';
import { composeEmail, queueMail } from '../mail/index.js';
import { activeUsersWithRole, notify } from '../notifications/index.js';
import {
  type CompanySize,
  createContact,
  createPartner,
  type Fit,
  findSimilarPartners,
  fitOf,
  getIdealProfile,
  getPartner,
  type Motion,
  normalizeDomain,
  type PartnerType,
  type Region,
} from '../partners/index.js';
import { type ApplicationPermissions, applicationPermissions, maySeeApplications } from './recruitment.policy.js';
import {
  type ApplicationStatus,
  assessSubmission,
  checkFormToken,
  DOMAIN_POLICY,
  decideReview,
  duplicateFlags,
  FORM_MAX_HOURS,
  FORM_MIN_SECONDS,
  IP_POLICY,
  signFormToken,
} from './recruitment.rules.js';
import { applicationThrottle, type PartnerApplicationRow, partnerApplications, recruitmentKeys } from './recruitment.schema.js';

export const APPLICATION: AuditedKind<PartnerApplicationRow> = {
  entityType: 'partner_application',
  partnerIdOf: () => null,
  labelOf: (a) => a.companyName,
};

/** What every applicant is told, whatever happened to the application (a duplicate, a known company). */
export const APPLICATION_RECEIVED =
  'Thank you: your application has arrived. Our partner team reviews every application and will write to you by e-mail.';

/** What a refused submission is told: nothing about which check refused it. */
const NOT_ACCEPTED = () =>
  new AppError('BAD_REQUEST', 'We could not accept this application. Reload the page, check the form and send it again.');

async function formSecret(ctx: TxCtx): Promise<string> {
  const [row] = await ctx.tx
    .select({ secret: recruitmentKeys.secret })
    .from(recruitmentKeys)
    .where(eq(recruitmentKeys.name, 'application_form'));
  if (!row) throw new Error('signing key "application_form" is missing (its migration makes it)');
  return row.secret;
}

export type ApplicationForm = { formToken: string; notBefore: Date; expiresAt: Date };

/** A fresh form token: the time the form was handed out, signed. */
export async function applicationForm(db: Db): Promise<ApplicationForm> {
  const ctx = systemCtx(db, 'application form');
  const secret = await withTx(ctx, formSecret);
  const now = ctx.now;
  return {
    formToken: signFormToken(now, randomBytes(12).toString('base64url'), secret),
    notBefore: new Date(now.getTime() + FORM_MIN_SECONDS * 1000),
    expiresAt: new Date(now.getTime() + FORM_MAX_HOURS * 3600_000),
  };
}

export type ApplicationInput = {
  companyName: string;
  website: string;
  country: string | null;
  regions: Region[];
  types: PartnerType[];
  companySize: CompanySize | null;
  industries: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactTitle: string;
  message: string;
  formToken: string;
  /** The honeypot: a field the page hides from people. */
  fax?: string;
};

const TOO_MANY = (seconds: number) => rateLimited('Too many applications were sent from here. Try again later.', seconds);

/**
 * Takes an application from the public form. Every attempt counts against the client IP first,
 * in a transaction of its own (a refused attempt must still count); then the spam checks
 * (honeypot, form token age, links), the per-domain throttle, and the application is stored with
 * its duplicate flags and the vendor's recruiters are told. The caller answers the same 202
 * whether the company is known, new, or applied before.
 */
export async function submitApplication(db: Db, input: ApplicationInput, ip: string): Promise<void> {
  const ctx = systemCtx(db, 'partner application');
  const ipWait = await withTx(ctx, (c) => countAgainst(c, applicationThrottle, `ip:${ip}`, IP_POLICY));
  if (ipWait > 0) throw TOO_MANY(ipWait);
  // The request schema made sure the website has a host that is a domain.
  const domain = normalizeDomain(input.website) ?? '';
  await withTx(ctx, async (c) => {
    const verdict = assessSubmission({
      honeypot: input.fax,
      token: checkFormToken(input.formToken, c.now, await formSecret(c)),
      message: input.message,
    });
    if (!verdict.accept) throw NOT_ACCEPTED();
    const domainWait = await countAgainst(c, applicationThrottle, `domain:${domain}`, DOMAIN_POLICY);
    if (domainWait > 0) throw TOO_MANY(domainWait);
  });
  await withTx(ctx, async (c) => {
    const similar = await findSimilarPartners(c, { name: input.companyName, domains: [domain] });
    const waiting = await c.tx
      .select({ id: partnerApplications.id, companyName: partnerApplications.companyName })
      .from(partnerApplications)
      .where(and(eq(partnerApplications.domain, domain), eq(partnerApplications.status, 'submitted')))
      .limit(5);
    const created = await insertAudited(
      c,
      partnerApplications,
      {
        companyName: input.companyName,
        website: input.website,
        domain,
        country: input.country,
        regions: input.regions,
        types: input.types,
        companySize: input.companySize,
        industries: input.industries,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
        contactTitle: input.contactTitle,
        message: input.message,
        duplicates: duplicateFlags(similar, waiting),
        createdAt: c.now,
        updatedAt: c.now,
      },
      APPLICATION,
      { summary: `${input.companyName} applied to become a partner`, event: 'partner_application.submitted' },
    );
    const recruiters = await activeUsersWithRole(c, ['admin', 'partner_manager']);
    if (recruiters.length > 0) {
      await notify(c, {
        to: recruiters,
        kind: 'recruitment.application_submitted',
        title: `${created.companyName} applied to become a partner`,
        body:
          created.duplicates.length > 0
            ? 'It may be a company you know already: look at the flags before you decide.'
            : 'Review it on the recruitment board.',
        link: `/recruitment/applications/${created.id}`,
        entity: { type: 'partner_application', id: created.id },
        partnerId: null,
      });
    }
  });
}

export type ApplicationDto = PartnerApplicationRow & {
  fit: Fit;
  reviewedBy: PersonSummary | null;
  prospect: { id: string; name: string } | null;
  can: ApplicationPermissions;
};

async function toDtos(ctx: TxCtx, rows: readonly PartnerApplicationRow[]): Promise<ApplicationDto[]> {
  const { criteria } = await getIdealProfile(ctx);
  const people = await personSummaries(
    ctx,
    rows.map((r) => r.reviewedById),
  );
  const names = await partnerNames(
    ctx,
    rows.map((r) => r.prospectPartnerId),
  );
  const actor = policyActor(ctx);
  return rows.map((row) => ({
    ...row,
    fit: fitOf(criteria, {
      types: row.types,
      regions: row.regions,
      industries: row.industries,
      companySize: row.companySize,
      country: row.country,
      // An applicant says nothing of these: criteria on them are not met.
      motion: '',
      tags: [],
      segment: '',
    }),
    reviewedBy: row.reviewedById ? (people.get(row.reviewedById) ?? null) : null,
    prospect: row.prospectPartnerId ? { id: row.prospectPartnerId, name: names.get(row.prospectPartnerId) ?? '' } : null,
    can: applicationPermissions(actor, row),
  }));
}

function assertVendor(ctx: Ctx): void {
  if (scopeOf(ctx).kind !== 'all' || !maySeeApplications(policyActor(ctx)))
    throw forbidden('Partner applications are for vendor staff');
}

export type ApplicationListQuery = { limit: number; cursor?: string; sort: string; status?: ApplicationStatus[]; q?: string };

export async function listApplications(ctx: Ctx, query: ApplicationListQuery): Promise<Page<ApplicationDto>> {
  return withTx(ctx, async (c) => {
    assertVendor(c);
    const ks = keyset(
      'partner-applications',
      query.sort,
      { createdAt: partnerApplications.createdAt },
      partnerApplications.id,
      query.cursor,
    );
    const q = query.q?.trim();
    const pattern = q ? containsPattern(q) : undefined;
    const conditions: (SQL | undefined)[] = [
      ks.where,
      query.status?.length ? inArray(partnerApplications.status, query.status) : undefined,
      pattern
        ? or(
            ilike(partnerApplications.companyName, pattern),
            ilike(partnerApplications.domain, pattern),
            ilike(partnerApplications.contactEmail, pattern),
          )
        : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(partnerApplications)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

async function loadApplication(ctx: TxCtx, id: string, lock = false): Promise<PartnerApplicationRow> {
  assertVendor(ctx);
  const query = ctx.tx.select().from(partnerApplications).where(eq(partnerApplications.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Partner application');
  return row;
}

async function one(ctx: TxCtx, row: PartnerApplicationRow): Promise<ApplicationDto> {
  const [dto] = await toDtos(ctx, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

export async function getApplication(ctx: Ctx, id: string): Promise<ApplicationDto> {
  return withTx(ctx, async (c) => one(c, await loadApplication(c, id)));
}

async function loadForReview(ctx: TxCtx, id: string, to: 'accepted' | 'rejected'): Promise<PartnerApplicationRow> {
  const before = await loadApplication(ctx, id, true);
  if (!applicationPermissions(policyActor(ctx), { status: 'submitted' }).review) {
    throw forbidden('Only admins and partner managers decide applications');
  }
  const decision = decideReview(before.status, to);
  if (!decision.allowed) throw new AppError('INVALID_TRANSITION', decision.reason);
  return before;
}

/** Tells the applicant the outcome, through the mail queue in the review's transaction. */
async function mailApplicant(ctx: TxCtx, application: PartnerApplicationRow, outcome: 'accepted' | 'rejected'): Promise<void> {
  const message = await composeEmail(
    ctx,
    outcome === 'accepted'
      ? {
          subject: 'Your partner application: welcome aboard',
          heading: `Welcome, ${application.companyName}`,
          paragraphs: [
            `Dear ${application.contactName}, thank you for applying to our partner program. We would like to work with you.`,
            'Your partner manager will be in touch shortly to agree the next steps and set up your access to the partner portal.',
          ],
        }
      : {
          subject: 'Your partner application',
          heading: 'Thank you for your interest',
          paragraphs: [
            `Dear ${application.contactName}, thank you for applying to our partner program on behalf of ${application.companyName}.`,
            'After reviewing your application we will not take it further at this time. You are welcome to apply again when your business changes.',
          ],
        },
  );
  await queueMail(ctx, { to: { address: application.contactEmail }, message, purpose: `partner_application_${outcome}` });
}

export type AcceptInput = {
  partnerId?: string;
  ownerId?: string | null;
  motion?: Motion;
  notifyApplicant: boolean;
  note?: string;
};

/**
 * Accepts an application: links it to an existing partner the reviewer names (a company that was
 * a prospect already), or makes a new prospect from it with the applicant as its primary contact.
 * The new prospect is owned by the reviewer if they are a partner manager (as creating one is).
 */
export async function acceptApplication(ctx: Ctx, id: string, input: AcceptInput): Promise<ApplicationDto> {
  return withTx(ctx, async (c) => {
    const before = await loadForReview(c, id, 'accepted');
    let prospectId: string;
    if (input.partnerId) {
      prospectId = (await getPartner(c, input.partnerId)).id;
    } else {
      const partner = await createPartner(c, {
        name: before.companyName,
        website: before.website,
        domains: before.domain ? [before.domain] : [],
        types: before.types as PartnerType[],
        motion: input.motion ?? 'channel',
        country: before.country,
        regions: before.regions as Region[],
        industries: before.industries,
        companySize: before.companySize as CompanySize | null,
        ...(input.ownerId === undefined ? {} : { ownerId: input.ownerId }),
      }).catch((error: unknown) => {
        // The only field of the new partner the reviewer can act on is which partner to link instead.
        if (error instanceof AppError && error.code === 'CONFLICT') {
          throw new AppError('CONFLICT', `${before.domain} belongs to an existing partner: link the application to it instead`, {
            errors: [{ path: 'partnerId', message: `is required: ${before.domain} belongs to an existing partner` }],
          });
        }
        throw error;
      });
      await createContact(c, partner.id, {
        name: before.contactName,
        email: before.contactEmail,
        phone: before.contactPhone,
        title: before.contactTitle,
        isPrimary: true,
        notes: before.message ? `From the partner application: ${before.message}` : '',
      });
      prospectId = partner.id;
    }
    const after = await updateAudited(
      c,
      partnerApplications,
      before,
      {
        status: 'accepted',
        prospectPartnerId: prospectId,
        reviewedById: actorUserId(c),
        reviewedAt: c.now,
        decisionReason: input.note?.trim() ?? '',
        updatedAt: c.now,
      },
      APPLICATION,
      {
        summary: `Accepted the application of ${before.companyName}`,
        event: 'partner_application.accepted',
        eventData: { prospectPartnerId: prospectId, linked: Boolean(input.partnerId) },
      },
    );
    if (input.notifyApplicant) await mailApplicant(c, after, 'accepted');
    return one(c, after);
  });
}

/** Rejects an application with a reason kept for the vendor; the applicant gets a polite e-mail without it. */
export async function rejectApplication(
  ctx: Ctx,
  id: string,
  input: { reason: string; notifyApplicant: boolean },
): Promise<ApplicationDto> {
  return withTx(ctx, async (c) => {
    const before = await loadForReview(c, id, 'rejected');
    const after = await updateAudited(
      c,
      partnerApplications,
      before,
      { status: 'rejected', reviewedById: actorUserId(c), reviewedAt: c.now, decisionReason: input.reason, updatedAt: c.now },
      APPLICATION,
      {
        summary: `Rejected the application of ${before.companyName}: ${input.reason}`,
        event: 'partner_application.rejected',
        eventData: { reason: input.reason },
      },
    );
    if (input.notifyApplicant) await mailApplicant(c, after, 'rejected');
    return one(c, after);
  });
}
