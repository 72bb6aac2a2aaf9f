import { Badge, Button, Code, Group, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiToken } from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { ConfirmDialog, FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDate, formatRelative } from '../../../ui/format';
import { type FormValues, useApiForm } from '../../../ui/forms';
import { SectionCard } from '../../../ui/SectionCard';
import { ShowOnce } from '../../../ui/ShowOnce';
import { Empty, QueryState } from '../../../ui/States';
import { type ApiTokenBody, useApiTokens, useCreateApiToken, useRevokeApiToken } from '../api';

/** People pick a day; the token stops working at the end of it, in their time zone. */
type Values = Omit<FormValues<ApiTokenBody>, 'expiresAt'> & { expiresOn: string | null };
const EMPTY: Values = { name: '', expiresOn: null };

function NewTokenForm({ onCreated, onCancel }: { onCreated: (token: string) => void; onCancel: () => void }) {
  const create = useCreateApiToken();
  const form = useApiForm({
    initialValues: EMPTY,
    validate: { name: (v) => (v.trim() ? null : 'Name the token after what will use it') },
    mutation: create,
    toVariables: (values) => ({
      name: values.name.trim(),
      expiresAt: values.expiresOn ? new Date(`${values.expiresOn.slice(0, 10)}T23:59:59`).toISOString() : null,
    }),
    aliases: { expiresAt: 'expiresOn' },
    onSuccess: (created) => onCreated(created.token),
  });
  return (
    <Form form={form} submitLabel="Create token" onCancel={onCancel}>
      <TextInput label="Name" placeholder="e.g. CRM sync" required data-autofocus {...form.getInputProps('name')} />
      <DatePickerInput
        label="Expires on"
        placeholder="Never"
        clearable
        minDate={new Date()}
        {...form.getInputProps('expiresOn')}
      />
      <Text size="xs" c="dimmed">
        The token acts with your role and sees what you see.
      </Text>
    </Form>
  );
}

function ShowToken({ token, onDone }: { token: string; onDone: () => void }) {
  return (
    <ShowOnce value={token} title="Copy it now" noun="token" testId="new-api-token" onDone={onDone}>
      This is the only time the token is shown. Store it in your integration's secret store.
    </ShowOnce>
  );
}

function TokenState({ token }: { token: ApiToken }) {
  const [label, color] = token.revokedAt
    ? ['Revoked', 'gray']
    : token.expiresAt && new Date(token.expiresAt) < new Date()
      ? ['Expired', 'orange']
      : ['Active', 'green'];
  return (
    <Badge size="xs" variant="light" color={color}>
      {label}
    </Badge>
  );
}

const lastUsed = (t: ApiToken) => (t.lastUsedAt ? formatRelative(t.lastUsedAt) : 'never');

const COLUMNS: Column<ApiToken>[] = [
  {
    key: 'name',
    header: 'Name',
    cell: (t) => (
      <Group gap={6} wrap="nowrap">
        <IconKey size={16} style={{ flexShrink: 0 }} />
        <Text size="sm" fw={600}>
          {t.name}
        </Text>
        <TokenState token={t} />
      </Group>
    ),
  },
  { key: 'prefix', header: 'Starts with', cell: (t) => <Code>{t.prefix}…</Code> },
  { key: 'created', header: 'Created', nowrap: true, cell: (t) => <Text size="sm">{formatDate(t.createdAt)}</Text> },
  { key: 'used', header: 'Last used', nowrap: true, cell: (t) => <Text size="sm">{lastUsed(t)}</Text> },
  {
    key: 'expires',
    header: 'Expires',
    nowrap: true,
    cell: (t) => <Text size="sm">{t.expiresAt ? formatDate(t.expiresAt) : 'never'}</Text>,
  },
];

export function ApiTokensCard() {
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const creating = useDialog();
  const revoking = useDialog<ApiToken>();
  const [secret, setSecret] = useState<string | null>(null);
  const close = () => {
    creating.close();
    setSecret(null);
  };
  return (
    <SectionCard
      title="API tokens"
      description={
        <>
          For integrations calling the REST API: send <Code>Authorization: Bearer &lt;token&gt;</Code>.
        </>
      }
      action={
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => creating.open()}>
          New token
        </Button>
      }
    >
      <QueryState query={tokens}>
        {(list) => (
          <DataTable
            label="API tokens"
            rows={list}
            rowName={(t) => t.name}
            columns={COLUMNS}
            minWidth={640}
            empty={<Empty title="No API tokens" />}
            actionsVariant="buttons"
            actions={(t) => [{ label: 'Revoke', color: 'red', onClick: () => revoking.open(t), allowed: !t.revokedAt }]}
            card={(t) => ({
              title: t.name,
              subtitle: `${t.prefix}… · created ${formatDate(t.createdAt)}`,
              badges: <TokenState token={t} />,
              footer: `Last used ${lastUsed(t)}${t.expiresAt ? ` · expires ${formatDate(t.expiresAt)}` : ''}`,
            })}
          />
        )}
      </QueryState>
      <FormDialog dialog={{ ...creating, close }} title={() => (secret ? 'Your new API token' : 'New API token')}>
        {() => (secret ? <ShowToken token={secret} onDone={close} /> : <NewTokenForm onCreated={setSecret} onCancel={close} />)}
      </FormDialog>
      <ConfirmDialog
        dialog={revoking}
        title={(t) => `Revoke ${t.name}?`}
        confirmLabel="Revoke token"
        mutation={revoke}
        variables={(t) => t.id}
        success={(t) => `Revoked ${t.name}`}
      >
        {() => 'Integrations using this token stop working immediately.'}
      </ConfirmDialog>
    </SectionCard>
  );
}
