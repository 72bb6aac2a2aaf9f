import type { WebModule } from '../../app/module';

/** Signing in and out. Sessions and API tokens are the auth module's records on the server too. */
export const module: WebModule = {
  routes: [
    { path: 'sign-in', public: true, page: () => import('./pages/SignInPage').then((m) => m.SignInPage) },
    { path: 'sign-in/link', public: true, page: () => import('./pages/LinkSignInPage').then((m) => m.LinkSignInPage) },
    { path: 'sign-in/reset', public: true, page: () => import('./pages/ResetPasswordPage').then((m) => m.ResetPasswordPage) },
  ],
  audit: {
    entities: { api_token: { label: 'API token' }, session: { label: 'Session' } },
    actions: {
      revoke: { label: 'Revoked', color: 'orange' },
      login: { label: 'Signed in', color: 'gray' },
      logout: { label: 'Signed out', color: 'gray' },
      lockout: { label: 'Locked out', color: 'red' },
    },
  },
};
