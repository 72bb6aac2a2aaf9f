import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZIdParams } from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { contentDisposition } from './files.rules.js';
import { deleteFile, getFile, openFile } from './files.service.js';

export const ZFile = z
  .object({
    id: z.uuid(),
    kind: z.string().describe('What it is to its record, e.g. `partner.logo`, `partner.document`'),
    recordId: z.uuid().describe('The record it is attached to'),
    partnerId: z.uuid().nullable().describe("The partner the record belongs to (null: the vendor's)"),
    name: z.string().describe('The name it was uploaded with (cleaned): shown, and offered as the download name'),
    contentType: z.string().describe('The media type detected from its bytes'),
    size: z.number().int().describe('Bytes'),
    sha256: z.string().describe('Hex SHA-256 of the bytes'),
    uploadedById: z.uuid().nullable(),
    createdAt: z.date(),
    contentUrl: z.string().describe('GET it (signed in) for the bytes'),
    can: z.object({ delete: z.boolean() }).describe('What the caller may do to this file now'),
  })
  .meta({ id: 'File' });

export const ZFileList = z.object({ data: z.array(ZFile), nextCursor: z.null() }).meta({ id: 'FileList' });

/** What a download must never do: run as a page of ours, be sniffed into another type, be shared by a cache. */
export const DOWNLOAD_CSP = "default-src 'none'; sandbox";

/** Readers of a file are the readers of its record; roles that some file kind lets delete may ask (the kind decides). */
export const fileRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/files/:id',
    summary: "A file's details (name, type, size, checksum), if the caller may read the record it belongs to",
    tags: ['files'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'file.read',
    target: 'file',
    params: ZIdParams,
    response: ZFile,
    handler: async ({ ctx, params }) => getFile(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/files/:id/content',
    summary: "A file's bytes: raster images inline, everything else as an attachment",
    description:
      'Served with the type detected at upload, `X-Content-Type-Options: nosniff`, a sandboxing ' +
      '`Content-Security-Policy` and `Cache-Control: private, no-cache` with an `ETag` (its SHA-256): ' +
      'a repeat with `If-None-Match` answers 304. Another partner’s file answers 404, like a missing one.',
    tags: ['files'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'file.read',
    target: 'file',
    params: ZIdParams,
    handler: async ({ ctx, params, req, reply }) => {
      const { file, stream } = await openFile(ctx, params.id);
      const etag = `"${file.sha256}"`;
      reply
        .header('etag', etag)
        .header('cache-control', 'private, no-cache')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', DOWNLOAD_CSP)
        .header('cross-origin-resource-policy', 'same-origin');
      const cached = String(req.headers['if-none-match'] ?? '')
        .split(',')
        .map((tag) => tag.trim().replace(/^W\//, ''));
      if (cached.includes(etag)) {
        stream.destroy();
        return reply.status(304).send();
      }
      return reply
        .type(file.contentType)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(file.contentType, file.name))
        .send(stream);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/files/:id',
    summary: 'Delete a file (its bytes go once the deletion commits)',
    description:
      "Whether the caller may is the file kind's decision: a partner's admin removes their logo, not a vendor document.",
    tags: ['files'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
    permission: 'file.delete',
    target: 'file',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteFile(ctx, params.id),
  }),
];
