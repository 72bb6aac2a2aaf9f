import type { DemoSeeder } from '../../server/module.js';
import { seedInboxItem } from './notifications.service.js';

/**
 * The partner managers' inboxes: "X is assigned to you" for each partner of the last weeks they
 * own (what the live app sends when a partner gets an owner), the older ones read. Only the demo's
 * recent weeks: the story's full history would bury the bell.
 */
export const notificationsDemo: DemoSeeder = {
  order: 90,
  async seed(_ctx, story) {
    const recent = story.daysAgo(56);
    const partners = [...story.partners.values()];
    for (const [index, partner] of partners.entries()) {
      story.progress(index, partners.length);
      const owner = story.people.get(partner.ownerKey);
      const createdAt = partner.timeline[0]?.at;
      if (!owner || !createdAt) continue;
      // Older assignments appear too, but only the last eight weeks' are still unread.
      const at = createdAt < recent ? story.daysAgo(story.random.int(10, 84)) : createdAt;
      const read = at < story.daysAgo(7) || story.random.chance(0.3) ? story.after(at, story.random.int(0, 3)) : null;
      await seedInboxItem(story.system('notify partner owner', at), {
        to: owner.id,
        kind: 'partners.owner_assigned',
        title: `${partner.name} is assigned to you`,
        body: `You are the partner manager of ${partner.name}.`,
        link: `/partners/${partner.id}`,
        entity: { type: 'partner', id: partner.id },
        partnerId: partner.id,
        readAt: read,
      });
    }
  },
};
