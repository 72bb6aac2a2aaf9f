import { and, asc, count, desc, eq, gt, ilike, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { scopeOf, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { personSummaries } from '../directory/index.js';
import { attachFile, type FileSource, initialLogo, listRecordFiles, openFile } from '../files/index.js';
import { partners } from '../partners/index.js';
import { currentPlacements, programs } from '../programs/index.js';
import { getSettings } from '../settings/index.js';
import { tiers } from '../tiers/index.js';
import { type PropositionRef, propositionLink, propositionOf, propositionRefs } from '../value/index.js';
import { renderOnePagerPdf } from './resources.pdf.js';
import { mayManageResources, maySeeLibraryStats, type ResourcePermissions, resourcePermissions } from './resources.policy.js';
import {
  type AudienceRule,
  inAudience,
  type MergeValues,
  mergeTemplate,
  onePagerBlocks,
  type PartnerStanding,
  publishProblem,
  type ResourceStatus,
  resourceVisibility,
  safeWebsite,
  unknownMergeFields,
} from './resources.rules.js';
import {
  type ResourceCategoryRow,
  type ResourceDownloadRow,
  type ResourceRow,
  resourceCategories,
  resourceDownloads,
  resources,
  type StoredAudience,
  type StoredFile,
} from './resources.schema.js';

const RESOURCE: AuditedKind<ResourceRow> = { entityType: 'resource', partnerIdOf: () => null, labelOf: (r) => r.title };
const CATEGORY: AuditedKind<ResourceCategoryRow> = {
  entityType: 'resource_category',
  partnerIdOf: () => null,
  labelOf: (r) => r.name,
  conflicts: { resource_categories_name_unique: { path: 'name', message: 'a category with this name exists' } },
  inUse: 'Resources are filed under this category: move them first',
};
const DOWNLOAD: AuditedKind<ResourceDownloadRow> = {
  entityType: 'resource_download',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => (r.cobranded ? 'Co-branded download' : 'Download'),
};

/** A resource is "new" for partners this many days after it was published. */
export const NEW_FOR_DAYS = 30;
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// The gate

type Gate = (row: Pick<ResourceRow, 'status' | 'title' | 'audience'>) => boolean;

/**
 * The caller's audience gate for a set of audiences (resources, courses, certifications): vendor
 * staff pass everything; a partner's people pass an audience their current placements are in.
 */
export async function audienceGateOf(
  c: TxCtx,
  audiences: readonly (readonly StoredAudience[])[],
): Promise<(audience: readonly StoredAudience[]) => boolean> {
  const scope = scopeOf(c);
  if (scope.kind !== 'partner') return () => true;
  const { standing, rankOf } = await standingOf(c, scope.partnerId, audiences);
  return (audience) =>
    inAudience(
      audience.map((a) => audienceRule(a, rankOf)),
      standing,
    );
}

async function standingOf(c: TxCtx, partnerId: string, audiences: readonly (readonly StoredAudience[])[]) {
  const minTierIds = [...new Set(audiences.flatMap((a) => a.map((line) => line.minTierId)).filter((id): id is string => !!id))];
  const [placements, ranks] = await Promise.all([
    currentPlacements(c, [partnerId]),
    minTierIds.length
      ? c.tx.select({ id: tiers.id, rank: tiers.rank }).from(tiers).where(inArray(tiers.id, minTierIds))
      : Promise.resolve([]),
  ]);
  const rankOf = new Map(ranks.map((t) => [t.id, t.rank]));
  const standing: PartnerStanding = { placements: placements.get(partnerId) ?? [] };
  return { standing, rankOf };
}

/** The caller's gate: vendor staff see every resource; a partner's people what `resourceVisibility` lets them. */
async function gateOf(c: TxCtx, rows: readonly Pick<ResourceRow, 'audience'>[]): Promise<Gate> {
  const scope = scopeOf(c);
  if (scope.kind !== 'partner') return () => true;
  const { standing, rankOf } = await standingOf(
    c,
    scope.partnerId,
    rows.map((r) => r.audience),
  );
  return (row) =>
    resourceVisibility(
      { status: row.status, title: row.title, audience: row.audience.map((a) => audienceRule(a, rankOf)) },
      standing,
    ).visible;
}

function audienceRule(a: StoredAudience, rankOf: Map<string, number>): AudienceRule {
  // A minimum tier that no longer exists is a bar nobody clears (never an open door).
  const rank = a.minTierId ? (rankOf.get(a.minTierId) ?? Number.POSITIVE_INFINITY) : null;
  return { programId: a.programId, minTierId: a.minTierId, minTierRank: rank };
}

/** A resource the caller may see, or the 404 of a missing one (a gated-out resource is exactly that). */
async function loadVisible(c: TxCtx, id: string, lock = false): Promise<ResourceRow> {
  const query = c.tx.select().from(resources).where(eq(resources.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !(await gateOf(c, [row]))(row)) throw notFound('Resource');
  return row;
}

/** For the file kind: the resource if the caller sees it (partner callers: through the gate). */
export async function findVisibleResource(c: TxCtx, id: string): Promise<(ResourceRow & { partnerId: null }) | null> {
  const [row] = await c.tx.select().from(resources).where(eq(resources.id, id));
  if (!row || !(await gateOf(c, [row]))(row)) return null;
  return { ...row, partnerId: null };
}

/** Ids of every resource the caller's gate lets through (partners), or undefined (vendor staff: all). */
async function visibleIds(c: TxCtx): Promise<string[] | undefined> {
  if (scopeOf(c).kind !== 'partner') return undefined;
  const rows = await c.tx
    .select({ id: resources.id, status: resources.status, title: resources.title, audience: resources.audience })
    .from(resources)
    .where(eq(resources.status, 'published'));
  const gate = await gateOf(c, rows);
  return rows.filter(gate).map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------
// DTOs

export type ResourceDto = Omit<ResourceRow, 'template' | 'audience' | 'createdById' | 'valuePropositionLinkedAt'> & {
  /** The JVP it was made with; a partner's people see only their own partner's (null otherwise). */
  valueProposition: PropositionRef | null;
  template: string | null;
  audience: StoredAudience[];
  category: { id: string; name: string } | null;
  kind: 'file' | 'link' | 'cobrand' | 'empty';
  isNew: boolean;
  downloads: { total: number; last90Days: number; partners: number };
  can: ResourcePermissions;
};

function kindOf(row: Pick<ResourceRow, 'file' | 'url' | 'template'>): ResourceDto['kind'] {
  // What opening it gives: its file, else its link; a template alone is opened as the one-pager.
  return row.file ? 'file' : row.url ? 'link' : row.template ? 'cobrand' : 'empty';
}

async function toDtos(c: TxCtx, rows: readonly ResourceRow[]): Promise<ResourceDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const categoryIds = [...new Set(rows.map((r) => r.categoryId).filter((id): id is string => !!id))];
  const since = new Date(c.now.getTime() - 90 * DAY);
  // A partner's people see their company's own use (row-level security and the scope agree).
  const [categories, counts] = await Promise.all([
    categoryIds.length
      ? c.tx
          .select({ id: resourceCategories.id, name: resourceCategories.name })
          .from(resourceCategories)
          .where(inArray(resourceCategories.id, categoryIds))
      : Promise.resolve([]),
    c.tx
      .select({
        id: resourceDownloads.resourceId,
        total: count(),
        recent: sql<number>`count(*) filter (where ${resourceDownloads.at} > ${since})`.mapWith(Number),
        partners: sql<number>`count(distinct ${resourceDownloads.partnerId})`.mapWith(Number),
      })
      .from(resourceDownloads)
      .where(and(inArray(resourceDownloads.resourceId, ids), partnerOnly(c)))
      .groupBy(resourceDownloads.resourceId),
  ]);
  const categoryOf = new Map(categories.map((x) => [x.id, x]));
  const countOf = new Map(counts.map((x) => [x.id, x]));
  const refs = await propositionRefs(
    c,
    rows.map((r) => r.valuePropositionId),
  );
  const actor = policyActor(c);
  const partnerSide = scopeOf(c).kind === 'partner';
  return rows.map(({ valuePropositionLinkedAt: _linkedAt, ...row }) => {
    const n = countOf.get(row.id);
    const jvp = propositionOf(refs, row.valuePropositionId);
    return {
      ...row,
      valuePropositionId: jvp?.id ?? null,
      valueProposition: jvp,
      // Partners get the merged one-pager, never the template or the audience it is gated by.
      template: partnerSide ? null : row.template,
      audience: partnerSide ? [] : row.audience,
      category: row.categoryId ? (categoryOf.get(row.categoryId) ?? null) : null,
      kind: kindOf(row),
      isNew: row.publishedAt !== null && c.now.getTime() - row.publishedAt.getTime() <= NEW_FOR_DAYS * DAY,
      downloads: { total: n?.total ?? 0, last90Days: n?.recent ?? 0, partners: n?.partners ?? 0 },
      can: resourcePermissions(actor, { template: row.template, url: row.url, hasFile: row.file !== null }),
    };
  });
}

function partnerOnly(c: TxCtx): SQL | undefined {
  const scope = scopeOf(c);
  return scope.kind === 'partner' ? eq(resourceDownloads.partnerId, scope.partnerId) : undefined;
}

async function toDto(c: TxCtx, row: ResourceRow): Promise<ResourceDto> {
  const [dto] = await toDtos(c, [row]);
  if (!dto) throw notFound('Resource');
  return dto;
}

// ---------------------------------------------------------------------------------------------
// Categories

export type CategoryDto = ResourceCategoryRow & { resources: number; can: { edit: boolean; delete: boolean } };

export async function listCategories(ctx: Ctx): Promise<{ data: CategoryDto[]; nextCursor: null }> {
  return withTx(ctx, async (c) => {
    const ids = await visibleIds(c);
    const [rows, counts] = await Promise.all([
      c.tx.select().from(resourceCategories).orderBy(asc(resourceCategories.position), asc(resourceCategories.name)),
      c.tx
        .select({ id: resources.categoryId, n: count() })
        .from(resources)
        .where(ids === undefined ? undefined : ids.length ? inArray(resources.id, ids) : sql`false`)
        .groupBy(resources.categoryId),
    ]);
    const countOf = new Map(counts.map((r) => [r.id, r.n]));
    const manage = mayManageResources(policyActor(c));
    return {
      data: rows.map((r) => ({
        ...r,
        resources: countOf.get(r.id) ?? 0,
        can: { edit: manage, delete: manage && !countOf.get(r.id) },
      })),
      nextCursor: null,
    };
  });
}

export type CategoryInput = { name: string; description?: string; position?: number };

function assertManager(c: TxCtx) {
  if (!mayManageResources(policyActor(c))) throw forbidden('Only admins and partner managers keep the resource library');
}

async function categoryDto(c: TxCtx, row: ResourceCategoryRow): Promise<CategoryDto> {
  const [n] = await c.tx.select({ n: count() }).from(resources).where(eq(resources.categoryId, row.id));
  return { ...row, resources: n?.n ?? 0, can: { edit: true, delete: !n?.n } };
}

export async function createCategory(ctx: Ctx, input: CategoryInput): Promise<CategoryDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const row = await insertAudited(
      c,
      resourceCategories,
      {
        name: input.name,
        description: input.description ?? '',
        position: input.position ?? 100,
        createdAt: c.now,
        updatedAt: c.now,
      },
      CATEGORY,
    );
    return categoryDto(c, row);
  });
}

export async function updateCategory(ctx: Ctx, id: string, patch: Partial<CategoryInput>): Promise<CategoryDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const [before] = await c.tx.select().from(resourceCategories).where(eq(resourceCategories.id, id)).for('update');
    if (!before) throw notFound('Category');
    const row = await updateAudited(c, resourceCategories, before, { ...patch, updatedAt: c.now }, CATEGORY);
    return categoryDto(c, row);
  });
}

export async function deleteCategory(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    assertManager(c);
    const [before] = await c.tx.select().from(resourceCategories).where(eq(resourceCategories.id, id)).for('update');
    if (!before) throw notFound('Category');
    await deleteAudited(c, resourceCategories, before, CATEGORY);
  });
}

// ---------------------------------------------------------------------------------------------
// Resources

export type ResourceQuery = {
  limit: number;
  cursor?: string;
  sort: string;
  q?: string;
  categoryId?: string[];
  status?: ResourceStatus[];
  featured?: boolean;
  language?: string;
  tag?: string;
  isNew?: boolean;
};

export async function listResources(ctx: Ctx, query: ResourceQuery): Promise<Page<ResourceDto>> {
  return withTx(ctx, async (c) => {
    const ids = await visibleIds(c);
    if (ids !== undefined && ids.length === 0) return { data: [], nextCursor: null };
    const sortable = { title: resources.title, createdAt: resources.createdAt, updatedAt: resources.updatedAt };
    const ks = keyset('resources', query.sort, sortable, resources.id, query.cursor);
    const pattern = query.q ? containsPattern(query.q) : null;
    const conditions: (SQL | undefined)[] = [
      ids === undefined ? undefined : inArray(resources.id, ids),
      query.categoryId?.length ? inArray(resources.categoryId, query.categoryId) : undefined,
      query.status?.length ? inArray(resources.status, query.status) : undefined,
      query.featured === undefined ? undefined : eq(resources.featured, query.featured),
      query.language ? eq(resources.language, query.language) : undefined,
      query.tag ? sql`${query.tag} = any(${resources.tags})` : undefined,
      query.isNew === undefined
        ? undefined
        : query.isNew
          ? gt(resources.publishedAt, new Date(c.now.getTime() - NEW_FOR_DAYS * DAY))
          : or(isNull(resources.publishedAt), lte(resources.publishedAt, new Date(c.now.getTime() - NEW_FOR_DAYS * DAY))),
      pattern
        ? or(
            ilike(resources.title, pattern),
            ilike(resources.description, pattern),
            sql`array_to_string(${resources.tags}, ' ') ilike ${pattern}`,
          )
        : undefined,
      ks.where,
    ];
    const rows = await c.tx
      .select()
      .from(resources)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

export async function getResource(ctx: Ctx, id: string): Promise<ResourceDto> {
  return withTx(ctx, async (c) => toDto(c, await loadVisible(c, id)));
}

export type ResourceInput = {
  title: string;
  description?: string;
  categoryId?: string | null;
  tags?: string[];
  language?: string;
  status?: ResourceStatus;
  featured?: boolean;
  url?: string | null;
  template?: string | null;
  audience?: StoredAudience[];
  /** The joint value proposition (a published version of any partner's) the content was made with; null: none. */
  valuePropositionId?: string | null | undefined;
};

/** The category exists, the template names only known fields, and each audience line names a program and one of its tiers. */
async function checkInput(c: TxCtx, input: Partial<ResourceInput>): Promise<void> {
  if (input.categoryId) {
    const [found] = await c.tx
      .select({ id: resourceCategories.id })
      .from(resourceCategories)
      .where(eq(resourceCategories.id, input.categoryId));
    if (!found) throw invalidField('categoryId', 'no such category');
  }
  if (input.template) {
    const unknown = unknownMergeFields(input.template);
    if (unknown.length) throw invalidField('template', `unknown merge field ${unknown.map((f) => `{{${f}}}`).join(', ')}`);
  }
  if (input.url) {
    const scheme = input.url.split(':')[0]?.toLowerCase();
    if (scheme !== 'https' && scheme !== 'http') throw invalidField('url', 'must be an http(s) address');
  }
  if (input.audience?.length) await checkAudience(c, input.audience);
}

/** Each audience line names a program and, if any, one of its tiers (field paths `audience.<i>.…`). */
export async function checkAudience(c: TxCtx, audience: readonly StoredAudience[], field = 'audience'): Promise<void> {
  if (audience.length === 0) return;
  const programIds = [...new Set(audience.map((a) => a.programId))];
  const tierIds = audience.map((a) => a.minTierId).filter((id): id is string => !!id);
  const [foundPrograms, foundTiers] = await Promise.all([
    c.tx.select({ id: programs.id }).from(programs).where(inArray(programs.id, programIds)),
    tierIds.length
      ? c.tx.select({ id: tiers.id, programId: tiers.programId }).from(tiers).where(inArray(tiers.id, tierIds))
      : Promise.resolve([]),
  ]);
  const programSet = new Set(foundPrograms.map((p) => p.id));
  const tierProgram = new Map(foundTiers.map((t) => [t.id, t.programId]));
  audience.forEach((a, i) => {
    if (!programSet.has(a.programId)) throw invalidField(`${field}.${i}.programId`, 'no such program');
    if (a.minTierId && tierProgram.get(a.minTierId) !== a.programId)
      throw invalidField(`${field}.${i}.minTierId`, 'must be a tier of that program');
  });
}

function assertPublishable(row: Pick<ResourceRow, 'status' | 'url' | 'file' | 'template'>) {
  const problem = publishProblem({ status: row.status, url: row.url, hasFile: row.file !== null, template: row.template });
  if (problem) throw invalidField('status', problem);
}

export async function createResource(ctx: Ctx, input: ResourceInput): Promise<ResourceDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    await checkInput(c, input);
    // Content goes to every partner in its audience, so it may carry any alliance's published JVP.
    const link = await propositionLink(c, null, input.valuePropositionId, 'any');
    const values = {
      title: input.title,
      description: input.description ?? '',
      categoryId: input.categoryId ?? null,
      tags: [...new Set(input.tags ?? [])],
      language: input.language ?? 'en',
      status: input.status ?? 'draft',
      featured: input.featured ?? false,
      url: input.url || null,
      template: input.template || null,
      audience: input.audience ?? [],
      publishedAt: input.status === 'published' ? c.now : null,
      ...link,
      createdById: actorUserId(c),
      createdAt: c.now,
      updatedAt: c.now,
    };
    assertPublishable({ ...values, file: null });
    const row = await insertAudited(c, resources, values, RESOURCE);
    return toDto(c, row);
  });
}

export async function updateResource(ctx: Ctx, id: string, patch: Partial<ResourceInput>): Promise<ResourceDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const before = await loadVisible(c, id, true);
    await checkInput(c, patch);
    const set: Partial<typeof resources.$inferInsert> = { updatedAt: c.now };
    for (const key of ['title', 'description', 'categoryId', 'language', 'status', 'featured', 'audience'] as const)
      if (patch[key] !== undefined) (set as Record<string, unknown>)[key] = patch[key];
    if (patch.tags !== undefined) set.tags = [...new Set(patch.tags)];
    if (patch.url !== undefined) set.url = patch.url || null;
    if (patch.template !== undefined) set.template = patch.template || null;
    Object.assign(set, await propositionLink(c, before.valuePropositionId, patch.valuePropositionId, 'any'));
    // First published now (a republished one keeps its date: it is not new again).
    if (patch.status === 'published' && !before.publishedAt) set.publishedAt = c.now;
    assertPublishable({ ...before, ...set } as ResourceRow);
    const event =
      patch.status && patch.status !== before.status
        ? { event: `resource.${patch.status}`, eventData: { fromStatus: before.status, toStatus: patch.status } }
        : {};
    const row = await updateAudited(c, resources, before, set, RESOURCE, event);
    return toDto(c, row);
  });
}

/** Uploads (or replaces) a resource's file; the resource remembers it for the library's lists. */
export async function uploadResourceFile(ctx: Ctx, id: string, source: FileSource): Promise<ResourceDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const before = await loadVisible(c, id, true);
    const file = await attachFile(c, 'resource.file', id, source);
    const stored: StoredFile = { id: file.id, name: file.name, size: file.size, contentType: file.contentType };
    const row = await updateAudited(c, resources, before, { file: stored, updatedAt: c.now }, RESOURCE);
    return toDto(c, row);
  });
}

// ---------------------------------------------------------------------------------------------
// Downloads and co-branding

/** Counts a partner's download (who, which company, when) with its event; vendor staff's are not counted. */
async function countDownload(c: TxCtx, row: ResourceRow, cobranded: boolean): Promise<void> {
  const scope = scopeOf(c);
  if (scope.kind !== 'partner') return;
  const userId = actorUserId(c);
  const download = await insertAudited(
    c,
    resourceDownloads,
    { resourceId: row.id, partnerId: scope.partnerId, userId, cobranded, at: c.now },
    DOWNLOAD,
    { event: 'resource.downloaded', eventData: { resourceId: row.id, userId, cobranded }, summary: `Downloaded ${row.title}` },
  );
  if (cobranded)
    await recordChange(c, {
      action: 'create',
      entityType: 'cobranded_asset',
      entityId: download.id,
      partnerId: scope.partnerId,
      before: null,
      after: { resourceId: row.id, userId },
      summary: `Generated the co-branded ${row.title}`,
      event: 'cobranded_asset.generated',
      eventData: { resourceId: row.id, userId },
    });
}

/**
 * Opens a resource: counts the download (partners) and answers where its content is — the file's
 * bytes, the link, or the co-branded one-pager for a template.
 */
export async function openResource(ctx: Ctx, id: string): Promise<{ url: string; kind: ResourceDto['kind'] }> {
  return withTx(ctx, async (c) => {
    const row = await loadVisible(c, id);
    const kind = kindOf(row);
    if (kind === 'empty') throw invalidField('id', 'this resource has nothing to open yet');
    // A co-brand template is counted when the one-pager is made (GET …/cobranded).
    if (kind !== 'cobrand') await countDownload(c, row, false);
    const url =
      kind === 'cobrand'
        ? `/api/v1/resources/${row.id}/cobranded`
        : kind === 'file' && row.file
          ? `/api/v1/files/${row.file.id}/content`
          : (row.url ?? '');
    return { url, kind };
  });
}

/** What a co-brand template merges for the caller: its company's details, or a sample for vendor staff. */
async function mergeValuesFor(c: TxCtx): Promise<MergeValues> {
  const scope = scopeOf(c);
  const today = c.now.toISOString().slice(0, 10);
  const me = (await personSummaries(c, [actorUserId(c)])).get(actorUserId(c) ?? '');
  if (scope.kind !== 'partner')
    return {
      'partner.name': 'Your Company',
      'partner.logo': `data:image/png;base64,${initialLogo('Y', '#1f6feb', 64).toString('base64')}`,
      'partner.website': 'https://www.example.com/',
      'partner.contactEmail': me?.email ?? 'sales@example.com',
      'partner.contactName': me?.name ?? 'Your Name',
      today,
    };
  const [partner] = await c.tx
    .select({ name: partners.name, website: partners.website, domains: partners.domains })
    .from(partners)
    .where(eq(partners.id, scope.partnerId));
  if (!partner) throw notFound('Partner');
  const [logo] = await listRecordFiles(c, scope.partnerId, ['partner.logo']);
  let logoUrl = `data:image/png;base64,${initialLogo(partner.name.charAt(0) || 'P', '#1f6feb', 64).toString('base64')}`;
  if (logo) {
    const { stream } = await openFile(c, logo.id);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
    logoUrl = `data:${logo.contentType};base64,${Buffer.concat(chunks).toString('base64')}`;
  }
  return {
    'partner.name': partner.name,
    'partner.logo': logoUrl,
    'partner.website': safeWebsite(partner.website || (partner.domains[0] ?? '')),
    'partner.contactEmail': me?.email ?? '',
    'partner.contactName': me?.name ?? '',
    today,
  };
}

export type Cobranded = { html: string; fileName: string };

/**
 * The co-branded one-pager: the template merged with the caller's company (a preview for vendor
 * staff: sample values). `download` counts it and emits `cobranded_asset.generated`; a preview does not.
 */
const fileSlug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'one-pager';

export async function cobrandResource(ctx: Ctx, id: string, options: { download: boolean }): Promise<Cobranded> {
  return withTx(ctx, async (c) => {
    const row = await loadVisible(c, id);
    if (!row.template) throw notFound('Co-brand template');
    const values = await mergeValuesFor(c);
    if (options.download) await countDownload(c, row, true);
    return {
      html: mergeTemplate(row.template, values),
      fileName: `${fileSlug(row.title)}-${fileSlug(values['partner.name'])}.html`,
    };
  });
}

/**
 * The same co-branded one-pager as a PDF (decision 0179): the template's text merged with the
 * caller's company, drawn on one A4 page under the partner's logo and name. A download like the
 * HTML one: a partner's counts and emits `cobranded_asset.generated`.
 */
export async function cobrandResourcePdf(ctx: Ctx, id: string): Promise<{ pdf: Buffer; fileName: string }> {
  return withTx(ctx, async (c) => {
    const row = await loadVisible(c, id);
    if (!row.template) throw notFound('Co-brand template');
    const values = await mergeValuesFor(c);
    await countDownload(c, row, true);
    const pdf = await renderOnePagerPdf({
      title: row.title,
      blocks: onePagerBlocks(row.template, values),
      values,
      vendorName: (await getSettings(c)).vendorName,
    });
    return { pdf, fileName: `${fileSlug(row.title)}-${fileSlug(values['partner.name'])}.pdf` };
  });
}

// ---------------------------------------------------------------------------------------------
// Figures

export type LibraryStats = {
  since: Date;
  totals: { resources: number; published: number; downloads: number; downloads90d: number; partnersUsing90d: number };
  topResources: { id: string; title: string; downloads: number; partners: number }[];
  partnersNeverUsed: { id: string; name: string }[];
  byPartner: { id: string; name: string; downloads: number; lastAt: Date }[];
};

/** The vendor's view of library use: top resources and busiest partners over 90 days, and active partners that never used it. */
export async function libraryStats(ctx: Ctx, options: { partnerId?: string } = {}): Promise<LibraryStats> {
  return withTx(ctx, async (c) => {
    if (!maySeeLibraryStats(policyActor(c))) throw forbidden();
    const since = new Date(c.now.getTime() - 90 * DAY);
    // One partner's use (its page), or the whole portfolio's.
    const recent = and(
      gt(resourceDownloads.at, since),
      options.partnerId ? eq(resourceDownloads.partnerId, options.partnerId) : undefined,
    ) as SQL;
    const [totals] = await c.tx
      .select({
        resources: sql<number>`(select count(*) from ${resources})`.mapWith(Number),
        published: sql<number>`(select count(*) from ${resources} where status = 'published')`.mapWith(Number),
        downloads: count(),
        downloads90d: sql<number>`count(*) filter (where ${recent})`.mapWith(Number),
        partnersUsing90d: sql<number>`count(distinct ${resourceDownloads.partnerId}) filter (where ${recent})`.mapWith(Number),
      })
      .from(resourceDownloads)
      .where(options.partnerId ? eq(resourceDownloads.partnerId, options.partnerId) : undefined);
    const [topResources, byPartner, never] = await Promise.all([
      c.tx
        .select({
          id: resources.id,
          title: resources.title,
          downloads: count(),
          partners: sql<number>`count(distinct ${resourceDownloads.partnerId})`.mapWith(Number),
        })
        .from(resourceDownloads)
        .innerJoin(resources, eq(resources.id, resourceDownloads.resourceId))
        .where(recent)
        .groupBy(resources.id, resources.title)
        .orderBy(desc(count()), asc(resources.title))
        .limit(10),
      c.tx
        .select({
          id: partners.id,
          name: partners.name,
          downloads: count(),
          lastAt: sql<Date>`max(${resourceDownloads.at})`.mapWith((v) => new Date(v)),
        })
        .from(resourceDownloads)
        .innerJoin(partners, eq(partners.id, resourceDownloads.partnerId))
        .where(recent)
        .groupBy(partners.id, partners.name)
        .orderBy(desc(count()), asc(partners.name))
        .limit(10),
      c.tx
        .select({ id: partners.id, name: partners.name })
        .from(partners)
        .where(
          and(
            options.partnerId ? eq(partners.id, options.partnerId) : undefined,
            eq(partners.status, 'active'),
            inArray(partners.lifecycleStage, ['onboarding', 'enabled', 'active', 'strategic']),
            sql`not exists (select 1 from ${resourceDownloads} d where d.partner_id = ${partners.id})`,
          ),
        )
        .orderBy(asc(partners.name))
        .limit(50),
    ]);
    return {
      since,
      totals: totals ?? { resources: 0, published: 0, downloads: 0, downloads90d: 0, partnersUsing90d: 0 },
      topResources,
      partnersNeverUsed: never,
      byPartner,
    };
  });
}
