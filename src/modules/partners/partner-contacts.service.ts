import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { partnerFilter, withTx } from '../../db/scope.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import type { ContactInfluence, ContactSide } from './partners.rules.js';
import { type PartnerContactRow, partnerContacts } from './partners.schema.js';
import { loadPartner, loadPartnerFor } from './partners.service.js';

export type ContactInput = {
  name: string;
  email?: string;
  phone?: string;
  title?: string;
  side?: ContactSide;
  role?: string;
  influence?: ContactInfluence;
  isPrimary?: boolean;
  isExecutiveSponsor?: boolean;
  notes?: string;
};

export const CONTACT: AuditedKind<PartnerContactRow> = {
  entityType: 'partner_contact',
  partnerIdOf: (c) => c.partnerId,
  labelOf: (c) => c.name,
};

const MAY_NOT_MANAGE = 'Only the partner owner, an admin or the partner admin can change its contacts';

export async function listContacts(ctx: Ctx, partnerId: string): Promise<PartnerContactRow[]> {
  return withTx(ctx, async (c) => {
    await loadPartner(c, partnerId);
    return c.tx
      .select()
      .from(partnerContacts)
      .where(and(eq(partnerContacts.partnerId, partnerId), partnerFilter(c, partnerContacts.partnerId)))
      .orderBy(desc(partnerContacts.isPrimary), desc(partnerContacts.isExecutiveSponsor), asc(partnerContacts.name));
  });
}

async function loadContact(ctx: TxCtx, partnerId: string, contactId: string): Promise<PartnerContactRow> {
  const [row] = await ctx.tx
    .select()
    .from(partnerContacts)
    .where(
      and(
        eq(partnerContacts.id, contactId),
        eq(partnerContacts.partnerId, partnerId),
        partnerFilter(ctx, partnerContacts.partnerId),
      ),
    );
  if (!row) throw notFound('Contact');
  return row;
}

/** One primary contact per partner: marking a new one clears the flag on the others. */
async function clearOtherPrimary(ctx: TxCtx, partnerId: string, keepId: string) {
  await ctx.tx
    .update(partnerContacts)
    .set({ isPrimary: false })
    .where(and(eq(partnerContacts.partnerId, partnerId), eq(partnerContacts.isPrimary, true), ne(partnerContacts.id, keepId)));
}

export async function createContact(ctx: Ctx, partnerId: string, input: ContactInput): Promise<PartnerContactRow> {
  return withTx(ctx, async (c) => {
    await loadPartnerFor(c, partnerId, 'manageContacts', MAY_NOT_MANAGE);
    const row = await insertAudited(c, partnerContacts, { ...input, partnerId, createdAt: c.now, updatedAt: c.now }, CONTACT, {
      summary: `Added contact ${input.name}`,
    });
    if (row.isPrimary) await clearOtherPrimary(c, partnerId, row.id);
    return row;
  });
}

export async function updateContact(
  ctx: Ctx,
  partnerId: string,
  contactId: string,
  patch: Partial<ContactInput>,
): Promise<PartnerContactRow> {
  return withTx(ctx, async (c) => {
    await loadPartnerFor(c, partnerId, 'manageContacts', MAY_NOT_MANAGE);
    const before = await loadContact(c, partnerId, contactId);
    const after = await updateAudited(c, partnerContacts, before, { ...patch, updatedAt: c.now }, CONTACT);
    if (patch.isPrimary) await clearOtherPrimary(c, partnerId, contactId);
    return after;
  });
}

export async function deleteContact(ctx: Ctx, partnerId: string, contactId: string): Promise<void> {
  await withTx(ctx, async (c) => {
    await loadPartnerFor(c, partnerId, 'manageContacts', MAY_NOT_MANAGE);
    const before = await loadContact(c, partnerId, contactId);
    await deleteAudited(c, partnerContacts, before, CONTACT, { summary: `Removed contact ${before.name}` });
  });
}
