import { em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's `sm` breakpoint tables turn into cards; read synchronously so only one renders. */
export function useIsPhone(): boolean {
  return useMediaQuery(`(max-width: ${em(767)})`, false, { getInitialValueInEffect: false }) ?? false;
}
