import type { QueryClient } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { ApiError } from './api/client';
import { AccountPage } from './features/auth/AccountPage';
import { LoginPage } from './features/auth/LoginPage';
import { meQuery } from './features/auth/session';
import { AuditPage } from './features/audit/AuditPage';
import { HomePage } from './features/home/HomePage';
import { OrganisationPage } from './features/organisation/OrganisationPage';
import { AppLayout } from './features/shell/AppLayout';
import { NotFound } from './features/shell/NotFound';
import { UsersPage } from './features/users/UsersPage';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => (typeof search.redirect === 'string' ? { redirect: search.redirect } : {}),
  component: LoginPage,
});

/** Everything behind sign-in; an expired session sends the user to /masuk and back. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw redirect({ to: '/masuk', search: { redirect: location.href } });
      throw error;
    }
  },
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });
const organisationRoute = createRoute({ getParentRoute: () => appRoute, path: '/organisasi', component: OrganisationPage });
const usersRoute = createRoute({ getParentRoute: () => appRoute, path: '/pengguna', component: UsersPage });
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: '/audit', component: AuditPage });
const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/akun', component: AccountPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([homeRoute, organisationRoute, usersRoute, auditRoute, accountRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
