import { addDays, type IsoDate } from '../../shared/dates.js';

/**
 * Conflict cases: the pure rules (docs/decisions/0190–0194). Data in, decision out; "no" is a
 * value with its reason.
 */

export const CASE_STATUSES = ['open', 'decided', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * - awarded: one party keeps the customer, the others step back
 * - split: the named parties share it (e.g. one sells, one delivers), the others step back
 * - vendor_direct: the vendor's direct team takes it; partner parties step back
 * - no_conflict: not a conflict after all; every party proceeds
 */
export const DECISION_OUTCOMES = ['awarded', 'split', 'vendor_direct', 'no_conflict'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The decision as it concerns one party. */
export const PARTY_OUTCOMES = ['keeps', 'shares', 'steps_back', 'proceeds'] as const;
export type PartyOutcome = (typeof PARTY_OUTCOMES)[number];

export const TIERS = [1, 2, 3] as const;
export type Tier = (typeof TIERS)[number];
export const TOP_TIER: Tier = 3;

/** Who decides at each tier (the escalation ladder a channel team runs). */
export const TIER_LABELS: Record<Tier, string> = {
  1: 'Partner manager',
  2: 'Channel chief',
  3: 'Executive',
};

export type Rule<T = true> = { allowed: true; value: T } | { allowed: false; reason: string; path: string };
const no = (reason: string, path: string) => ({ allowed: false as const, reason, path });

/** When a tier's SLA runs out: the tier's hours from the moment it started (the last tier's hours beyond the list). */
export function tierDueAt(startedAt: Date, tier: number, slaHours: readonly number[]): Date {
  const hours = slaHours[Math.min(tier, slaHours.length) - 1] ?? 72;
  return new Date(startedAt.getTime() + hours * 3_600_000);
}

/** An open case past its tier's SLA. */
export function isOverdue(c: { status: CaseStatus; dueAt: Date }, now: Date): boolean {
  return c.status === 'open' && c.dueAt.getTime() < now.getTime();
}

/** An open case below the top tier goes one tier up. */
export function escalation(c: { status: CaseStatus; tier: number }): Rule<Tier> {
  if (c.status !== 'open') return no('is not open: only an open case is escalated', 'status');
  if (c.tier >= TOP_TIER) return no(`is already at the top tier (${TIER_LABELS[TOP_TIER]})`, 'tier');
  return { allowed: true, value: (c.tier + 1) as Tier };
}

export type Party = { id: string; partnerId: string | null };
export type DecisionInput = { outcome: DecisionOutcome; keepers: readonly string[] };

/**
 * Whether a decision fits the case's parties, and what it means for each: `awarded` names exactly
 * one keeper, `split` two or more, both among the parties; `vendor_direct` needs no keeper (the
 * vendor's direct party keeps it, if it is one); `no_conflict` names none.
 */
export function decide(parties: readonly Party[], input: DecisionInput): Rule<Map<string, PartyOutcome>> {
  const ids = new Set(parties.map((p) => p.id));
  const keepers = [...new Set(input.keepers)];
  const unknown = keepers.find((k) => !ids.has(k));
  if (unknown) return no('must name parties of this case', 'keepers');
  const out = new Map<string, PartyOutcome>();
  switch (input.outcome) {
    case 'awarded':
      if (keepers.length !== 1) return no('must name exactly one party to keep the customer', 'keepers');
      for (const p of parties) out.set(p.id, keepers.includes(p.id) ? 'keeps' : 'steps_back');
      return { allowed: true, value: out };
    case 'split':
      if (keepers.length < 2) return no('must name at least two parties to share the customer', 'keepers');
      for (const p of parties) out.set(p.id, keepers.includes(p.id) ? 'shares' : 'steps_back');
      return { allowed: true, value: out };
    case 'vendor_direct':
      if (keepers.length > 0) return no('must be empty: the vendor’s direct team keeps the customer', 'keepers');
      for (const p of parties) out.set(p.id, p.partnerId === null ? 'keeps' : 'steps_back');
      return { allowed: true, value: out };
    case 'no_conflict':
      if (keepers.length > 0) return no('must be empty: every party proceeds', 'keepers');
      for (const p of parties) out.set(p.id, 'proceeds');
      return { allowed: true, value: out };
  }
}

/**
 * What a decision means for a party that joins its case after it was decided (a later claim on
 * the customer, decision 0319): the decision named its keepers without it, so it steps back —
 * unless the decision found no conflict (it proceeds, like every party) or gave the customer to
 * the vendor's direct team and the newcomer is that team (it keeps it). It may appeal like any
 * party while the window is open; at the top tier the decision is final for it too.
 */
export function lateOutcome(outcome: DecisionOutcome | null, party: { partnerId: string | null }): PartyOutcome {
  switch (outcome) {
    case 'no_conflict':
    case null:
      return 'proceeds';
    case 'vendor_direct':
      return party.partnerId === null ? 'keeps' : 'steps_back';
    case 'awarded':
    case 'split':
      return 'steps_back';
  }
}

/** The last day to appeal a decision made on `today`. */
export function appealUntil(today: IsoDate, appealDays: number): IsoDate {
  return addDays(today, appealDays);
}

/**
 * A partner party appeals a decision: only while the case is decided, on or before the appeal
 * deadline, once per decision, when the decision did not give it the customer, and below the top
 * tier (the executive's decision is final). The case re-opens at the next tier.
 */
export function appeal(
  c: { status: CaseStatus; tier: number; round: number; appealUntil: IsoDate | null },
  party: { partnerId: string | null; outcome: PartyOutcome | null; appealedRound: number | null },
  today: IsoDate,
): Rule<Tier> {
  if (party.partnerId === null) return no('is the vendor’s own: only a partner appeals', 'party');
  if (c.status !== 'decided') return no('is not decided: there is nothing to appeal yet', 'status');
  if (c.appealUntil === null || today > c.appealUntil) return no(`could be appealed until ${c.appealUntil}`, 'status');
  if (party.appealedRound === c.round) return no('was already appealed by you', 'status');
  if (party.outcome === 'keeps' || party.outcome === 'proceeds') return no('went your way: there is nothing to appeal', 'status');
  if (c.tier >= TOP_TIER) return no(`was decided at the top tier (${TIER_LABELS[TOP_TIER]}) and is final`, 'tier');
  return { allowed: true, value: (c.tier + 1) as Tier };
}

/** A decided case closes with its recorded outcome: by hand, or by the daily job once nobody can appeal. */
export function closing(c: { status: CaseStatus; appealUntil: IsoDate | null }, today: IsoDate, by: 'person' | 'job'): Rule {
  if (c.status !== 'decided') return no('is not decided: decide it before recording the outcome', 'status');
  if (by === 'job' && (c.appealUntil === null || today <= c.appealUntil)) return no('can still be appealed', 'status');
  return { allowed: true, value: true };
}

export function formatCaseNumber(n: number | bigint): string {
  return `CC-${String(n).padStart(6, '0')}`;
}
