import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { accountPlanKeys } from '../api';

/** One line on the portal home: the company's active account plans and their open and overdue actions. */
export function AccountPlansPortalCard() {
  const plans = useQuery({
    queryKey: accountPlanKeys.list({ status: 'active', home: true }),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/account-plans', { params: { query: { status: ['active'], limit: 50 } } }))).data,
  });
  return (
    <SectionCard title="Account plans" label="Account plans">
      <QueryState query={plans}>
        {(rows) => {
          const open = rows.reduce((n, p) => n + p.openActions, 0);
          const overdue = rows.reduce((n, p) => n + p.overdueActions, 0);
          return (
            <Text size="sm">
              {rows.length === 0
                ? 'No active account plan yet. '
                : `${rows.length} active account plan${rows.length === 1 ? '' : 's'}, ${open} open action${open === 1 ? '' : 's'}${overdue ? ` (${overdue} overdue)` : ''}. `}
              <Anchor component={Link} to="/account-plans">
                Open account plans
              </Anchor>
            </Text>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
