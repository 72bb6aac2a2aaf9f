import { Avatar } from '@mantine/core';
import type { StoredFile } from '../../../api/types';

/** A partner's logo, or its initial on a neutral square when it has none. */
export function PartnerLogo({ logo, name, size = 40 }: { logo: StoredFile | null; name: string; size?: number }) {
  return (
    <Avatar src={logo?.contentUrl ?? null} alt={logo ? `${name} logo` : ''} radius="sm" size={size} color="gray" variant="light">
      {name.slice(0, 1).toUpperCase()}
    </Avatar>
  );
}
