import { NotFoundState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';

/** A partner that does not exist or is another company's: the same answer either way, revealing nothing. */
export function PartnerNotFound() {
  const vendor = isVendor(useCurrentUser());
  return (
    <NotFoundState
      what="Partner"
      backTo={vendor ? '/partners' : '/'}
      backLabel={vendor ? 'Back to partners' : 'Back to portal home'}
    />
  );
}
