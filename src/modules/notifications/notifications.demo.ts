import type { DemoSeeder } from '../../server/module.js';
import { seedInboxItem } from './notifications.service.js';

/**
 * The partner managers' inboxes: "X is assigned to you" for the partners they own (what the live
 * app sends when a partner gets an owner), spread over the last twelve weeks — the story's full
 * history would bury the bell. Each manager's two newest are unread, the rest read a few days
 * after they came.
 */
export const notificationsDemo: DemoSeeder = {
  order: 90,
  async seed(_ctx, story) {
    const items = [...story.partners.values()].flatMap((partner) => {
      const owner = story.people.get(partner.ownerKey);
      const createdAt = partner.timeline[0]?.at;
      if (!owner || !createdAt) return [];
      const recent = story.daysAgo(84);
      const at = createdAt < recent ? story.daysAgo(story.random.int(1, 84)) : createdAt;
      return [{ partner, owner, at }];
    });
    items.sort((a, b) => b.at.getTime() - a.at.getTime());
    const unreadLeft = new Map<string, number>();
    for (const [index, { partner, owner, at }] of items.entries()) {
      story.progress(index, items.length);
      const left = unreadLeft.get(owner.key) ?? 2;
      unreadLeft.set(owner.key, left - 1);
      await seedInboxItem(story.system('notify partner owner', at), {
        to: owner.id,
        kind: 'partners.owner_assigned',
        title: `${partner.name} is assigned to you`,
        body: `You are the partner manager of ${partner.name}.`,
        link: `/partners/${partner.id}`,
        entity: { type: 'partner', id: partner.id },
        partnerId: partner.id,
        readAt: left > 0 ? null : story.after(at, story.random.int(0, 3)),
      });
    }
  },
};
