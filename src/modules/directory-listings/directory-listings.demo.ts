import type { DemoSeeder } from '../../server/module.js';
import { moderateDirectoryListing, saveDirectoryListing } from './directory-listings.service.js';

const PITCH: Record<string, string> = {
  northwind: 'Northwind resells and implements Lumen Cloud for retailers across North America.',
  'contoso-consulting': 'Global systems integrator: Lumen Cloud programs for banks and insurers.',
  'fabrikam-ms': 'Managed Lumen Cloud operations, 24×7, for mid-sized companies in Europe.',
  'tailspin-data': 'Data integration for Lumen Analytics: connectors, pipelines and support.',
  adatum: 'Run Lumen Cloud on Adatum’s cloud with committed-spend billing.',
  litware: 'Identity and access products that plug into Lumen Cloud.',
  proseware: 'Value-added reseller with Lumen-certified engineers in the Midwest.',
  wideworld: 'Systems integration and consulting for manufacturers.',
  alpineit: 'Managed services and licensing for schools and municipalities in the Alps.',
  'blueyonder-analytics': 'Forecasting and planning apps built on Lumen Analytics.',
  'humongous-it': 'Lumen Cloud migrations for large enterprises.',
  relecloud: 'Buy Lumen Cloud through the Relecloud marketplace.',
  vanarsdel: 'Strategy and implementation for public-sector Lumen programs.',
  'kestrel-sec': 'Threat intelligence for Lumen Analytics.',
};

/**
 * A dozen partners' admins opted in to the public directory some weeks after they were enabled,
 * with a pitch of their own; one listing was hidden for out-of-date contact details and shown
 * again after the fix.
 */
export const directoryListingsDemo: DemoSeeder = {
  order: 59,
  async seed(_ctx, story) {
    let opted = 0;
    for (const [key, pitch] of Object.entries(PITCH)) {
      const partner = story.partners.get(key);
      const current = partner?.timeline.at(-1)?.stage;
      const enabled = partner?.timeline.find((t) => t.stage === 'enabled')?.at;
      const adminKey = `${key}.admin`;
      const admin = story.people.get(adminKey);
      if (!partner || !enabled || !admin || !current || !['enabled', 'active', 'strategic'].includes(current)) continue;
      const at = story.after(admin.since > enabled ? admin.since : enabled, story.random.int(10, 60));
      if (!at) continue;
      await saveDirectoryListing(story.as(adminKey, at), partner.id, {
        published: true,
        description: pitch,
        website: `https://www.${partner.domain}`,
        contactEmail: `partners@${partner.domain}`,
      });
      opted += 1;
      if (key === 'proseware') {
        const hidden = story.after(at, 30);
        const shown = hidden && story.after(hidden, 6);
        if (hidden)
          await moderateDirectoryListing(story.as(partner.ownerKey, hidden), partner.id, {
            hidden: true,
            reason: 'Contact e-mail bounces',
          });
        if (shown) await moderateDirectoryListing(story.as(partner.ownerKey, shown), partner.id, { hidden: false });
      }
      if (opted >= 12) break;
    }
  },
};
