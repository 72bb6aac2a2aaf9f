import { Alert, Button, Code, DataList, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPencil, IconRefresh, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { components } from '../../../api/schema';
import { type Column, DataTable } from '../../../ui/DataTable';
import { ConfirmDialog, FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { Fact } from '../../../ui/Fact';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import {
  useDeleteWebhook,
  useDeliveries,
  useRedeliver,
  useRotateSecret,
  useSendTestEvent,
  useUpdateWebhook,
  useWebhook,
} from '../api';
import { ShowSecret } from '../components/ShowSecret';
import { EditWebhookForm } from '../components/WebhookForm';
import { DeliveryStatus, WebhookStatus } from '../components/WebhookStatus';

type Webhook = components['schemas']['Webhook'];
type Delivery = components['schemas']['WebhookDelivery'];

function lastAttempt(d: Delivery) {
  return d.log.at(-1);
}

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const deliveries = useDeliveries(webhook.id);
  const redeliver = useRedeliver();
  const [open, setOpen] = useState<Delivery | null>(null);
  const columns: Column<Delivery>[] = [
    { key: 'event', header: 'Event', cell: (d) => <Code>{d.eventType}</Code> },
    { key: 'status', header: 'Status', nowrap: true, cell: (d) => <DeliveryStatus status={d.status} attempts={d.attempts} /> },
    { key: 'attempts', header: 'Attempts', cell: (d) => d.attempts },
    {
      key: 'answer',
      header: 'Last answer',
      cell: (d) => <Text size="sm">{d.lastStatus ?? d.lastError ?? '—'}</Text>,
    },
    {
      key: 'duration',
      header: 'Duration',
      nowrap: true,
      cell: (d) => (lastAttempt(d) ? `${lastAttempt(d)?.durationMs} ms` : '—'),
    },
    { key: 'when', header: 'Created', nowrap: true, cell: (d) => <Text size="sm">{formatRelative(d.createdAt)}</Text> },
  ];
  return (
    <SectionCard
      title="Delivery log"
      description="The newest deliveries, each with every attempt: what was sent and what came back."
      action={<ExportMenu path={`/api/v1/webhooks/${webhook.id}/deliveries`} size="xs" ignorePageFilters />}
    >
      <QueryState query={deliveries}>
        {(list) => (
          <DataTable
            label="Deliveries"
            rows={list}
            rowName={(d) => `${d.eventType} ${formatDateTime(d.createdAt)}`}
            columns={columns}
            minWidth={720}
            actionsVariant="buttons"
            actions={(d) => [
              { label: 'Details', onClick: () => setOpen(d) },
              {
                label: 'Redeliver',
                allowed: webhook.can.redeliver && (d.status === 'succeeded' || d.status === 'failed'),
                loading: redeliver.isPending && redeliver.variables?.deliveryId === d.id,
                onClick: () =>
                  redeliver.run({ id: webhook.id, deliveryId: d.id }, { success: `${d.eventType} is on its way again` }),
              },
            ]}
            empty={<Empty title="Nothing delivered yet" description="Send a test event to see one here." />}
            card={(d) => ({
              title: d.eventType,
              subtitle: formatRelative(d.createdAt),
              aside: <DeliveryStatus status={d.status} attempts={d.attempts} />,
              footer: `${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`,
            })}
          />
        )}
      </QueryState>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open ? `Delivery of ${open.eventType}` : ''} size="xl">
        {open && (
          <Stack gap="md">
            {open.nextAttemptAt && <Text size="sm">Next attempt {formatDateTime(open.nextAttemptAt)}.</Text>}
            {open.log.length === 0 && <Text size="sm">Not attempted yet.</Text>}
            {open.log.map((a) => (
              <Stack key={a.id} gap={4}>
                <Text fw={600} size="sm">
                  Attempt {a.attempt}, {formatDateTime(a.startedAt)}: {a.responseStatus ?? 'no answer'} in {a.durationMs} ms
                </Text>
                {a.error && (
                  <Text size="sm" c="red">
                    {a.error}
                  </Text>
                )}
                <Code block>
                  {Object.entries(a.requestHeaders)
                    .map(([k, v]) => `${k}: ${v}`)
                    .join('\n')}
                  {`\n\n${a.requestBody}`}
                </Code>
                {a.responseBody && <Code block>{a.responseBody}</Code>}
              </Stack>
            ))}
          </Stack>
        )}
      </Modal>
    </SectionCard>
  );
}

function WebhookDetails({ webhook }: { webhook: Webhook }) {
  const navigate = useNavigate();
  const editing = useDialog();
  const removing = useDialog<Webhook>();
  const rotating = useDialog<Webhook>();
  const [secret, setSecret] = useState<string | null>(null);
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const rotate = useRotateSecret();
  const test = useSendTestEvent();
  return (
    <>
      <PageHeader
        title={webhook.url}
        crumbs={[{ label: 'Webhooks', to: '/webhooks' }]}
        badges={<WebhookStatus enabled={webhook.enabled} />}
        description={webhook.description || undefined}
        actions={
          <Group gap="xs">
            {webhook.can.sendTest && (
              <Button
                leftSection={<IconSend size={16} />}
                loading={test.isPending}
                onClick={() => test.run(webhook.id, { success: 'Test event sent' })}
              >
                Send test event
              </Button>
            )}
            {webhook.can.edit && (
              <Button
                variant="default"
                loading={update.isPending}
                onClick={() =>
                  update.run(
                    { id: webhook.id, body: { enabled: !webhook.enabled } },
                    { success: webhook.enabled ? 'Webhook switched off' : 'Webhook switched on' },
                  )
                }
              >
                {webhook.enabled ? 'Disable' : 'Enable'}
              </Button>
            )}
            {webhook.can.edit && (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => editing.open()}>
                Edit
              </Button>
            )}
            {webhook.can.rotateSecret && (
              <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => rotating.open(webhook)}>
                Rotate secret
              </Button>
            )}
            {webhook.can.delete && (
              <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => removing.open(webhook)}>
                Delete
              </Button>
            )}
          </Group>
        }
      />
      {!webhook.enabled && webhook.disabledReason && (
        <Alert color="orange" title="This webhook is off" mb="md">
          {webhook.disabledReason}
          {webhook.disabledAt ? ` (${formatDateTime(webhook.disabledAt)})` : ''}. Events that happen while it is off are not sent
          to it.
        </Alert>
      )}
      <SectionCard title="Subscription">
        <DataList>
          <Fact label="Events">{webhook.events.join(', ')}</Fact>
          <Fact label="Last delivered">{webhook.lastSuccessAt ? formatDateTime(webhook.lastSuccessAt) : 'never'}</Fact>
          <Fact label="Last failure">{webhook.lastFailureAt ? formatDateTime(webhook.lastFailureAt) : 'none'}</Fact>
          <Fact label="Secret rotated">{webhook.secretRotatedAt ? formatDateTime(webhook.secretRotatedAt) : 'never'}</Fact>
        </DataList>
      </SectionCard>
      <DeliveryLog webhook={webhook} />
      <FormDialog dialog={editing} title="Edit webhook" size="lg">
        {() => <EditWebhookForm webhook={webhook} onDone={editing.close} />}
      </FormDialog>
      <ConfirmDialog
        dialog={rotating}
        title={() => 'Rotate the signing secret?'}
        confirmLabel="Rotate secret"
        color="orange"
        mutation={rotate}
        variables={(w) => w.id}
        success={() => 'New secret made'}
        onDone={(_w, data) => setSecret(data.secret)}
      >
        {() =>
          'A new secret signs every delivery from now on. The current one keeps signing beside it for 24 hours, so the receiver can switch over.'
        }
      </ConfirmDialog>
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title="New signing secret" size="lg">
        {secret && <ShowSecret secret={secret} onDone={() => setSecret(null)} />}
      </Modal>
      <ConfirmDialog
        dialog={removing}
        title={() => 'Delete this webhook?'}
        confirmLabel="Delete webhook"
        mutation={remove}
        variables={(w) => w.id}
        success={() => 'Webhook deleted'}
        onDone={() => navigate('/webhooks')}
      >
        {(w) => `${w.url} stops receiving events, and its delivery log is deleted with it.`}
      </ConfirmDialog>
    </>
  );
}

export function WebhookPage() {
  const { id = '' } = useParams();
  const webhook = useWebhook(id);
  return <QueryState query={webhook}>{(w) => <WebhookDetails webhook={w} />}</QueryState>;
}
