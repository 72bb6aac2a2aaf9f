import diff from 'microdiff';
import { addMonths, type IsoDate } from '../../shared/dates.js';
import type { Money } from '../../shared/money.js';

/**
 * Joint business plans and bilateral commitments: the rules, pure. A plan is written by both
 * sides of an alliance for a fiscal period; the vendor proposes it, the partner approves it; each
 * side keeps (or misses) its own commitments, and fulfilment per side says who kept their word.
 */

export const PLAN_STATUSES = ['draft', 'proposed', 'approved', 'closed', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const SIDES = ['vendor', 'partner'] as const;
export type Side = (typeof SIDES)[number];

/** Whose a plan item is: one side's, or both sides' together. */
export const ITEM_SIDES = ['vendor', 'partner', 'joint'] as const;
export type ItemSide = (typeof ITEM_SIDES)[number];

export const COMMITMENT_STATUSES = ['open', 'done', 'missed'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const GOAL_KINDS = ['revenue', 'pipeline', 'certifications', 'joint_wins', 'custom'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];
/** Goals measured in money; the others count (certified people, joint wins, a custom unit). */
export const MONEY_GOALS: readonly GoalKind[] = ['revenue', 'pipeline'];

export const INITIATIVE_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export type Goal = {
  id: string;
  side: ItemSide;
  kind: GoalKind;
  title: string;
  /** Revenue and pipeline goals: an amount (minor units + currency). */
  targetAmount: Money | null;
  /** Counted goals: how many (certified people, joint wins, …). */
  targetCount: number | null;
  /** What a custom goal counts ("reference customers"). */
  unit: string;
  notes: string;
};

export type Persona = { id: string; name: string; description: string };

/** One entry of the joint campaign calendar. */
export type Campaign = {
  id: string;
  side: ItemSide;
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  channel: string;
  notes: string;
};

export type Initiative = {
  id: string;
  side: ItemSide;
  title: string;
  status: InitiativeStatus;
  dueOn: IsoDate | null;
  notes: string;
};

export type Swot = { strengths: string[]; weaknesses: string[]; opportunities: string[]; threats: string[] };
export type MarketScope = { segments: string[]; territories: string[]; solutionCategories: string[]; notes: string };
export type Playbook = { personas: Persona[]; messaging: string; campaigns: Campaign[] };

/** The plan's body: everything but its header (title, period) and its status. */
export type PlanContent = {
  summary: string;
  goals: Goal[];
  swot: Swot;
  marketScope: MarketScope;
  playbook: Playbook;
  initiatives: Initiative[];
};

export function emptyContent(): PlanContent {
  return {
    summary: '',
    goals: [],
    swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] },
    marketScope: { segments: [], territories: [], solutionCategories: [], notes: '' },
    playbook: { personas: [], messaging: '', campaigns: [] },
    initiatives: [],
  };
}

/** Deep equality that ignores key order (JSONB answers keys in its own order). */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  return diff(a as Record<string, unknown>, b as Record<string, unknown>).length === 0 && Array.isArray(a) === Array.isArray(b);
}

export type Decision = { allowed: true } | { allowed: false; reason: string; path?: string };
export type Problem = { path: string; message: string };

// ——— Fulfilment ———

/**
 * What a commitment done after its due day earns: half of one kept on time (decision 0131).
 * The SQL of the portfolio figure uses the same constant.
 */
export const LATE_DONE_CREDIT = 0.5;

export type CommitmentFacts = {
  side: Side;
  status: CommitmentStatus;
  dueDate: IsoDate;
  /** The organisation's local date it was marked done (null unless done). */
  completedOn: IsoDate | null;
};

/**
 * How much one commitment counts towards its side's fulfilment as of `today` (the
 * organisation's local date), or null when it does not count yet:
 * done on or before its due day = 1; done later = LATE_DONE_CREDIT; missed = 0; open and past
 * its due day = 0 (due and not kept); open and not yet past due = not counted.
 */
export function commitmentCredit(c: CommitmentFacts, today: IsoDate): number | null {
  switch (c.status) {
    case 'done':
      return c.completedOn !== null && c.completedOn <= c.dueDate ? 1 : LATE_DONE_CREDIT;
    case 'missed':
      return 0;
    case 'open':
      return c.dueDate < today ? 0 : null;
  }
}

export type Fulfilment = {
  /** 0–100, null when none of the side's commitments counts yet. */
  vendor: number | null;
  partner: number | null;
  /** |vendor − partner| in points, null unless both sides have a figure. */
  asymmetry: number | null;
  /** Commitments counted per side. */
  counted: { vendor: number; partner: number };
};

/** Percent of credit earned over commitments counted, rounded to a whole point. */
export function percentOf(credit: number, counted: number): number | null {
  return counted === 0 ? null : Math.round((100 * credit) / counted);
}

/** The fulfilment rule, per side: the share of what each side committed and has kept so far. */
export function fulfilmentOf(commitments: readonly CommitmentFacts[], today: IsoDate): Fulfilment {
  const credit = { vendor: 0, partner: 0 };
  const counted = { vendor: 0, partner: 0 };
  for (const c of commitments) {
    const value = commitmentCredit(c, today);
    if (value === null) continue;
    credit[c.side] += value;
    counted[c.side] += 1;
  }
  const vendor = percentOf(credit.vendor, counted.vendor);
  const partner = percentOf(credit.partner, counted.partner);
  return { vendor, partner, asymmetry: asymmetryOf(vendor, partner), counted };
}

export function asymmetryOf(vendor: number | null, partner: number | null): number | null {
  return vendor === null || partner === null ? null : Math.abs(vendor - partner);
}

/** Open and past its due day (the organisation's local date): the owner is told once. */
export function isOverdue(c: { status: CommitmentStatus; dueDate: IsoDate }, today: IsoDate): boolean {
  return c.status === 'open' && c.dueDate < today;
}

// ——— Status ———

export const PLAN_ACTIONS = ['propose', 'approve', 'return', 'close', 'archive'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

const TRANSITIONS: Record<PlanAction, { from: readonly PlanStatus[]; to: PlanStatus; sides: readonly Side[] }> = {
  // The vendor proposes the plan to the partner …
  propose: { from: ['draft'], to: 'proposed', sides: ['vendor'] },
  // … and the partner approves it: an alliance plan binds the partner only with its consent.
  approve: { from: ['proposed'], to: 'approved', sides: ['partner'] },
  // Either side sends a proposal back to draft (the partner asks for changes, the vendor withdraws
  // it); the vendor reopens an approved plan to change it, which needs approving again.
  return: { from: ['proposed', 'approved'], to: 'draft', sides: ['vendor', 'partner'] },
  close: { from: ['approved'], to: 'closed', sides: ['vendor'] },
  archive: { from: ['draft', 'proposed', 'closed'], to: 'archived', sides: ['vendor'] },
};

/** Where `action` takes a plan in `status` when `side` asks, or why not. */
export function planTransition(
  status: PlanStatus,
  action: PlanAction,
  side: Side,
): { allowed: true; to: PlanStatus } | { allowed: false; reason: string; path: string } {
  const t = TRANSITIONS[action];
  if (!t.sides.includes(side)) {
    return {
      allowed: false,
      reason: action === 'approve' ? 'The partner approves the plan' : `Only the vendor may ${action} a plan`,
      path: 'side',
    };
  }
  if (side === 'partner' && action === 'return' && status !== 'proposed') {
    return { allowed: false, reason: 'The partner sends back a proposed plan only', path: 'status' };
  }
  if (!t.from.includes(status)) {
    return { allowed: false, reason: `A ${status} plan cannot be ${pastOf(action)}`, path: 'status' };
  }
  return { allowed: true, to: t.to };
}

function pastOf(action: PlanAction): string {
  return { propose: 'proposed', approve: 'approved', return: 'sent back to draft', close: 'closed', archive: 'archived' }[action];
}

/** Drafts and proposals are being written; an approved plan is reopened first; closed and archived ones are history. */
export function contentEditable(status: PlanStatus): boolean {
  return status === 'draft' || status === 'proposed';
}

/** Commitments change status while the plan runs; closed and archived plans are history. */
export function commitmentsEditable(status: PlanStatus): boolean {
  return status !== 'closed' && status !== 'archived';
}

/** New commitments are agreed with the plan: added while it is a draft or a proposal. */
export function commitmentsAddable(status: PlanStatus): boolean {
  return contentEditable(status);
}

// ——— Who edits which part ———

export type PlanHeader = { title: string; periodStart: IsoDate; periodEnd: IsoDate };

function itemLabel(item: { id: string }): string {
  const named = item as { title?: string; name?: string };
  return named.title ?? named.name ?? item.id;
}

/**
 * Both sides edit their own parts: a side adds, changes and removes the goals, initiatives and
 * campaigns that are its own or joint, never the other side's; the narrative (summary, SWOT,
 * market scope, personas, messaging) is joint and both sides write it; the header (title,
 * period) is the vendor's. Answers the problems of a change `side` made from `before` to `after`.
 */
export function planEditProblems(
  before: PlanHeader & { content: PlanContent },
  after: PlanHeader & { content: PlanContent },
  side: Side,
): Problem[] {
  const problems: Problem[] = [];
  if (side === 'partner') {
    for (const key of ['title', 'periodStart', 'periodEnd'] as const) {
      if (before[key] !== after[key]) problems.push({ path: key, message: 'is set by the vendor' });
    }
  }
  const other: ItemSide = side === 'vendor' ? 'partner' : 'vendor';
  const check = <T extends { id: string; side: ItemSide }>(path: string, was: readonly T[], now: readonly T[]) => {
    const wasById = new Map(was.map((i) => [i.id, i]));
    const nowById = new Map(now.map((i) => [i.id, i]));
    now.forEach((item, index) => {
      const prior = wasById.get(item.id);
      if (!prior && item.side === other)
        problems.push({ path: `${path}.${index}.side`, message: `only the ${other} adds its own items` });
      if (prior && prior.side === other && !same(prior, item)) {
        problems.push({ path: `${path}.${index}`, message: `is the ${other}'s: only the ${other} changes it` });
      }
      if (prior && prior.side !== other && item.side === other) {
        problems.push({ path: `${path}.${index}.side`, message: `cannot be handed to the ${other}` });
      }
    });
    for (const prior of was) {
      if (prior.side === other && !nowById.has(prior.id)) {
        problems.push({ path, message: `keeps the ${other}'s items: only the ${other} removes "${itemLabel(prior)}"` });
      }
    }
  };
  check('goals', before.content.goals, after.content.goals);
  check('initiatives', before.content.initiatives, after.content.initiatives);
  check('playbook.campaigns', before.content.playbook.campaigns, after.content.playbook.campaigns);
  return problems;
}

/** Problems within a plan's content, whoever writes it: periods in order, goals with the right kind of target, unique ids. */
export function contentProblems(header: PlanHeader, content: PlanContent): Problem[] {
  const problems: Problem[] = [];
  if (header.periodEnd < header.periodStart) problems.push({ path: 'periodEnd', message: 'must be on or after periodStart' });
  const ids = new Set<string>();
  const unique = (path: string, id: string) => {
    if (ids.has(id)) problems.push({ path, message: 'repeats the id of another item' });
    ids.add(id);
  };
  content.goals.forEach((g, i) => {
    unique(`goals.${i}.id`, g.id);
    if (MONEY_GOALS.includes(g.kind)) {
      if (!g.targetAmount) problems.push({ path: `goals.${i}.targetAmount`, message: `a ${g.kind} goal needs an amount` });
    } else if (g.targetCount === null) {
      problems.push({ path: `goals.${i}.targetCount`, message: `a ${g.kind.replace('_', ' ')} goal needs a count` });
    }
  });
  content.initiatives.forEach((x, i) => {
    unique(`initiatives.${i}.id`, x.id);
  });
  content.playbook.personas.forEach((x, i) => {
    unique(`playbook.personas.${i}.id`, x.id);
  });
  content.playbook.campaigns.forEach((x, i) => {
    unique(`playbook.campaigns.${i}.id`, x.id);
    if (x.endsOn !== null && x.endsOn < x.startsOn) {
      problems.push({ path: `playbook.campaigns.${i}.endsOn`, message: 'must be on or after startsOn' });
    }
  });
  return problems;
}

// ——— Commitments: who changes which ———

export type CommitmentActor = { userId: string | null; role: string; partnerId: string | null };

/**
 * Each side keeps its own word: a partner's people change their own side's commitments of their
 * own plans; the vendor's admins and partner managers (alliance managers) the vendor side's —
 * an executive who owns one is reminded, and the alliance manager records it. The other side reads.
 */
export function mayChangeCommitment(
  actor: CommitmentActor,
  commitment: { side: Side; partnerId: string; ownerId: string | null },
): Decision {
  // The system itself (a seeder, a migration) acts for either side.
  if (actor.userId === null && actor.role === 'admin' && actor.partnerId === null) return { allowed: true };
  if (actor.partnerId !== null) {
    if (actor.partnerId !== commitment.partnerId) return { allowed: false, reason: 'Not your plan' };
    if (commitment.side !== 'partner') return { allowed: false, reason: "This is the vendor's commitment: the vendor keeps it" };
    return { allowed: true };
  }
  if (commitment.side !== 'vendor') {
    return { allowed: false, reason: "This is the partner's commitment: the partner keeps it" };
  }
  if (actor.role === 'admin' || actor.role === 'partner_manager') return { allowed: true };
  return { allowed: false, reason: "The vendor's admins and partner managers record the vendor's commitments" };
}

/**
 * Adding commitments: the vendor's admins and partner managers add them for either side (a
 * proposal the partner approves with the plan); a partner's people add their own side's.
 */
export function mayAddCommitment(actor: CommitmentActor, side: Side): Decision {
  if (actor.partnerId !== null) {
    return side === 'partner'
      ? { allowed: true }
      : { allowed: false, reason: "The vendor adds the vendor's commitments", path: 'side' };
  }
  if (actor.role === 'admin' || actor.role === 'partner_manager') return { allowed: true };
  return { allowed: false, reason: 'Only admins and partner managers add commitments' };
}

// ——— Fiscal periods ———

export type PeriodPreset = { key: string; label: string; start: IsoDate; end: IsoDate };

/**
 * The fiscal year containing `today` and its neighbours, with the current year's quarters, for a
 * fiscal year starting on the first of `startMonth` (1–12). Fiscal years are named after the
 * calendar year they end in (FY2027 runs February 2026 – January 2027 when they start in
 * February), as most companies do; a year starting in January is the calendar year.
 */
export function fiscalPeriods(today: IsoDate, startMonth: number): PeriodPreset[] {
  const [y = 1970, m = 1] = today.split('-').map(Number);
  const startYear = m >= startMonth ? y : y - 1;
  const yearStart = (offset: number) => `${startYear + offset}-${String(startMonth).padStart(2, '0')}-01`;
  const lastDay = (start: IsoDate, months: number) => addDaysBefore(addMonths(start, months));
  const fyName = (offset: number) => {
    const start = yearStart(offset);
    const end = lastDay(start, 12);
    return `FY${end.slice(0, 4)}`;
  };
  const out: PeriodPreset[] = [];
  for (const [offset, key] of [
    [0, 'this_year'],
    [1, 'next_year'],
    [-1, 'last_year'],
  ] as const) {
    const start = yearStart(offset);
    out.push({ key, label: fyName(offset), start, end: lastDay(start, 12) });
  }
  for (let q = 0; q < 4; q += 1) {
    const start = addMonths(yearStart(0), q * 3);
    out.push({ key: `q${q + 1}`, label: `${fyName(0)} Q${q + 1}`, start, end: lastDay(start, 3) });
  }
  return out;
}

function addDaysBefore(date: IsoDate): IsoDate {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The plan whose period covers `day`: it starts on or before it and ends on or after it. */
export function covers(plan: { periodStart: IsoDate; periodEnd: IsoDate }, day: IsoDate): boolean {
  return plan.periodStart <= day && day <= plan.periodEnd;
}

// ——— Versions and their differences ———

/** What a version keeps: the plan as both sides saw it after one change. */
export type PlanSnapshot = PlanHeader & {
  status: PlanStatus;
  content: PlanContent;
  commitments: Record<
    string,
    {
      side: Side;
      title: string;
      dueDate: IsoDate;
      /** Versions written before commitments had an amount have none. */
      amount?: Money | null;
      owner: string | null;
      status: CommitmentStatus;
      evidence: string;
    }
  >;
};

export type FieldChange = {
  /** Machine path: keys, with list items by their id. */
  path: string[];
  /** The same for people: "Goals › Joint pipeline › Target amount". */
  label: string;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
};

/** Lists of items with ids become maps by id, so moving one item is not a change to every other. */
function keyed(snapshot: PlanSnapshot): Record<string, unknown> {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    Object.fromEntries(items.map(({ id, ...rest }) => [id, rest])) as Record<string, unknown>;
  const c = snapshot.content;
  return {
    title: snapshot.title,
    periodStart: snapshot.periodStart,
    periodEnd: snapshot.periodEnd,
    status: snapshot.status,
    summary: c.summary,
    goals: byId(c.goals),
    swot: c.swot,
    marketScope: c.marketScope,
    personas: byId(c.playbook.personas),
    messaging: c.playbook.messaging,
    campaigns: byId(c.playbook.campaigns),
    initiatives: byId(c.initiatives),
    commitments: snapshot.commitments,
  };
}

const SECTION_LABELS: Record<string, string> = {
  title: 'Title',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  status: 'Status',
  summary: 'Summary',
  goals: 'Goals',
  swot: 'SWOT',
  marketScope: 'Market scope',
  personas: 'Personas',
  messaging: 'Messaging',
  campaigns: 'Campaign calendar',
  initiatives: 'Initiatives',
  commitments: 'Commitments',
};

function humanize(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/** The name of an item in either snapshot (a goal's title, a campaign's name), for the label. */
function itemName(section: string, id: string, a: Record<string, unknown>, b: Record<string, unknown>): string {
  for (const side of [b, a]) {
    const item = (side[section] as Record<string, Record<string, unknown>> | undefined)?.[id];
    const name = item?.title ?? item?.name;
    if (typeof name === 'string' && name !== '') return name;
  }
  return id;
}

/**
 * The field-level changes from one version to another (microdiff on the keyed snapshots):
 * an item added or removed is one change carrying the whole item; a changed field of an item is
 * one change each. Values inside SWOT and market scope lists are compared as whole lists.
 */
export function planDiff(from: PlanSnapshot, to: PlanSnapshot): FieldChange[] {
  const a = keyed(from);
  const b = keyed(to);
  const ITEM_SECTIONS = new Set(['goals', 'personas', 'campaigns', 'initiatives', 'commitments']);
  const changes = new Map<string, FieldChange>();
  for (const d of diff(a, b)) {
    const keys = d.path.map(String);
    const [section = ''] = keys;
    // Collapse below the field level: a list of strings, an amount, an item's sub-object.
    const depth = ITEM_SECTIONS.has(section) ? 3 : section === 'swot' || section === 'marketScope' ? 2 : 1;
    const isWholeItem = ITEM_SECTIONS.has(section) && keys.length === 2;
    const path = keys.slice(0, isWholeItem ? 2 : depth);
    const key = path.join('\u0000');
    if (changes.has(key)) continue;
    const get = (root: Record<string, unknown>) =>
      path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root);
    const before = get(a);
    const after = get(b);
    const parts = [SECTION_LABELS[section] ?? humanize(section)];
    if (ITEM_SECTIONS.has(section) && path[1]) parts.push(itemName(section, path[1], a, b));
    else if (path[1]) parts.push(humanize(path[1]));
    if (ITEM_SECTIONS.has(section) && path[2]) parts.push(humanize(path[2]));
    changes.set(key, {
      path,
      label: parts.join(' › '),
      kind: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed',
      before: before ?? null,
      after: after ?? null,
    });
  }
  return [...changes.values()];
}
