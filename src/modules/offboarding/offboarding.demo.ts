import type { DemoSeeder } from '../../server/module.js';
import { completeItem, listPartnerRunbooks } from './offboarding.service.js';

const NOTES: Record<string, string> = {
  end_access: 'Portal access ended after the exit call',
  transfer: 'Two open opportunities handed to the direct team; no open leads',
  archive_plans: 'Nothing in progress',
  export_records: 'Contacts, agreements and compliance evidence exported to the partner file',
};

/**
 * Before the partners seeder terminates a partner in the story, its owner works through the
 * off-boarding runbook (made when it entered off-boarding), a few days apart, settling the last
 * commission in the partner's currency.
 */
export const offboardingDemo: DemoSeeder = {
  order: 39,
  async seed(_ctx, story) {
    story.beforeStage.set('terminated', async (as, partnerId, at) => {
      const [runbook] = await listPartnerRunbooks(as(at), partnerId);
      if (runbook?.status !== 'open') return;
      const open = runbook.items.filter((i) => !i.doneAt);
      const started = runbook.startedAt.getTime();
      for (const [n, item] of open.entries()) {
        // Spread between the start of the off-boarding and the termination.
        const when = new Date(started + ((at.getTime() - started) * (n + 1)) / (open.length + 1));
        await completeItem(
          as(when),
          item.id,
          item.kind === 'settle'
            ? { note: 'Final commission paid with the last payout run', amount: { amount: 420_000, currency: 'EUR' } }
            : { note: NOTES[item.kind] ?? 'Done' },
        );
      }
    });
  },
};
