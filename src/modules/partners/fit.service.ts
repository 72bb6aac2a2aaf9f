import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { forgetCriteria, loadCriteria } from './fit.queries.js';
import { type Fit, type FitCriterion, fitOf } from './fit.rules.js';
import { type IdealPartnerProfileRow, idealPartnerProfiles } from './ideal-profile.schema.js';
import { loadPartner } from './partners.service.js';

const PROFILE: AuditedKind<IdealPartnerProfileRow> = {
  entityType: 'ideal_partner_profile',
  partnerIdOf: () => null,
  labelOf: () => 'Ideal Partner Profile',
  conflicts: {
    ideal_partner_profiles_single: {
      path: 'criteria',
      message: 'were saved by another request at the same moment; load them again',
    },
  },
};

export type IdealProfileDto = { criteria: FitCriterion[]; updatedAt: Date | null };

export async function getIdealProfile(ctx: Ctx): Promise<IdealProfileDto> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx.select().from(idealPartnerProfiles).limit(1);
    return { criteria: row?.criteria ?? [], updatedAt: row?.updatedAt ?? null };
  });
}

/** Replaces the profile's criteria as a whole (the editor saves the list it shows). */
export async function saveIdealProfile(ctx: Ctx, criteria: FitCriterion[]): Promise<IdealProfileDto> {
  return withTx(ctx, async (c) => {
    const [before] = await c.tx.select().from(idealPartnerProfiles).limit(1).for('update');
    const after = before
      ? await updateAudited(c, idealPartnerProfiles, before, { criteria, updatedAt: c.now }, PROFILE)
      : await insertAudited(c, idealPartnerProfiles, { criteria }, PROFILE);
    forgetCriteria(c);
    return { criteria: after.criteria, updatedAt: after.updatedAt };
  });
}

/** How well one partner fits the profile, with a reason per criterion. */
export async function partnerFit(ctx: Ctx, partnerId: string): Promise<Fit & { profileDefined: boolean }> {
  return withTx(ctx, async (c) => {
    const partner = await loadPartner(c, partnerId);
    const criteria = await loadCriteria(c);
    return { ...fitOf(criteria, partner), profileDefined: criteria.length > 0 };
  });
}
