import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Partner } from '../../../api/types';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useIntegrationListings } from '../api';
import { IntegrationForm } from './IntegrationForm';
import { IntegrationsTable } from './IntegrationsTable';

/** A partner's integration listings on its 360 page, with their certification. */
export function IntegrationsCard({ partner }: { partner: Partner }) {
  const listings = useIntegrationListings(partner.id);
  const proposing = useDialog<never>();
  const hasAny = (listings.data?.data.length ?? 0) > 0;
  const technical = partner.types.some((t) => ['isv', 'technology', 'oem', 'hyperscaler', 'product'].includes(t));
  if (!hasAny && !technical && listings.isSuccess) return null;
  return (
    <SectionCard
      title="Integrations"
      description="What this partner built on our products, where it runs, and whether we certified it."
      action={
        partner.can.edit && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => proposing.open()}>
            Propose
          </Button>
        )
      }
    >
      <QueryState query={listings}>{(page) => <IntegrationsTable listings={page.data} showPartner={false} />}</QueryState>
      <FormDialog dialog={proposing} title="Propose an integration" size="lg">
        {() => <IntegrationForm partnerId={partner.id} listing={null} onDone={proposing.close} />}
      </FormDialog>
    </SectionCard>
  );
}
