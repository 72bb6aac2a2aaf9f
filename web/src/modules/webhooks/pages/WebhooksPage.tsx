import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { components } from '../../../api/schema';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatRelative } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useWebhooks } from '../api';
import { ShowSecret } from '../components/ShowSecret';
import { NewWebhookForm } from '../components/WebhookForm';
import { WebhookStatus } from '../components/WebhookStatus';

type Webhook = components['schemas']['Webhook'];

const COLUMNS: Column<Webhook>[] = [
  {
    key: 'url',
    header: 'URL',
    cell: (w) => (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={600} component={Link} to={`/webhooks/${w.id}`} style={{ overflowWrap: 'anywhere' }}>
          {w.url}
        </Text>
        <WebhookStatus enabled={w.enabled} />
      </Group>
    ),
  },
  { key: 'events', header: 'Events', cell: (w) => <Text size="sm">{w.events.join(', ')}</Text> },
  {
    key: 'last',
    header: 'Last delivered',
    nowrap: true,
    cell: (w) => <Text size="sm">{w.lastSuccessAt ? formatRelative(w.lastSuccessAt) : 'never'}</Text>,
  },
];

export function WebhooksPage() {
  const webhooks = useWebhooks();
  const creating = useDialog();
  const navigate = useNavigate();
  const [created, setCreated] = useState<{ secret: string; id: string } | null>(null);
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Every change in Consort is an event; a webhook sends the ones you pick to another system, signed, and retries for more than a day when it is down."
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              setCreated(null);
              creating.open();
            }}
          >
            New webhook
          </Button>
        }
      />
      <SectionCard title="Subscriptions">
        <QueryState query={webhooks}>
          {(list) => (
            <DataTable
              label="Webhooks"
              rows={list}
              rowName={(w) => w.url}
              columns={COLUMNS}
              minWidth={640}
              empty={<Empty title="No webhooks yet" description="Send partner changes to your CRM, data warehouse or chat." />}
              card={(w) => ({
                title: w.url,
                subtitle: w.events.join(', '),
                aside: <WebhookStatus enabled={w.enabled} />,
                to: `/webhooks/${w.id}`,
              })}
            />
          )}
        </QueryState>
      </SectionCard>
      <FormDialog dialog={creating} title={() => (created ? 'Webhook created' : 'New webhook')} size="lg">
        {() =>
          created ? (
            <ShowSecret
              secret={created.secret}
              onDone={() => {
                creating.close();
                setCreated(null);
                navigate(`/webhooks/${created.id}`);
              }}
            />
          ) : (
            <NewWebhookForm onCreated={(secret, id) => setCreated({ secret, id })} onCancel={creating.close} />
          )
        }
      </FormDialog>
    </>
  );
}
