import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import { currentCommercialModels, joinProgram } from '../programs/index.js';
import { referralClicks, referralCommissions, referralLinks } from './referrals.schema.js';
import { approveReferralCommission, recordConversion, submitReferral, updateReferralSettings } from './referrals.service.js';

const PAGES = [
  { path: '/', label: 'Home page' },
  { path: '/pricing', label: 'Pricing' },
  { path: '/trial', label: 'Free trial' },
];
const CUSTOMERS = [
  'brightpath',
  'cobalt-labs',
  'duneworks',
  'evergreen-dental',
  'fjord-analytics',
  'granite-legal',
  'harbor-freight-co',
  'ironleaf',
  'juniper-health',
  'kestrel-media',
  'lumos-retail',
  'meridian-travel',
];
const PLANS = [49_00, 99_00, 249_00, 1_200_00];

/**
 * Referral partners over the last year: Alex sets the program up (a 60-day cookie window, links to
 * lumen.example); Pinnacle Marketing Partners and Riverbend Agents Network join the Referral
 * program and share links, and so does every partner already in it. Visitors click week after
 * week, some sign up, a few become paying customers (commission accrued at the program's rate;
 * Frank in finance approves each within a week once he is there, those of the last two weeks wait; a
 * payout batch pays the approved ones, see the incentives demo); partners also refer a few companies by hand.
 */
export const referralsDemo: DemoSeeder = {
  order: 72,
  async seed(ctx, story) {
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The referrals demo needs the admin first');
    const start = story.daysAgo(365);
    await updateReferralSettings(story.as('alex', start), { cookieDays: 60, allowedDomains: ['lumen.example'] });
    const referralProgram = story.refs.get('program:Referral');
    const named = [...story.partners.values()].filter((p) => ['pinnacle-mkt', 'riverbend'].includes(p.key));
    const models = await withTx(ctx, (c) =>
      currentCommercialModels(
        c,
        [...story.partners.values()].map((p) => p.id),
      ),
    );
    const members = [...story.partners.values()].filter((p) =>
      (models.get(p.id) ?? []).some((m) => m.model === 'commission' || m.model === 'hybrid'),
    );
    for (const p of named) {
      if (referralProgram && !members.includes(p)) {
        const at = story.daysAgo(p.key === 'riverbend' ? 25 : 330);
        await joinProgram(story.as(p.ownerKey, at), p.id, { programId: referralProgram, joinedAt: at }).catch(() => undefined);
      }
    }
    const partners = [...new Set([...named, ...members])].slice(0, 4);
    for (const [i, partner] of partners.entries()) {
      story.progress(i, partners.length);
      await tellPartner(story, partner, partner.key === 'riverbend' ? 24 : partner.key === 'pinnacle-mkt' ? 320 : 200);
    }
    await approveCommissions(ctx, story);
  },
};

async function tellPartner(story: DemoStory, partner: DemoPartner, daysOfHistory: number): Promise<void> {
  const r = story.random;
  const since = story.daysAgo(daysOfHistory);
  const links: { id: string; code: string }[] = [];
  for (const [i, page] of PAGES.slice(0, r.int(2, 3)).entries()) {
    const at = story.after(since, i * 7) ?? story.now;
    const row = await withTx(story.as(partner.ownerKey, at), async (c) => {
      const [made] = await c.tx
        .insert(referralLinks)
        .values({
          partnerId: partner.id,
          code: `${partner.key.split('-')[0]}-${page.label.toLowerCase().replace(/\s+/g, '-')}`.slice(0, 32),
          destinationUrl: `https://www.lumen.example${page.path}`,
          label: page.label,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      return made;
    });
    if (row) links.push({ id: row.id, code: row.code });
  }
  let customerIndex = 0;
  for (let day = daysOfHistory; day >= 1; day -= r.int(3, 9)) {
    const at = story.daysAgo(day);
    if (at < since) continue;
    const link = r.pick(links);
    const clicks = r.int(2, 12);
    const tokens: string[] = [];
    await withTx(story.system('referral clicks', at), async (c) => {
      for (let k = 0; k < clicks; k++) {
        const token = randomBytes(18).toString('base64url');
        tokens.push(token);
        await c.tx.insert(referralClicks).values({ partnerId: partner.id, linkId: link.id, token, occurredAt: at });
      }
    });
    if (!r.chance(0.35)) continue;
    const signupAt = story.after(at, r.int(0, 10));
    if (!signupAt) continue;
    customerIndex += 1;
    const name = `${CUSTOMERS[(customerIndex + partner.key.length) % CUSTOMERS.length]}-${customerIndex}`;
    const customer = { id: `cus_${partner.key}_${customerIndex}`, domain: `${name}.example` };
    await withTx(story.system('referral signup', signupAt), (c) =>
      recordConversion(c, 'signup', { ref: tokens[0], customer, occurredAt: signupAt }, 60),
    );
    const paidAt = r.chance(0.4) ? story.after(signupAt, r.int(7, 30)) : null;
    if (paidAt) {
      await withTx(story.system('referral customer', paidAt), (c) =>
        recordConversion(c, 'customer', { customer, amount: r.pick(PLANS) * 12, currency: 'USD', occurredAt: paidAt }, 60),
      );
    }
  }
  // A couple of companies referred by hand.
  const adminKey = `${partner.key}.admin`;
  for (const [i, company] of ['Northgate Clinics', 'Solace Insurance'].entries()) {
    const at = story.daysAgo(Math.max(2, Math.floor(daysOfHistory / (i + 2))));
    const admin = story.people.get(adminKey);
    const who = admin && admin.since.getTime() <= at.getTime() ? adminKey : partner.ownerKey;
    await submitReferral(story.as(who, at), {
      partnerId: partner.id,
      companyName: `${company}`,
      domain: `${company.toLowerCase().replace(/\s+/g, '-')}-${partner.key}.example`,
      contactName: i === 0 ? 'Dana Reyes' : 'Omar Haddad',
      note: i === 0 ? 'Looking to replace their partner spreadsheet next quarter.' : 'Asked for a demo at our last event.',
    });
  }
}

/** Frank approves each accrued commission within a week of it (or of his joining); the last two weeks' wait. */
async function approveCommissions(ctx: Parameters<DemoSeeder['seed']>[0], story: DemoStory): Promise<void> {
  const frank = story.people.get('frank');
  if (!frank) return;
  const cutoff = story.daysAgo(14);
  const accrued = await withTx(ctx, (c) =>
    c.tx
      .select({ id: referralCommissions.id, accruedAt: referralCommissions.accruedAt })
      .from(referralCommissions)
      .where(eq(referralCommissions.status, 'accrued'))
      .orderBy(asc(referralCommissions.accruedAt), asc(referralCommissions.id)),
  );
  for (const row of accrued) {
    if (row.accruedAt >= cutoff) continue;
    const from = row.accruedAt > frank.since ? row.accruedAt : frank.since;
    const at = story.after(from, story.random.int(1, 6));
    if (!at || at >= story.now) continue;
    await approveReferralCommission(story.as('frank', at), row.id);
  }
}
