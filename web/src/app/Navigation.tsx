import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconBuildingSkyscraper,
  IconHistory,
  IconHome,
  IconSettings,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { User } from '../api/types';
import { canManageUsers, isAdmin, isVendor } from '../modules/auth/permissions';

type Item = { label: string; to: string; icon: ReactNode; exact?: boolean };

/** The navigation mirrors the modules a role may use; partner users never see vendor-only pages. */
export function navigationFor(user: User): Item[] {
  if (isVendor(user)) {
    const items: Item[] = [
      { label: 'Home', to: '/', icon: <IconHome size={18} />, exact: true },
      { label: 'Partners', to: '/partners', icon: <IconBuildingCommunity size={18} /> },
    ];
    if (canManageUsers(user)) items.push({ label: 'Users', to: '/users', icon: <IconUsers size={18} /> });
    if (isAdmin(user)) {
      items.push({ label: 'Audit log', to: '/audit', icon: <IconHistory size={18} /> });
      items.push({ label: 'Settings', to: '/settings', icon: <IconSettings size={18} /> });
    }
    return items;
  }
  const items: Item[] = [{ label: 'Portal home', to: '/', icon: <IconHome size={18} />, exact: true }];
  if (user.partnerId) {
    items.push({ label: 'Our company', to: `/partners/${user.partnerId}`, icon: <IconBuildingSkyscraper size={18} /> });
  }
  if (canManageUsers(user)) items.push({ label: 'Users', to: '/users', icon: <IconUsers size={18} /> });
  return items;
}

function isActive(pathname: string, item: Item): boolean {
  return item.exact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
}

export function Navigation({ user, onNavigate }: { user: User; onNavigate: () => void }) {
  const { pathname } = useLocation();
  const items = navigationFor(user);
  const account: Item = { label: 'My account', to: '/account', icon: <IconUserCircle size={18} /> };
  const link = (item: Item) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={item.icon}
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
          <Stack gap={2}>{items.map(link)}</Stack>
        </nav>
      </ScrollArea>
      <Stack gap={2}>
        <Text size="xs" c="dimmed" fw={600} px="sm" className="consort-nav-section-label">
          You
        </Text>
        {link(account)}
      </Stack>
    </Stack>
  );
}
