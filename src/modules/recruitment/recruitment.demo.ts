import { withTx } from '../../db/scope.js';
import type { DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { insertAudited } from '../audit/index.js';
import { partnerApplications } from './recruitment.schema.js';
import { APPLICATION, acceptApplication, rejectApplication } from './recruitment.service.js';

type Applicant = {
  companyName: string;
  domain: string;
  country: string;
  regions: string[];
  types: string[];
  companySize: string;
  industries: string[];
  contactName: string;
  message: string;
};

const REJECTED: (Applicant & { daysAgo: number; reason: string; by: string })[] = [
  {
    companyName: 'Quickbuck Leads',
    domain: 'quickbuck-leads.example',
    country: 'US',
    regions: ['north_america'],
    types: ['affiliate'],
    companySize: '1-10',
    industries: ['Retail'],
    contactName: 'Rory Quick',
    message: 'We drive traffic to any SaaS offer on a pay-per-click basis.',
    daysAgo: 170,
    reason: 'Pay-per-click affiliates are outside the program; we recruit partners who serve customers.',
    by: 'maria',
  },
  {
    companyName: 'Sentinel Stack',
    domain: 'sentinel-stack.example',
    country: 'GB',
    regions: ['europe'],
    types: ['isv'],
    companySize: '51-200',
    industries: ['Cybersecurity'],
    contactName: 'Priya Nair',
    message: 'Our SIEM would love to resell your platform to our customers.',
    daysAgo: 120,
    reason: 'Sells a SIEM that competes head-on with our analytics product; revisit as a technology integration only.',
    by: 'maria',
  },
  {
    companyName: 'Andes Digital',
    domain: 'andes-digital.example',
    country: 'CL',
    regions: ['latin_america'],
    types: ['reseller'],
    companySize: '11-50',
    industries: ['Manufacturing'],
    contactName: 'Mateo Rojas',
    message: 'We resell cloud software to manufacturers in Chile and Peru.',
    daysAgo: 75,
    reason: 'No Latin America program yet; invited to reapply when the region opens next year.',
    by: 'james',
  },
  {
    companyName: 'Harbor One Consulting',
    domain: 'harborone.example',
    country: 'AU',
    regions: ['asia_pacific'],
    types: ['consultant'],
    companySize: '1-10',
    industries: ['Public sector'],
    contactName: 'Jack Harbor',
    message: 'Sole consultant, public sector focus.',
    daysAgo: 40,
    reason: 'Too small to carry certified staff; pointed to the referral program instead.',
    by: 'sofia',
  },
];

const WAITING: (Applicant & { daysAgo: number })[] = [
  {
    companyName: 'Helix Health IT',
    domain: 'helix-health-it.example',
    country: 'DE',
    regions: ['europe'],
    types: ['msp', 'service'],
    companySize: '51-200',
    industries: ['Healthcare'],
    contactName: 'Hana Schmidt',
    message: 'We run managed IT for 40 clinics in Germany and Austria and want to add your platform to our stack.',
    daysAgo: 9,
  },
  {
    companyName: 'Northwind Traders Ltd',
    domain: 'northwind.example',
    country: 'US',
    regions: ['north_america'],
    types: ['reseller'],
    companySize: '201-1000',
    industries: ['Retail'],
    contactName: 'Nora Wind',
    message: 'Our EMEA branch would like its own partnership.',
    daysAgo: 5,
  },
  {
    companyName: 'Granite Peak Systems',
    domain: 'granitepeak.example',
    country: 'CA',
    regions: ['north_america'],
    types: ['si', 'var'],
    companySize: '201-1000',
    industries: ['Financial services', 'Public sector'],
    contactName: 'Grace Peak',
    message: 'Systems integrator for Canadian banks; 12 engineers certified on comparable platforms.',
    daysAgo: 2,
  },
];

function email(a: Applicant) {
  return `${a.contactName.split(' ')[0]?.toLowerCase() ?? 'hello'}@${a.domain}`;
}

async function record(
  ctx: Ctx,
  a: Applicant,
  at: Date,
  duplicates: { reason: 'domain' | 'name' | 'application'; id: string; name: string }[] = [],
) {
  return withTx(ctx, (c) =>
    insertAudited(
      c,
      partnerApplications,
      {
        companyName: a.companyName,
        website: `https://www.${a.domain}`,
        domain: a.domain,
        country: a.country,
        regions: a.regions,
        types: a.types,
        companySize: a.companySize,
        industries: a.industries,
        contactName: a.contactName,
        contactEmail: email(a),
        message: a.message,
        duplicates,
        createdAt: at,
        updatedAt: at,
      },
      APPLICATION,
      { summary: `${a.companyName} applied to become a partner`, event: 'partner_application.submitted' },
    ),
  );
}

/**
 * Applications through the public form over the last months: some of the recent prospects came in
 * that way (accepted and linked by their owner the day they were recorded), a few were turned away
 * with a reason, and three wait on the board — one from a company that is a partner already.
 */
export const recruitmentDemo: DemoSeeder = {
  order: 56,
  async seed(_ctx, story: DemoStory) {
    const recent = [...story.partners.values()].filter((p) => {
      const created = p.timeline[0]?.at;
      return created && created > story.daysAgo(300);
    });
    for (const partner of recent.slice(0, 4)) {
      const created = partner.timeline[0]?.at;
      if (!created) continue;
      const applied = new Date(created.getTime() - story.random.int(2, 10) * 86_400_000);
      const application = await record(
        story.system('partner application', applied),
        {
          companyName: partner.name,
          domain: partner.domain,
          country: 'US',
          regions: ['north_america'],
          types: ['reseller'],
          companySize: partner.companySize ?? '51-200',
          industries: [],
          contactName: partner.staff[0] ? `${partner.staff[0].first} ${partner.staff[0].last}` : 'Program lead',
          message: `${partner.name} would like to join the partner program.`,
        },
        applied,
      );
      await acceptApplication(story.as(partner.ownerKey, created), application.id, {
        partnerId: partner.id,
        notifyApplicant: false,
        note: 'Recorded as a prospect',
      });
    }
    for (const a of REJECTED) {
      const at = story.daysAgo(a.daysAgo);
      const application = await record(story.system('partner application', at), a, at);
      const decided = story.after(at, story.random.int(2, 6));
      if (decided) await rejectApplication(story.as(a.by, decided), application.id, { reason: a.reason, notifyApplicant: false });
    }
    const northwind = story.partners.get('northwind');
    for (const a of WAITING) {
      const at = story.daysAgo(a.daysAgo);
      const known = a.domain === northwind?.domain ? [{ reason: 'domain' as const, id: northwind.id, name: northwind.name }] : [];
      await record(story.system('partner application', at), a, at, known);
    }
  },
};
