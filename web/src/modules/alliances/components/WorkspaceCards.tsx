import { AllianceAlertsCard } from '../../alliance-alerts/components/AllianceAlertsCard';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { BusinessPlanCard } from '../../business-plans/components/BusinessPlanCard';
import { GovernanceCard } from '../../governance/components/GovernanceCard';
import { HealthCard } from '../../health/components/HealthCard';
import { InnovationCard } from '../../innovation/components/InnovationCard';
import { RiskCard } from '../../risks/components/RiskCard';
import { ValuePropositionCard } from '../../value/components/ValuePropositionCard';
import type { WorkspaceCard } from './AllianceCards';
import { WithAlliance } from './WithAlliance';

/*
 * The other alliance modules' cards as the workspace shows them: each takes only the partner's
 * id, and works out from the signed-in user what its module's own card needs (where the value
 * page is, whether risks may be raised, vendor-only cards).
 */

export const PlanWorkspaceCard: WorkspaceCard = ({ partnerId }) => <BusinessPlanCard partnerId={partnerId} />;

export const GovernanceWorkspaceCard: WorkspaceCard = ({ partnerId }) => <GovernanceCard partnerId={partnerId} />;

export const ValueWorkspaceCard: WorkspaceCard = ({ partnerId }) => {
  const user = useCurrentUser();
  return <ValuePropositionCard partnerId={partnerId} to={isVendor(user) ? `/partners/${partnerId}/value` : '/value'} />;
};

export const RiskWorkspaceCard: WorkspaceCard = ({ partnerId }) => {
  const user = useCurrentUser();
  // Vendor staff who manage the alliance raise risks on its page; a partner raises them on its own.
  const vendor = isVendor(user);
  return (
    <RiskCard
      partnerId={partnerId}
      canRaise={!vendor || user.role === 'admin' || user.role === 'partner_manager'}
      vendor={vendor}
    />
  );
};

export const FlagsWorkspaceCard: WorkspaceCard = ({ partnerId }) => {
  const user = useCurrentUser();
  return isVendor(user) ? <AllianceAlertsCard partnerId={partnerId} /> : null;
};

/** The partner's health score with its evidence: the vendor's assessment, not shown in the portal. */
export const HealthWorkspaceCard: WorkspaceCard = ({ partnerId }) => {
  const user = useCurrentUser();
  return isVendor(user) ? <HealthCard partnerId={partnerId} /> : null;
};

export const InnovationWorkspaceCard: WorkspaceCard = ({ partnerId }) => {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  // The partner's people submit their company's ideas; the alliance's managers record them for it.
  return (
    <WithAlliance partnerId={partnerId}>
      {(a) => <InnovationCard partnerId={partnerId} vendor={vendor} canSubmit={vendor ? a.can.edit : true} />}
    </WithAlliance>
  );
};
