import type { DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { addDays, localDateOf } from '../../shared/dates.js';
import type { RiskCategory, RiskStatus } from './risks.rules.js';
import { addRiskAction, createRisk, runRiskReviewSweep, updateRisk, updateRiskAction } from './risks.service.js';

type DemoAction = { title: string; ownerKey?: string; dueInDays: number; doneAfterDays?: number; startedAfterDays?: number };
type DemoRisk = {
  title: string;
  description: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  /** Days after the partner became strategic. */
  raisedAfterDays: number;
  /** Raised by the partner's admin through the portal (always shared). */
  byPartner?: boolean;
  shared?: boolean;
  /** Review date relative to today (negative: passed). */
  reviewInDays: number | null;
  actions?: DemoAction[];
  /** Where it ended up, and how many days after it was raised. */
  finally?: { status: RiskStatus; afterDays: number; likelihood?: number };
};

/**
 * The risk registers of the strategic alliances, the same story the other alliance modules tell.
 * Contoso Consulting (the healthy alliance) mitigates its one delivery risk on time. Adatum Cloud
 * raises and closes risks on both sides, but its joint value proposition sits unused. Woodgrove is
 * "strategic in name only": its executive sponsor left, nobody owns the gap, and its reviews have
 * lapsed (its manager is reminded). Kestrel Security works on one high security risk together.
 */
const REGISTERS: Record<string, DemoRisk[]> = {
  adatum: [
    {
      title: 'The joint value proposition is not used by Adatum’s sellers',
      description: 'Published months ago; no workshop, campaign or deal has used it since.',
      category: 'reputational',
      likelihood: 4,
      impact: 3,
      raisedAfterDays: 120,
      shared: true,
      reviewInDays: -12,
      actions: [{ title: 'Run a JVP workshop with Adatum’s sellers', ownerKey: 'partner', dueInDays: 45 }],
    },
    {
      title: 'Marketplace listing fees erode the joint deal margin',
      description: 'Co-sell deals transacted through the marketplace lose 3–5 points of margin to listing fees.',
      category: 'financial',
      likelihood: 3,
      impact: 3,
      raisedAfterDays: 20,
      shared: true,
      reviewInDays: null,
      actions: [{ title: 'Agree a co-sell incentive that offsets marketplace fees', dueInDays: 30, doneAfterDays: 24 }],
      finally: { status: 'closed', afterDays: 45 },
    },
    {
      title: 'Regional capacity limits delay joint deployments in APAC',
      description: 'Two joint customers in Singapore waited six weeks for capacity in the region.',
      category: 'operational',
      likelihood: 2,
      impact: 4,
      raisedAfterDays: 150,
      byPartner: true,
      reviewInDays: 21,
      actions: [
        { title: 'Reserve regional capacity for the joint pipeline', ownerKey: 'partner', dueInDays: 60, startedAfterDays: 5 },
      ],
    },
    {
      title: 'A competing native service is announced',
      description: 'The hyperscaler’s own service overlaps our analytics tier for small workloads.',
      category: 'strategic',
      likelihood: 3,
      impact: 4,
      raisedAfterDays: 240,
      reviewInDays: 60,
      finally: { status: 'accepted', afterDays: 30 },
    },
  ],
  'contoso-consulting': [
    {
      title: 'Joint delivery depends on one certified architect',
      description: 'Every joint implementation this year went through the same architect at Contoso.',
      category: 'operational',
      likelihood: 3,
      impact: 4,
      raisedAfterDays: 60,
      shared: true,
      reviewInDays: 30,
      actions: [{ title: 'Certify two more architects at Contoso', dueInDays: 90, startedAfterDays: 10, doneAfterDays: 80 }],
      finally: { status: 'mitigating', afterDays: 85, likelihood: 2 },
    },
  ],
  'woodgrove-dist': [
    {
      title: 'Executive sponsor left Woodgrove; no successor named',
      description:
        'Their managing director for the alliance moved on; nobody at Woodgrove has taken the seat on the steering committee.',
      category: 'strategic',
      likelihood: 4,
      impact: 5,
      raisedAfterDays: 200,
      reviewInDays: -40,
    },
    {
      title: 'Woodgrove resells a competing analytics suite',
      description: 'Its field team leads with the competitor in accounts where both fit; our joint plan has lapsed.',
      category: 'strategic',
      likelihood: 3,
      impact: 4,
      raisedAfterDays: 120,
      reviewInDays: -12,
    },
  ],
  'kestrel-sec': [
    {
      title: 'No shared vulnerability disclosure process',
      description: 'A flaw found in the joint connector would be disclosed on two timelines.',
      category: 'security',
      likelihood: 3,
      impact: 5,
      raisedAfterDays: 90,
      shared: true,
      reviewInDays: 14,
      actions: [
        { title: 'Agree a joint disclosure policy', dueInDays: 30, doneAfterDays: 28 },
        { title: 'Name security contacts on both sides', ownerKey: 'partner', dueInDays: 40, startedAfterDays: 3 },
      ],
    },
    {
      title: 'Data processing terms differ for EU and US customers',
      description: 'Joint deals in the EU need Kestrel’s DPA as well as ours.',
      category: 'legal_compliance',
      likelihood: 2,
      impact: 4,
      raisedAfterDays: 160,
      shared: true,
      reviewInDays: 45,
    },
  ],
};

async function tellRisk(story: DemoStory, partnerKey: string, strategicAt: Date, plan: DemoRisk): Promise<void> {
  const partner = story.partners.get(partnerKey);
  if (!partner) return;
  const raisedAt = story.after(strategicAt, plan.raisedAfterDays);
  if (!raisedAt) return;
  const lead = story.people.get(`${partnerKey}.admin`);
  const partnerSide = lead && lead.since <= raisedAt ? lead : undefined;
  const byPartner = plan.byPartner === true && partnerSide !== undefined;
  const today = localDateOf(story.now, 'UTC');
  const by: Ctx = byPartner ? story.as(partnerSide.key, raisedAt) : story.as(partner.ownerKey, raisedAt);
  const risk = await createRisk(by, partner.id, {
    title: plan.title,
    description: plan.description,
    category: plan.category,
    likelihood: plan.likelihood,
    impact: plan.impact,
    reviewOn: plan.reviewInDays === null ? null : addDays(today, plan.reviewInDays),
    ...(byPartner ? {} : { shared: plan.shared ?? false }),
  });
  const owner = (at: Date) => story.as(partner.ownerKey, at);
  for (const action of plan.actions ?? []) {
    const at = story.after(raisedAt, story.random.int(1, 5));
    if (!at) continue;
    const ownerId =
      action.ownerKey === 'partner' && partnerSide && risk.shared ? partnerSide.id : story.people.get(partner.ownerKey)?.id;
    const added = await addRiskAction(owner(at), risk.id, {
      title: action.title,
      ownerId: ownerId ?? null,
      dueOn: localDateOf(new Date(at.getTime() + action.dueInDays * 86_400_000), 'UTC'),
    });
    const actionId = added.actions.at(-1)?.id;
    if (!actionId) continue;
    const doer = (moment: Date) =>
      ownerId === partnerSide?.id && partnerSide ? story.as(partnerSide.key, moment) : owner(moment);
    const started = action.startedAfterDays !== undefined ? story.after(at, action.startedAfterDays) : null;
    if (started) await updateRiskAction(doer(started), actionId, { status: 'in_progress' });
    const done = action.doneAfterDays !== undefined ? story.after(at, action.doneAfterDays) : null;
    if (done) await updateRiskAction(doer(done), actionId, { status: 'done' });
  }
  const end = plan.finally ? story.after(raisedAt, plan.finally.afterDays) : null;
  if (plan.finally && end) {
    const { status, likelihood } = plan.finally;
    await updateRisk(owner(end), risk.id, { status, ...(likelihood ? { likelihood } : {}) });
  }
}

export const riskDemo: DemoSeeder = {
  order: 68,
  async seed(_ctx, story) {
    const keys = Object.keys(REGISTERS);
    for (const [index, key] of keys.entries()) {
      story.progress(index, keys.length);
      const partner = story.partners.get(key);
      // From when it became strategic (or, designated strategic while still active, from then).
      const strategicAt =
        partner?.timeline.find((t) => t.stage === 'strategic')?.at ?? partner?.timeline.find((t) => t.stage === 'active')?.at;
      if (!partner || !strategicAt) continue;
      for (const plan of REGISTERS[key] ?? []) await tellRisk(story, key, strategicAt, plan);
    }
    // This morning's review job: Woodgrove's and Adatum's lapsed reviews remind their managers.
    await runRiskReviewSweep(story.system('risks.review-reminders', story.now));
  },
};
