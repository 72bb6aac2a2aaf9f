import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDay } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useAccountPlansOf } from '../api';
import { CreateAccountPlanForm } from '../pages/AccountPlansPage';
import { AccountPlanStatusBadge } from './parts';

/** The joint account plans of one account (the account page), with a way to start one. */
export function AccountPlansCard({ accountId }: { accountId: string }) {
  const user = useCurrentUser();
  const plans = useAccountPlansOf(accountId);
  const dialog = useDialog();
  const navigate = useNavigate();
  return (
    <SectionCard
      title="Account plans"
      label="Account plans"
      action={
        mayApp(user, 'createAccountPlans') && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            New account plan
          </Button>
        )
      }
    >
      {(plans.data ?? []).length === 0 ? (
        <Text size="sm" c="dimmed">
          {plans.isLoading ? 'Loading…' : 'No joint plan for this account yet.'}
        </Text>
      ) : (
        <Stack gap={6}>
          {(plans.data ?? []).map((p) => (
            <Group key={p.id} justify="space-between" gap="xs">
              <Anchor component={Link} to={`/account-plans/${p.id}`} size="sm">
                {p.partnerName} · {p.title}
              </Anchor>
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  until {formatDay(p.periodEnd)}
                </Text>
                <AccountPlanStatusBadge status={p.status} />
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <FormDialog dialog={dialog} title="New account plan">
        {() => (
          <CreateAccountPlanForm
            accountId={accountId}
            onDone={(id) => {
              dialog.close();
              if (id) navigate(`/account-plans/${id}`);
            }}
          />
        )}
      </FormDialog>
    </SectionCard>
  );
}
