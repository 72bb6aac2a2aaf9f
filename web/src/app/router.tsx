import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireSession } from '../modules/auth/components/RequireSession';
import { type SessionUser, useCurrentUser } from '../modules/auth/session';
import { NotFoundState, PageLoader } from '../ui/States';
import { AppLayout } from './AppLayout';
import type { ModuleRoute } from './module';
import { WEB_MODULES } from './modules';
import { RouteError } from './RouteError';

type Choice = { allow?: (user: SessionUser) => boolean; Page: ComponentType };

/**
 * The pages one address offers, in module order: the first that admits the user is shown.
 * Everyone else gets "not found" rather than "forbidden": a partner user has no business learning
 * which vendor pages exist.
 */
function Gate({ choices }: { choices: readonly Choice[] }) {
  const user = useCurrentUser();
  const choice = choices.find((c) => !c.allow || c.allow(user));
  return choice ? <choice.Page /> : <NotFoundState />;
}

// Pages load on first visit: the sign-in page does not wait for charts and date pickers.
function toChoice(route: ModuleRoute): Choice {
  return { allow: route.allow, Page: lazy(() => route.page().then((Page) => ({ default: Page }))) };
}

function byPath(routes: readonly ModuleRoute[]): Map<string, ModuleRoute[]> {
  const paths = new Map<string, ModuleRoute[]>();
  for (const route of routes) paths.set(route.path, [...(paths.get(route.path) ?? []), route]);
  return paths;
}

const routes = WEB_MODULES.flatMap((module) => module.routes ?? []);

const signedIn: RouteObject[] = [...byPath(routes.filter((r) => !r.public))].map(([path, offers]) => {
  const element = <Gate key={path} choices={offers.map(toChoice)} />;
  return path === '' ? { index: true, element } : { path, element };
});

const open: RouteObject[] = routes
  .filter((r) => r.public)
  .map((route) => {
    const { Page } = toChoice(route);
    return {
      path: `/${route.path}`,
      element: (
        <Suspense fallback={<PageLoader />}>
          <Page />
        </Suspense>
      ),
      errorElement: <RouteError />,
    };
  });

export const router = createBrowserRouter([
  ...open,
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [...signedIn, { path: '*', element: <NotFoundState /> }],
  },
]);
