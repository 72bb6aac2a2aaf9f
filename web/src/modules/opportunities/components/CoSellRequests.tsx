import { Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDate } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { MoneyText } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { type CoSellRequest, useCoSellRequests, useDecideCoSell } from '../api';

function Decline({ request, onDone }: { request: CoSellRequest; onDone: () => void }) {
  const decide = useDecideCoSell();
  const [reason, setReason] = useState('');
  return (
    <Stack>
      <Textarea
        label="Reason"
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          color="red"
          disabled={!reason.trim()}
          loading={decide.isPending}
          onClick={() =>
            decide.run({ id: request.id, accept: false, reason: reason.trim() }, { success: 'Declined', onSuccess: onDone })
          }
        >
          Decline
        </Button>
      </Group>
    </Stack>
  );
}

/** Co-sell requests both ways: a partner's asks and the vendor's invitations, decided by their addressee. */
export function CoSellRequests({ vendor }: { vendor: boolean }) {
  const requests = useCoSellRequests();
  const decide = useDecideCoSell();
  const dialog = useDialog<CoSellRequest>();
  return (
    <SectionCard
      title="Co-sell requests"
      label="Co-sell requests"
      description={
        vendor
          ? 'Partners asking you to co-sell their deals, and your invitations to partners.'
          : 'Your requests to the vendor, and the vendor’s invitations to co-sell.'
      }
    >
      <QueryState query={requests}>
        {(rows) =>
          rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              No co-sell requests yet.
            </Text>
          ) : (
            <DataTable
              label="Co-sell requests"
              rows={rows}
              rowName={(r) => r.title}
              columns={[
                {
                  key: 'what',
                  header: 'Deal',
                  cell: (r) => (
                    <Stack gap={0}>
                      {r.opportunityId ? (
                        <Text size="sm" fw={600} component={Link} to={`/opportunities/${r.opportunityId}`}>
                          {r.title}
                        </Text>
                      ) : (
                        <Text size="sm" fw={600}>
                          {r.title}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {r.customer.name}
                        {vendor ? ` · ${r.partnerName}` : ''} ·{' '}
                        {r.direction === 'from_partner'
                          ? vendor
                            ? 'asked by the partner'
                            : 'asked by you'
                          : vendor
                            ? 'your invitation'
                            : 'invitation from the vendor'}
                      </Text>
                    </Stack>
                  ),
                },
                { key: 'role', header: 'Role', cell: (r) => LABELS.involvementRole[r.role] },
                {
                  key: 'amount',
                  header: 'Amount',
                  nowrap: true,
                  cell: (r) =>
                    r.amount !== null && r.currency ? <MoneyText value={{ amount: r.amount, currency: r.currency }} /> : '—',
                },
                {
                  key: 'status',
                  header: 'Status',
                  cell: (r) => (
                    <Stack gap={0}>
                      <Badge color={COLORS.coSellStatus[r.status]}>{LABELS.coSellStatus[r.status]}</Badge>
                      {r.decisionReason && (
                        <Text size="xs" c="dimmed">
                          {r.decisionReason}
                        </Text>
                      )}
                    </Stack>
                  ),
                },
                { key: 'when', header: 'Asked', nowrap: true, cell: (r) => formatDate(r.createdAt) },
              ]}
              minWidth={760}
              actionsVariant="buttons"
              card={(r) => ({
                title: r.title,
                subtitle: `${r.customer.name}${vendor ? ` · ${r.partnerName}` : ''}`,
                aside: <Badge color={COLORS.coSellStatus[r.status]}>{LABELS.coSellStatus[r.status]}</Badge>,
                ...(r.opportunityId ? { to: `/opportunities/${r.opportunityId}` } : {}),
              })}
              actions={(r) => [
                {
                  label: 'Accept',
                  allowed: r.can.accept,
                  loading: decide.isPending,
                  onClick: () => decide.run({ id: r.id, accept: true }, { success: 'Accepted' }),
                },
                { label: 'Decline', color: 'red', allowed: r.can.decline, onClick: () => dialog.open(r) },
              ]}
            />
          )
        }
      </QueryState>
      <FormDialog dialog={dialog} title={() => 'Decline the co-sell request'}>
        {(r) => r && <Decline request={r} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}
