import { daysBetween, type IsoDate } from '../../shared/dates.js';
import type { FieldError } from '../../shared/errors.js';

/** Kinds of compliance evidence a partner keeps current (PRODUCT.md, module 2). */
export const COMPLIANCE_TYPES = ['dpa_gdpr', 'soc2', 'iso27001', 'insurance', 'export_control', 'custom'] as const;
export type ComplianceType = (typeof COMPLIANCE_TYPES)[number];

/** pending: waiting for the vendor's review; verified: checked and in force until it expires. */
export const ITEM_STATUSES = ['pending', 'verified', 'rejected', 'expired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * Actions an expired (or missing, when required) item can block. Modules that own the action
 * ask `complianceBlocks(ctx, partnerId, action)` before doing it.
 */
export const BLOCKABLE_ACTIONS = ['payouts', 'deal_registration', 'mdf_requests', 'lead_distribution', 'tier_promotion'] as const;
export type BlockableAction = (typeof BLOCKABLE_ACTIONS)[number];

/** The vendor's setting for one type: whether every partner must hold one, and what lapsing blocks. */
export type Requirement = {
  type: ComplianceType;
  /** Every partner needs one in force; a partner without any is blocked too. */
  required: boolean;
  blocks: BlockableAction[];
  /** Days before expiry to remind the partner and its manager. */
  reminderDays: number[];
};

export const DEFAULT_REMINDER_DAYS = [60, 30, 7];

export function defaultRequirement(type: ComplianceType): Requirement {
  return { type, required: false, blocks: [], reminderDays: [...DEFAULT_REMINDER_DAYS] };
}

export type ItemFacts = { id: string; type: ComplianceType; status: ItemStatus; expiresOn: IsoDate | null };

export type ItemState = 'in_force' | 'expired' | 'pending' | 'rejected';

/** An item is in force once verified and through its expiry day; verified and past it, expired. */
export function itemState(item: Pick<ItemFacts, 'status' | 'expiresOn'>, today: IsoDate): ItemState {
  if (item.status === 'pending' || item.status === 'rejected') return item.status;
  if (item.status === 'expired' || (item.expiresOn !== null && item.expiresOn < today)) return 'expired';
  return 'in_force';
}

export type BlockReason = {
  type: ComplianceType;
  /** Why the type is not satisfied: its latest item expired, is pending review or was rejected; or there is none. */
  state: 'expired' | 'pending' | 'rejected' | 'missing';
  itemId: string | null;
  message: string;
};

export type BlockDecision = { blocked: boolean; reasons: BlockReason[] };

const TYPE_NAMES: Record<ComplianceType, string> = {
  dpa_gdpr: 'DPA / GDPR',
  soc2: 'SOC 2',
  iso27001: 'ISO 27001',
  insurance: 'Insurance',
  export_control: 'Export control',
  custom: 'Custom item',
};

/**
 * The consequences the vendor configured, applied to one partner and one action: each type whose
 * settings block the action must have an item in force; otherwise the partner is blocked, with a
 * reason naming the type and its latest item. A type nobody holds blocks only if it is required
 * (an optional certificate that was never offered lapses nothing).
 */
export function complianceBlocksFor(
  requirements: readonly Requirement[],
  items: readonly ItemFacts[],
  action: BlockableAction,
  today: IsoDate,
): BlockDecision {
  const reasons: BlockReason[] = [];
  for (const req of requirements) {
    if (!req.blocks.includes(action)) continue;
    const own = items.filter((i) => i.type === req.type);
    if (own.some((i) => itemState(i, today) === 'in_force')) continue;
    const latest = own.at(-1);
    if (!latest) {
      if (req.required) {
        reasons.push({
          type: req.type,
          state: 'missing',
          itemId: null,
          message: `${TYPE_NAMES[req.type]} is required and missing`,
        });
      }
      continue;
    }
    const state = itemState(latest, today) as Exclude<ItemState, 'in_force'>;
    const message =
      state === 'expired'
        ? `${TYPE_NAMES[req.type]} expired${latest.expiresOn ? ` on ${latest.expiresOn}` : ''}`
        : state === 'pending'
          ? `${TYPE_NAMES[req.type]} is waiting for review`
          : `${TYPE_NAMES[req.type]} was rejected`;
    reasons.push({ type: req.type, state, itemId: latest.id, message });
  }
  return { blocked: reasons.length > 0, reasons };
}

/**
 * Which items a newer one has replaced (decision 0330): an item that is not in force is superseded
 * when its type has an item in force, or a later item (items in the order they were added). The
 * replacement named is the latest in force, else the latest of the type. Superseded items are
 * history: they block nothing (as `complianceBlocksFor` reads only the current one) and say so.
 * Items in force are never superseded (a partner may hold two policies of one type).
 */
export function supersededItems(items: readonly ItemFacts[], today: IsoDate): Map<string, string> {
  const out = new Map<string, string>();
  const byType = new Map<ComplianceType, ItemFacts[]>();
  for (const item of items) byType.set(item.type, [...(byType.get(item.type) ?? []), item]);
  for (const own of byType.values()) {
    const current = own.filter((i) => itemState(i, today) === 'in_force').at(-1) ?? own.at(-1);
    if (!current) continue;
    for (const item of own) if (item.id !== current.id && itemState(item, today) !== 'in_force') out.set(item.id, current.id);
  }
  return out;
}

/** Dates and names that must hold together; problems name the field. */
export function itemProblems(item: {
  type: ComplianceType;
  name: string;
  issuedOn: IsoDate | null;
  expiresOn: IsoDate | null;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (item.type === 'custom' && item.name.trim() === '') problems.push({ path: 'name', message: 'must name a custom item' });
  if (item.issuedOn && item.expiresOn && item.expiresOn < item.issuedOn) {
    problems.push({ path: 'expiresOn', message: 'must be on or after issuedOn' });
  }
  return problems;
}

/**
 * The reminder due for an expiry `daysLeft` away: the most urgent threshold crossed (one
 * reminder a threshold however long the job was down). Null before the first and after expiry.
 */
export function expiryReminderDue(expiresOn: IsoDate, today: IsoDate, thresholds: readonly number[]): number | null {
  const left = daysBetween(today, expiresOn);
  if (left < 0) return null;
  const crossed = thresholds.filter((d) => left <= d);
  return crossed.length === 0 ? null : Math.min(...crossed);
}

export function typeName(type: ComplianceType): string {
  return TYPE_NAMES[type];
}
