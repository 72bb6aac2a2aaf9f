import { withTx } from '../../db/scope.js';
import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import { AppError } from '../../shared/errors.js';
import { blind, browserDomainKey, intersect, newBlindingKey } from '../../shared/psi.js';
import type { Population, SharingLevel } from './account-mapping.rules.js';
import {
  type AccountRowInput,
  addPartnerAccounts,
  addVendorAccounts,
  revealPrivateMatch,
  runPrivateMatch,
  setSharing,
} from './account-mapping.service.js';

const INDUSTRIES = [
  'Retail',
  'Manufacturing',
  'Financial services',
  'Healthcare',
  'Energy',
  'Logistics',
  'Media',
  'Public sector',
];
const FIRST = [
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Hooli',
  'Soylent',
  'Tyrell',
  'Cyberdyne',
  'Massive',
  'Oscorp',
  'Vandelay',
  'Wonka',
  'Gringotts',
  'Acme',
  'Pied Piper',
  'Dunder',
  'Nakatomi',
  'Sirius',
  'Blue Sun',
  'Monarch',
  'Krusty',
  'Aperture',
  'Prestige',
  'Bluth',
  'Duff',
  'Sterling',
  'Rekall',
  'Weyland',
  'Gekko',
  'Ollivander',
  'Cogswell',
  'Spacely',
  'Virtucon',
  'Zorg',
  'Yoyodyne',
  'Omni',
  'Buy n Large',
  'Ingen',
  'Abstergo',
];
const SECOND = ['Retail', 'Health', 'Logistics', 'Energy', 'Foods', 'Bank', 'Media', 'Labs', 'Insurance', 'Motors'];

/** A believable company with a domain (a few without one: the name matches then). */
function company(i: number, withDomain = true): { name: string; domain: string | null; industry: string } {
  const first = FIRST[i % FIRST.length] as string;
  const second = SECOND[Math.floor(i / FIRST.length) % SECOND.length] as string;
  const name = `${first} ${second}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return { name, domain: withDomain ? `${slug}.com` : null, industry: INDUSTRIES[i % INDUSTRIES.length] as string };
}

/** The vendor's CRM: customers 0–59, prospects 60–119, open opportunities 120–149. */
function vendorList(): AccountRowInput[] {
  const rows: AccountRowInput[] = [];
  const add = (from: number, to: number, population: Population) => {
    for (let i = from; i < to; i += 1) rows.push({ ...company(i, i % 17 !== 5), population, country: 'US' });
  };
  add(0, 60, 'customer');
  add(60, 120, 'prospect');
  add(120, 150, 'opportunity');
  return rows;
}

/** A partner's list: some of the vendor's accounts (at `offset`) in its own populations, plus its own. */
function partnerList(story: DemoStory, offset: number, size: number): AccountRowInput[] {
  const r = story.random;
  const rows: AccountRowInput[] = [];
  for (let n = 0; n < size; n += 1) {
    const overlapping = r.chance(0.45);
    const i = overlapping ? (offset + r.int(0, 150)) % 150 : 200 + offset + n;
    const c = company(i, i % 17 !== 5);
    const population: Population = r.chance(0.55) ? 'customer' : r.chance(0.6) ? 'prospect' : 'opportunity';
    // Partners type names their own way: the normaliser still matches "Globex Retail Inc." and "www.globexretail.com".
    rows.push({
      name: r.chance(0.3) ? `${c.name} Inc.` : c.name,
      domain: c.domain && r.chance(0.3) ? `https://www.${c.domain}/` : c.domain,
      population,
      industry: c.industry,
    });
  }
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = row.domain ? browserDomainKey(row.domain) : row.name;
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a side shares; a vendor-side change the owner may no longer make (the partner changed hands) is the admin's. */
async function share(
  story: DemoStory,
  who: string,
  partnerId: string,
  at: Date,
  levels: Partial<Record<Population, SharingLevel>>,
) {
  try {
    await setSharing(story.as(who, at), partnerId, levels);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'FORBIDDEN') || who.includes('.')) throw error;
    await setSharing(story.as('alex', at), partnerId, levels);
  }
}

/**
 * Account mapping in the story: Maria uploads the vendor's accounts from the CRM about five months
 * ago (and refreshes the open opportunities last month). Northwind's program lead uploads its
 * list and shares customers in full, prospects as overlap; Contoso's shares counts only; Adatum's
 * will not upload in the clear and matches privately, then reveals the overlap. Each partner's
 * manager shares customers and prospects as overlap with the first two, opportunities as counts.
 */
export const accountMappingDemo: DemoSeeder = {
  order: 72,
  async seed(_ctx, story) {
    const maria = story.people.get('maria');
    if (!maria) throw new Error('The account-mapping demo needs Maria (users demo) first');
    const uploadedAt = story.daysAgo(150);
    const vendor = vendorList();
    await withTx(story.as('maria', uploadedAt), (c) => addVendorAccounts(c, vendor, ['customer', 'prospect', 'opportunity']));
    const refreshedAt = story.daysAgo(30);
    await withTx(story.as('maria', refreshedAt), (c) =>
      addVendorAccounts(
        c,
        vendor.filter((v) => v.population === 'opportunity'),
        ['opportunity'],
      ),
    );

    const plan: {
      key: string;
      offset: number;
      size: number;
      partner: Partial<Record<Population, SharingLevel>>;
      private?: true;
    }[] = [
      { key: 'northwind', offset: 0, size: 90, partner: { customer: 'full', prospect: 'overlap', opportunity: 'counts' } },
      {
        key: 'contoso-consulting',
        offset: 40,
        size: 60,
        partner: { customer: 'counts', prospect: 'counts', opportunity: 'counts' },
      },
      { key: 'adatum', offset: 80, size: 70, partner: { customer: 'overlap', prospect: 'overlap' }, private: true },
    ];
    for (const [index, p] of plan.entries()) {
      story.progress(index, plan.length);
      const partner: DemoPartner | undefined = story.partners.get(p.key);
      const adminKey = `${p.key}.admin`;
      const admin = story.people.get(adminKey);
      if (!partner || !admin) continue;
      const start = story.after(admin.since, 10) ?? story.daysAgo(100);
      const earliest = story.daysAgo(120);
      const at = start > earliest ? start : earliest;
      await share(story, partner.ownerKey, partner.id, at, { customer: 'overlap', prospect: 'overlap', opportunity: 'counts' });
      const own = partnerList(story, p.offset, p.size);
      const listAt = story.after(at, 3) ?? story.now;
      if (p.private) {
        // Adatum's browser: blinded domains out, the overlap computed on its side, then revealed.
        const rows = own.flatMap((r) => {
          const key = browserDomainKey(r.domain);
          return key ? [{ key, population: r.population }] : [];
        });
        const secret = newBlindingKey();
        const answer = await runPrivateMatch(
          story.as(adminKey, listAt),
          partner.id,
          rows.map((r) => blind(r.key, secret)),
        );
        const found = intersect(
          rows.map((r, i) => ({ key: r.key, reblinded: answer.items[i] ?? '' })),
          answer.vendor.map((v) => ({ value: v.value, tag: v.population })),
          secret,
        );
        const population = new Map(rows.map((r) => [r.key, r.population]));
        await revealPrivateMatch(story.as(adminKey, story.after(listAt, 1) ?? story.now), partner.id, {
          matchId: answer.matchId,
          accounts: found.map((f) => ({ domain: f.key, population: population.get(f.key) ?? 'customer' })),
        });
      } else {
        await withTx(story.as(adminKey, listAt), (c) =>
          addPartnerAccounts(c, partner.id, own, ['customer', 'prospect', 'opportunity']),
        );
      }
      await share(story, adminKey, partner.id, story.after(listAt, 2) ?? story.now, p.partner);
    }
  },
};
