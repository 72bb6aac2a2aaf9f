import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { useCurrentUser } from '../../auth/session';
import { ApiTokensCard } from '../components/ApiTokensCard';
import { PasswordCard } from '../components/PasswordCard';
import { ProfileCard } from '../components/ProfileCard';
import { SessionsCard } from '../components/SessionsCard';

export function AccountPage() {
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title="My account" description="Your profile, password, sessions and API tokens." />
      <Stack gap="md">
        <ProfileCard key={user.updatedAt} user={user} />
        <SectionCard title="Notifications">
          <Text size="sm">
            Choose how you hear of each kind of notification — in the app, by e-mail, in a daily digest, or not at all — in your{' '}
            <Anchor component={Link} to="/account/notifications">
              notification settings
            </Anchor>
            .
          </Text>
        </SectionCard>
        <PasswordCard />
        <SessionsCard />
        <ApiTokensCard />
      </Stack>
    </>
  );
}
