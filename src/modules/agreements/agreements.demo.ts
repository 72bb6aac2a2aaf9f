import type { DemoSeeder } from '../../server/module.js';
import { addDays, addMonths, localDateOf } from '../../shared/dates.js';
import { attachFile, simplePdf } from '../files/index.js';
import { getPartner } from '../partners/index.js';
import type { AgreementInput } from './agreements.service.js';
import {
  countersignAgreement,
  createAgreement,
  giveNotice,
  runAgreementSchedule,
  sendAgreement,
  signAgreement,
  terminateAgreement,
} from './agreements.service.js';

const DAY = 86_400_000;

/**
 * Every partner signs an NDA when it qualifies, and its main agreement when onboarding starts: a
 * reseller agreement for channel partners (a year, renewing unless notice is given 60 days
 * before), a technology partner agreement for ISVs, and for the strategic alliances an alliance
 * agreement with de jure exclusivity in a territory and joint-IP governance. The daily job ran
 * through the two years (renewals, reminders); partners that left had theirs terminated, and
 * Wingtip, off-boarding, gave notice. A couple of referral agreements end soon without renewing.
 */
export const agreementsDemo: DemoSeeder = {
  order: 64,
  async seed(_ctx, story) {
    const partners = [...story.partners.values()];
    let firstSigned: Date | null = null;
    let referrals = 0;
    for (const [index, partner] of partners.entries()) {
      story.progress(index, partners.length);
      const qualified = partner.timeline.find((t) => t.stage === 'qualified' || t.stage === 'onboarding')?.at;
      if (!qualified) continue;
      const details = await getPartner(story.system('demo', story.now), partner.id);
      const as = (at: Date) => story.as(partner.ownerKey, at);
      const lead = story.people.get(`${partner.key}.admin`);
      const signer = (at: Date) => (lead && lead.since <= at ? story.as(lead.key, at) : story.system('Signed on paper', at));
      /** Drafted, sent, signed and countersigned over a few days from `at` (as far as the story has got). */
      const contract = async (at: Date, input: AgreementInput, file: string) => {
        const draft = await createAgreement(as(at), partner.id, input);
        await attachFile(as(at), 'agreement.document', draft.id, { name: file, bytes: simplePdf([input.title, partner.name]) });
        const sent = story.after(at, 1);
        if (!sent) return draft.id;
        await sendAgreement(as(sent), draft.id);
        const signed = story.after(sent, story.random.int(1, 6));
        if (!signed) return draft.id;
        await signAgreement(signer(signed), draft.id);
        const countersigned = story.after(signed, 1);
        if (countersigned) await countersignAgreement(as(countersigned), draft.id);
        firstSigned ??= signed;
        return draft.id;
      };
      const ndaDay = localDateOf(qualified, 'UTC');
      await contract(
        qualified,
        {
          title: 'Mutual NDA',
          type: 'nda',
          startOn: ndaDay,
          endOn: null,
          renewalType: 'manual',
          terminationProvisions: 'Either party on 30 days’ written notice; confidentiality survives five years.',
        },
        'mutual-nda.pdf',
      );
      const onboarding = partner.timeline.find((t) => t.stage === 'onboarding')?.at;
      const signing = onboarding && story.after(onboarding, story.random.int(1, 5));
      if (!signing) continue;
      const startOn = localDateOf(signing, 'UTC');
      const alliance = details.designation === 'strategic_alliance';
      const technology = details.types.some((t) => t === 'isv' || t === 'technology' || t === 'oem');
      const main: AgreementInput = alliance
        ? {
            title: 'Strategic alliance agreement',
            type: 'alliance',
            startOn,
            endOn: addDays(addMonths(startOn, 24), -1),
            renewalType: 'auto',
            renewalTermMonths: 24,
            noticeDays: 90,
            commercialTerms:
              'Joint solutions: 20% revenue share to the partner; co-investment of USD 250,000 a year in joint marketing.',
            exclusivity: 'de_jure',
            exclusivityScope: `Exclusive ${details.industries[0] ?? 'cloud'} alliance partner in ${details.country ?? 'its home market'} for the term`,
            segments: ['Enterprise'],
            territories: details.country ? [details.country] : [],
            solutionCategories: ['Cloud security', 'Data platform'],
            jointIpGovernance:
              'Jointly developed connectors and reference architectures are co-owned; each party licenses its background IP royalty-free for the term; a joint steering committee decides on patents.',
            terminationProvisions:
              '180 days for convenience after the first term; immediate for material breach or change of control.',
          }
        : technology
          ? {
              title: 'Technology partner agreement',
              type: 'licensing',
              startOn,
              endOn: addDays(addMonths(startOn, 12), -1),
              renewalType: 'auto',
              noticeDays: 60,
              commercialTerms: 'Free sandbox and NFR licences; marketplace listing at 15% platform fee.',
              solutionCategories: ['Integrations'],
              terminationProvisions: '60 days for convenience; immediate for material breach.',
            }
          : {
              title: 'Reseller agreement',
              type: 'reseller',
              startOn,
              endOn: addDays(addMonths(startOn, 12), -1),
              renewalType: 'auto',
              noticeDays: 60,
              commercialTerms: '25% discount on list price; 35% on registered deals; net 45 payment terms.',
              segments: [details.segment || 'Mid-market'],
              territories: details.country ? [details.country] : [],
              terminationProvisions: '60 days for convenience; immediate for material breach.',
            };
      const mainId = await contract(signing, main, `${main.title.toLowerCase().replace(/\s+/g, '-')}.pdf`);
      // Two referral agreements that end soon and renew only if both sides agree.
      if (!alliance && !technology && referrals < 2 && partner.timeline.at(-1)?.stage === 'active') {
        const start = story.daysAgo(340 + referrals * 5);
        if (start > signing) {
          referrals += 1;
          await contract(
            start,
            {
              title: 'Referral addendum',
              type: 'referral',
              startOn: localDateOf(start, 'UTC'),
              endOn: addDays(localDateOf(start, 'UTC'), 360 + referrals * 6),
              renewalType: 'manual',
              commercialTerms: '10% referral fee on first-year revenue of referred customers.',
            },
            'referral-addendum.pdf',
          );
        }
      }
      const offboarding = partner.timeline.find((t) => t.stage === 'offboarding')?.at;
      const terminated = partner.timeline.find((t) => t.stage === 'terminated')?.at;
      if (terminated) {
        const at = story.after(terminated, 0);
        if (at) await terminateAgreement(as(at), mainId, 'Partnership ended').catch(() => undefined);
      } else if (offboarding) {
        const at = story.after(offboarding, 1);
        if (at) await giveNotice(as(at), mainId, 'Off-boarding: the partnership ends with this term').catch(() => undefined);
      }
    }
    // The daily job, as it ran through the story (weekly here is enough for its effects).
    if (firstSigned) {
      for (let at = (firstSigned as Date).getTime() + 7 * DAY; at < story.now.getTime(); at += 7 * DAY) {
        await runAgreementSchedule(story.system('agreements.daily', new Date(at)));
      }
    }
    await runAgreementSchedule(story.system('agreements.daily', story.now));
  },
};
