import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { localDateOf } from '../../shared/dates.js';
import { attachFile, simplePdf } from '../files/index.js';
import type { TemplateStep } from './onboarding.rules.js';
import { completeTask, createTemplate, startOnboarding } from './onboarding.service.js';

const step = (
  title: string,
  ownerSide: TemplateStep['ownerSide'],
  ownerRole: TemplateStep['ownerRole'],
  dueOffsetDays: number,
  extra: Partial<TemplateStep> = {},
): TemplateStep => ({
  title,
  description: '',
  ownerSide,
  ownerRole,
  dueOffsetDays,
  requirement: 'none',
  required: true,
  ...extra,
});

const RESELLER_STEPS: TemplateStep[] = [
  step('Kick-off call with the partner team', 'vendor', 'partner_manager', 3),
  step('Sign the reseller agreement', 'partner', 'partner_admin', 10, {
    requirement: 'document',
    description: 'Upload the countersigned copy.',
  }),
  step('Tax form and banking details', 'partner', 'partner_admin', 14, { requirement: 'document' }),
  step('Provision partner portal access', 'vendor', 'admin', 7),
  step('Accept the partner code of conduct', 'partner', 'partner_user', 14, { requirement: 'acknowledgement' }),
  step('Two sellers complete the sales certification', 'partner', 'partner_user', 45),
  step('Agree the joint business plan', 'vendor', 'partner_manager', 60),
  step('Announce the partnership', 'partner', 'partner_admin', 75, { required: false }),
];

const TECHNOLOGY_STEPS: TemplateStep[] = [
  step('Kick-off and technical scoping', 'vendor', 'partner_manager', 5),
  step('Sign the technology partner agreement', 'partner', 'partner_admin', 14, { requirement: 'document' }),
  step('Provision the sandbox tenant', 'vendor', 'admin', 7),
  step('Accept the API terms of use', 'partner', 'partner_user', 14, { requirement: 'acknowledgement' }),
  step('Build the integration', 'partner', 'partner_user', 60),
  step('Integration certification review', 'vendor', 'partner_manager', 75),
  step('Marketplace listing', 'vendor', 'partner_manager', 90, { required: false }),
];

/** Who does a partner-side task at `at`: the partner's admin if they had an account then, else the system recording it. */
function partnerSide(story: DemoStory, partner: DemoPartner, at: Date): Ctx {
  const lead = story.people.get(`${partner.key}.admin`);
  return lead && lead.since <= at ? story.as(lead.key, at) : story.system("Recorded from the partner's paperwork", at);
}

/**
 * Lumen's partner team writes two onboarding plans in the program's first weeks — resellers and
 * technology partners — and starts one for every partner on the day it entered onboarding. Those
 * that reached "enabled" finished every required task by then (so time to onboard follows their
 * history: three weeks to three months); those onboarding today are part-way, some late, except
 * the one that started first: its people finished the last required task two days ago, so the
 * "onboarding complete → enabled" milestone rule proposes enabling it for its manager to confirm.
 */
export const onboardingDemo: DemoSeeder = {
  order: 62,
  async seed(_ctx, story) {
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The onboarding demo needs the vendor team (users demo) first');
    const written = story.after(alex.since, 12) ?? story.now;
    await createTemplate(story.as('alex', written), {
      name: 'Reseller onboarding',
      description: 'Resellers, VARs, distributors and MSPs: contract, paperwork, portal, certification and a plan.',
      partnerTypes: ['reseller', 'var', 'vad', 'distributor', 'msp', 'referral', 'si', 'gsi'],
      steps: RESELLER_STEPS,
    });
    await createTemplate(story.as('alex', written), {
      name: 'Technology partner onboarding',
      description: 'ISVs and technology partners: agreement, sandbox, integration and its certification.',
      partnerTypes: ['isv', 'technology', 'oem', 'hyperscaler'],
      steps: TECHNOLOGY_STEPS,
    });
    const partners = [...story.partners.values()];
    const today = localDateOf(story.now, 'UTC');
    const onboardingNow = partners
      .filter((p) => p.timeline.at(-1)?.stage === 'onboarding')
      .map((p) => ({ key: p.key, at: p.timeline.at(-1)?.at ?? story.now }))
      .filter((p) => p.at >= written)
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    const finishing = onboardingNow[0]?.key;
    for (const [index, partner] of partners.entries()) {
      story.progress(index, partners.length);
      const stages = partner.timeline.map((t) => t.stage);
      const current = stages.at(-1);
      // Nod stepped back to qualified: its onboarding is history without a plan in Consort yet.
      if (current === 'prospect' || current === 'qualified') continue;
      const started = partner.timeline.find((t) => t.stage === 'onboarding')?.at;
      if (!started || started < written) continue;
      const enabled = partner.timeline.find((t) => t.stage === 'enabled')?.at ?? null;
      const onboarding = await startOnboarding(story.as(partner.ownerKey, started), partner.id, {});
      // Finished ones: required tasks done in due order, the last a day or two before "enabled".
      const span = (enabled ?? story.now).getTime() - started.getTime();
      const ordered = [...onboarding.tasks].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.position - b.position);
      for (const [k, task] of ordered.entries()) {
        let at: Date | null;
        if (partner.key === finishing) {
          // Every required task done, the last two days ago.
          if (!task.required) continue;
          const end = story.daysAgo(2).getTime();
          at = new Date(started.getTime() + ((end - started.getTime()) * (k + 1)) / ordered.length);
        } else if (enabled) {
          if (!task.required && !story.random.chance(0.6)) continue;
          const share = (k + 1) / (ordered.length + 1);
          at = new Date(started.getTime() + Math.max(span * share - story.random.int(0, 2) * 86_400_000, 3_600_000));
          if (at >= enabled) at = new Date(enabled.getTime() - 3_600_000);
        } else {
          // In progress: most tasks due a week or more ago are done; a few slipped and are overdue.
          const late = task.dueOn < today && story.random.chance(0.3);
          if (task.dueOn > localDateOf(new Date(story.now.getTime() - 7 * 86_400_000), 'UTC') || late) continue;
          at = story.after(started, Math.max(1, Math.round(k * 4 + story.random.int(0, 3))));
          if (!at) continue;
        }
        const ctx = task.ownerSide === 'vendor' ? story.as(partner.ownerKey, at) : partnerSide(story, partner, at);
        if (task.requirement === 'document') {
          await attachFile(ctx, 'onboarding_task.document', task.id, {
            name: `${task.title.toLowerCase().replace(/[^a-z]+/g, '-')}.pdf`,
            bytes: simplePdf([task.title, partner.name]),
          });
        }
        await completeTask(ctx, task.id, { acknowledged: task.requirement === 'acknowledgement' ? true : undefined });
      }
    }
  },
};
