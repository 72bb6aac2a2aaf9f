/**
 * Partner business rules: pure functions and the vocabularies they speak.
 * Nothing here touches the database, the clock or HTTP.
 */

export const PARTNER_TYPES = [
  'reseller',
  'var',
  'vad',
  'distributor',
  'msp',
  'gsi',
  'si',
  'isv',
  'oem',
  'hyperscaler',
  'technology',
  'product',
  'service',
  'referral',
  'affiliate',
  'agent',
  'consultant',
  'marketing',
  'white_label',
  'franchise',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const MOTIONS = ['channel', 'alliance'] as const;
export type Motion = (typeof MOTIONS)[number];

export const DESIGNATIONS = ['standard', 'strategic', 'strategic_alliance'] as const;
export type Designation = (typeof DESIGNATIONS)[number];

export const PARTNER_STATUSES = ['active', 'on_hold', 'inactive'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

export const REGIONS = ['north_america', 'latin_america', 'europe', 'middle_east_africa', 'asia_pacific'] as const;
export type Region = (typeof REGIONS)[number];

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5001+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const CONTACT_SIDES = ['partner', 'vendor'] as const;
export type ContactSide = (typeof CONTACT_SIDES)[number];

export const CONTACT_INFLUENCES = ['high', 'medium', 'low'] as const;
export type ContactInfluence = (typeof CONTACT_INFLUENCES)[number];

/** The main path a partner walks, in order; off-boarding and termination leave it. */
export const LIFECYCLE_PATH = ['prospect', 'qualified', 'onboarding', 'enabled', 'active', 'strategic'] as const;
export const LIFECYCLE_STAGES = [...LIFECYCLE_PATH, 'offboarding', 'terminated'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export type TransitionDecision = { allowed: true; needsReason: boolean } | { allowed: false; reason: string };

/**
 * Which lifecycle moves are allowed:
 * - forward along the path, one or more stages at once (a partner signed on the first call may
 *   skip "qualified");
 * - back one stage along the path, with a reason (a strategic partner demoted to active);
 * - from any stage but terminated into off-boarding, with a reason;
 * - from off-boarding to terminated, or back to active when the partner is retained;
 * - from terminated only back to prospect (re-recruitment), with a reason.
 */
export function decideStageTransition(from: LifecycleStage, to: LifecycleStage): TransitionDecision {
  if (from === to) return { allowed: false, reason: `The partner is already in stage ${to}` };
  const fromIndex = (LIFECYCLE_PATH as readonly string[]).indexOf(from);
  const toIndex = (LIFECYCLE_PATH as readonly string[]).indexOf(to);
  if (fromIndex >= 0 && toIndex >= 0) {
    if (toIndex > fromIndex) return { allowed: true, needsReason: false };
    if (toIndex === fromIndex - 1) return { allowed: true, needsReason: true };
    return {
      allowed: false,
      reason: `A partner moves back only one stage at a time (${from} → ${LIFECYCLE_PATH[fromIndex - 1]})`,
    };
  }
  if (to === 'offboarding') {
    return from === 'terminated'
      ? { allowed: false, reason: 'A terminated partner is re-recruited as a prospect, not off-boarded again' }
      : { allowed: true, needsReason: true };
  }
  if (from === 'offboarding') {
    if (to === 'terminated') return { allowed: true, needsReason: true };
    if (to === 'active') return { allowed: true, needsReason: true };
    return { allowed: false, reason: 'From off-boarding a partner is either terminated or retained as active' };
  }
  if (from === 'terminated') {
    return to === 'prospect'
      ? { allowed: true, needsReason: true }
      : { allowed: false, reason: 'A terminated partner can only be re-recruited as a prospect' };
  }
  // Only "to === terminated" from a path stage is left: termination goes through off-boarding.
  return { allowed: false, reason: 'A partner is off-boarded before it is terminated' };
}

/**
 * Every stage a partner in `from` may move to, and whether that move needs a reason; `toStage`
 * is named as in the transition request, so a client sends back what it was offered.
 */
export function nextStages(from: LifecycleStage): { toStage: LifecycleStage; needsReason: boolean }[] {
  return LIFECYCLE_STAGES.flatMap((toStage) => {
    const decision = decideStageTransition(from, toStage);
    return decision.allowed ? [{ toStage, needsReason: decision.needsReason }] : [];
  });
}

/**
 * Normalises a company domain for matching: lower case, no scheme, no "www.", no path or port,
 * no trailing dot. Returns null when what remains is not a plausible host name.
 */
export function normalizeDomain(input: string): string | null {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.split(/[/?#]/, 1)[0] ?? '';
  host = host.replace(/^[^@]*@/, '');
  host = host.replace(/:\d+$/, '');
  host = host.replace(/\.$/, '');
  host = host.replace(/^www\./, '');
  const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
  return new RegExp(`^(?:${label}\\.)+[a-z]{2,63}$`).test(host) ? host : null;
}

/**
 * Words that name a company's legal form, not the company: "Acme Inc", "Acme, Inc." and
 * "ACME GmbH" are the same business to a partner team. Written without dots ("S.A." is "sa").
 */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'pllc',
  'pty',
  'pte',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'ug',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'sl',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'kk',
  'sro',
  'zoo',
  'sp',
  // What joins two legal forms ("GmbH & Co. KG") once the forms around it are gone.
  'and',
]);

/**
 * A partner name reduced to what identifies the company: lower case, accents and punctuation
 * dropped ("Margie’s" is "margies", "S.A." is "sa"), "&" read as "and", a leading "the" and
 * trailing legal forms removed, spaces closed up ("Northwind-Systems" and "NorthWind Systems"
 * are one). At least one word is kept, so "Company Ltd" is "company", not nothing.
 */
export function partnerNameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/[.'’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join('');
}

/**
 * Two partner names are near-duplicates when they name the same company up to legal form,
 * punctuation, case, accents and spacing (`partnerNameKey`). Creating one is allowed — two
 * franchises may share a brand — but vendor staff are warned, since a second record of one
 * company splits its deals and history.
 */
export function isNearDuplicateName(a: string, b: string): boolean {
  const key = partnerNameKey(a);
  return key !== '' && key === partnerNameKey(b);
}

/** Profile fields a partner's own admin may edit; everything else is the vendor's to set. */
export const PARTNER_EDITABLE_FIELDS = [
  'legalName',
  'website',
  'description',
  'country',
  'regions',
  'industries',
  'companySize',
] as const;

/** The fields of `patch` a partner-side editor is not allowed to change (empty when all are fine). */
export function fieldsPartnerMayNotEdit(patch: Record<string, unknown>): string[] {
  return Object.keys(patch).filter(
    (key) => patch[key] !== undefined && !(PARTNER_EDITABLE_FIELDS as readonly string[]).includes(key),
  );
}
