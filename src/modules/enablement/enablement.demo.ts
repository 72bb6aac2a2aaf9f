import type { DemoPerson, DemoSeeder } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import {
  type CourseInput,
  createCertification,
  createCourse,
  enrol,
  runEnablementSweep,
  setModuleDone,
  submitQuiz,
} from './enablement.service.js';

type Answers = Record<string, string[]>;

/** A course of the story: its modules, and a quiz whose right answers the learners give (after a first miss, sometimes). */
function course(
  title: string,
  level: CourseInput['level'],
  description: string,
  topics: string[],
  questions: [string, string[], number[]][],
): CourseInput {
  return {
    title,
    level,
    description,
    durationMinutes: 20 * topics.length,
    status: 'published',
    passMark: 80,
    maxAttempts: 3,
    cooldownHours: 24,
    modules: topics.map((topic, i) =>
      i % 2 === 0
        ? {
            title: topic,
            kind: 'link' as const,
            url: `https://learn.lumen.example/${title.toLowerCase().replace(/[^a-z]+/g, '-')}/${i + 1}`,
          }
        : {
            title: topic,
            kind: 'text' as const,
            text: `${topic}: what a Lumen Cloud partner needs to know, with a worked customer example.`,
          },
    ),
    quiz: questions.map(([prompt, options, correct]) => ({
      prompt,
      multiple: correct.length > 1,
      options: options.map((label) => ({ label })),
      correct,
    })),
  };
}

const FUNDAMENTALS = course(
  'Lumen Cloud Fundamentals',
  'introductory',
  'What Lumen Cloud does, who buys it and how it is packaged: the first course for every partner seller and engineer.',
  ['The product in ten minutes', 'Who buys and why', 'Editions and pricing'],
  [
    ['Which team is Lumen Cloud’s typical buyer?', ['Operations and finance leaders', 'Facilities', 'Legal'], [0]],
    ['Which editions exist?', ['Team', 'Business', 'Enterprise', 'Personal'], [0, 1, 2]],
    ['How is Lumen Cloud priced?', ['Per user per month', 'One-off licence', 'Per server'], [0]],
    ['What does a trial include?', ['30 days of Business', 'Nothing', 'A printed manual'], [0]],
    ['Who registers a deal?', ['The partner, before the first meeting', 'The customer', 'Nobody'], [0]],
  ],
);
const SELLING = course(
  'Selling Lumen Cloud',
  'intermediate',
  'Qualification, discovery, the business case and competitive positioning.',
  ['Qualifying an opportunity', 'Discovery questions', 'Building the business case', 'Handling objections'],
  [
    ['Which belong in qualification?', ['Budget', 'Timeline', 'Favourite colour'], [0, 1]],
    ['When do you register a deal?', ['As soon as it is qualified', 'After it is won'], [0]],
    ['What does the business case lead with?', ['Hours saved in reporting', 'The logo'], [0]],
    ['A customer says “too expensive”: first step?', ['Quantify the cost of the status quo', 'Discount 30%'], [0]],
    ['Who joins a strategic deal from Lumen?', ['The partner manager and a solution engineer', 'Nobody'], [0]],
  ],
);
const DEPLOYMENT = course(
  'Deploying Lumen Cloud',
  'advanced',
  'Tenancy, single sign-on, data connectors and the go-live checklist.',
  ['Tenancy and regions', 'Single sign-on', 'Data connectors', 'Go-live checklist'],
  [
    ['Which SSO protocols are supported?', ['SAML 2.0', 'OpenID Connect', 'FTP'], [0, 1]],
    ['Where does customer data live?', ['In the region chosen at tenancy creation', 'Anywhere'], [0]],
    ['What comes before go-live?', ['A data reconciliation sign-off', 'A press release'], [0]],
    ['How many connectors run per tenant by default?', ['Ten', 'One'], [0]],
    ['Who is paged for a Sev 1 after go-live?', ['Lumen support and the partner on call', 'Nobody'], [0]],
  ],
);
const ARCHITECTURE = course(
  'Lumen Cloud Solution Architecture',
  'advanced',
  'Designing multi-region, high-volume deployments and integrations with ERP systems.',
  ['Reference architectures', 'Scaling connectors', 'ERP integration patterns'],
  [
    ['Which patterns suit ERP integration?', ['Event-driven sync', 'Nightly batch', 'Email attachments'], [0, 1]],
    ['What limits connector throughput first?', ['The source system’s API quota', 'The colour scheme'], [0]],
    ['How is a multi-region tenant designed?', ['One tenant per data-residency region', 'One tenant worldwide'], [0]],
    ['What does an architecture review produce?', ['A signed design document', 'Nothing'], [0]],
    ['Who approves an exception to the reference architecture?', ['Lumen’s solution architects', 'The customer’s intern'], [0]],
  ],
);
const RECERTIFICATION = course(
  'Associate Recertification',
  'introductory',
  'What changed this year: a short course that renews the Associate certification.',
  ['What is new this year'],
  [
    ['What renews the Associate certification?', ['This course, passed in the 90 days before expiry', 'Nothing'], [0]],
    ['Which edition was added this year?', ['Enterprise Plus', 'Personal'], [0]],
  ],
);

/**
 * Lumen's enablement over two years: Alex publishes the fundamentals and selling courses a month
 * in, the deployment and architecture courses half a year later, and three certifications —
 * Associate (Fundamentals, a year, renewed by a short recertification course), Professional
 * (Fundamentals + Selling, two years) and Expert (Deployment + Architecture, a year). Partner
 * people take them a few weeks after they get portal access, most passing first time, some
 * after a failed attempt; a few renew, some let the Associate lapse, and a handful expire within
 * the next 60 days — so this morning's reminder sweep has work, and the tier requirement "certified
 * people" reads real counts. A beta course is still a draft.
 */
export const enablementDemo: DemoSeeder = {
  order: 61,
  async seed(_ctx, story) {
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The enablement demo needs the vendor team (users demo) first');
    const first = story.after(alex.since, 30) ?? story.now;
    const later = story.after(alex.since, 200) ?? story.now;
    const as = (at: Date) => story.as('alex', at);
    const fundamentals = await createCourse(as(first), FUNDAMENTALS);
    const selling = await createCourse(as(first), SELLING);
    const recert = await createCourse(as(first), RECERTIFICATION);
    const deployment = await createCourse(as(later), DEPLOYMENT);
    const architecture = await createCourse(as(later), ARCHITECTURE);
    await createCourse(as(story.daysAgo(12)), {
      title: 'Lumen Cloud AI Assistant (beta)',
      level: 'intermediate',
      description: 'Positioning the AI assistant add-on. Draft until the add-on is generally available.',
      modules: [
        { title: 'What the assistant does', kind: 'text', text: 'Summaries, anomaly alerts and natural-language questions.' },
      ],
    });
    await createCertification(as(first), {
      name: 'Lumen Certified Associate',
      level: 'associate',
      description: 'Knows the product, its buyers and its editions.',
      validityMonths: 12,
      requiredCourseIds: [fundamentals.id],
      renewalCourseId: recert.id,
      badgeEmoji: '🥉',
    });
    await createCertification(as(first), {
      name: 'Lumen Certified Sales Professional',
      level: 'professional',
      description: 'Qualifies, builds the business case and closes Lumen Cloud deals.',
      validityMonths: 24,
      requiredCourseIds: [fundamentals.id, selling.id],
      badgeEmoji: '🥈',
    });
    await createCertification(as(later), {
      name: 'Lumen Certified Expert',
      level: 'expert',
      description: 'Designs and deploys Lumen Cloud at scale.',
      validityMonths: 12,
      requiredCourseIds: [deployment.id, architecture.id],
      badgeEmoji: '🥇',
    });
    const answersOf = (c: { quiz: { id: string; correct?: string[] }[] }): Answers =>
      Object.fromEntries(c.quiz.map((q) => [q.id, q.correct ?? []]));
    const wrongOf = (c: { quiz: { id: string; options: { id: string }[]; correct?: string[] }[] }): Answers =>
      Object.fromEntries(
        c.quiz.map((q, i) => [
          q.id,
          i < 2 ? [q.options.find((o) => !(q.correct ?? []).includes(o.id))?.id ?? ''] : (q.correct ?? []),
        ]),
      );

    /** The learner takes the course at `at`: enrols, works through the modules over a few days, passes (sometimes after a miss). */
    const take = async (person: DemoPerson, c: typeof fundamentals, at: Date): Promise<Date | null> => {
      const ctx = (moment: Date): Ctx => story.as(person.key, moment);
      const enrolment = await enrol(ctx(at), c.id);
      let moment = at;
      for (const m of c.modules) {
        const next = story.after(moment, story.random.int(0, 3) === 0 ? 1 : 0) ?? null;
        if (!next) return null;
        moment = next;
        await setModuleDone(ctx(moment), enrolment.id, { moduleId: m.id, done: true });
      }
      if (story.random.chance(0.25)) {
        await submitQuiz(ctx(moment), enrolment.id, wrongOf(c));
        // After the course's day of cool-down (a weekend may pull a working-day moment earlier).
        let retry = story.after(moment, 2);
        for (let days = 3; retry && retry.getTime() - moment.getTime() < 25 * 3_600_000; days += 1)
          retry = story.after(moment, days);
        if (!retry) return null;
        moment = retry;
      }
      await submitQuiz(ctx(moment), enrolment.id, answersOf(c));
      return moment;
    };

    const learners = [...story.people.values()].filter(
      (p) => p.partnerId && (p.role === 'partner_admin' || p.role === 'partner_user'),
    );
    const expiringWanted = 4;
    let expiring = 0;
    for (const [index, person] of learners.entries()) {
      story.progress(index, learners.length);
      if (!story.random.chance(0.75)) continue;
      // A few learners took the fundamentals just under a year ago: their Associate expires within 60 days.
      const nearExpiry = expiring < expiringWanted && person.since < story.daysAgo(365) && story.random.chance(0.5);
      const start = nearExpiry
        ? story.daysAgo(365 - story.random.int(12, 55))
        : story.after(person.since, story.random.int(7, 60));
      if (!start || start < first) continue;
      const done = await take(person, fundamentals, start);
      if (!done) continue;
      if (nearExpiry) expiring += 1;
      // Renewal: most of those whose Associate lapsed more than 60 days ago took the recertification in time.
      const renewAt = story.after(done, 365 - story.random.int(20, 80));
      if (!nearExpiry && renewAt && story.random.chance(0.6)) await take(person, recert, renewAt);
      // Sellers go on to the Professional; engineers at technical partners to the Expert.
      const sellingAt = story.after(done, story.random.int(10, 90));
      if (sellingAt && story.random.chance(person.role === 'partner_user' ? 0.7 : 0.4)) await take(person, selling, sellingAt);
      const techAt = story.after(later > done ? later : done, story.random.int(20, 120));
      if (techAt && story.random.chance(0.2)) {
        const half = await take(person, deployment, techAt);
        const next = half ? story.after(half, story.random.int(10, 40)) : null;
        if (next) await take(person, architecture, next);
      }
    }
    // This morning's sweep: reminders for what expires within 60 days, and the recent expiries announced.
    await runEnablementSweep(story.system('enablement.daily', story.now));
  },
};
