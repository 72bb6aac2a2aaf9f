import type { ReactNode } from 'react';
import { QueryState } from '../../../ui/States';
import { type Alliance, useAlliance } from '../api';

/** Renders `children` with the partner's alliance once it loaded (cards show nothing before one is started). */
export function WithAlliance({ partnerId, children }: { partnerId: string; children: (a: Alliance) => ReactNode }) {
  const alliance = useAlliance(partnerId);
  return <QueryState query={alliance}>{(a) => (a ? children(a) : null)}</QueryState>;
}
