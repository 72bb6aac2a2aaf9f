import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ContactInfluence, ContactSide } from './partners.rules.js';
import { type PartnerContactRow, partnerContacts } from './partners.schema.js';
import { loadManageablePartner, loadVisiblePartner } from './partners.service.js';

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

export async function listContacts(ctx: Ctx, partnerId: string): Promise<PartnerContactRow[]> {
  await loadVisiblePartner(ctx, partnerId);
  return withTx(ctx, (tx) =>
    tx
      .select()
      .from(partnerContacts)
      .where(and(eq(partnerContacts.partnerId, partnerId), partnerFilter(ctx, partnerContacts.partnerId)))
      .orderBy(desc(partnerContacts.isPrimary), desc(partnerContacts.isExecutiveSponsor), asc(partnerContacts.name)),
  );
}

async function loadContact(tx: Tx, ctx: Ctx, partnerId: string, contactId: string): Promise<PartnerContactRow> {
  const [row] = await tx
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
async function clearOtherPrimary(tx: Tx, partnerId: string, keepId: string) {
  await tx
    .update(partnerContacts)
    .set({ isPrimary: false })
    .where(and(eq(partnerContacts.partnerId, partnerId), eq(partnerContacts.isPrimary, true), ne(partnerContacts.id, keepId)));
}

export async function createContact(ctx: Ctx, partnerId: string, input: ContactInput): Promise<PartnerContactRow> {
  return withTx(ctx, async (tx, txCtx) => {
    await loadManageablePartner(txCtx, partnerId);
    const [row] = await tx
      .insert(partnerContacts)
      .values({ ...input, partnerId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new Error('insert returned no row');
    if (row.isPrimary) await clearOtherPrimary(tx, partnerId, row.id);
    await recordAudit(tx, ctx, {
      action: 'create',
      entityType: 'partner_contact',
      entityId: row.id,
      partnerId,
      after: row,
      summary: `Added contact ${row.name}`,
    });
    return row;
  });
}

export async function updateContact(
  ctx: Ctx,
  partnerId: string,
  contactId: string,
  patch: Partial<ContactInput>,
): Promise<PartnerContactRow> {
  return withTx(ctx, async (tx, txCtx) => {
    await loadManageablePartner(txCtx, partnerId);
    const before = await loadContact(tx, ctx, partnerId, contactId);
    const [after] = await tx
      .update(partnerContacts)
      .set({ ...patch, updatedAt: ctx.now })
      .where(eq(partnerContacts.id, contactId))
      .returning();
    if (!after) throw notFound('Contact');
    if (patch.isPrimary) await clearOtherPrimary(tx, partnerId, contactId);
    await recordAudit(tx, ctx, {
      action: 'update',
      entityType: 'partner_contact',
      entityId: contactId,
      partnerId,
      before,
      after,
      summary: `Updated contact ${after.name}`,
    });
    return after;
  });
}

export async function deleteContact(ctx: Ctx, partnerId: string, contactId: string): Promise<void> {
  await withTx(ctx, async (tx, txCtx) => {
    await loadManageablePartner(txCtx, partnerId);
    const before = await loadContact(tx, ctx, partnerId, contactId);
    await tx.delete(partnerContacts).where(eq(partnerContacts.id, contactId));
    await recordAudit(tx, ctx, {
      action: 'delete',
      entityType: 'partner_contact',
      entityId: contactId,
      partnerId,
      before,
      summary: `Removed contact ${before.name}`,
    });
  });
}
