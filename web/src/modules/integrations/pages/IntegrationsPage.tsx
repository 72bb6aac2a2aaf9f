import { Button, SegmentedControl, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type CertificationStatus, useIntegrationListings } from '../api';
import { IntegrationForm } from '../components/IntegrationForm';
import { CompatibilityMatrix, IntegrationsTable } from '../components/IntegrationsTable';

/**
 * Integrations: for vendor staff every technology partner's listings with the compatibility matrix
 * and certification; for a partner's people their own company's, which its admin proposes and keeps.
 */
export function IntegrationsPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const listings = useIntegrationListings(null);
  const proposing = useDialog<never>();
  const [certification, setCertification] = useState<CertificationStatus | 'all'>('all');
  const canPropose = !vendor && user.partnerId !== null && mayApp(user, 'proposeIntegrations');
  return (
    <>
      <PageHeader
        title="Integrations"
        description={
          vendor
            ? 'Technology and ISV partners’ integrations with our products: which versions they support, and their certification.'
            : 'Your integrations with our products, as customers see them once certified.'
        }
        actions={
          canPropose && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => proposing.open()}>
              Propose an integration
            </Button>
          )
        }
      />
      <QueryState query={listings}>
        {(page) => {
          const shown = page.data.filter((l) => certification === 'all' || l.certification === certification);
          return (
            <Stack gap="md">
              <SegmentedControl
                aria-label="Certification"
                value={certification}
                onChange={(v) => setCertification(v as CertificationStatus | 'all')}
                data={[
                  { value: 'all', label: 'All' },
                  { value: 'certified', label: 'Certified' },
                  { value: 'in_review', label: 'In review' },
                  { value: 'none', label: 'Not certified' },
                  { value: 'expired', label: 'Expired' },
                ]}
                style={{ alignSelf: 'flex-start' }}
              />
              <SectionCard title="Compatibility matrix" description="Products against integrations.">
                <CompatibilityMatrix listings={shown} />
              </SectionCard>
              <SectionCard title="Listings">
                <IntegrationsTable listings={shown} showPartner={vendor} />
              </SectionCard>
            </Stack>
          );
        }}
      </QueryState>
      <FormDialog dialog={proposing} title="Propose an integration" size="lg">
        {() => <IntegrationForm partnerId={user.partnerId ?? ''} listing={null} onDone={proposing.close} />}
      </FormDialog>
    </>
  );
}
