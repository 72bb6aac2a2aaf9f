import { Button, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { IconPresentation } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, NotFoundState, QueryState } from '../../../ui/States';
import { useCurrentUser } from '../../auth/session';
import { usePartner } from '../../partners/api';
import { type AlliancePhase, type AllianceType, useAlliance, useStartAlliance } from '../api';
import { WORKSPACE_CARDS } from '../components/AllianceCards';

function StartAllianceForm({ partnerId }: { partnerId: string }) {
  const start = useStartAlliance(partnerId);
  const form = useApiForm({
    initialValues: { type: '', phase: 'negotiation', note: '' },
    validate: { type: (v: string) => (v ? null : 'Choose the alliance type') },
    mutation: start,
    toVariables: (v) => ({ type: v.type as AllianceType, phase: v.phase as AlliancePhase, note: v.note }),
    success: () => 'Alliance started',
  });
  return (
    <SectionCard
      title="Start alliance"
      label="Start alliance"
      description="One alliance per partner; the development stages start at the strategic fit assessment."
    >
      <Form form={form} submitLabel="Start alliance">
        <Select
          label="Alliance type"
          required
          data={Object.entries(LABELS.allianceType).map(([value, label]) => ({ value, label }))}
          {...form.getInputProps('type')}
        />
        <Select
          label="Life-cycle phase (ASAP)"
          data={Object.entries(LABELS.alliancePhase).map(([value, label]) => ({ value, label }))}
          {...form.getInputProps('phase')}
        />
        <Textarea label="Note" autosize {...form.getInputProps('note')} />
      </Form>
    </SectionCard>
  );
}

/** The cards of the workspace, one under the other on a phone and in two columns on a desktop. */
export function AllianceWorkspace({ partnerId }: { partnerId: string }) {
  const alliance = useAlliance(partnerId);
  const user = useCurrentUser();
  return (
    <QueryState query={alliance}>
      {(a) =>
        a ? (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" verticalSpacing="md">
            {WORKSPACE_CARDS.map(({ key, Card }) => (
              <Card key={key} partnerId={partnerId} />
            ))}
          </SimpleGrid>
        ) : user.partnerId === null ? (
          <StartAllianceForm partnerId={partnerId} />
        ) : (
          <Empty title="No alliance yet" description="Your partner manager starts the alliance; it shows here when they do." />
        )
      }
    </QueryState>
  );
}

/** The way to the partner's QBR pack (the quarter's review deck), where the alliance is prepared. */
function QbrButton({ to }: { to: string }) {
  return (
    <Button component={Link} to={to} variant="light" leftSection={<IconPresentation size={16} />}>
      QBR pack
    </Button>
  );
}

/** Vendor: `/alliances/:partnerId`, the one screen an alliance manager opens before a QBR. */
export function AllianceWorkspacePage() {
  const { partnerId = '' } = useParams();
  const partner = usePartner(partnerId);
  return (
    <QueryState query={partner} notFound={<NotFoundState what="Partner" />}>
      {(p) => (
        <Stack gap={0}>
          <PageHeader
            title={`Alliance with ${p.name}`}
            crumbs={[
              { label: 'Alliances', to: '/alliances' },
              { label: p.name, to: `/partners/${p.id}` },
            ]}
            actions={<QbrButton to={`/partners/${p.id}/qbr`} />}
          />
          <AllianceWorkspace partnerId={p.id} />
        </Stack>
      )}
    </QueryState>
  );
}

/** Portal: `/alliance`, the partner's own alliance workspace. */
export function PortalAlliancePage() {
  const user = useCurrentUser();
  if (!user.partnerId) return <NotFoundState what="Alliance" />;
  return (
    <Stack gap={0}>
      <PageHeader
        title="Our alliance"
        description="Both sides’ view of the alliance: stages, sponsors, design and qualification."
        actions={<QbrButton to="/qbr" />}
      />
      <AllianceWorkspace partnerId={user.partnerId} />
    </Stack>
  );
}
