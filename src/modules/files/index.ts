import type { ModuleDescriptor } from '../../server/module.js';
import type { ReceivedUpload } from '../../server/route.js';
import { filesDemo } from './files.demo.js';
import { fileRoutes } from './files.routes.js';
import {
  attachFile,
  deleteFilesOfDeletedRecord,
  type FileSource,
  ORPHAN_GRACE_HOURS,
  sweepOrphanBytes,
} from './files.service.js';
import { setFileStorage, storageFromConfig } from './files.storage.js';
import { initialLogo } from './png.js';

export { simplePdf } from './files.demo.js';
export { ZFile, ZFileList } from './files.routes.js';
export { DOCUMENT_TYPES, describeTypes, IMAGE_TYPES } from './files.rules.js';
export type { FileDto, FileSource } from './files.service.js';
export {
  attachFile,
  deleteFile,
  deleteRecordFiles,
  getFile,
  listRecordFiles,
  openFile,
  sweepOrphanBytes,
} from './files.service.js';
export type { FileStorage } from './files.storage.js';
export { localStorage, s3Storage, storageOf } from './files.storage.js';
export { encodePng, initialLogo } from './png.js';

/** The file an upload route received, as `attachFile` takes it (`{ upload }`). */
export function uploaded(upload: ReceivedUpload | null): FileSource {
  if (!upload) throw new Error('An upload route ran without its upload (is `upload` in its definition?)');
  return { upload };
}

/** A small PNG (a logo with an "E"), for route examples and the authorization matrix. */
export function examplePng(): { filename: string; contentType: string; bytes: Buffer } {
  return { filename: 'example-logo.png', contentType: 'image/png', bytes: initialLogo('E', '#1f6feb', 16) };
}

/**
 * Files attached to other modules' records: stored on the local disk or in an S3-compatible
 * bucket, each kind declared by the module that owns the records (`fileKinds` in its descriptor),
 * read and written with that record's scope and policy.
 */
export const module: ModuleDescriptor = {
  name: 'files',
  routes: fileRoutes,
  demo: filesDemo,
  init: ({ database, config }) => setFileStorage(database.db, storageFromConfig(config.files)),
  subscribers: { '*': deleteFilesOfDeletedRecord },
  jobs: [
    {
      name: 'files.sweep',
      schedule: '47 3 * * *',
      run: (ctx) => sweepOrphanBytes(ctx, new Date(ctx.now.getTime() - ORPHAN_GRACE_HOURS * 3_600_000)),
    },
  ],
  recordKinds: [
    {
      name: 'file',
      belongsTo: 'partner',
      // A partner's logo: the kind with the widest grants (files.access-table.ts).
      async make(ctx, owner) {
        const file = await attachFile(ctx, 'partner.logo', owner.partnerId ?? owner.existingPartner, {
          name: 'logo.png',
          bytes: examplePng().bytes,
        });
        return { id: file.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => (row.partnerId as string | null) ?? null,
    },
  ],
};
