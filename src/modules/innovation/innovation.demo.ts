import type { DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import type { IdeaStage } from './innovation.rules.js';
import { decideIdea, type IdeaInput, scoreIdea, setReviewers, submitIdea } from './innovation.service.js';

type DemoIdea = IdeaInput & {
  partner: string;
  /** Days before today it was submitted. */
  submitted: number;
  /** The decisions after it, each `days` after the one before. */
  path: { to: IdeaStage; after: number; reason: string }[];
  scores?: [number, number][];
};

const IDEAS: DemoIdea[] = [
  {
    partner: 'contoso-consulting',
    title: 'Real-time fraud scoring for card transactions',
    problem: 'Regional banks find card fraud days later, in batch reports',
    proposal: 'Score card transactions as they stream in, with Contoso’s fraud models on Lumen’s real-time analytics',
    expectedValue: 'Fraud losses down 10–15 % for a mid-sized bank',
    submitted: 330,
    path: [
      { to: 'feasibility', after: 12, reason: 'Strong demand from three workshop customers' },
      { to: 'prototype', after: 35, reason: 'Latency budget met in the lab' },
      { to: 'pilot', after: 60, reason: 'Midstate Credit Union signed up for a six-month pilot' },
      { to: 'launch', after: 150, reason: 'Pilot cut fraud losses 14 %: launched as part of the joint offering' },
    ],
    scores: [
      [5, 4],
      [5, 3],
    ],
  },
  {
    partner: 'contoso-consulting',
    title: 'Climate-risk stress tests for loan books',
    problem: 'Supervisors now ask for climate scenarios in stress tests',
    proposal: 'Add NGFS climate scenarios to the regulatory models',
    expectedValue: 'A new line of managed reporting for every existing bank customer',
    submitted: 170,
    path: [
      { to: 'feasibility', after: 10, reason: 'Asked for by two customers' },
      { to: 'prototype', after: 40, reason: 'Scenario data licensed' },
      { to: 'pilot', after: 70, reason: 'First Harbor Bank runs it on last quarter’s book' },
    ],
    scores: [
      [4, 3],
      [4, 4],
    ],
  },
  {
    partner: 'contoso-consulting',
    title: 'Open-banking data marketplace',
    proposal: 'Resell third-party open-banking data through the platform',
    expectedValue: 'Data revenue shared between both sides',
    submitted: 260,
    path: [
      { to: 'feasibility', after: 14, reason: 'Worth a look' },
      { to: 'stopped', after: 30, reason: 'Licensing terms of the data providers rule out resale' },
    ],
    scores: [[3, 2]],
  },
  {
    partner: 'contoso-consulting',
    title: 'Self-service regulatory report designer',
    proposal: 'Let bank analysts change report layouts without a change request',
    submitted: 40,
    path: [{ to: 'feasibility', after: 9, reason: 'Reduces Contoso’s managed-service load' }],
    scores: [[4, 4]],
  },
  {
    partner: 'fabrikam-ms',
    title: 'Managed backup for plant-floor systems',
    proposal: 'Bundle Lumen backup with Fabrikam’s managed OT service',
    submitted: 75,
    path: [{ to: 'feasibility', after: 15, reason: 'Fits the manufacturing push' }],
  },
  {
    partner: 'fabrikam-ms',
    title: 'Usage-based pricing for small MSP customers',
    proposal: 'A per-device monthly price for customers under 50 devices',
    submitted: 18,
    path: [],
  },
  {
    partner: 'tailspin-data',
    title: 'Connector for Tailspin’s data catalogue',
    proposal: 'Show Lumen datasets in the Tailspin catalogue with lineage',
    submitted: 9,
    path: [],
  },
  {
    partner: 'adatum',
    title: 'Joint migration assessment tool',
    proposal: 'A shared tool that sizes plant migrations',
    submitted: 300,
    path: [{ to: 'stopped', after: 45, reason: 'No sponsor on either side took it on' }],
  },
];

function submitterOf(story: DemoStory, partnerKey: string, ownerKey: string, at: Date): Ctx {
  for (const key of [`${partnerKey}.user`, `${partnerKey}.admin`]) {
    const person = story.people.get(key);
    if (person && person.since <= at) return story.as(key, at);
  }
  return story.as(ownerKey, at);
}

/**
 * The innovation funnel over the two years: Contoso, the healthy alliance, fills it — one idea
 * launched after a pilot, one in pilot, one stopped for a reason, a new one in feasibility;
 * Fabrikam and Tailspin submitted lately; Adatum's one idea was stopped for want of a sponsor.
 * Each partner's manager reviews with Erin (executive) and decides; submitters hear of it.
 */
export const innovationDemo: DemoSeeder = {
  order: 910,
  async seed(_ctx, story) {
    for (const idea of IDEAS) {
      const partner = story.partners.get(idea.partner);
      if (!partner) continue;
      let at = story.daysAgo(idea.submitted);
      const { partner: _p, submitted: _s, path, scores, ...input } = idea;
      const created = await submitIdea(submitterOf(story, partner.key, partner.ownerKey, at), partner.id, input);
      const reviewers = [partner.ownerKey, 'erin'].filter((k) => story.people.get(k));
      const reviewAt = story.after(at, 3);
      if (reviewAt) {
        await setReviewers(
          story.as(partner.ownerKey, reviewAt),
          created.id,
          reviewers.map((k) => story.people.get(k)?.id ?? ''),
        );
        for (const [i, [value, feasibility]] of (scores ?? []).entries()) {
          const key = reviewers[i];
          const scoreAt = story.after(reviewAt, 2 + i);
          if (key && scoreAt) await scoreIdea(story.as(key, scoreAt), created.id, { value, feasibility });
        }
      }
      for (const step of path) {
        const next = story.after(at, step.after);
        if (!next) break;
        at = next;
        await decideIdea(story.as(partner.ownerKey, at), created.id, { stage: step.to, reason: step.reason });
      }
    }
  },
};
