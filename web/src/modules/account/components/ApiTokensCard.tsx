import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiToken } from '../../../api/types';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { formatDate, formatRelative } from '../../../ui/format';
import { showFormErrors } from '../../../ui/forms';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { Empty, ErrorState, PageLoader } from '../../../ui/States';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '../api';

function NewTokenForm({ onCreated, onCancel }: { onCreated: (token: string) => void; onCancel: () => void }) {
  const create = useCreateApiToken();
  const form = useForm<{ name: string; expiresOn: string | null }>({
    initialValues: { name: '', expiresOn: null },
    validate: { name: (v) => (v.trim() ? null : 'Name the token after what will use it') },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(
      {
        name: values.name.trim(),
        expiresAt: values.expiresOn ? new Date(`${values.expiresOn.slice(0, 10)}T23:59:59`).toISOString() : null,
      },
      {
        onSuccess: (created) => onCreated(created.token),
        onError: (error) => showFormErrors(form, error, ['name', 'expiresOn'], { expiresAt: 'expiresOn' }),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ShowOnce({ token, onDone }: { token: string; onDone: () => void }) {
  return (
    <Stack gap="sm">
      <Alert color="yellow" title="Copy it now">
        This is the only time the token is shown. Store it in your integration's secret store.
      </Alert>
      <Group wrap="nowrap" gap="xs">
        <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="new-api-token">
          {token}
        </Code>
        <CopyButton value={token}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'}>
              <ActionIcon variant="light" color={copied ? 'green' : 'blue'} onClick={copy} aria-label="Copy token" size="lg">
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

function tokenState(token: ApiToken): { label: string; color: string } {
  if (token.revokedAt) return { label: 'Revoked', color: 'gray' };
  if (token.expiresAt && new Date(token.expiresAt) < new Date()) return { label: 'Expired', color: 'orange' };
  return { label: 'Active', color: 'green' };
}

export function ApiTokensCard() {
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const close = () => {
    setOpen(false);
    setSecret(null);
  };
  return (
    <Card>
      <Group justify="space-between" mb={4}>
        <Title order={4}>API tokens</Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setOpen(true)}>
          New token
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        For integrations calling the REST API: send <Code>Authorization: Bearer &lt;token&gt;</Code>.
      </Text>
      {tokens.isPending ? (
        <PageLoader />
      ) : tokens.isError ? (
        <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
      ) : tokens.data.length === 0 ? (
        <Empty title="No API tokens" />
      ) : (
        <Stack gap="sm">
          {tokens.data.map((t) => {
            const state = tokenState(t);
            return (
              <Group key={t.id} justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                  <IconKey size={18} style={{ flexShrink: 0 }} />
                  <div style={{ minWidth: 0 }}>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {t.name}
                      </Text>
                      <Badge size="xs" variant="light" color={state.color}>
                        {state.label}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed">
                      <Code>{t.prefix}…</Code> · created {formatDate(t.createdAt)} · last used{' '}
                      {t.lastUsedAt ? formatRelative(t.lastUsedAt) : 'never'}
                      {t.expiresAt ? ` · expires ${formatDate(t.expiresAt)}` : ''}
                    </Text>
                  </div>
                </Group>
                {!t.revokedAt && (
                  <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(t)}>
                    Revoke
                  </Button>
                )}
              </Group>
            );
          })}
        </Stack>
      )}
      <Modal opened={open} onClose={close} title={secret ? 'Your new API token' : 'New API token'}>
        {open && (secret ? <ShowOnce token={secret} onDone={close} /> : <NewTokenForm onCreated={setSecret} onCancel={close} />)}
      </Modal>
      <ConfirmModal
        opened={revoking !== null}
        title={`Revoke ${revoking?.name ?? 'token'}?`}
        confirmLabel="Revoke token"
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifySuccess(`Revoked ${revoking.name}`);
              setRevoking(null);
            },
            onError: (error) => notifyError(error),
          })
        }
      >
        Integrations using this token stop working immediately.
      </ConfirmModal>
    </Card>
  );
}
