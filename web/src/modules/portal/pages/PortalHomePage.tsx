import { Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconBuildingSkyscraper, IconPencil, IconUserCircle } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Contact, Partner } from '../../../api/types';
import { Labelled } from '../../../ui/Fact';
import { displayUrl } from '../../../ui/format';
import { LABELS, labelOf } from '../../../ui/labels';
import { countryName } from '../../../ui/locale';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { AccountMappingCard } from '../../account-mapping/components/AccountMappingCard';
import { AccountPlansPortalCard } from '../../account-plans/components/AccountPlansPortalCard';
import { AgreementsCard } from '../../agreements/components/AgreementsCard';
import { AllianceCard } from '../../alliances/components/AllianceCards';
import { canEditPartner, canManageContacts } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { BusinessPlanCard } from '../../business-plans/components/BusinessPlanCard';
import { CampaignsPortalCard } from '../../campaigns/components/CampaignsPortalCard';
import { ComplianceCard } from '../../compliance/components/ComplianceCard';
import { DealRegistrationsCard } from '../../deal-registrations/components/DealRegistrationsCard';
import { DirectoryListingPortalCard } from '../../directory-listings/components/DirectoryListingPortalCard';
import { LearningCard } from '../../enablement/components/LearningCard';
import { GovernanceCard } from '../../governance/components/GovernanceCard';
import { EarningsCard } from '../../incentives/components/EarningsCard';
import { IntegrationsPortalCard } from '../../integrations/components/IntegrationsPortalCard';
import { LeadsToAcceptCard } from '../../leads/components/LeadsToAcceptCard';
import { RewardsPortalCard } from '../../loyalty/components/RewardsPortalCard';
import { MarketingCard } from '../../marketing/components/MarketingCard';
import { MdfFundsCard } from '../../mdf/components/MdfFundsCard';
import { OnboardingCard } from '../../onboarding/components/OnboardingCard';
import { SharedOpportunitiesCard } from '../../opportunities/components/SharedOpportunitiesCard';
import { useContacts, usePartner } from '../../partners/api';
import { ContactsCard } from '../../partners/components/ContactsCard';
import { TierProgressCard } from '../../programs/components/TierProgressCard';
import { ReferralsCard } from '../../referrals/components/ReferralsCard';
import { NewResourcesCard } from '../../resources/components/NewResourcesCard';
import { RiskCard } from '../../risks/components/RiskCard';
import { useSettings } from '../../settings/api';
import { ValuePropositionCard } from '../../value/components/ValuePropositionCard';
import { ColleaguesCard } from '../components/ColleaguesCard';
import { ProgramCard } from '../components/ProgramCard';

function Fact({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Grid.Col span={wide ? 12 : { base: 12, sm: 6 }}>
      <Labelled label={label}>{typeof children === 'string' ? <Text size="sm">{children || '—'}</Text> : children}</Labelled>
    </Grid.Col>
  );
}

/** A partner user's home: their own company, nothing else. */
export function PortalHomePage() {
  const user = useCurrentUser();
  const partnerId = user.partnerId ?? '';
  const partner = usePartner(partnerId);
  const contacts = useContacts(partnerId);
  if (!user.partnerId) return <NotFoundState what="Company" />;
  return <QueryState query={partner}>{(p) => <CompanyHome partner={p} contacts={contacts} />}</QueryState>;
}

function CompanyHome({ partner: p, contacts }: { partner: Partner; contacts: UseQueryResult<Contact[]> }) {
  const user = useCurrentUser();
  const settings = useSettings();
  const vendorName = settings.data?.vendorName || 'the vendor';
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name.split(' ')[0]}`}
        description={`${p.name} in the ${vendorName} partner program.`}
        actions={
          <Button variant="default" component={Link} to="/account" leftSection={<IconUserCircle size={16} />}>
            My profile
          </Button>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <SectionCard
              title={
                <Group gap="xs" component="span">
                  <IconBuildingSkyscraper size={20} />
                  {p.name}
                </Group>
              }
              action={
                <Group gap="xs" wrap="nowrap">
                  {canEditPartner(user, p) && (
                    <Button
                      size="xs"
                      variant="light"
                      component={Link}
                      to={`/partners/${p.id}/edit`}
                      leftSection={<IconPencil size={14} />}
                    >
                      Edit profile
                    </Button>
                  )}
                  <Button size="xs" variant="subtle" component={Link} to={`/partners/${p.id}`}>
                    Company page
                  </Button>
                </Group>
              }
            >
              {p.description && (
                <Text size="sm" mb="md">
                  {p.description}
                </Text>
              )}
              <Grid gap="md">
                <Fact label="Legal name">{p.legalName}</Fact>
                <Fact label="Website">
                  {p.website ? (
                    <Anchor href={p.website} target="_blank" rel="noopener noreferrer" size="sm">
                      {displayUrl(p.website)}
                    </Anchor>
                  ) : (
                    <Text size="sm">—</Text>
                  )}
                </Fact>
                <Fact label="Headquarters">{countryName(p.country)}</Fact>
                <Fact label="Company size">{labelOf(LABELS.companySize, p.companySize)}</Fact>
                <Fact label="Regions served">{p.regions.map((r) => LABELS.region[r]).join(', ')}</Fact>
                <Fact label="Industries">{p.industries.join(', ')}</Fact>
                <Fact label="Partner types" wide>
                  {p.types.map((t) => LABELS.partnerType[t]).join(', ')}
                </Fact>
              </Grid>
            </SectionCard>
            <DealRegistrationsCard partnerId={p.id} />
            <AccountMappingCard partnerId={p.id} />
            <AccountPlansPortalCard />
            <SharedOpportunitiesCard />
            <LeadsToAcceptCard />
            <ReferralsCard partnerId={p.id} />
            <MarketingCard />
            <CampaignsPortalCard partnerId={p.id} />
            <EarningsCard />
            <OnboardingCard partnerId={p.id} canStart={false} />
            <AgreementsCard partnerId={p.id} canDraft={false} />
            <ComplianceCard partnerId={p.id} canAdd={user.role === 'partner_admin'} />
            <ValuePropositionCard partnerId={p.id} to="/value" />
            <RiskCard partnerId={p.id} canRaise vendor={false} />
            <GovernanceCard partnerId={p.id} />
            <BusinessPlanCard partnerId={p.id} />
            <ContactsCard partnerId={p.id} contacts={contacts} canManage={canManageContacts(user, p)} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <ProgramCard partner={p} vendorName={vendorName} />
            <TierProgressCard partnerId={p.id} />
            <LearningCard />
            <RewardsPortalCard partnerId={p.id} />
            <MdfFundsCard partnerId={p.id} />
            <AllianceCard partnerId={p.id} canStart={false} workspace="/alliance" />
            <NewResourcesCard />
            <ColleaguesCard partnerId={p.id} />
            <DirectoryListingPortalCard partnerId={p.id} />
            <IntegrationsPortalCard partnerId={p.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
