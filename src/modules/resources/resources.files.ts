import { defineFileKind } from '../../server/module.js';
import { DOCUMENT_TYPES, IMAGE_TYPES } from '../files/index.js';
import { mayManageResources } from './resources.policy.js';
import { findVisibleResource } from './resources.service.js';

export const RESOURCE_FILE_MAX_BYTES = 50 * 1024 * 1024;

/**
 * A resource's file (a playbook PDF, a datasheet, a logo pack): one per resource, replaced by the
 * next upload. Readable by whoever the resource's gate lets see it; kept by the library's keepers.
 * A partner opens it through `POST /resources/{id}/open`, which counts the download.
 */
export const resourceFileKinds = [
  defineFileKind({
    kind: 'resource.file',
    recordKind: 'resource',
    label: 'Resource file',
    maxBytes: RESOURCE_FILE_MAX_BYTES,
    types: [...new Set([...DOCUMENT_TYPES, ...IMAGE_TYPES, 'application/zip', 'video/mp4'])],
    single: true,
    loadRecord: (c, id) => findVisibleResource(c, id),
    canRead: () => true,
    canAttach: (actor) => mayManageResources(actor),
  }),
];
