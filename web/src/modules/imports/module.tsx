import type { WebModule } from '../../app/module';
import type { SessionUser } from '../auth/session';

/** Anyone the server lets import something (`import:<kind>` flags of `GET /api/v1/me`). */
function importsAnything(user: Pick<SessionUser, 'app'>): boolean {
  return Object.entries(user.app).some(([flag, allowed]) => flag.startsWith('import:') && allowed === true);
}

/** CSV imports: one wizard for every importer, opened from the lists' Import buttons. */
export const module: WebModule = {
  routes: [{ path: 'imports/:kind', allow: importsAnything, page: () => import('./pages/ImportPage').then((m) => m.ImportPage) }],
};
