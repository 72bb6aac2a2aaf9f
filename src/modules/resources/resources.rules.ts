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

/** One block of a one-pager's text for the PDF: a heading, a paragraph, or a list item (numbered or not). */
export type OnePagerBlock = { kind: 'heading' | 'text' | 'bullet'; text: string; number?: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', times: '×', middot: '·' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1]?.toLowerCase() === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/**
 * The co-brand template as text blocks for the PDF one-pager: headings (h1–h3), paragraphs (p,
 * div, header/footer lines) and list items in order, merge fields replaced by their plain values
 * (the PDF draws text: nothing to escape), images, styles and scripts left out, whitespace
 * collapsed, empty blocks dropped. A pure reading of the same template the HTML merges.
 */
export function onePagerBlocks(template: string, values: MergeValues): OnePagerBlock[] {
  const body = template
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(FIELD, (_, name: string) =>
      Object.hasOwn(values, name) ? values[name as MergeField].replaceAll('<', '\u2039') : '',
    );
  const blocks: OnePagerBlock[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let current: OnePagerBlock = { kind: 'text', text: '' };
  const flush = () => {
    const text = decodeEntities(current.text.replace(/\s+/g, ' ')).replaceAll('\u2039', '<').trim();
    if (text) blocks.push({ ...current, text });
    current = { kind: 'text', text: '' };
  };
  for (const part of body.split(/(<[^>]*>)/)) {
    const tag = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(part);
    if (!tag) {
      current.text += part;
      continue;
    }
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (name === 'br') current.text += ' ';
    else if (name === 'ul' || name === 'ol') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', n: 0 });
    } else if (name === 'li') {
      flush();
      if (!closing) {
        const list = lists.at(-1);
        if (list) list.n += 1;
        current = list?.ordered ? { kind: 'bullet', text: '', number: list.n } : { kind: 'bullet', text: '' };
      }
    } else if (/^h[1-6]$/.test(name)) {
      flush();
      if (!closing) current = { kind: 'heading', text: '' };
    } else if (['p', 'div', 'header', 'footer', 'main', 'section', 'article', 'table', 'tr', 'blockquote'].includes(name))
      flush();
  }
  flush();
  return blocks;
}
