import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDay } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePartnerPlans } from '../api';
import { CreatePlanForm } from '../pages/PlansPage';
import { FulfilmentRow, PlanStatusBadge } from './parts';

/**
 * A partner's joint business plan at a glance — the current one (approved, covering today), else
 * the latest — with fulfilment per side and the asymmetry. Works in both apps: the vendor's
 * partner page and alliance workspace, the partner's portal home.
 */
export function BusinessPlanCard({ partnerId }: { partnerId: string }) {
  const user = useCurrentUser();
  const plans = usePartnerPlans(partnerId);
  const dialog = useDialog();
  const navigate = useNavigate();
  return (
    <SectionCard
      title="Joint business plan"
      label="Joint business plan"
      action={
        mayApp(user, 'createBusinessPlans') && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            New plan
          </Button>
        )
      }
    >
      <QueryState query={plans}>
        {(list) => {
          const live = list.filter((p) => p.status !== 'archived');
          const plan = live.find((p) => p.current) ?? live[0];
          if (!plan) {
            return (
              <Text size="sm" c="dimmed">
                No joint business plan yet.
              </Text>
            );
          }
          return (
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Anchor component={Link} to={`/business-plans/${plan.id}`} fw={600}>
                    {plan.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatDay(plan.periodStart)} – {formatDay(plan.periodEnd)}
                    {plan.current ? ' · current' : ''}
                    {plan.commitmentCount.overdue ? ` · ${plan.commitmentCount.overdue} overdue` : ''}
                  </Text>
                </div>
                <PlanStatusBadge status={plan.status} />
              </Group>
              <FulfilmentRow plan={plan} />
              {live.length > 1 && (
                <Anchor component={Link} to={`/business-plans?partnerId=${partnerId}`} size="sm">
                  All {live.length} plans
                </Anchor>
              )}
            </Stack>
          );
        }}
      </QueryState>
      <FormDialog dialog={dialog} title="New joint business plan">
        {() => (
          <CreatePlanForm
            partnerId={partnerId}
            onDone={(id) => {
              dialog.close();
              if (id) navigate(`/business-plans/${id}`);
            }}
          />
        )}
      </FormDialog>
    </SectionCard>
  );
}
