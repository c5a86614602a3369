import { Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '../../../shared/domain/role';
import { QueryError } from '../../components/query-error';
import { ForbiddenResult } from '../../components/result-pages';
import { can, isLoggedOutOnPurpose, useMe } from '../auth/auth.hooks';
import { CurrentUserContext, useCurrentUser } from '../auth/current-user';

/** No session: to /login, remembering where the user wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (me.error) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    if (isLoggedOutOnPurpose()) return <Navigate to="/login" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
}

/** A page the user's roles do not grant: a 403 result, inside the shell. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useCurrentUser();
  if (!can(me, permission)) return <ForbiddenResult home={me.home} />;
  return children;
}
