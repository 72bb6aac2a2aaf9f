import { Stack } from '@mantine/core';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/session';
import { PartnerScorecardsCard } from '../components/PartnerScorecardsCard';

/** The portal's scorecards: the partner's own, as the vendor shares them, period by period. */
export function MyScorecardsPage() {
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title="Scorecards" description="How your company scores against the programme’s targets, per period." />
      <Stack>{user.partnerId && <PartnerScorecardsCard partnerId={user.partnerId} />}</Stack>
    </>
  );
}
