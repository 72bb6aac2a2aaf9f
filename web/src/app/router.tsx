import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireRole } from '../modules/auth/components/RequireRole';
import { RequireSession } from '../modules/auth/components/RequireSession';
import { SignInPage } from '../modules/auth/pages/SignInPage';
import { canCreatePartner, canManageUsers, isAdmin, isVendor } from '../modules/auth/permissions';
import { NotFoundState } from '../ui/States';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

// Pages load on first visit: the sign-in page does not wait for charts and date pickers.
const AccountPage = lazy(() => import('../modules/account/pages/AccountPage').then((m) => ({ default: m.AccountPage })));
const AuditPage = lazy(() => import('../modules/audit/pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const HomePage = lazy(() => import('../modules/home/pages/HomePage').then((m) => ({ default: m.HomePage })));
const PartnerCreatePage = lazy(() =>
  import('../modules/partners/pages/PartnerCreatePage').then((m) => ({ default: m.PartnerCreatePage })),
);
const PartnerEditPage = lazy(() =>
  import('../modules/partners/pages/PartnerEditPage').then((m) => ({ default: m.PartnerEditPage })),
);
const PartnerPage = lazy(() => import('../modules/partners/pages/PartnerPage').then((m) => ({ default: m.PartnerPage })));
const PartnersListPage = lazy(() =>
  import('../modules/partners/pages/PartnersListPage').then((m) => ({ default: m.PartnersListPage })),
);
const SettingsPage = lazy(() => import('../modules/settings/pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const UsersPage = lazy(() => import('../modules/users/pages/UsersPage').then((m) => ({ default: m.UsersPage })));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'partners',
        element: (
          <RequireRole allow={isVendor}>
            <PartnersListPage />
          </RequireRole>
        ),
      },
      {
        path: 'partners/new',
        element: (
          <RequireRole allow={canCreatePartner}>
            <PartnerCreatePage />
          </RequireRole>
        ),
      },
      { path: 'partners/:id', element: <PartnerPage /> },
      { path: 'partners/:id/edit', element: <PartnerEditPage /> },
      {
        path: 'users',
        element: (
          <RequireRole allow={canManageUsers}>
            <UsersPage />
          </RequireRole>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequireRole allow={isAdmin}>
            <AuditPage />
          </RequireRole>
        ),
      },
      {
        path: 'settings',
        element: (
          <RequireRole allow={isAdmin}>
            <SettingsPage />
          </RequireRole>
        ),
      },
      { path: 'account', element: <AccountPage /> },
      { path: '*', element: <NotFoundState /> },
    ],
  },
]);
