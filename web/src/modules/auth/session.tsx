import { createContext, type ReactNode, useContext } from 'react';
import type { User } from '../../api/types';

const SessionContext = createContext<User | null>(null);

export function SessionProvider({ user, children }: { user: User; children: ReactNode }) {
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

/** The signed-in user. Only pages behind RequireSession render, so there always is one. */
export function useCurrentUser(): User {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useCurrentUser outside a signed-in page');
  return user;
}
