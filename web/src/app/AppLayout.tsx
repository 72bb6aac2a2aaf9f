import { AppShell, Burger, Group, Image, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { isVendor } from '../modules/auth/permissions';
import { useCurrentUser } from '../modules/auth/session';
import { NotificationBell } from '../modules/notifications/components/NotificationBell';
import { logoOf, usePartnerFiles } from '../modules/partners/api';
import { logoUrl, useSettings } from '../modules/settings/api';
import { BrandMark } from '../ui/BrandMark';
import { PageLoader } from '../ui/States';
import { Navigation } from './Navigation';
import { UserMenu } from './UserMenu';

function Brand() {
  const user = useCurrentUser();
  const settings = useSettings();
  const logo = logoUrl(settings.data);
  const vendorName = settings.data?.vendorName || 'Consort';
  // Partner users see their own company's logo beside the portal's name.
  const companyLogo = logoOf(usePartnerFiles(isVendor(user) ? null : user.partnerId).data);
  return (
    <UnstyledButton component={Link} to="/" aria-label="Home" style={{ minWidth: 0 }}>
      <Group gap="sm" wrap="nowrap">
        {logo ? <Image src={logo} alt="" h={30} w="auto" maw={120} fit="contain" /> : <BrandMark />}
        <div style={{ minWidth: 0 }}>
          <Text fw={700} size="md" lh={1.1} truncate data-testid="vendor-name">
            {vendorName}
          </Text>
          <Text size="xs" c="dimmed" lh={1.1} truncate>
            {isVendor(user) ? 'Partner ecosystem' : `Partner portal${user.partnerName ? ` · ${user.partnerName}` : ''}`}
          </Text>
        </div>
        {companyLogo && (
          <Image
            src={companyLogo.contentUrl}
            alt={`${user.partnerName ?? 'Company'} logo`}
            h={28}
            w="auto"
            maw={80}
            fit="contain"
          />
        )}
      </Group>
    </UnstyledButton>
  );
}

export function AppLayout() {
  const user = useCurrentUser();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Brand />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <UserMenu user={user} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <Navigation user={user} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1400, margin: '0 auto' }}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
