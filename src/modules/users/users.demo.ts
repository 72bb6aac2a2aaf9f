import type { DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { hashPassword } from '../../shared/password.js';
import type { Role } from '../../shared/roles.js';
import { createUser } from './users.service.js';

const VENDOR = 'Lumen Cloud (vendor)';

/**
 * Lumen Cloud's partner team, in the order the logins are printed. Alex, the first admin, was
 * made from the command line about two years ago; Alex added the others as they joined.
 */
const TEAM: { key: string; email: string; name: string; role: Role; title: string; joinedDaysAgo: number }[] = [
  {
    key: 'alex',
    email: 'admin@lumen.example',
    name: 'Alex Admin',
    role: 'admin',
    title: 'Partner Operations Lead',
    joinedDaysAgo: 730,
  },
  {
    key: 'maria',
    email: 'maria.manager@lumen.example',
    name: 'Maria Okafor',
    role: 'partner_manager',
    title: 'Channel Account Manager',
    joinedDaysAgo: 712,
  },
  {
    key: 'james',
    email: 'james.manager@lumen.example',
    name: 'James Larsen',
    role: 'partner_manager',
    title: 'Alliance Manager',
    joinedDaysAgo: 650,
  },
  {
    key: 'sofia',
    email: 'sofia.manager@lumen.example',
    name: 'Sofia Tanaka',
    role: 'partner_manager',
    title: 'Partner Development Manager',
    joinedDaysAgo: 585,
  },
  {
    key: 'erin',
    email: 'erin.exec@lumen.example',
    name: 'Erin Castillo',
    role: 'executive',
    title: 'Chief Revenue Officer',
    joinedDaysAgo: 690,
  },
  {
    key: 'frank',
    email: 'frank.finance@lumen.example',
    name: 'Frank Moreau',
    role: 'finance',
    title: 'Partner Finance Manager',
    joinedDaysAgo: 400,
  },
];

/** Every demo user has the one published password: its hash is computed once per load, not once per user. */
async function demoPasswordHash(story: DemoStory): Promise<string> {
  let hash = story.refs.get('users:password-hash');
  if (!hash) {
    hash = await hashPassword(story.password);
    story.refs.set('users:password-hash', hash);
  }
  return hash;
}

async function addPerson(
  story: DemoStory,
  ctx: Ctx,
  person: { key: string; email: string; name: string; role: Role; title: string; partnerId?: string },
  company: string,
) {
  const hash = await demoPasswordHash(story);
  const user = await createUser(
    ctx,
    { ...person, partnerId: person.partnerId ?? null, password: story.password },
    async () => hash,
  );
  story.people.set(person.key, {
    key: person.key,
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    partnerId: user.partnerId,
    since: user.createdAt,
  });
  story.logins.push({ email: user.email, role: user.role, company });
}

/** The vendor team joins first: the admin about 24 months ago, the managers over the months after. */
const vendorTeam: DemoSeeder = {
  order: 10,
  async seed(_ctx, story) {
    for (const member of TEAM) {
      const at = story.daysAgo(member.joinedDaysAgo);
      const ctx = member.key === 'alex' ? story.system('create-admin', at) : story.as('alex', at);
      await addPerson(story, ctx, member, VENDOR);
    }
  },
};

/** Bigger companies bring a colleague into the portal after their program lead. */
const SMALL = new Set(['1-10', '11-50']);

/**
 * Portal users, once partners exist: an admin makes the partner's program lead its partner admin
 * a few days after the partner is enabled, and that lead invites a colleague a few weeks later.
 * A terminated partner has none: the story makes no accounts only to deactivate them.
 */
const partnerPeople: DemoSeeder = {
  order: 50,
  async seed(_ctx, story) {
    const partners = [...story.partners.values()];
    for (const [index, partner] of partners.entries()) {
      story.progress(index, partners.length);
      const enabled = partner.timeline.find((t) => t.stage === 'enabled');
      const today = partner.timeline.at(-1)?.stage;
      const [lead, colleague] = partner.staff;
      if (!enabled || today === 'terminated' || !lead) continue;
      const leadAt = story.after(enabled.at, story.random.int(1, 6));
      if (!leadAt) continue;
      const adminKey = `${partner.key}.admin`;
      await addPerson(
        story,
        story.as('alex', leadAt),
        {
          key: adminKey,
          email: lead.email,
          name: `${lead.first} ${lead.last}`,
          role: 'partner_admin',
          title: 'Partner Program Lead',
          partnerId: partner.id,
        },
        partner.name,
      );
      const invitedAt = story.after(leadAt, story.random.int(3, 30));
      if (colleague && invitedAt && !SMALL.has(partner.companySize ?? '1-10')) {
        await addPerson(
          story,
          story.as(adminKey, invitedAt),
          {
            key: `${partner.key}.user`,
            email: colleague.email,
            name: `${colleague.first} ${colleague.last}`,
            role: 'partner_user',
            title: 'Account Executive',
            partnerId: partner.id,
          },
          partner.name,
        );
      }
    }
  },
};

export const usersDemo: readonly DemoSeeder[] = [vendorTeam, partnerPeople];
