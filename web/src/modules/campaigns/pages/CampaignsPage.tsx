import { Anchor, Badge, Button, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { MoneyText } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isPartnerSide, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type Campaign, OWNER_LABELS, STATUS_COLORS, STATUS_LABELS, TYPE_LABELS, useCampaigns } from '../api';
import { CampaignCalendar, monthRange } from '../components/CampaignCalendar';
import { CampaignForm } from '../components/CampaignForm';

export function CampaignTable({ rows, showPartner }: { rows: Campaign[]; showPartner: boolean }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Campaigns">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Campaign</Table.Th>
            {showPartner && <Table.Th>Partner</Table.Th>}
            <Table.Th>Dates</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Budget (vendor / partner)</Table.Th>
            <Table.Th>Leads</Table.Th>
            <Table.Th>Pipeline</Table.Th>
            <Table.Th>Won</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/campaigns/${c.id}`}>
                  {c.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {TYPE_LABELS[c.type]} · {OWNER_LABELS[c.ownerSide]}
                </Text>
              </Table.Td>
              {showPartner && <Table.Td>{c.partnerName}</Table.Td>}
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {c.startsOn} – {c.endsOn}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[c.status]}>
                  {STATUS_LABELS[c.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <MoneyText value={c.budget} />
                <Text size="xs" c="dimmed">
                  <MoneyText value={c.vendorShare} /> / <MoneyText value={c.partnerShare} />
                </Text>
              </Table.Td>
              <Table.Td>
                {c.results.leads}
                {c.goalLeads !== null && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    / {c.goalLeads}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <MoneyText value={c.results.pipeline} dimmedWhenZero />
              </Table.Td>
              <Table.Td>
                <MoneyText value={c.results.won} dimmedWhenZero />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The shared campaign calendar and list: vendor staff see every partner's, a partner's people their own. */
export function CampaignsPage() {
  const user = useCurrentUser();
  const portal = isPartnerSide(user);
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? new Date().toISOString().slice(0, 7);
  const [view, setView] = useState<'calendar' | 'list'>((params.get('view') as 'list') ?? 'calendar');
  const inMonth = useCampaigns(monthRange(month));
  const all = useCampaigns({});
  const dialog = useDialog();
  const canPlan = portal ? mayApp(user, 'proposeCampaigns') : mayApp(user, 'planCampaigns');
  const setMonth = (m: string) =>
    setParams(
      (p) => {
        p.set('month', m);
        return p;
      },
      { replace: true },
    );
  return (
    <>
      <PageHeader
        title="Campaigns"
        description={
          portal
            ? 'Joint marketing with the vendor: webinars, events, e-mail, digital and content campaigns, who funds what, and the leads they bring.'
            : 'Joint marketing campaigns with partners on one calendar: who runs them, the budget split, and the leads, pipeline and revenue they generated.'
        }
        actions={
          <Group>
            <SegmentedControl
              aria-label="View"
              value={view}
              onChange={(v) => setView(v as 'calendar' | 'list')}
              data={[
                { value: 'calendar', label: 'Calendar' },
                { value: 'list', label: 'List' },
              ]}
            />
            {canPlan && <Button onClick={() => dialog.open(null)}>{portal ? 'Propose a campaign' : 'Plan a campaign'}</Button>}
          </Group>
        }
      />
      {view === 'calendar' ? (
        <SectionCard title="Calendar">
          <QueryState query={inMonth}>
            {(rows) => <CampaignCalendar month={month} onMonth={setMonth} campaigns={rows} showPartner={!portal} />}
          </QueryState>
        </SectionCard>
      ) : (
        <QueryState query={all}>
          {(rows) =>
            rows.length === 0 ? (
              <Empty
                title="No campaigns yet"
                description={portal ? 'Propose one: your partner manager approves it.' : 'Plan one with a partner.'}
              />
            ) : (
              <CampaignTable rows={rows} showPartner={!portal} />
            )
          }
        </QueryState>
      )}
      <FormDialog dialog={dialog} title={portal ? 'Propose a campaign' : 'Plan a campaign'} size="lg">
        {() => <CampaignForm partnerId={portal ? (user.partnerId ?? '') : null} proposing={portal} onDone={dialog.close} />}
      </FormDialog>
    </>
  );
}
