import type { Money } from '../../shared/money.js';

/**
 * The off-boarding runbook: what ending a partnership takes, in order. Each item is done by a
 * person with a note; some do what they say when marked done (`end_access` deactivates the
 * partner's users, `archive_plans` cancels its onboarding in progress).
 */
export const RUNBOOK_ITEM_KINDS = ['end_access', 'settle', 'transfer', 'archive_plans', 'export_records'] as const;
export type RunbookItemKind = (typeof RUNBOOK_ITEM_KINDS)[number];

export const RUNBOOK_STATUSES = ['open', 'completed', 'cancelled'] as const;
export type RunbookStatus = (typeof RUNBOOK_STATUSES)[number];

export type RunbookItemTemplate = { kind: RunbookItemKind; title: string; description: string };

/** The checklist every off-boarding starts with. */
export const RUNBOOK_TEMPLATE: readonly RunbookItemTemplate[] = [
  {
    kind: 'end_access',
    title: 'End portal access',
    description: 'Deactivates every user of the partner: their sessions and API tokens stop working at once. Their records stay.',
  },
  {
    kind: 'settle',
    title: 'Settle what is owed',
    description: 'Agree and record the final amount owed either way (commissions, rebates, fees), or that nothing is owed.',
  },
  {
    kind: 'transfer',
    title: 'Transfer open deals and leads',
    description:
      'Hands its open leads and opportunities to the partner taking over (or back to the direct team) and ends its submitted and approved deal registrations.',
  },
  {
    kind: 'archive_plans',
    title: 'Archive plans',
    description:
      'Archives its joint business plans (closing an approved one) and cancels the onboarding in progress, so nobody is reminded of their tasks. Every plan stays readable.',
  },
  {
    kind: 'export_records',
    title: 'Export the partner’s records',
    description: 'Download the partner’s records for the file (they stay readable in Consort too).',
  },
];

/**
 * A runbook is started by hand only for a partner in off-boarding whose latest runbook is not
 * open or finished (none at all, or one cancelled when it was retained before): the reason it
 * may not, or null.
 */
export function startRunbookProblem(stage: string, latest: RunbookStatus | null): string | null {
  if (stage !== 'offboarding') return `the partner is ${stage}, not off-boarding: move it to off-boarding to start its runbook`;
  if (latest === 'open') return 'the partner already has an open runbook';
  if (latest === 'completed') return 'the partner’s runbook is finished: it may be terminated';
  return null;
}

export type Decision = { allowed: true } | { allowed: false; reason: string; path: string };

/**
 * An item is done once, by a person who says what was done (a note), and "settle what is owed"
 * with the amount settled (zero when nothing is owed): an amount only there.
 */
export function decideItemDone(
  item: { kind: RunbookItemKind; doneAt: Date | null },
  runbook: { status: RunbookStatus },
  input: { note: string; amount?: Money | null; transferTo?: string | null },
): Decision {
  if (runbook.status !== 'open') return { allowed: false, reason: `the runbook is ${runbook.status}`, path: 'status' };
  if (item.doneAt) return { allowed: false, reason: 'is already done', path: 'status' };
  if (!input.note.trim()) return { allowed: false, reason: 'is required: say what was done', path: 'note' };
  if (item.kind === 'settle' && !input.amount) {
    return { allowed: false, reason: 'is required: the amount settled (0 when nothing is owed)', path: 'amount' };
  }
  if (item.kind !== 'settle' && input.amount) {
    return { allowed: false, reason: 'only the settlement item records an amount', path: 'amount' };
  }
  if (item.kind !== 'transfer' && input.transferTo) {
    return { allowed: false, reason: 'only the transfer item names the partner taking over', path: 'transferTo' };
  }
  return { allowed: true };
}

/** A runbook is finished when every item is done. */
export function runbookFinished(items: readonly { doneAt: Date | null }[]): boolean {
  return items.length > 0 && items.every((i) => i.doneAt !== null);
}

/**
 * A partner in off-boarding is terminated only once its runbook is finished. A partner that
 * entered off-boarding before runbooks existed (no runbook) is not held back.
 */
export function terminationAllowed(
  runbook: { status: RunbookStatus; open: number } | null,
): { allowed: true } | { allowed: false; reason: string } {
  if (!runbook || runbook.status === 'completed') return { allowed: true };
  return {
    allowed: false,
    reason: `Finish the off-boarding runbook first: ${runbook.open} ${runbook.open === 1 ? 'item is' : 'items are'} still open`,
  };
}
