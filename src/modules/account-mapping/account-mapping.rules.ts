/**
 * Account mapping rules: the populations each side lists, what each sharing level lets the other
 * side see, and how a cell of the overlap matrix is shown to a viewer. Pure: data in, decision out.
 */

export const POPULATIONS = ['customer', 'prospect', 'opportunity'] as const;
export type Population = (typeof POPULATIONS)[number];

export const MAPPING_SIDES = ['vendor', 'partner'] as const;
export type MappingSide = (typeof MAPPING_SIDES)[number];

/**
 * full: the other side sees the whole population (every account of it);
 * overlap: only the accounts it has too; counts: only how many (list size and overlaps);
 * hidden: nothing, not even that the population exists.
 */
export const SHARING_LEVELS = ['full', 'overlap', 'counts', 'hidden'] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];

/** Nothing is shared until a side chooses to (decision 0196). */
export const DEFAULT_SHARING: SharingLevel = 'hidden';

export type Sharing = Record<MappingSide, Record<Population, SharingLevel>>;

const RANK: Record<SharingLevel, number> = { hidden: 0, counts: 1, overlap: 2, full: 3 };

export function otherSide(side: MappingSide): MappingSide {
  return side === 'vendor' ? 'partner' : 'vendor';
}

/** The sharing of both sides, with the default for every population a side has not chosen for. */
export function sharingFrom(rows: readonly { side: MappingSide; population: Population; level: SharingLevel }[]): Sharing {
  const out = {
    vendor: { customer: DEFAULT_SHARING, prospect: DEFAULT_SHARING, opportunity: DEFAULT_SHARING },
    partner: { customer: DEFAULT_SHARING, prospect: DEFAULT_SHARING, opportunity: DEFAULT_SHARING },
  } satisfies Sharing;
  for (const r of rows) out[r.side][r.population] = r.level;
  return out;
}

/** What a viewer learns about the other side's population: its count, its overlapping accounts, all of it. */
export function grantOf(level: SharingLevel): { counts: boolean; overlapRows: boolean; fullList: boolean } {
  return { counts: RANK[level] >= RANK.counts, overlapRows: RANK[level] >= RANK.overlap, fullList: level === 'full' };
}

/**
 * What `viewer` may see of the other side's `population`. A side always sees its own lists whole.
 */
export function visibility(
  sharing: Sharing,
  viewer: MappingSide,
  listSide: MappingSide,
  population: Population,
): { counts: boolean; overlapRows: boolean; fullList: boolean } {
  if (viewer === listSide) return { counts: true, overlapRows: true, fullList: true };
  return grantOf(sharing[listSide][population]);
}

/**
 * A cell of the overlap matrix (vendor population × partner population) as `viewer` sees it: its
 * count when the other side shares that population at least as counts, else null ("not shared").
 */
export function cellCount(
  sharing: Sharing,
  viewer: MappingSide,
  cell: { vendorPopulation: Population; partnerPopulation: Population; count: number },
): number | null {
  const other = otherSide(viewer);
  const population = other === 'vendor' ? cell.vendorPopulation : cell.partnerPopulation;
  return visibility(sharing, viewer, other, population).counts ? cell.count : null;
}

/**
 * Which vendor populations a partner's private match runs against: those the vendor shares at
 * least as "overlap" with it (a match tells the partner which of its accounts the vendor holds).
 */
export function privateMatchPopulations(sharing: Sharing): Population[] {
  return POPULATIONS.filter((p) => grantOf(sharing.vendor[p]).overlapRows);
}

/**
 * Accounts revealed after a private match must each be in the overlap the match showed: a domain
 * the vendor holds in a population it shares for matching. Anything else is refused by position.
 */
export function checkReveal(
  accounts: readonly { domainKey: string | null }[],
  vendorKeys: ReadonlySet<string>,
): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  const seen = new Set<string>();
  accounts.forEach((a, index) => {
    if (!a.domainKey) problems.push({ index, message: 'must be a domain such as acme.com' });
    else if (!vendorKeys.has(a.domainKey)) problems.push({ index, message: 'is not in the overlap of the private match' });
    else if (seen.has(a.domainKey)) problems.push({ index, message: 'is listed twice' });
    else seen.add(a.domainKey);
  });
  return problems;
}
