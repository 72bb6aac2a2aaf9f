import { Stack } from '@mantine/core';
import { PageHeader } from '../../../ui/PageHeader';
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
        <PasswordCard />
        <SessionsCard />
        <ApiTokensCard />
      </Stack>
    </>
  );
}
