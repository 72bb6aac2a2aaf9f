import type { DemoSeeder, DemoStory } from '../../server/module.js';
import { simplePdf } from '../files/index.js';
import { currentProposition } from '../value/index.js';
import type { ResourceStatus } from './resources.rules.js';
import { cobrandResource, createResource, openResource, updateResource, uploadResourceFile } from './resources.service.js';

/** The categories the migration made (resource_categories), by name. */
const CATEGORY = {
  playbooks: '01900000-0000-7000-8000-00000000c001',
  battlecards: '01900000-0000-7000-8000-00000000c002',
  datasheets: '01900000-0000-7000-8000-00000000c003',
  caseStudies: '01900000-0000-7000-8000-00000000c004',
  training: '01900000-0000-7000-8000-00000000c005',
  brand: '01900000-0000-7000-8000-00000000c006',
  priceLists: '01900000-0000-7000-8000-00000000c007',
} as const;

type Gate = 'everyone' | 'Silver' | 'Gold' | 'Platinum' | 'Technology';
type DemoResource = {
  title: string;
  description: string;
  category: keyof typeof CATEGORY;
  tags: string[];
  /** Days ago it was added (by `by`); published the same day unless `status` says otherwise. */
  daysAgo: number;
  by: 'alex' | 'maria' | 'james' | 'sofia';
  gate: Gate;
  file?: string;
  url?: string;
  template?: string;
  featured?: boolean;
  language?: string;
  status?: ResourceStatus;
  /** Archived this many days ago. */
  archivedDaysAgo?: number;
  /** How popular it is with partners (relative weight of downloads). */
  weight: number;
};

const ONE_PAGER = (headline: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title><style>
body{font-family:Helvetica,Arial,sans-serif;margin:0;color:#1b1f24}
header{display:flex;align-items:center;gap:16px;padding:24px 32px;background:#0b3d91;color:#fff}
header img{width:56px;height:56px;border-radius:8px;background:#fff}
main{padding:24px 32px}h1{margin:0;font-size:24px}li{margin:6px 0}
footer{padding:16px 32px;border-top:1px solid #d0d7de;font-size:13px;color:#57606a}
</style></head><body>
<header><img src="{{partner.logo}}" alt="{{partner.name}} logo"><div><h1>{{partner.name}} × Lumen Cloud</h1><div>${headline}</div></div></header>
<main>${body}</main>
<footer>Your Lumen partner: {{partner.name}} · {{partner.website}} · Talk to {{partner.contactName}} ({{partner.contactEmail}}) · {{today}}</footer>
</body></html>`;

const RESOURCES: DemoResource[] = [
  {
    title: 'Partner onboarding playbook',
    description: 'The first 90 days with Lumen: enablement path, first deal, joint plan.',
    category: 'playbooks',
    tags: ['onboarding'],
    daysAgo: 700,
    by: 'alex',
    gate: 'everyone',
    file: 'onboarding-playbook.pdf',
    weight: 5,
  },
  {
    title: 'Lumen Analytics datasheet',
    description: 'Capabilities, deployment options and sizing of Lumen Analytics.',
    category: 'datasheets',
    tags: ['analytics'],
    daysAgo: 680,
    by: 'maria',
    gate: 'everyone',
    file: 'lumen-analytics-datasheet.pdf',
    weight: 8,
  },
  {
    title: 'Brand guidelines and logo pack',
    description: 'How to use the Lumen marks beside your own, with the logo files.',
    category: 'brand',
    tags: ['brand', 'logo'],
    daysAgo: 660,
    by: 'alex',
    gate: 'everyone',
    url: 'https://brand.lumen.example/partners',
    weight: 4,
  },
  {
    title: 'Discovery call guide',
    description: 'Questions that qualify an analytics opportunity in thirty minutes.',
    category: 'playbooks',
    tags: ['discovery', 'qualification'],
    daysAgo: 610,
    by: 'james',
    gate: 'everyone',
    file: 'discovery-call-guide.pdf',
    weight: 6,
  },
  {
    title: 'Reseller price list 2025',
    description: 'List prices and reseller discount bands for 2025.',
    category: 'priceLists',
    tags: ['pricing'],
    daysAgo: 560,
    by: 'maria',
    gate: 'Silver',
    file: 'price-list-2025.pdf',
    archivedDaysAgo: 330,
    weight: 6,
  },
  {
    title: 'Battlecard: Lumen vs. Globex Insights',
    description: 'Where we win, where they do, and the three traps to avoid.',
    category: 'battlecards',
    tags: ['competitive', 'globex'],
    daysAgo: 540,
    by: 'james',
    gate: 'Silver',
    file: 'battlecard-globex.pdf',
    featured: true,
    weight: 9,
  },
  {
    title: 'Case study: Fabrikam Retail',
    description: 'Northwind and Lumen cut Fabrikam’s reporting time by 70%.',
    category: 'caseStudies',
    tags: ['retail'],
    daysAgo: 500,
    by: 'sofia',
    gate: 'everyone',
    file: 'case-study-fabrikam.pdf',
    weight: 4,
  },
  {
    title: 'Lumen Analytics foundations (course)',
    description: 'The self-paced course every seller and pre-sales engineer starts with.',
    category: 'training',
    tags: ['enablement', 'certification'],
    daysAgo: 480,
    by: 'maria',
    gate: 'everyone',
    url: 'https://learn.lumen.example/foundations',
    weight: 7,
  },
  {
    title: 'Joint solution one-pager',
    description: 'A co-branded one-pager with your logo, name and contact, ready to send to customers.',
    category: 'brand',
    tags: ['co-brand', 'one-pager'],
    daysAgo: 450,
    by: 'maria',
    gate: 'everyone',
    featured: true,
    template: ONE_PAGER(
      'Analytics your teams will actually use',
      '<p>{{partner.name}} deploys and runs Lumen Analytics for you: dashboards in weeks, not quarters.</p><ul><li>Certified {{partner.name}} consultants</li><li>Lumen Cloud’s enterprise security and uptime</li><li>One contract, one point of contact</li></ul>',
    ),
    weight: 7,
  },
  {
    title: 'Demo environment',
    description: 'Your own Lumen sandbox for customer demos and proofs of concept.',
    category: 'training',
    tags: ['demo', 'sandbox'],
    daysAgo: 420,
    by: 'alex',
    gate: 'Platinum',
    url: 'https://sandbox.lumen.example/request',
    weight: 5,
  },
  {
    title: 'Security and compliance datasheet',
    description: 'SOC 2, ISO 27001, data residency and our shared-responsibility model.',
    category: 'datasheets',
    tags: ['security', 'compliance'],
    daysAgo: 380,
    by: 'sofia',
    gate: 'everyone',
    file: 'security-datasheet.pdf',
    weight: 6,
  },
  {
    title: 'Gold partner deal desk guide',
    description: 'How Gold partners price multi-year deals with the deal desk.',
    category: 'playbooks',
    tags: ['pricing', 'deal desk'],
    daysAgo: 350,
    by: 'james',
    gate: 'Gold',
    file: 'deal-desk-guide.pdf',
    weight: 4,
  },
  {
    title: 'Reseller price list 2026',
    description: 'List prices and reseller discount bands for 2026.',
    category: 'priceLists',
    tags: ['pricing'],
    daysAgo: 330,
    by: 'maria',
    gate: 'Silver',
    file: 'price-list-2026.pdf',
    featured: true,
    weight: 8,
  },
  {
    title: 'Co-branded campaigns',
    description: 'Campaign kits (e-mails, landing page copy, social posts) to run under your brand.',
    category: 'brand',
    tags: ['campaign', 'co-brand'],
    daysAgo: 300,
    by: 'maria',
    gate: 'Platinum',
    url: 'https://campaigns.lumen.example/kits',
    weight: 4,
  },
  {
    title: 'Battlecard: Lumen vs. Contoso BI',
    description: 'Positioning against Contoso BI in mid-market deals.',
    category: 'battlecards',
    tags: ['competitive'],
    daysAgo: 260,
    by: 'james',
    gate: 'Silver',
    file: 'battlecard-contoso-bi.pdf',
    weight: 6,
  },
  {
    title: 'Technology partner integration guide',
    description: 'APIs, connectors and the certification checklist for technology partners.',
    category: 'training',
    tags: ['api', 'integration'],
    daysAgo: 230,
    by: 'sofia',
    gate: 'Technology',
    url: 'https://developers.lumen.example/partners',
    weight: 3,
  },
  {
    title: 'Case study: Woodgrove Bank',
    description: 'A regulated bank moves its risk reporting to Lumen with Contoso Consulting.',
    category: 'caseStudies',
    tags: ['banking', 'financial services'],
    daysAgo: 180,
    by: 'sofia',
    gate: 'everyone',
    file: 'case-study-woodgrove.pdf',
    language: 'en',
    weight: 5,
  },
  {
    title: 'Executive briefing one-pager (Gold)',
    description: 'A co-branded briefing for your customers’ executives, for Gold partners and above.',
    category: 'brand',
    tags: ['co-brand', 'executive'],
    daysAgo: 140,
    by: 'maria',
    gate: 'Gold',
    template: ONE_PAGER(
      'Executive briefing: decisions on one page',
      '<p>Why leading teams choose {{partner.name}} and Lumen Cloud:</p><ol><li>Time to first dashboard under 30 days</li><li>Predictable cost with committed-use pricing</li><li>Joint executive sponsorship from {{partner.name}} and Lumen</li></ol>',
    ),
    weight: 5,
  },
  {
    title: 'Lumen Analytics Produktdatenblatt',
    description: 'Das Datenblatt auf Deutsch für Kunden in der DACH-Region.',
    category: 'datasheets',
    tags: ['analytics', 'dach'],
    daysAgo: 110,
    by: 'maria',
    gate: 'everyone',
    file: 'lumen-analytics-datenblatt.pdf',
    language: 'de',
    weight: 3,
  },
  {
    title: 'Platinum QBR template',
    description: 'The quarterly business review deck Platinum partners run with their manager.',
    category: 'playbooks',
    tags: ['qbr', 'planning'],
    daysAgo: 75,
    by: 'alex',
    gate: 'Platinum',
    file: 'platinum-qbr-template.pdf',
    weight: 2,
  },
  {
    title: 'AI insights launch kit',
    description: 'Everything for the AI insights launch: pitch, FAQ, demo script.',
    category: 'playbooks',
    tags: ['launch', 'ai'],
    daysAgo: 21,
    by: 'maria',
    gate: 'everyone',
    file: 'ai-insights-launch-kit.pdf',
    featured: true,
    weight: 6,
  },
  {
    title: 'Battlecard: Lumen vs. Tailspin Data',
    description: 'A new competitor in retail analytics: how to respond.',
    category: 'battlecards',
    tags: ['competitive', 'retail'],
    daysAgo: 9,
    by: 'james',
    gate: 'Silver',
    file: 'battlecard-tailspin.pdf',
    weight: 3,
  },
  {
    title: 'Reseller price list 2027 (draft)',
    description: 'Next year’s list prices; published at the January kickoff.',
    category: 'priceLists',
    tags: ['pricing'],
    daysAgo: 4,
    by: 'maria',
    gate: 'Silver',
    file: 'price-list-2027.pdf',
    status: 'draft',
    weight: 0,
  },
];

function audienceOf(story: DemoStory, gate: Gate) {
  if (gate === 'everyone') return [];
  if (gate === 'Technology') return [{ programId: story.refs.get('program:Technology') ?? '', minTierId: null }];
  return [{ programId: story.refs.get('program:Reseller') ?? '', minTierId: story.refs.get(`tier:${gate}`) ?? null }];
}

/**
 * The resource library over two years: the partner team adds playbooks, battlecards, datasheets,
 * case studies, training and price lists (some for Silver, Gold or Platinum only, one for the
 * Technology program), two co-brandable one-pagers, an archived price list and next year's in
 * draft. The partners' portal people download what their tier unlocks, more of the popular ones,
 * from the day they get access; some generate their co-branded one-pager.
 */
export const resourceDemo: DemoSeeder = {
  order: 80,
  async seed(_ctx, story) {
    const added: { id: string; at: Date; weight: number; cobrand: boolean; until: Date }[] = [];
    for (const r of RESOURCES) {
      const at = story.daysAgo(r.daysAgo);
      const as = story.as(r.by, at);
      const created = await createResource(as, {
        title: r.title,
        description: r.description,
        categoryId: CATEGORY[r.category],
        tags: r.tags,
        language: r.language ?? 'en',
        featured: r.featured ?? false,
        url: r.url ?? null,
        template: r.template ?? null,
        audience: audienceOf(story, r.gate),
        status: r.file ? 'draft' : (r.status ?? 'published'),
      });
      if (r.file) {
        await uploadResourceFile(as, created.id, { name: r.file, bytes: simplePdf([r.title, r.description]) });
        if ((r.status ?? 'published') === 'published') await updateResource(as, created.id, { status: 'published' });
      }
      const archivedAt = r.archivedDaysAgo !== undefined ? story.daysAgo(r.archivedDaysAgo) : null;
      if (archivedAt) await updateResource(story.as(r.by, archivedAt), created.id, { status: 'archived' });
      if ((r.status ?? 'published') === 'published')
        added.push({ id: created.id, at, weight: r.weight, cobrand: Boolean(r.template), until: archivedAt ?? story.now });
    }

    // Downloads: each portal person opens a few resources a quarter from the day they joined.
    const people = [...story.people.values()].filter(
      (p) => p.partnerId && (p.role === 'partner_admin' || p.role === 'partner_user'),
    );
    const totalWeight = added.reduce((sum, r) => sum + r.weight, 0);
    const pick = () => {
      let n = story.random.next() * totalWeight;
      for (const r of added) {
        n -= r.weight;
        if (n < 0) return r;
      }
      return added[added.length - 1];
    };
    for (const person of people) {
      // The more active a company, the more it uses the library; a few never do.
      if (story.random.chance(0.15)) continue;
      const count = story.random.int(2, 9);
      for (let i = 0; i < count; i += 1) {
        const resource = pick();
        if (!resource) continue;
        const from = Math.max(resource.at.getTime(), person.since.getTime());
        const to = resource.until.getTime();
        if (from >= to) continue;
        const days = Math.floor((story.now.getTime() - (from + story.random.next() * (to - from))) / 86_400_000);
        const at = story.daysAgo(Math.max(0, days));
        if (at.getTime() < from || at.getTime() > to) continue;
        const as = story.as(person.key, at);
        try {
          if (resource.cobrand) await cobrandResource(as, resource.id, { download: true });
          else await openResource(as, resource.id);
        } catch (error) {
          // Gated out for this partner's tier: it never saw the resource.
          if ((error as { code?: string }).code !== 'NOT_FOUND') throw error;
        }
      }
    }
  },
};

/**
 * Once Contoso's joint value proposition v2 is out (the value seeder), its manager adds the joint
 * solution brief built on it to the library, six weeks ago: content that deploys the JVP
 * (decision 0344), with the customer story partners in the banking segment can reuse.
 */
export const resourceJvpDemo: DemoSeeder = {
  order: 920,
  async seed(_ctx, story) {
    const contoso = story.partners.get('contoso-consulting');
    if (!contoso) return;
    const jvp = await currentProposition(story.system('demo', story.now), contoso.id);
    const at = story.daysAgo(42);
    if (!jvp?.publishedAt || jvp.publishedAt.getTime() > at.getTime()) return;
    await createResource(story.as(contoso.ownerKey, at), {
      title: 'Joint solution brief: regulatory analytics for regional banks',
      description: `${contoso.name} and Lumen: the joint value proposition, the fraud pilot's results and the workshop calculator in four pages.`,
      categoryId: CATEGORY.caseStudies,
      tags: ['banking', 'joint solution', 'analytics'],
      url: 'https://partners.lumen.example/briefs/regional-banks-regulatory-analytics',
      status: 'published',
      valuePropositionId: jvp.id,
    });
  },
};
