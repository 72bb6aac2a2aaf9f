import { Grid } from '@mantine/core';
import { useParams } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { Labelled as Fact } from '../../../ui/Fact';
import { LABELS } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { usePagedList } from '../../../ui/usePagedList';
import { AccountPlansCard } from '../../account-plans/components/AccountPlansCard';
import { type Account, opportunityList, useAccount } from '../api';
import { opportunityColumns } from '../components/OpportunityColumns';

function View({ a }: { a: Account }) {
  const list = usePagedList(opportunityList, () => ({ accountId: a.id }));
  return (
    <>
      <PageHeader title={a.name} crumbs={[{ label: 'Pipeline', to: '/opportunities' }]} />
      <SectionCard title="The account" label="The account">
        <Grid>
          <Grid.Col span={6}>
            <Fact label="Domain">{[a.domain, ...a.otherDomains].filter(Boolean).join(', ') || '—'}</Fact>
          </Grid.Col>
          <Grid.Col span={6}>
            <Fact label="Segment">{a.segment || '—'}</Fact>
          </Grid.Col>
          <Grid.Col span={6}>
            <Fact label="Industry">{a.industry || '—'}</Fact>
          </Grid.Col>
          <Grid.Col span={6}>
            <Fact label="Owner">{a.owner?.name ?? '—'}</Fact>
          </Grid.Col>
        </Grid>
      </SectionCard>
      <AccountPlansCard accountId={a.id} />
      <PagedList
        list={list}
        noun={['opportunity', 'opportunities']}
        loading="Loading opportunities…"
        empty={{ title: 'No opportunities', description: 'No opportunity with this customer yet.' }}
      >
        {(rows) => (
          <DataTable
            label="Opportunities of the account"
            framed
            rows={rows}
            columns={opportunityColumns(true)}
            minWidth={900}
            card={(o) => ({
              title: `${o.number} · ${o.title}`,
              subtitle: o.stage ? LABELS.opportunityStage[o.stage] : '',
              to: `/opportunities/${o.id}`,
            })}
          />
        )}
      </PagedList>
    </>
  );
}

export function AccountPage() {
  const { id = '' } = useParams();
  const account = useAccount(id);
  return (
    <QueryState query={account} notFound={<NotFoundState what="Account" backTo="/opportunities" backLabel="Pipeline" />}>
      {(a) => <View a={a} />}
    </QueryState>
  );
}
