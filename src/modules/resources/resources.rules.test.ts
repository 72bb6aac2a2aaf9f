import { describe, expect, it } from 'vitest';
import {
  type AudienceRule,
  escapeHtml,
  type MergeValues,
  mergeTemplate,
  type OnePagerBlock,
  onePagerBlocks,
  type PartnerStanding,
  publishProblem,
  type ResourceStatus,
  resourceVisibility,
  safeWebsite,
  unknownMergeFields,
} from './resources.rules.js';

const RESELLER = 'p-reseller';
const MSP = 'p-msp';
const silver: AudienceRule = { programId: RESELLER, minTierId: 't-silver', minTierRank: 1 };
const anyMsp: AudienceRule = { programId: MSP, minTierId: null, minTierRank: null };
const at = (programId: string, tierId: string | null, tierRank: number | null, resources?: string[]) => ({
  programId,
  tierId,
  tierRank,
  benefits: resources ? { resources } : {},
});

describe('a resource reaches a partner when it is published and the partner is in its audience', () => {
  it.each<[string, ResourceStatus, AudienceRule[], PartnerStanding, boolean]>([
    ['a published resource with no audience is for everyone', 'published', [], { placements: [] }, true],
    ['a draft reaches no partner, even with no audience', 'draft', [], { placements: [at(RESELLER, 't-gold', 2)] }, false],
    ['an archived resource reaches no partner', 'archived', [], { placements: [] }, false],
    [
      'a partner in the program at the minimum tier sees it',
      'published',
      [silver],
      { placements: [at(RESELLER, 't-silver', 1)] },
      true,
    ],
    ['a partner above the minimum tier sees it', 'published', [silver], { placements: [at(RESELLER, 't-gold', 2)] }, true],
    [
      'a partner below the minimum tier does not',
      'published',
      [silver],
      { placements: [at(RESELLER, 't-registered', 0)] },
      false,
    ],
    [
      'a partner with no tier in the program is below any minimum',
      'published',
      [silver],
      { placements: [at(RESELLER, null, null)] },
      false,
    ],
    ['a tier in another program does not count', 'published', [silver], { placements: [at(MSP, 't-msp-gold', 5)] }, false],
    ['a partner in no program sees no gated resource', 'published', [silver], { placements: [] }, false],
    ['a program with no minimum tier takes every member', 'published', [anyMsp], { placements: [at(MSP, null, null)] }, true],
    ['any one line of the audience is enough', 'published', [silver, anyMsp], { placements: [at(MSP, 't-x', 0)] }, true],
    [
      'a tier whose benefits name the resource unlocks it',
      'published',
      [silver],
      { placements: [at(RESELLER, 't-registered', 0, ['  battlecard: globex '])] },
      true,
    ],
    [
      'a tier benefit does not unlock a draft',
      'draft',
      [silver],
      { placements: [at(RESELLER, 't-registered', 0, ['Battlecard: Globex'])] },
      false,
    ],
  ])('%s', (_rule, status, audience, partner, visible) => {
    expect(resourceVisibility({ status, title: 'Battlecard: Globex', audience }, partner).visible).toBe(visible);
  });
});

describe('a resource is published only with something to open', () => {
  it.each([
    ['a draft may be empty', { status: 'draft' as const, url: null, hasFile: false, template: null }, false],
    [
      'a published link is fine',
      { status: 'published' as const, url: 'https://x.example', hasFile: false, template: null },
      false,
    ],
    ['a published file is fine', { status: 'published' as const, url: null, hasFile: true, template: null }, false],
    [
      'a published co-brand template is fine',
      { status: 'published' as const, url: null, hasFile: false, template: '<p/>' },
      false,
    ],
    [
      'a published resource with nothing is refused',
      { status: 'published' as const, url: null, hasFile: false, template: null },
      true,
    ],
  ])('%s', (_rule, resource, refused) => {
    expect(publishProblem(resource) !== null).toBe(refused);
  });
});

describe('co-brand templates merge the partner’s details, escaped, and nothing else', () => {
  const values: MergeValues = {
    'partner.name': '<script>alert(1)</script> & Co',
    'partner.logo': 'data:image/png;base64,AAA=',
    'partner.website': 'https://northwind.example/',
    'partner.contactEmail': 'kim@northwind.example',
    'partner.contactName': `Kim "K" O'Neil`,
    today: '2026-12-01',
  };
  it.each([
    [
      'the name is merged as text, never as markup',
      '<h1>{{partner.name}}</h1>',
      '<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</h1>',
    ],
    ['spaces inside the braces are allowed', '{{ partner.contactEmail }}', 'kim@northwind.example'],
    [
      'quotes cannot break out of an attribute',
      `<a title="{{partner.contactName}}">`,
      '<a title="Kim &quot;K&quot; O&#39;Neil">',
    ],
    ['the logo merges as a data URL for an img src', '<img src="{{partner.logo}}">', '<img src="data:image/png;base64,AAA=">'],
    ['an unknown field merges as empty', '[{{partner.secret}}]', '[]'],
    ['text without fields is unchanged', '<p>Hello</p>', '<p>Hello</p>'],
  ])('%s', (_rule, template, merged) => {
    expect(mergeTemplate(template, values)).toBe(merged);
  });

  it.each([
    ['known fields pass', '{{partner.name}} {{partner.logo}} {{today}}', []],
    ['an unknown field is named', '{{partner.name}} {{partner.revenue}}', ['partner.revenue']],
    ['each unknown field is named once', '{{x}}{{x}}{{y}}', ['x', 'y']],
  ])('%s', (_rule, template, unknown) => {
    expect(unknownMergeFields(template)).toEqual(unknown);
  });

  it.each([
    ['an https website stays', 'https://northwind.example', 'https://northwind.example/'],
    ['a bare domain becomes https', 'northwind.example', 'https://northwind.example/'],
    ['a javascript: URL merges as empty', 'javascript:alert(1)', ''],
    ['nothing stays nothing', '  ', ''],
  ])('a website: %s', (_rule, url, merged) => {
    expect(safeWebsite(url)).toBe(merged);
  });

  it('escapes every character that can end text or an attribute', () => {
    expect(escapeHtml(`&<>"'\``)).toBe('&amp;&lt;&gt;&quot;&#39;&#96;');
  });
});

describe('the PDF one-pager reads the template as text blocks: merged plainly, markup and code left out', () => {
  const values: MergeValues = {
    'partner.name': '<b>Kim & Co</b>',
    'partner.logo': 'data:image/png;base64,AAA=',
    'partner.website': 'https://kim.example/',
    'partner.contactEmail': 'kim@kim.example',
    'partner.contactName': 'Kim',
    today: '2026-12-01',
  };
  const cases: [string, string, OnePagerBlock[]][] = [
    [
      'a merged name stays text, tags and all, with entities decoded around it',
      '<h1>{{partner.name}} &amp; Lumen &times; you</h1>',
      [{ kind: 'heading', text: '<b>Kim & Co</b> & Lumen × you' }],
    ],
    [
      'paragraphs, bullets and numbered items in order; whitespace collapsed',
      '<p>Hello\n   {{ partner.contactName }}</p><ul><li>One</li><li>Two</li></ul><ol><li>First</li><li>Second<br>line</li></ol>',
      [
        { kind: 'text', text: 'Hello Kim' },
        { kind: 'bullet', text: 'One' },
        { kind: 'bullet', text: 'Two' },
        { kind: 'bullet', text: 'First', number: 1 },
        { kind: 'bullet', text: 'Second line', number: 2 },
      ],
    ],
    [
      'head, style, script, comments and images leave nothing; empty blocks are dropped',
      '<html><head><title>T</title><style>p{color:red}</style></head><body><!-- note --><img src="{{partner.logo}}"><div> </div><script>alert(1)</script><footer>{{partner.website}} · {{today}}</footer></body></html>',
      [{ kind: 'text', text: 'https://kim.example/ · 2026-12-01' }],
    ],
  ];
  it.each(cases)('%s', (_rule, template, expected) => {
    expect(onePagerBlocks(template, values)).toEqual(expected);
  });
});
