import { and, eq } from 'drizzle-orm';
import { partnerFilter } from '../../db/scope.js';
import { defineFileKind } from '../../server/module.js';
import { access, defineRoute } from '../../server/route.js';
import { ZIdParams } from '../../server/schemas.js';
import type { TxCtx } from '../../shared/context.js';
import { ROLES } from '../../shared/roles.js';
import {
  attachFile,
  DOCUMENT_TYPES,
  deleteRecordFiles,
  examplePng,
  IMAGE_TYPES,
  listRecordFiles,
  simplePdf,
  uploaded,
  ZFile,
  ZFileList,
} from '../files/index.js';
import { partnerPermissions } from './partners.policy.js';
import { partners } from './partners.schema.js';

const LOGO_MAX_BYTES = 1024 * 1024;
const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The partner as file kinds see it: itself its own partner; null when the caller cannot see it. */
async function loadPartnerForFiles(c: TxCtx, id: string) {
  const [row] = await c.tx
    .select({ id: partners.id, ownerId: partners.ownerId })
    .from(partners)
    .where(and(eq(partners.id, id), partnerFilter(c, partners.id)));
  return row ? { ...row, partnerId: row.id } : null;
}

/**
 * A partner's files: its logo (one; whoever may edit the partner — an admin, its partner manager,
 * its own partner admin — replaces it) and documents the vendor keeps on it (a signed NDA: its
 * managers upload them, everyone who sees the partner reads them). Another partner's users never
 * see either: the partner itself is not theirs to load.
 */
export const partnerFileKinds = [
  defineFileKind({
    kind: 'partner.logo',
    recordKind: 'partner',
    label: 'Logo',
    maxBytes: LOGO_MAX_BYTES,
    types: IMAGE_TYPES,
    single: true,
    loadRecord: loadPartnerForFiles,
    canRead: () => true,
    canAttach: (actor, partner) => partnerPermissions(actor, partner).edit,
  }),
  defineFileKind({
    kind: 'partner.document',
    recordKind: 'partner',
    label: 'Document',
    maxBytes: DOCUMENT_MAX_BYTES,
    types: DOCUMENT_TYPES,
    loadRecord: loadPartnerForFiles,
    canRead: () => true,
    canAttach: (actor, partner) => partnerPermissions(actor, partner).editVendorFields,
  }),
];

const KINDS = { logo: 'partner.logo', document: 'partner.document' } as const;

export const partnerFileRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/files',
    summary: "A partner's files: its logo (kind `partner.logo`) and documents (`partner.document`), newest first",
    tags: ['partners', 'files'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'partner.read',
    target: 'partner',
    params: ZIdParams,
    response: ZFileList,
    handler: async ({ ctx, params }) => ({
      data: await listRecordFiles(ctx, params.id, [KINDS.logo, KINDS.document]),
      nextCursor: null,
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/files',
    summary: 'Attach a document to a partner (PDF, Office, OpenDocument, image or plain text; at most 10 MiB)',
    tags: ['partners', 'files'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'partner' }),
    permission: 'partner.attachDocument',
    target: 'partner',
    params: ZIdParams,
    upload: {
      maxBytes: DOCUMENT_MAX_BYTES,
      example: () => ({ filename: 'nda.pdf', contentType: 'application/pdf', bytes: simplePdf(['Example document']) }),
    },
    status: 201,
    response: ZFile,
    handler: async ({ ctx, params, upload }) => attachFile(ctx, KINDS.document, params.id, uploaded(upload)),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/partners/:id/logo',
    summary: "Replace a partner's logo (PNG, JPEG, GIF or WebP; at most 1 MiB)",
    tags: ['partners', 'files'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
    permission: 'partner.edit',
    target: 'partner',
    params: ZIdParams,
    upload: { maxBytes: LOGO_MAX_BYTES, example: examplePng },
    response: ZFile,
    handler: async ({ ctx, params, upload }) => attachFile(ctx, KINDS.logo, params.id, uploaded(upload)),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/partners/:id/logo',
    summary: "Remove a partner's logo (none there is fine)",
    tags: ['partners', 'files'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
    permission: 'partner.edit',
    target: 'partner',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteRecordFiles(ctx, KINDS.logo, params.id),
  }),
];
