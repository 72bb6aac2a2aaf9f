import { Avatar } from '@mantine/core';
import type { StoredFile } from '../../../api/types';

/**
 * A partner's logo, or its initial on a neutral square when it has none. `decorative` beside the
 * partner's name (a heading): hidden from assistive technology, so the name is said once.
 */
export function PartnerLogo({
  logo,
  name,
  size = 40,
  decorative = false,
}: {
  logo: StoredFile | null;
  name: string;
  size?: number;
  decorative?: boolean;
}) {
  return (
    <Avatar
      src={logo?.contentUrl ?? null}
      alt={logo && !decorative ? `${name} logo` : ''}
      aria-hidden={decorative || undefined}
      radius="sm"
      size={size}
      color="gray"
      variant="light"
    >
      {name.slice(0, 1).toUpperCase()}
    </Avatar>
  );
}
