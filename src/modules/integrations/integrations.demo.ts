import type { DemoSeeder } from '../../server/module.js';
import type { CompatibilityEntry } from './integrations.rules.js';
import { changeCertification, createIntegrationListing, expireCertifications } from './integrations.service.js';

type Plan = {
  partner: string;
  name: string;
  category: string;
  description: string;
  compatibility: CompatibilityEntry[];
  /** Days after the partner became enabled: proposed, review started, certified (absent: not yet). */
  proposed: number;
  review?: number;
  certified?: number;
};

const PLANS: Plan[] = [
  {
    partner: 'tailspin-data',
    name: 'Tailspin Connector for Lumen Analytics',
    category: 'Data integration',
    description: 'Streams operational data into Lumen Analytics in near real time.',
    compatibility: [
      { product: 'Lumen Analytics', versions: '4.x, 5.x', status: 'supported' },
      { product: 'Lumen Cloud Platform', versions: '2024.2+', status: 'supported' },
      { product: 'Lumen Edge', versions: '1.x', status: 'planned' },
    ],
    proposed: 20,
    review: 35,
    certified: 60,
  },
  {
    partner: 'blueyonder-analytics',
    name: 'Blue Yonder Forecasting App',
    category: 'Analytics',
    description: 'Demand forecasting models that run on Lumen Cloud data.',
    compatibility: [
      { product: 'Lumen Analytics', versions: '5.x', status: 'supported' },
      { product: 'Lumen Cloud Platform', versions: '2025.1+', status: 'partial' },
    ],
    proposed: 30,
    review: 40,
    certified: 70,
  },
  {
    partner: 'litware',
    name: 'Litware Identity Bridge',
    category: 'Security',
    description: 'Single sign-on and provisioning between Litware directories and Lumen Cloud.',
    compatibility: [
      { product: 'Lumen Cloud Platform', versions: '2023.1 – 2024.4', status: 'supported' },
      { product: 'Lumen Edge', versions: '1.x', status: 'unsupported' },
    ],
    // Certified early, never renewed: it expired.
    proposed: 15,
    review: 25,
    certified: 40,
  },
  {
    partner: 'kestrel-sec',
    name: 'Kestrel Threat Feed',
    category: 'Security',
    description: 'Threat intelligence enrichment for Lumen Analytics alerts.',
    compatibility: [
      { product: 'Lumen Analytics', versions: '5.x', status: 'supported' },
      { product: 'Lumen Edge', versions: '2.0 beta', status: 'partial' },
    ],
    proposed: 25,
    review: 45,
  },
  {
    partner: 'relecloud',
    name: 'Relecloud Marketplace Listing',
    category: 'Cloud marketplace',
    description: 'Buy Lumen Cloud through the Relecloud marketplace with committed spend.',
    compatibility: [{ product: 'Lumen Cloud Platform', versions: 'current', status: 'supported' }],
    proposed: 30,
    review: 50,
    certified: 80,
  },
  {
    partner: 'consolidated-messenger',
    name: 'Messenger Alerts',
    category: 'Notifications',
    description: 'Routes Lumen alerts to chat channels.',
    compatibility: [
      { product: 'Lumen Analytics', versions: '4.x', status: 'supported' },
      { product: 'Lumen Cloud Platform', versions: '2025.1+', status: 'planned' },
    ],
    proposed: 45,
  },
];

/**
 * Technology and ISV partners list their integrations once enabled; their managers review and
 * certify them. Litware's certification lapsed a year after it was given; the daily sweep marked it.
 */
export const integrationsDemo: DemoSeeder = {
  order: 58,
  async seed(_ctx, story) {
    for (const plan of PLANS) {
      const partner = story.partners.get(plan.partner);
      const enabled = partner?.timeline.find((t) => t.stage === 'enabled')?.at;
      if (!partner || !enabled) continue;
      const proposedAt = story.after(enabled, plan.proposed);
      if (!proposedAt) continue;
      const proposer = story.people.has(`${partner.key}.admin`) ? `${partner.key}.admin` : partner.ownerKey;
      const listing = await createIntegrationListing(story.as(proposer, proposedAt), partner.id, {
        name: plan.name,
        category: plan.category,
        description: plan.description,
        listingUrl: `https://marketplace.lumen.example/${partner.key}`,
        compatibility: plan.compatibility,
      });
      const reviewAt = plan.review === undefined ? null : story.after(enabled, plan.review);
      if (!reviewAt) continue;
      await changeCertification(story.as(partner.ownerKey, reviewAt), listing.id, {
        status: 'in_review',
        note: 'Test plan received',
      });
      const certifyAt = plan.certified === undefined ? null : story.after(enabled, plan.certified);
      if (!certifyAt) continue;
      await changeCertification(story.as(partner.ownerKey, certifyAt), listing.id, {
        status: 'certified',
        note: 'Passed the integration test suite',
      });
    }
    // The daily sweep, today: certifications past their expiry date lapse.
    await expireCertifications(story.system('integrations.expire-certifications', story.now));
  },
};
