import type { TierBenefits } from '../tiers/index.js';

/** Where a resource is in its life: only published ones reach partners. */
export const RESOURCE_STATUSES = ['draft', 'published', 'archived'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/** The categories a fresh installation starts with (the vendor edits the list). */
export const DEFAULT_CATEGORIES = [
  'Sales playbooks',
  'Battlecards',
  'Datasheets',
  'Case studies',
  'Training',
  'Brand assets',
  'Price lists',
] as const;

/**
 * One line of a resource's audience: partners in `programId`, at `minTierId` or above in it
 * (`minTierRank` is that tier's rank, resolved when the gate is read), or at any tier when null.
 */
export type AudienceRule = { programId: string; minTierId: string | null; minTierRank: number | null };

/** Where a partner stands now: one entry per current program membership. */
export type PartnerStanding = {
  placements: readonly { programId: string; tierId: string | null; tierRank: number | null; benefits?: TierBenefits }[];
};

export type GatedResource = { status: ResourceStatus; title: string; audience: readonly AudienceRule[] };

export type Visibility = { visible: true; why: 'everyone' | 'audience' | 'tier_benefit' } | { visible: false; reason: string };

const normal = (s: string) => s.trim().toLowerCase();

/**
 * Whether a partner sees a resource (decision 0237): it must be published; an empty audience is
 * everyone; otherwise the partner must be in one of the listed programs at or above the listed
 * tier in it (a partner with no tier in the program is below any minimum). A tier whose benefits
 * name the resource ("Partner sandbox") unlocks it too, whatever the audience.
 */
export function resourceVisibility(resource: GatedResource, partner: PartnerStanding): Visibility {
  if (resource.status !== 'published') return { visible: false, reason: `it is ${resource.status}` };
  if (resource.audience.length === 0) return { visible: true, why: 'everyone' };
  if (inAudience(resource.audience, partner)) return { visible: true, why: 'audience' };
  const title = normal(resource.title);
  if (partner.placements.some((p) => (p.benefits?.resources ?? []).some((name) => normal(name) === title)))
    return { visible: true, why: 'tier_benefit' };
  return { visible: false, reason: 'the partner is not in its audience' };
}

/**
 * Whether a partner is in an audience (program, and a tier at or above the minimum in it); an
 * empty audience is everyone. The gate resources, courses and certifications share (decision 0168).
 */
export function inAudience(audience: readonly AudienceRule[], partner: PartnerStanding): boolean {
  if (audience.length === 0) return true;
  return audience.some((rule) =>
    partner.placements.some(
      (p) =>
        p.programId === rule.programId &&
        (rule.minTierId === null ||
          p.tierId === rule.minTierId ||
          (p.tierRank !== null && rule.minTierRank !== null && p.tierRank >= rule.minTierRank)),
    ),
  );
}

/** A published resource carries something to open: a file, a link or a co-brand template. */
export function publishProblem(r: { status: ResourceStatus; url: string | null; hasFile: boolean; template: string | null }) {
  if (r.status !== 'published') return null;
  if (r.url || r.hasFile || r.template) return null;
  return 'add a file, a link or a co-brand template before publishing';
}

/** The merge fields a co-brand template may use (decision 0238). */
export const MERGE_FIELDS = [
  'partner.name',
  'partner.logo',
  'partner.website',
  'partner.contactEmail',
  'partner.contactName',
  'today',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Record<MergeField, string>;

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The fields a template names that do not exist (empty: the template is fine). */
export function unknownMergeFields(template: string): string[] {
  const known = new Set<string>(MERGE_FIELDS);
  const unknown = new Set<string>();
  for (const match of template.matchAll(FIELD)) if (!known.has(match[1] ?? '')) unknown.add(match[1] ?? '');
  return [...unknown];
}

/** Text made safe to put into HTML, in element content and in quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('`', '&#96;');
}

/** Only http(s) addresses become links; anything else (a `javascript:` URL) merges as empty. */
export function safeWebsite(url: string): string {
  const trimmed = url.trim();
  if (!trimmed) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const parsed = new URL(withScheme);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : '';
  } catch {
    return '';
  }
}

/**
 * The template with every merge field replaced by its value, HTML-escaped (a partner named
 * `<script>` shows as text). Unknown fields merge as empty (templates are checked when saved).
 * Logic-less by design: no loops, no conditions, nothing a template author can run.
 */
export function mergeTemplate(template: string, values: MergeValues): string {
  return template.replace(FIELD, (_, name: string) =>
    Object.hasOwn(values, name) ? escapeHtml(values[name as MergeField]) : '',
  );
}
