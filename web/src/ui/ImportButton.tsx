import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';

/**
 * "Import" on a list page: opens the CSV import wizard of importer `kind` (`/imports/<kind>`),
 * which links back to this page when done. Shown when `allowed` (the `import:<kind>` flag:
 * `mayApp(user, 'import:partners')`).
 */
export function ImportButton({
  kind,
  allowed,
  label = 'Import',
  size,
}: {
  kind: string;
  allowed: boolean;
  label?: string;
  size?: 'xs' | 'sm';
}) {
  const location = useLocation();
  if (!allowed) return null;
  const back = new URLSearchParams({ back: `${location.pathname}${location.search}` });
  return (
    <Button
      component={Link}
      to={`/imports/${kind}?${back}`}
      variant="default"
      size={size}
      leftSection={<IconFileImport size={size === 'xs' ? 14 : 16} />}
    >
      {label}
    </Button>
  );
}
