import { useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LoadingState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { getSession } from './api';
import { isSessionLost, onUnauthenticated } from './unauthenticated';

export const sessionQueryKey = ['proxy', 'session'] as const;

export const loginPath = (location: { pathname: string; search: string }) =>
  `/login?next=${encodeURIComponent(location.pathname + location.search)}`;

/** Lets children render only with a session; any 401 from /api later sends the user to log in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useQuery({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 60_000 });

  useEffect(
    () =>
      onUnauthenticated(() => {
        const here = window.location;
        if (here.pathname.startsWith('/login')) return;
        client.clear();
        navigate(loginPath(here), { replace: true });
      }),
    [client, navigate],
  );

  if (session.isPending) return <LoadingState />;
  if (session.error && isSessionLost(session.error)) return <Navigate to={loginPath(location)} replace />;
  if (session.error) return <ErrorAlert error={session.error} onRetry={() => session.refetch()} />;
  return <>{children}</>;
}
