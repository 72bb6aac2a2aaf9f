import { PageHeader } from '../../../ui/PageHeader';
import { NotFoundState } from '../../../ui/States';
import { useCurrentUser } from '../../auth/session';
import { OnboardingCard } from '../components/OnboardingCard';

/** A partner's people: their company's onboarding tasks, to do their own. */
export function PortalOnboardingPage() {
  const user = useCurrentUser();
  if (!user.partnerId) return <NotFoundState what="Company" />;
  return (
    <>
      <PageHeader title="Onboarding" description="Your company’s onboarding tasks and ours. Complete yours here." />
      <OnboardingCard partnerId={user.partnerId} canStart={false} />
    </>
  );
}
