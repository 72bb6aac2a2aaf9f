import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';

/**
 * "Export" on a list page: CSV or Excel of every row the list shows with its current filters
 * (the page keeps them in the URL under the API's names). `path` is the list's API path; the
 * server's `<path>/export` streams the file as an attachment (docs/api.md, "Export and import").
 */
export function ExportMenu({
  path,
  omit = [],
  filters,
  ignorePageFilters = false,
  size,
}: {
  path: string;
  omit?: readonly string[];
  /** Filters of a list that does not keep them in the URL (under the API's names). */
  filters?: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The page's URL holds no filters of this list (a card on a record's page). */
  ignorePageFilters?: boolean;
  size?: 'xs' | 'sm';
}) {
  const [params] = useSearchParams();
  const hrefFor = (format: 'csv' | 'xlsx') => {
    const query = new URLSearchParams(ignorePageFilters ? undefined : params);
    for (const [key, value] of Object.entries(filters ?? {})) {
      query.delete(key);
      if (value === undefined) continue;
      for (const v of typeof value === 'string' ? [value] : value) query.append(key, v);
    }
    for (const key of [...omit, 'limit', 'cursor']) query.delete(key);
    query.set('format', format);
    return `${path}/export?${query}`;
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size={size} leftSection={<IconDownload size={size === 'xs' ? 14 : 16} />}>
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
