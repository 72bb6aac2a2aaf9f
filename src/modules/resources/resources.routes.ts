import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCursor,
  ZId,
  ZIdList,
  ZIdParams,
  ZLimit,
  ZQueryBoolean,
  zAnyOf,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { simplePdf, uploaded } from '../files/index.js';
import { valuePropositionFields, ZValuePropositionIdInput } from '../value/index.js';
import { RESOURCE_FILE_MAX_BYTES } from './resources.files.js';
import { RESOURCE_STATUSES } from './resources.rules.js';
import {
  cobrandResource,
  cobrandResourcePdf,
  createCategory,
  createResource,
  deleteCategory,
  getResource,
  libraryStats,
  listCategories,
  listResources,
  openResource,
  updateCategory,
  updateResource,
  uploadResourceFile,
} from './resources.service.js';

const VENDOR = ['admin', 'partner_manager', 'executive', 'finance'] as const;
const KEEPERS = ['admin', 'partner_manager'] as const;

const ZCategory = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    position: z.number().int(),
    resources: z.number().int().describe('Resources filed under it (a partner: those it may see)'),
    can: z.object({ edit: z.boolean(), delete: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ResourceCategory' });

/** One audience line (program + minimum tier): the gate resources, courses and certifications share. */
export const ZAudience = z.object({
  programId: ZId.describe('Partners in this program…'),
  minTierId: ZId.nullable().describe('…at this tier of it or above (null: any tier, or none)'),
});

const ZResource = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    categoryId: z.uuid().nullable(),
    category: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    tags: z.array(z.string()),
    language: z.string().describe('ISO 639-1, e.g. en, de'),
    status: z.enum(RESOURCE_STATUSES),
    featured: z.boolean(),
    kind: z.enum(['file', 'link', 'cobrand', 'empty']).describe('What opening it gives: a file, a link, a co-branded one-pager'),
    url: z.string().nullable().describe('A link resource’s address'),
    file: z
      .object({ id: z.uuid(), name: z.string(), size: z.number().int(), contentType: z.string() })
      .nullable()
      .describe('The uploaded file'),
    template: z.string().nullable().describe('The co-brand template (vendor staff only; partners get the merged one-pager)'),
    audience: z.array(ZAudience).describe('Who sees it when published (empty: every partner). Vendor staff only.'),
    ...valuePropositionFields,
    publishedAt: z.date().nullable(),
    isNew: z.boolean().describe('Published in the last 30 days'),
    downloads: z
      .object({ total: z.number().int(), last90Days: z.number().int(), partners: z.number().int() })
      .describe("Partner downloads (a partner's people: their company's own)"),
    can: z.object({ edit: z.boolean(), upload: z.boolean(), download: z.boolean(), cobrand: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Resource' });

const zTags = z.array(zText(40)).max(20, 'must be at most 20 tags');
const zLanguage = zString(5).regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code such as en or pt-BR');

const resourceFields = {
  title: zText(200),
  description: zOptionalText(5000).optional(),
  categoryId: ZId.nullable().optional(),
  tags: zTags.optional(),
  language: zLanguage.optional(),
  status: z.enum(RESOURCE_STATUSES, { error: `must be one of ${RESOURCE_STATUSES.join(', ')}` }).optional(),
  featured: z.boolean().optional(),
  url: zString(2000).trim().nullable().optional().describe('For a link: the http(s) address'),
  template: zString(60_000)
    .nullable()
    .optional()
    .describe(
      'For a co-brandable one-pager: HTML with {{partner.name}}, {{partner.logo}}, {{partner.website}}, {{partner.contactEmail}}, {{partner.contactName}}, {{today}}',
    ),
  audience: z.array(ZAudience).max(50).optional().describe('Empty: every partner'),
  valuePropositionId: ZValuePropositionIdInput.describe('A published joint value proposition (of any alliance) it was made with'),
};

const EXAMPLE_TEMPLATE =
  '<html><body><img src="{{partner.logo}}" alt=""><h1>{{partner.name}} + Lumen Analytics</h1>' +
  '<p>Talk to {{partner.contactName}}: {{partner.contactEmail}} · {{partner.website}}</p></body></html>';

const categoryFields = {
  name: zText(80),
  description: zOptionalText(500).optional(),
  position: z.number().int('must be a whole number').min(0).max(10_000).optional(),
};

const ZStats = z
  .object({
    since: z.date(),
    totals: z.object({
      resources: z.number().int(),
      published: z.number().int(),
      downloads: z.number().int(),
      downloads90d: z.number().int(),
      partnersUsing90d: z.number().int(),
    }),
    topResources: z.array(z.object({ id: z.uuid(), title: z.string(), downloads: z.number().int(), partners: z.number().int() })),
    partnersNeverUsed: z.array(z.object({ id: z.uuid(), name: z.string() })),
    byPartner: z.array(z.object({ id: z.uuid(), name: z.string(), downloads: z.number().int(), lastAt: z.date() })),
  })
  .meta({ id: 'ResourceLibraryStats' });

/** What a one-pager may load: nothing from outside, its own inline styles and data: images. */
const ONE_PAGER_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; sandbox";

let examples = 0;

export const resourceRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/resource-categories',
    summary: 'The resource library’s categories, in their order, with how many resources each holds',
    tags: ['resources'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'resourceCategory.read',
    response: z.object({ data: z.array(ZCategory), nextCursor: z.null() }).meta({ id: 'ResourceCategoryList' }),
    export: false,
    handler: async ({ ctx }) => listCategories(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/resource-categories',
    summary: 'Add a category to the resource library',
    tags: ['resources'],
    access: access.roles(KEEPERS, { scope: 'none' }),
    permission: 'resourceCategory.create',
    status: 201,
    body: z.strictObject(categoryFields),
    response: ZCategory,
    example: (refs) => ({ name: `Competitive intel ${refs.unique}`, position: 20 }),
    handler: async ({ ctx, body }) => createCategory(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/resource-categories/:id',
    summary: 'Rename, describe or reorder a category',
    tags: ['resources'],
    access: access.roles(KEEPERS, { scope: 'none' }),
    permission: 'resourceCategory.edit',
    target: 'resourceCategory',
    params: ZIdParams,
    body: z.strictObject({ ...categoryFields, name: categoryFields.name.optional() }),
    response: ZCategory,
    example: () => ({ description: 'What the field asks for most' }),
    handler: async ({ ctx, params, body }) => updateCategory(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/resource-categories/:id',
    summary: 'Remove a category no resource is filed under (409 otherwise)',
    tags: ['resources'],
    access: access.roles(KEEPERS, { scope: 'none' }),
    permission: 'resourceCategory.delete',
    target: 'resourceCategory',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteCategory(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/resources',
    summary: 'The resource library: every resource (vendor staff), or what the caller’s programs and tiers unlock (partners)',
    description:
      'Partners see published resources whose audience they are in (program, tier at or above the minimum), or that a ' +
      'tier benefit names. Filter by `categoryId`, `status`, `featured`, `language`, `tag`, `isNew` (published in the ' +
      'last 30 days) and `q` (title, description, tags).',
    tags: ['resources'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'resource.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(sortValues(['title', 'createdAt', 'updatedAt'])).default('-createdAt'),
      q: zOptionalText(200).optional(),
      categoryId: ZIdList.optional(),
      status: zAnyOf(RESOURCE_STATUSES).optional(),
      featured: ZQueryBoolean.optional(),
      language: zOptionalText(5).optional(),
      tag: zOptionalText(40).optional(),
      isNew: ZQueryBoolean.optional(),
    }),
    response: zPage(ZResource),
    export: { omit: ['template', 'description'], pick: { downloads: 'total' } },
    handler: async ({ ctx, query }) => listResources(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/resources/stats',
    summary:
      'Library use over 90 days: top resources, the busiest partners, and active partners that never used it (or one partner’s)',
    tags: ['resources'],
    access: access.roles(VENDOR, { scope: 'none' }),
    permission: 'resource.stats',
    query: z.object({ partnerId: ZId.optional().describe("One partner's use (its page): its downloads and top resources") }),
    response: ZStats,
    handler: async ({ ctx, query }) => libraryStats(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/resources',
    summary: 'Add a resource: a link, a co-brand template, or (then upload it) a file',
    tags: ['resources'],
    access: access.roles(KEEPERS, { scope: 'none' }),
    permission: 'resource.create',
    status: 201,
    body: z.strictObject(resourceFields),
    response: ZResource,
    example: (refs) => {
      examples += 1;
      return {
        title: `Co-branded one-pager ${refs.unique} ${examples}`,
        status: 'published',
        tags: ['one-pager'],
        template: EXAMPLE_TEMPLATE,
      };
    },
    handler: async ({ ctx, body }) => createResource(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/resources/:id',
    summary: 'Get a resource (a partner outside its audience gets the 404 of a missing one)',
    tags: ['resources'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'resource.read',
    target: 'resource',
    params: ZIdParams,
    response: ZResource,
    handler: async ({ ctx, params }) => getResource(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/resources/:id',
    summary: 'Change a resource: details, audience, publish or archive it',
    tags: ['resources'],
    access: access.roles(KEEPERS, { scope: 'none' }),
    permission: 'resource.edit',
    target: 'resource',
    params: ZIdParams,
    body: z.strictObject({ ...resourceFields, title: resourceFields.title.optional() }),
    response: ZResource,
    example: () => ({ featured: true, tags: ['featured'] }),
    handler: async ({ ctx, params, body }) => updateResource(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/resources/:id/file',
    summary: 'Upload (or replace) a resource’s file',
    tags: ['resources'],
    access: access.roles(KEEPERS, { scope: 'none' }),
    permission: 'resource.edit',
    target: 'resource',
    params: ZIdParams,
    upload: {
      maxBytes: RESOURCE_FILE_MAX_BYTES,
      example: () => ({ filename: 'datasheet.pdf', contentType: 'application/pdf', bytes: simplePdf(['Datasheet']) }),
    },
    response: ZResource,
    handler: async ({ ctx, params, upload }) => uploadResourceFile(ctx, params.id, uploaded(upload)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/resources/:id/open',
    summary: 'Open a resource: counts a partner’s download and answers where its content is',
    description:
      '`url` is the file’s content, the link, or the co-branded one-pager (`GET …/cobranded`, which counts itself). ' +
      'Each call by a partner’s person is one download (`resource.downloaded`); vendor staff are not counted.',
    tags: ['resources'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'resource.read',
    target: 'resource',
    params: ZIdParams,
    response: z.object({ url: z.string(), kind: z.enum(['file', 'link', 'cobrand', 'empty']) }).meta({ id: 'ResourceOpened' }),
    handler: async ({ ctx, params }) => openResource(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/resources/:id/cobrand-preview',
    summary: 'Preview the co-branded one-pager (merged with the caller’s company; sample values for vendor staff)',
    tags: ['resources'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'resource.read',
    target: 'resource',
    params: ZIdParams,
    response: z.object({ html: z.string(), fileName: z.string() }).meta({ id: 'CobrandedPreview' }),
    handler: async ({ ctx, params }) => cobrandResource(ctx, params.id, { download: false }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/resources/:id/cobranded',
    summary: 'Download the co-branded one-pager (HTML) with the caller’s company merged in',
    description:
      'Every merged value is HTML-escaped; the file is sandboxed (it loads nothing from outside). A partner’s ' +
      'download counts and emits `cobranded_asset.generated`.',
    tags: ['resources'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'resource.read',
    target: 'resource',
    params: ZIdParams,
    handler: async ({ ctx, params, reply }) => {
      const { html, fileName } = await cobrandResource(ctx, params.id, { download: true });
      return reply
        .type('text/html; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', ONE_PAGER_CSP)
        .header('cache-control', 'private, no-store')
        .send(html);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/resources/:id/cobranded.pdf',
    summary: 'Download the co-branded one-pager as a PDF with the caller’s company merged in',
    description:
      'The template’s text (headings, paragraphs, lists) on one A4 page under the company’s logo and name, with the ' +
      'contact line. A partner’s download counts and emits `cobranded_asset.generated`, like the HTML one.',
    tags: ['resources'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'resource.read',
    target: 'resource',
    params: ZIdParams,
    handler: async ({ ctx, params, reply }) => {
      const { pdf, fileName } = await cobrandResourcePdf(ctx, params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  }),
];
