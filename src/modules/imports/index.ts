import type { AnyImporterDef } from '../../server/importer.js';
import { loadModules, type ModuleDescriptor } from '../../server/module.js';
import { isPartnerRole } from '../../shared/roles.js';
import { importRoutesFrom, importRunRoutes } from './imports.routes.js';
import { importJobDef, makeTestImportRun } from './imports.service.js';

export { parseMapPairs } from './imports.rules.js';
export type { ImportOutcome, ImportSource, Progress } from './imports.service.js';
export { commitImport, dryRunImport, IMPORT_JOB, ImportRejected, importSourceKey } from './imports.service.js';

/**
 * CSV imports: the framework behind every module's `importers` (upload, header mapping, dry run,
 * all-or-nothing commit, background runs on the job queue with progress). Its routes: `POST
 * /api/v1/imports/<kind>` and `GET /api/v1/imports/<kind>/columns` per importer, and
 * `GET /api/v1/imports/{id}`.
 */
let importers: readonly AnyImporterDef[] = [];

export const module: ModuleDescriptor = {
  name: 'imports',
  routes: importRunRoutes,
  routesFrom: (modules) => {
    importers = modules.flatMap((m) => m.importers ?? []);
    return importRoutesFrom(modules);
  },
  // `import:<kind>` for each importer the caller's role may use: the web app's Import buttons.
  appPermissions: (actor) =>
    Object.fromEntries(
      importers.map((i) => [`import:${i.kind}`, i.access.kind === 'roles' && i.access.roles.includes(actor.role)]),
    ),
  jobs: [importJobDef(async () => (await loadModules()).flatMap((m) => m.importers ?? []))],
  recordKinds: [
    {
      name: 'importRun',
      belongsTo: 'user',
      async make(ctx, owner) {
        const actor = owner.user.ctx.actor;
        const partnerId = actor.kind === 'user' && isPartnerRole(actor.role) ? actor.partnerId : null;
        return { id: await makeTestImportRun(ctx, { userId: owner.user.id, partnerId }) };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
};
