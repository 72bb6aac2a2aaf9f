/**
 * The public partner directory (locator). Pure rules: when a listing is shown, and what of it.
 */

/** Partners customers may be sent to: far enough along to sell and serve. */
export const LISTABLE_STAGES = ['enabled', 'active', 'strategic'] as const;

export type ListingState = { listed: boolean; reasons: string[] };

/**
 * A listing appears in the public directory only when the partner opted in, the vendor has not
 * hidden it, the partner is at a listable lifecycle stage and its status is active. The reasons
 * say the partner (and its manager) why not.
 */
export function listingState(
  listing: { published: boolean; hidden: boolean; hiddenReason: string } | null,
  partner: { lifecycleStage: string; status: string },
): ListingState {
  const reasons: string[] = [];
  if (!listing?.published) reasons.push('The partner has not opted in to the directory');
  if (listing?.hidden) reasons.push(`Hidden by the vendor${listing.hiddenReason ? `: ${listing.hiddenReason}` : ''}`);
  if (!(LISTABLE_STAGES as readonly string[]).includes(partner.lifecycleStage)) {
    reasons.push(`Partners appear once enabled; this one is at the ${partner.lifecycleStage} stage`);
  }
  if (partner.status !== 'active') reasons.push(`The partner's status is ${partner.status.replace('_', ' ')}`);
  return { listed: reasons.length === 0, reasons };
}

/**
 * Who may change what of a listing: the partner's own admin opts in or out (publishing data about
 * a company is its decision); whoever may edit the partner edits the text; the vendor hides.
 */
export function refusedListingFields(
  actor: { partnerSide: boolean },
  current: { published: boolean },
  patch: { published?: boolean },
): string[] {
  if (!actor.partnerSide && patch.published !== undefined && patch.published !== current.published) return ['published'];
  return [];
}
