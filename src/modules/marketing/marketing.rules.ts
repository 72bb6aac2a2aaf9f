import { parse } from 'csv-parse/sync';

/**
 * Through-channel marketing rules: kit life cycle, merge fields, the sequence schedule, the
 * co-branded e-mail (every merged value escaped), audience files, who may be sent a step. Pure.
 */

export const KIT_STATUSES = ['draft', 'approved', 'retired'] as const;
export type KitStatus = (typeof KIT_STATUSES)[number];
export const LAUNCH_STATUSES = ['running', 'completed', 'cancelled'] as const;
export type LaunchStatus = (typeof LAUNCH_STATUSES)[number];
export const MESSAGE_STATUSES = ['scheduled', 'sent', 'skipped'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
export const CONTACT_CONSENTS = ['subscribed', 'unsubscribed'] as const;
export type ContactConsent = (typeof CONTACT_CONSENTS)[number];

/** One e-mail of a sequence: sent `delayDays` after the previous one (the first: after launch). */
export type KitStep = { subject: string; body: string; delayDays: number };
/** The landing page: a headline, a text, the form's button (name, e-mail, company). */
export type LandingPage = { headline: string; body: string; cta: string };

export const MIN_STEPS = 2;
export const MAX_STEPS = 10;
export const MAX_DELAY_DAYS = 90;

// ——— Life cycle ———

export type KitAction = 'edit' | 'approve' | 'retire';
const KIT_MOVES: Record<KitAction, { from: readonly KitStatus[]; to: KitStatus }> = {
  // Editing an approved kit takes it back to draft: partners launch only what was approved.
  edit: { from: ['draft', 'approved'], to: 'draft' },
  approve: { from: ['draft'], to: 'approved' },
  retire: { from: ['draft', 'approved'], to: 'retired' },
};

export function kitTransition(
  status: KitStatus,
  action: KitAction,
): { allowed: true; to: KitStatus } | { allowed: false; reason: string } {
  const move = KIT_MOVES[action];
  if (!move.from.includes(status))
    return { allowed: false, reason: `a ${status} kit cannot be ${action === 'edit' ? 'edited' : `${action}d`}` };
  return { allowed: true, to: move.to };
}

/** Whether a kit is offered to a partner: approved, and in its program (and tiers) when gated. */
export function kitOffered(
  kit: { status: KitStatus; programId: string | null; tierIds: readonly string[] },
  memberships: readonly { programId: string; tierId: string | null }[],
): boolean {
  if (kit.status !== 'approved') return false;
  if (!kit.programId) return true;
  return memberships.some(
    (m) => m.programId === kit.programId && (kit.tierIds.length === 0 || (m.tierId !== null && kit.tierIds.includes(m.tierId))),
  );
}

// ——— Merge fields ———

export const MERGE_FIELDS = [
  'partner.name',
  'partner.logo',
  'vendor.name',
  'contact.firstName',
  'contact.lastName',
  'contact.company',
  'contact.email',
  'landing.url',
  'unsubscribe.url',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Partial<Record<MergeField, string>>;

const FIELD = /\{\{\s*([A-Za-z]+\.[A-Za-z]+)\s*\}\}/g;

/** Merge fields a template names that do not exist (a typo the editor must hear about). */
export function unknownMergeFields(template: string): string[] {
  const known = new Set<string>(MERGE_FIELDS);
  return [...new Set([...template.matchAll(FIELD)].map((m) => m[1] as string).filter((f) => !known.has(f)))];
}

/** The template with each field replaced by its value (plain text: escaping is the renderer's). */
export function mergeText(template: string, values: MergeValues): string {
  return template.replace(FIELD, (_all, field: string) => values[field as MergeField] ?? '');
}

// ——— The schedule ———

const DAY_MS = 86_400_000;

/** When each step is due: the first `delayDays` after launch, each next one after the previous. */
export function scheduleSteps(launchAt: Date, steps: readonly Pick<KitStep, 'delayDays'>[]): Date[] {
  let at = launchAt.getTime();
  return steps.map((s) => {
    at += s.delayDays * DAY_MS;
    return new Date(at);
  });
}

/** Problems with a sequence, as field errors under `steps`. */
export function sequenceProblems(steps: readonly KitStep[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (steps.length < MIN_STEPS) problems.push({ path: 'steps', message: `must have at least ${MIN_STEPS} e-mails` });
  steps.forEach((s, i) => {
    if (i > 0 && s.delayDays < 1)
      problems.push({ path: `steps.${i}.delayDays`, message: 'must be at least 1 day after the previous e-mail' });
    for (const key of ['subject', 'body'] as const) {
      const unknown = unknownMergeFields(s[key]);
      if (unknown.length)
        problems.push({ path: `steps.${i}.${key}`, message: `names unknown merge fields: ${unknown.join(', ')}` });
    }
  });
  return problems;
}

// ——— Who is sent a step ———

export function sendRefusal(facts: {
  launchStatus: LaunchStatus;
  consent: ContactConsent;
  suppressed: boolean;
}): null | 'cancelled' | 'unsubscribed' | 'suppressed' {
  if (facts.launchStatus === 'cancelled') return 'cancelled';
  if (facts.consent === 'unsubscribed') return 'unsubscribed';
  if (facts.suppressed) return 'suppressed';
  return null;
}

// ——— The e-mail ———

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** A paragraph as HTML: text escaped, web addresses made into (tracked) links. */
function paragraphHtml(text: string, track: (url: string) => string): string {
  let html = '';
  let at = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    html += escapeHtml(text.slice(at, m.index));
    html += `<a href="${escapeHtml(track(m[0]))}" style="color:#1c7ed6">${escapeHtml(m[0])}</a>`;
    at = (m.index ?? 0) + m[0].length;
  }
  html += escapeHtml(text.slice(at));
  return `<p style="margin:0 0 12px;line-height:1.5">${html.replaceAll('\n', '<br>')}</p>`;
}

export type MarketingEmailInput = {
  step: Pick<KitStep, 'subject' | 'body'>;
  values: MergeValues & { 'partner.name': string; 'vendor.name': string; 'landing.url': string; 'unsubscribe.url': string };
  cta: string;
  /** The tracked address for a link (click tracking); identity in a preview. */
  track: (url: string) => string;
  /** The open-tracking pixel's address (none in a preview). */
  pixelUrl: string | null;
};

/**
 * The co-branded e-mail: the partner's logo and name on top, the step's text with the merge
 * fields filled in (every value escaped: a contact named `<script>` stays text), a button to the
 * landing page, and a footer saying who sends it and how to stop. Subject on one line.
 */
export function renderMarketingEmail(input: MarketingEmailInput): { subject: string; html: string; text: string } {
  const v = input.values;
  const subject = mergeText(input.step.subject, v)
    .replace(/[\r\n\t]+/g, ' ')
    .trim();
  const body = mergeText(input.step.body, v);
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const logo = v['partner.logo'] && /^https?:\/\//.test(v['partner.logo']) ? v['partner.logo'] : null;
  const header = `${logo ? `<img src="${escapeHtml(logo)}" alt="${escapeHtml(v['partner.name'])}" height="32" style="height:32px;vertical-align:middle;margin-right:8px"> ` : ''}<strong>${escapeHtml(v['partner.name'])}</strong>`;
  const landing = input.track(v['landing.url']);
  const html = [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f1f3f5;font-family:Helvetica,Arial,sans-serif;color:#212529">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">',
    '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px">',
    `<tr><td style="padding:16px 24px;border-bottom:1px solid #e9ecef;font-size:16px">${header}</td></tr>`,
    '<tr><td style="padding:24px">',
    ...paragraphs.map((p) => paragraphHtml(p, input.track)),
    `<p style="margin:20px 0"><a href="${escapeHtml(landing)}" style="background:#1c7ed6;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(input.cta)}</a></p>`,
    '</td></tr>',
    `<tr><td style="padding:16px 24px;border-top:1px solid #e9ecef;font-size:12px;color:#868e96">Sent by ${escapeHtml(v['partner.name'])}, a partner of ${escapeHtml(v['vendor.name'])}. <a href="${escapeHtml(v['unsubscribe.url'])}" style="color:#868e96">Unsubscribe</a>${input.pixelUrl ? `<img src="${escapeHtml(input.pixelUrl)}" alt="" width="1" height="1" style="display:block;border:0">` : ''}</td></tr>`,
    '</table></td></tr></table></body></html>',
  ].join('');
  const text = [
    ...paragraphs,
    `${input.cta}: ${v['landing.url']}`,
    '',
    `Sent by ${v['partner.name']}, a partner of ${v['vendor.name']}.`,
    `Unsubscribe: ${v['unsubscribe.url']}`,
  ].join('\n\n');
  return { subject, html, text };
}

// ——— Audience files ———

export type AudienceRow = { email: string; firstName: string; lastName: string; company: string };
export type AudienceParse = {
  rows: AudienceRow[];
  duplicates: number;
  problems: { row: number; column: string; message: string }[];
};

const EMAIL = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/;
const HEADER_KEYS: Record<string, keyof AudienceRow> = {
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  firstname: 'firstName',
  first: 'firstName',
  givenname: 'firstName',
  lastname: 'lastName',
  last: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  company: 'company',
  companyname: 'company',
  organization: 'company',
  organisation: 'company',
  account: 'company',
  accountname: 'company',
};
export const MAX_AUDIENCE_ROWS = 5000;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Reads an audience file (CSV with a header row: email, first name, last name, company — names
 * as CRMs export them). Rows are numbered as in a spreadsheet (header = row 1). Every bad row is
 * a problem; an address met twice counts as a duplicate and is kept once.
 */
export function parseAudienceCsv(csv: string): AudienceParse {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    return {
      rows: [],
      duplicates: 0,
      problems: [{ row: 1, column: 'csv', message: `is not a CSV file: ${(error as Error).message}` }],
    };
  }
  const [header, ...body] = records;
  const columns = (header ?? []).map((h) => HEADER_KEYS[h.toLowerCase().replace(/[^a-z]/g, '')]);
  if (!columns.includes('email'))
    return { rows: [], duplicates: 0, problems: [{ row: 1, column: 'email', message: 'needs an e-mail column' }] };
  if (body.length > MAX_AUDIENCE_ROWS)
    return {
      rows: [],
      duplicates: 0,
      problems: [{ row: MAX_AUDIENCE_ROWS + 2, column: 'csv', message: `at most ${MAX_AUDIENCE_ROWS} contacts per file` }],
    };
  const seen = new Set<string>();
  const rows: AudienceRow[] = [];
  const problems: AudienceParse['problems'] = [];
  let duplicates = 0;
  body.forEach((cells, i) => {
    const row: AudienceRow = { email: '', firstName: '', lastName: '', company: '' };
    columns.forEach((key, c) => {
      if (key && !row[key]) row[key] = (cells[c] ?? '').trim();
    });
    row.email = normaliseEmail(row.email);
    const line = i + 2;
    if (!EMAIL.test(row.email) || row.email.length > 254) {
      problems.push({ row: line, column: 'email', message: row.email ? 'must be an e-mail address' : 'is required' });
      return;
    }
    for (const key of ['firstName', 'lastName', 'company'] as const) {
      if (row[key].length > 200) problems.push({ row: line, column: key, message: 'must be at most 200 characters' });
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(row[key]))
        problems.push({ row: line, column: key, message: 'must not hold control characters' });
    }
    if (seen.has(row.email)) {
      duplicates += 1;
      return;
    }
    seen.add(row.email);
    rows.push(row);
  });
  return { rows, duplicates, problems };
}

// ——— Figures ———

/** A rate in whole percent of a base (null when nothing was sent). */
export function ratePercent(count: number, base: number): number | null {
  return base > 0 ? Math.round((100 * count) / base) : null;
}

/** One opportunity's part of a launch's results: open or won, its amount already in the reporting currency (null: no rate). */
export type ConvertedOpportunity = { won: boolean; reporting: number | null };

/**
 * The pipeline and won revenue a launch generated: open opportunities' amounts and won ones',
 * each already converted (open at today's rate, won at its close date's). Lost ones count for
 * neither. A figure with any amount no rate converts is unknown (null), never a partial sum.
 */
export function launchReturn(opportunities: readonly ConvertedOpportunity[]): { pipeline: number | null; won: number | null } {
  let pipeline: number | null = 0;
  let won: number | null = 0;
  for (const o of opportunities) {
    if (o.won) won = won === null || o.reporting === null ? null : won + o.reporting;
    else pipeline = pipeline === null || o.reporting === null ? null : pipeline + o.reporting;
  }
  return { pipeline, won };
}
