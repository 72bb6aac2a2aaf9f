import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';

/**
 * "Export" on a list page: CSV or Excel of every row the list shows with its current filters
 * (the page keeps them in the URL under the API's names). `path` is the list's API path; the
 * server's `<path>/export` streams the file as an attachment (docs/api.md, "Export and import").
 */
export function ExportMenu({ path, omit = [] }: { path: string; omit?: readonly string[] }) {
  const [params] = useSearchParams();
  const hrefFor = (format: 'csv' | 'xlsx') => {
    const query = new URLSearchParams(params);
    for (const key of [...omit, 'limit', 'cursor']) query.delete(key);
    query.set('format', format);
    return `${path}/export?${query}`;
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={hrefFor('csv')} download>
          CSV
        </Menu.Item>
        <Menu.Item component="a" href={hrefFor('xlsx')} download>
          Excel (.xlsx)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
