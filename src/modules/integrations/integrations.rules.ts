/**
 * Integration listings of technology and ISV partners: the compatibility matrix and the vendor's
 * integration certification. Pure: dates come in as `YYYY-MM-DD` text, today included.
 */

export const CERTIFICATION_STATUSES = ['none', 'in_review', 'certified', 'expired'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

export const COMPATIBILITY_STATUSES = ['supported', 'partial', 'planned', 'unsupported'] as const;
export type CompatibilityStatus = (typeof COMPATIBILITY_STATUSES)[number];

/** One row of a listing's compatibility: a product of the vendor's, the versions, and how well. */
export type CompatibilityEntry = { product: string; versions: string; status: CompatibilityStatus };

/** A certification lasts a year unless the vendor says otherwise. */
export const CERTIFICATION_MONTHS = 12;

const MOVES: Record<CertificationStatus, readonly CertificationStatus[]> = {
  // The vendor starts a review of a proposed (or lapsed) integration…
  none: ['in_review'],
  // …and certifies it, or sends it back.
  in_review: ['certified', 'none'],
  // A certified integration is reviewed again for a new release, or withdrawn (expired early).
  certified: ['in_review', 'expired'],
  // An expired one is reviewed again, or renewed at once.
  expired: ['in_review', 'certified'],
};

export type CertificationDecision =
  | { allowed: true; certifiedAt: string | null; expiresAt: string | null }
  | { allowed: false; path: string; reason: string };

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, last));
  return date.toISOString().slice(0, 10);
}

/**
 * Moves a listing's certification. Certifying needs an expiry in the future (default: a year
 * from today) and records today as the certification date; other moves keep the dates as they
 * were (an expired listing still shows when it lapsed), except back to none, which clears them.
 */
export function decideCertification(
  current: { certification: CertificationStatus; certifiedAt: string | null; expiresAt: string | null },
  to: CertificationStatus,
  today: string,
  requestedExpiry?: string | null,
): CertificationDecision {
  if (to === current.certification) return { allowed: false, path: 'status', reason: `is ${to} already` };
  if (!MOVES[current.certification].includes(to)) {
    return { allowed: false, path: 'status', reason: `cannot move from ${current.certification} to ${to}` };
  }
  if (to === 'certified') {
    const expiresAt = requestedExpiry ?? addMonths(today, CERTIFICATION_MONTHS);
    if (expiresAt <= today) return { allowed: false, path: 'expiresAt', reason: 'must be after today' };
    return { allowed: true, certifiedAt: today, expiresAt };
  }
  if (to === 'none') return { allowed: true, certifiedAt: null, expiresAt: null };
  if (to === 'expired')
    return {
      allowed: true,
      certifiedAt: current.certifiedAt,
      expiresAt: current.expiresAt && current.expiresAt < today ? current.expiresAt : today,
    };
  return { allowed: true, certifiedAt: current.certifiedAt, expiresAt: current.expiresAt };
}

/** A certified listing whose expiry date has passed is expired (the daily job records it). */
export function hasLapsed(listing: { certification: CertificationStatus; expiresAt: string | null }, today: string): boolean {
  return listing.certification === 'certified' && listing.expiresAt !== null && listing.expiresAt < today;
}

/**
 * The compatibility matrix: the vendor's products (rows, alphabetical) against integrations
 * (columns), each cell the listed status and versions, or null where an integration says nothing
 * of a product.
 */
export function compatibilityMatrix(listings: readonly { id: string; compatibility: readonly CompatibilityEntry[] }[]): {
  products: string[];
  cells: Record<string, Record<string, { status: CompatibilityStatus; versions: string } | null>>;
} {
  const products = [...new Set(listings.flatMap((l) => l.compatibility.map((c) => c.product.trim())))].sort((a, b) =>
    a.localeCompare(b),
  );
  const cells: Record<string, Record<string, { status: CompatibilityStatus; versions: string } | null>> = {};
  for (const product of products) {
    cells[product] = {};
    for (const listing of listings) {
      const entry = listing.compatibility.find((c) => c.product.trim() === product);
      cells[product][listing.id] = entry ? { status: entry.status, versions: entry.versions } : null;
    }
  }
  return { products, cells };
}

/** A product is listed once per integration. */
export function repeatedProduct(compatibility: readonly CompatibilityEntry[]): number | null {
  const seen = new Set<string>();
  for (const [i, entry] of compatibility.entries()) {
    const key = entry.product.trim().toLowerCase();
    if (seen.has(key)) return i;
    seen.add(key);
  }
  return null;
}
