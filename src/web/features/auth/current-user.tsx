import { createContext, useContext } from 'react';
import type { Me } from '../../../shared/schemas/auth.schema';

/**
 * The signed-in user, given by the route guard. Pages read it from here rather than from the
 * query, so when a session ends they unmount with the guard instead of rendering without a user.
 */
export const CurrentUserContext = createContext<Me | null>(null);

export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser outside an authenticated route');
  return me;
}
