import { describe, expect, it } from 'vitest';
import {
  type ConvertedOpportunity,
  kitOffered,
  kitTransition,
  launchReturn,
  mergeText,
  parseAudienceCsv,
  renderMarketingEmail,
  scheduleSteps,
  sendRefusal,
  sequenceProblems,
  unknownMergeFields,
} from './marketing.rules.js';

const launchAt = new Date('2026-12-01T09:00:00Z');
const day = (d: number) => new Date(launchAt.getTime() + d * 86_400_000).toISOString();

describe('sequence scheduling: each step waits its delay after the previous one', () => {
  const cases: [string, number[], string[]][] = [
    ['the first step with no delay goes at launch', [0, 3], [day(0), day(3)]],
    ['delays add up step after step', [0, 2, 5], [day(0), day(2), day(7)]],
    ['a first step may wait too', [1, 1], [day(1), day(2)]],
  ];
  it.each(cases)('%s', (_rule, delays, expected) => {
    expect(
      scheduleSteps(
        launchAt,
        delays.map((delayDays) => ({ delayDays })),
      ).map((d) => d.toISOString()),
    ).toEqual(expected);
  });
});

describe('a sequence has at least two e-mails, a day apart, naming only known merge fields', () => {
  const step = (subject: string, body: string, delayDays: number) => ({ subject, body, delayDays });
  const cases: [string, Parameters<typeof sequenceProblems>[0], string[]][] = [
    ['two steps a day apart are fine', [step('Hi', 'Body', 0), step('Again', 'Body', 1)], []],
    ['one e-mail is not a sequence', [step('Hi', 'Body', 0)], ['steps']],
    ['a later step on the same day is refused', [step('Hi', 'Body', 0), step('Again', 'Body', 0)], ['steps.1.delayDays']],
    [
      'a misspelt merge field is named where it is',
      [step('Hi {{contact.fristName}}', 'Body', 0), step('A', 'B', 1)],
      ['steps.0.subject'],
    ],
  ];
  it.each(cases)('%s', (_rule, steps, paths) => {
    expect(sequenceProblems(steps).map((p) => p.path)).toEqual(paths);
  });
});

describe('merge fields', () => {
  const cases: [string, string, string][] = [
    ['known fields are filled in', 'Hi {{contact.firstName}} from {{ partner.name }}', 'Hi Ana from Acme'],
    ['a missing value is left empty', 'Hi {{contact.lastName}}!', 'Hi !'],
    ['text without fields is unchanged', 'Plain {text}', 'Plain {text}'],
  ];
  it.each(cases)('%s', (_rule, template, expected) => {
    expect(mergeText(template, { 'contact.firstName': 'Ana', 'partner.name': 'Acme' })).toBe(expected);
  });
  it('unknown fields are reported once each', () => {
    expect(unknownMergeFields('{{a.b}} {{partner.name}} {{a.b}} {{contact.fristName}}')).toEqual(['a.b', 'contact.fristName']);
  });
});

describe('the co-branded e-mail escapes every merged value', () => {
  const values = {
    'partner.name': 'Acme <b>&</b> Co',
    'vendor.name': 'Lumen',
    'contact.firstName': '<script>alert(1)</script>',
    'landing.url': 'https://p.example/m/tok',
    'unsubscribe.url': 'https://p.example/m/unsubscribe#token=t',
  };
  const email = renderMarketingEmail({
    step: {
      subject: 'Hi {{contact.firstName}}\r\nBcc: x@y',
      body: 'Dear {{contact.firstName}},\n\nSee https://lumen.example/a?b=1&c=2.',
    },
    values,
    cta: 'Join',
    track: (url) => `https://t.example/c?u=${encodeURIComponent(url)}`,
    pixelUrl: 'https://t.example/o',
  });
  it('a contact’s name stays text', () => {
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('the partner’s name stays text', () => expect(email.html).toContain('Acme &lt;b&gt;&amp;&lt;/b&gt; Co'));
  it('the subject is one line (no header injection)', () => expect(email.subject).toBe('Hi <script>alert(1)</script> Bcc: x@y'));
  it('web addresses in the text become tracked links, the full stop left outside', () => {
    expect(email.html).toContain(`href="https://t.example/c?u=${encodeURIComponent('https://lumen.example/a?b=1&c=2')}"`);
  });
  it('the button goes to the landing page through tracking; the footer has the unsubscribe link and the pixel', () => {
    expect(email.html).toContain(`href="https://t.example/c?u=${encodeURIComponent('https://p.example/m/tok')}"`);
    expect(email.html).toContain('href="https://p.example/m/unsubscribe#token=t"');
    expect(email.html).toContain('src="https://t.example/o"');
    expect(email.text).toContain('Unsubscribe: https://p.example/m/unsubscribe#token=t');
  });
});

describe('who is sent a step', () => {
  const cases: [string, Parameters<typeof sendRefusal>[0], ReturnType<typeof sendRefusal>][] = [
    [
      'a subscribed contact of a running launch gets it',
      { launchStatus: 'running', consent: 'subscribed', suppressed: false },
      null,
    ],
    [
      'an unsubscribed contact never gets a later step',
      { launchStatus: 'running', consent: 'unsubscribed', suppressed: false },
      'unsubscribed',
    ],
    ['a suppressed address gets nothing', { launchStatus: 'running', consent: 'subscribed', suppressed: true }, 'suppressed'],
    ['a stopped launch sends nothing more', { launchStatus: 'cancelled', consent: 'subscribed', suppressed: false }, 'cancelled'],
  ];
  it.each(cases)('%s', (_rule, facts, expected) => expect(sendRefusal(facts)).toBe(expected));
});

describe('kit life cycle and who is offered a kit', () => {
  it.each([
    ['a draft is approved', 'draft', 'approve', 'approved'],
    ['editing an approved kit takes it back to draft', 'approved', 'edit', 'draft'],
    ['an approved kit is retired', 'approved', 'retire', 'retired'],
    ['a retired kit is not edited', 'retired', 'edit', null],
    ['an approved kit is not approved twice', 'approved', 'approve', null],
  ] as const)('%s', (_rule, from, action, to) => {
    const move = kitTransition(from, action);
    expect(move.allowed ? move.to : null).toBe(to);
  });
  const member = [{ programId: 'p1', tierId: 'gold' }];
  it.each([
    ['an ungated approved kit is offered to everyone', { status: 'approved', programId: null, tierIds: [] }, [], true],
    ['a draft is offered to no one', { status: 'draft', programId: null, tierIds: [] }, member, false],
    ['a program kit is offered to its members', { status: 'approved', programId: 'p1', tierIds: [] }, member, true],
    ['…not to others', { status: 'approved', programId: 'p2', tierIds: [] }, member, false],
    ['a tier-gated kit needs one of its tiers', { status: 'approved', programId: 'p1', tierIds: ['platinum'] }, member, false],
  ] as const)('%s', (_rule, kit, memberships, offered) => {
    expect(kitOffered({ ...kit, tierIds: [...kit.tierIds] }, memberships)).toBe(offered);
  });
});

describe('audience files', () => {
  it('reads CRM headers, lower-cases and deduplicates addresses, numbers bad rows as a spreadsheet does', () => {
    const parsed = parseAudienceCsv(
      '\uFEFFEmail Address,Given name,Surname,Account Name\nA@x.example,Ana,Lima,X\na@x.example,Ana,,\nbad,,,\n',
    );
    expect(parsed.rows).toEqual([{ email: 'a@x.example', firstName: 'Ana', lastName: 'Lima', company: 'X' }]);
    expect(parsed.duplicates).toBe(1);
    expect(parsed.problems).toEqual([{ row: 4, column: 'email', message: 'must be an e-mail address' }]);
  });
  it('a file without an e-mail column is refused on its header', () => {
    expect(parseAudienceCsv('name\nAna\n').problems).toEqual([{ row: 1, column: 'email', message: 'needs an e-mail column' }]);
  });
});

describe('launch return: open opportunities are pipeline, won ones revenue, a missing rate makes the figure unknown', () => {
  const cases: [string, ConvertedOpportunity[], { pipeline: number | null; won: number | null }][] = [
    ['no opportunities: nothing generated', [], { pipeline: 0, won: 0 }],
    [
      'open amounts add up to pipeline, won ones to revenue',
      [
        { won: false, reporting: 100 },
        { won: false, reporting: 250 },
        { won: true, reporting: 1_000 },
      ],
      { pipeline: 350, won: 1_000 },
    ],
    [
      'a won amount no rate converts leaves revenue unknown, pipeline intact',
      [
        { won: true, reporting: null },
        { won: true, reporting: 500 },
        { won: false, reporting: 70 },
      ],
      { pipeline: 70, won: null },
    ],
    ['an open amount no rate converts leaves pipeline unknown', [{ won: false, reporting: null }], { pipeline: null, won: 0 }],
  ];
  it.each(cases)('%s', (_name, opportunities, expected) => {
    expect(launchReturn(opportunities)).toEqual(expected);
  });
});
