import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { PortalHomePage } from '../../portal/pages/PortalHomePage';
import { VendorHomePage } from './VendorHomePage';

/** One address for "home": the vendor's portfolio overview, or a partner's own portal. */
export function HomePage() {
  const user = useCurrentUser();
  return isVendor(user) ? <VendorHomePage /> : <PortalHomePage />;
}
