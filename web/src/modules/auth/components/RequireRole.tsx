import type { ReactNode } from 'react';
import type { User } from '../../../api/types';
import { NotFoundState } from '../../../ui/States';
import { useCurrentUser } from '../session';

/**
 * Pages some roles may not open. They answer "not found" rather than "forbidden": a partner user
 * has no business learning which vendor pages exist.
 */
export function RequireRole({ allow, children }: { allow: (user: User) => boolean; children: ReactNode }) {
  const user = useCurrentUser();
  return allow(user) ? children : <NotFoundState />;
}
