import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import type { SessionUser } from '../modules/auth/session';
import { appOf, NAV_GROUPS, type NavEntry, type NavGroup } from './module';
import { WEB_MODULES } from './modules';

type Item = { label: string; to: string; icon: NavEntry['icon']; exact?: boolean; group?: NavGroup };

const ENTRIES = WEB_MODULES.flatMap((module) => module.nav ?? []).sort((a, b) => a.order - b.order);

/**
 * The navigation lists what the modules offer the user's app (the vendor's, or the partner
 * portal) and role: partner users never see vendor-only pages.
 */
export function navigationFor(user: SessionUser, section: NavEntry['section'] = 'main'): Item[] {
  const app = appOf(user);
  return ENTRIES.filter(
    (entry) => (entry.section ?? 'main') === section && entry.apps.includes(app) && (!entry.visible || entry.visible(user)),
  ).map((entry) => ({
    label: entry.label,
    to: typeof entry.to === 'string' ? entry.to : entry.to(user),
    icon: entry.icon,
    exact: entry.exact,
    group: entry.group,
  }));
}

/** The main section's entries under their headings: ungrouped ones (home) first, then each group in order. */
export function groupedNavigation(items: readonly Item[]): { group: NavGroup | null; items: Item[] }[] {
  const order: (NavGroup | null)[] = [null, ...(Object.keys(NAV_GROUPS) as NavGroup[])];
  return order
    .map((group) => ({ group, items: items.filter((item) => (item.group ?? null) === group) }))
    .filter((g) => g.items.length > 0);
}

function isActive(pathname: string, item: Item): boolean {
  return item.exact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
}

export function Navigation({ user, onNavigate }: { user: SessionUser; onNavigate: () => void }) {
  const { pathname } = useLocation();
  const link = (item: Item) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={<item.icon size={18} />}
      active={isActive(pathname, item)}
      onClick={onNavigate}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
  return (
    <Stack justify="space-between" h="100%" gap="md">
      <ScrollArea type="never">
        <nav aria-label="Main">
          <Stack gap="sm">
            {groupedNavigation(navigationFor(user)).map(({ group, items }) => (
              <Stack gap={2} key={group ?? 'top'}>
                {group && (
                  <Text size="xs" c="dimmed" fw={600} px="sm" className="consort-nav-section-label">
                    {NAV_GROUPS[group][appOf(user)]}
                  </Text>
                )}
                {items.map(link)}
              </Stack>
            ))}
          </Stack>
        </nav>
      </ScrollArea>
      <Stack gap={2}>
        <Text size="xs" c="dimmed" fw={600} px="sm" className="consort-nav-section-label">
          You
        </Text>
        {navigationFor(user, 'you').map(link)}
      </Stack>
    </Stack>
  );
}
