import { Badge, Button, Grid, Menu, Stack } from '@mantine/core';
import { IconChevronDown, IconHistory, IconPencil, IconTrash } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { Contact, Partner, StoredFile } from '../../../api/types';
import { ConfirmDialog, useDialog } from '../../../ui/dialogs';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/States';
import { AgreementsCard } from '../../agreements/components/AgreementsCard';
import { AllianceAlertsCard } from '../../alliance-alerts/components/AllianceAlertsCard';
import { AllianceCard } from '../../alliances/components/AllianceCards';
import {
  canChangeStage,
  canDeletePartner,
  canEditPartner,
  canManageContacts,
  canViewAudit,
  isVendor,
  mayApp,
} from '../../auth/permissions';
import { type SessionUser, useCurrentUser } from '../../auth/session';
import { BusinessPlanCard } from '../../business-plans/components/BusinessPlanCard';
import { ComplianceCard } from '../../compliance/components/ComplianceCard';
import { CoopetitionCard } from '../../coopetition/components/CoopetitionCard';
import { DealRegistrationsCard } from '../../deal-registrations/components/DealRegistrationsCard';
import { DirectoryListingCard } from '../../directory-listings/components/DirectoryListingCard';
import { PartnerEnablementCard } from '../../enablement/components/PartnerEnablementCard';
import { GovernanceCard } from '../../governance/components/GovernanceCard';
import { IntegrationsCard } from '../../integrations/components/IntegrationsCard';
import { MdfFundsCard } from '../../mdf/components/MdfFundsCard';
import { OffboardingCard } from '../../offboarding/components/OffboardingCard';
import { OnboardingCard } from '../../onboarding/components/OnboardingCard';
import { CustomValuesCard } from '../../programs/components/CustomValuesCard';
import { MilestoneProposalsCard } from '../../programs/components/MilestoneProposalsCard';
import { TierProgressCard } from '../../programs/components/TierProgressCard';
import { FitCard } from '../../recruitment/components/FitCard';
import { PartnerResourcesCard } from '../../resources/components/PartnerResourcesCard';
import { RiskCard } from '../../risks/components/RiskCard';
import { TierBadge } from '../../settings/components/TierBadge';
import { ValuePropositionCard } from '../../value/components/ValuePropositionCard';
import { logoOf, useContacts, useDeletePartner, usePartner, usePartnerFiles } from '../api';
import { ContactsCard } from '../components/ContactsCard';
import { LifecycleCard } from '../components/LifecycleCard';
import { StageBadge, StatusBadge } from '../components/PartnerBadges';
import { DocumentsCard, LogoCard } from '../components/PartnerFilesCards';
import { PartnerLogo } from '../components/PartnerLogo';
import { PartnerNotFound } from '../components/PartnerNotFound';
import { PartnerProfileCard } from '../components/PartnerProfileCard';
import { RelationshipCard } from '../components/RelationshipCard';

function PartnerActions({ user, partner }: { user: SessionUser; partner: Partner }) {
  const navigate = useNavigate();
  const remove = useDeletePartner();
  const deleting = useDialog<Partner>();
  const auditable = canViewAudit(user);
  const deletable = canDeletePartner(user, partner);
  return (
    <>
      {canEditPartner(user, partner) && (
        <Button component={Link} to={`/partners/${partner.id}/edit`} leftSection={<IconPencil size={16} />}>
          Edit
        </Button>
      )}
      {(auditable || deletable) && (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={14} />}>
              More
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {auditable && (
              <Menu.Item component={Link} to={`/audit?entityId=${partner.id}`} leftSection={<IconHistory size={14} />}>
                Audit trail
              </Menu.Item>
            )}
            {deletable && (
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => deleting.open(partner)}>
                Delete partner
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      )}
      <ConfirmDialog
        dialog={deleting}
        title={(p) => `Delete ${p.name}?`}
        confirmLabel="Delete partner"
        mutation={remove}
        variables={(p) => p.id}
        success={(p) => `Deleted ${p.name}`}
        errorTitle="Could not delete the partner"
        onDone={() => navigate('/partners', { replace: true })}
      >
        {() =>
          'This removes the partner and its contacts. A partner that still has users cannot be deleted; move it to off-boarding instead.'
        }
      </ConfirmDialog>
    </>
  );
}

/** Partner 360: everything about one partner on one screen. */
export function PartnerPage() {
  const { id = '' } = useParams();
  const partner = usePartner(id);
  const contacts = useContacts(id); // alongside the partner, not after it
  const files = usePartnerFiles(id);
  return (
    <QueryState query={partner} loading="Loading partner…" notFound={<PartnerNotFound />}>
      {(p) => <Partner360 partner={p} contacts={contacts} files={files} />}
    </QueryState>
  );
}

function Partner360({
  partner: p,
  contacts,
  files,
}: {
  partner: Partner;
  contacts: UseQueryResult<Contact[]>;
  files: UseQueryResult<StoredFile[]>;
}) {
  const user = useCurrentUser();
  const logo = logoOf(files.data);
  return (
    <>
      <PageHeader
        title={
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 12 }}>
            {logo && <PartnerLogo logo={logo} name={p.name} size={36} decorative />}
            {p.name}
          </span>
        }
        crumbs={isVendor(user) ? [{ label: 'Partners', to: '/partners' }] : [{ label: 'Portal home', to: '/' }]}
        badges={
          <>
            <StageBadge stage={p.lifecycleStage} />
            <TierBadge tier={p.tier} />
            {p.status !== 'active' && <StatusBadge status={p.status} />}
            <Badge variant="outline" color="gray">
              {LABELS.motion[p.motion]}
              {p.designation !== 'standard' ? ` · ${LABELS.designation[p.designation]}` : ''}
            </Badge>
          </>
        }
        actions={<PartnerActions user={user} partner={p} />}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <PartnerProfileCard partner={p} />
            <ContactsCard
              partnerId={p.id}
              contacts={contacts}
              canManage={canManageContacts(user, p)}
              canImport={mayApp(user, 'import:contacts')}
            />
            <DocumentsCard partner={p} files={files} />
            <IntegrationsCard partner={p} />
            <OnboardingCard partnerId={p.id} canStart={canChangeStage(user, p)} />
            <BusinessPlanCard partnerId={p.id} />
            <AgreementsCard partnerId={p.id} canDraft={canChangeStage(user, p)} />
            <DealRegistrationsCard partnerId={p.id} />
            <ComplianceCard partnerId={p.id} canAdd={canManageContacts(user, p)} />
            <RiskCard partnerId={p.id} canRaise={canChangeStage(user, p) || !isVendor(user)} vendor={isVendor(user)} />
            <GovernanceCard partnerId={p.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <LogoCard partner={p} files={files} />
            <RelationshipCard owner={p.owner} executiveSponsor={p.executiveSponsor} contacts={contacts.data} />
            <LifecycleCard partner={p} canChange={canChangeStage(user, p)} />
            <AllianceCard
              partnerId={p.id}
              canStart={canChangeStage(user, p)}
              workspace={isVendor(user) ? `/alliances/${p.id}` : '/alliance'}
            />
            <TierProgressCard partnerId={p.id} canManage={canChangeStage(user, p)} />
            <PartnerEnablementCard partnerId={p.id} />
            <MdfFundsCard partnerId={p.id} />
            {isVendor(user) && <MilestoneProposalsCard partnerId={p.id} />}
            {isVendor(user) && <CustomValuesCard partnerId={p.id} canRecord={canChangeStage(user, p)} />}
            {isVendor(user) && <OffboardingCard partner={p} />}
            {isVendor(user) && <FitCard partnerId={p.id} />}
            {isVendor(user) && <CoopetitionCard partner={p} />}
            {isVendor(user) && <AllianceAlertsCard partnerId={p.id} />}
            {isVendor(user) && <PartnerResourcesCard partnerId={p.id} />}
            <DirectoryListingCard partnerId={p.id} />
            <ValuePropositionCard partnerId={p.id} to={`/partners/${p.id}/value`} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
