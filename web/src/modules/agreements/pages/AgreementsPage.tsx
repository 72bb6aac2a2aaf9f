import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { formatDay } from '../../../ui/format';
import { ImportButton } from '../../../ui/ImportButton';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type Agreement, useAgreements, useRenewals } from '../api';
import { AGREEMENT_COLUMNS } from '../components/AgreementsCard';

const daysUntil = (day: string) => Math.round((Date.parse(day) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000);

const RENEWAL_COLUMNS: Column<Agreement>[] = [
  {
    key: 'partner',
    header: 'Partner',
    cell: (a) => (
      <Anchor component={Link} to={`/partners/${a.partnerId}`} size="sm">
        {a.partnerName}
      </Anchor>
    ),
  },
  AGREEMENT_COLUMNS[0] as Column<Agreement>,
  {
    key: 'next',
    header: 'Next deadline',
    nowrap: true,
    cell: (a) => {
      const notice = a.noticeDeadline && !a.noticeGivenOn ? a.noticeDeadline : null;
      const day = notice ?? a.endOn ?? '';
      const left = daysUntil(day);
      return (
        <Text size="sm" c={left <= 14 ? 'red' : left <= 30 ? 'orange' : undefined} fw={left <= 30 ? 600 : undefined}>
          {notice ? 'Notice by' : 'Ends'} {formatDay(day)} ({left < 0 ? `${-left} days ago` : `in ${left} days`})
        </Text>
      );
    },
  },
  {
    key: 'renewal',
    header: 'Renewal',
    nowrap: true,
    cell: (a) =>
      a.noticeGivenOn ? <Badge color="orange">Notice given</Badge> : <Text size="sm">{LABELS.renewalType[a.renewalType]}</Text>,
  },
  { key: 'end', header: 'Term ends', nowrap: true, cell: (a) => (a.endOn ? formatDay(a.endOn) : '—') },
];

/** Agreements: the renewals and notice deadlines coming up, then every agreement (a partner's people: their own). */
export function AgreementsPage() {
  const renewals = useRenewals(90);
  const all = useAgreements();
  const user = useCurrentUser();
  return (
    <>
      <PageHeader
        title="Agreements"
        description="Renewals and notice deadlines in the next 90 days, then every agreement."
        actions={<ImportButton kind="agreements" allowed={mayApp(user, 'import:agreements')} />}
      />
      <SectionCard title="Renewals and notice deadlines" label="Renewals and notice deadlines">
        <QueryState query={renewals}>
          {(rows) => (
            <DataTable
              label="Renewals and notice deadlines"
              rows={rows}
              rowName={(a) => a.title}
              columns={RENEWAL_COLUMNS}
              minWidth={720}
              empty={<Empty title="Nothing due in the next 90 days" />}
              card={(a) => ({ title: a.title, subtitle: `${a.partnerName} · ends ${a.endOn ?? '—'}`, to: `/agreements/${a.id}` })}
            />
          )}
        </QueryState>
      </SectionCard>
      <SectionCard title="All agreements" label="All agreements">
        <QueryState query={all}>
          {(rows) => (
            <DataTable
              label="All agreements"
              rows={rows}
              rowName={(a) => a.title}
              columns={[RENEWAL_COLUMNS[0] as Column<Agreement>, ...AGREEMENT_COLUMNS]}
              minWidth={760}
              empty={<Empty title="No agreements yet" />}
              card={(a) => ({
                title: a.title,
                subtitle: `${a.partnerName} · ${LABELS.agreementStatus[a.status]}`,
                to: `/agreements/${a.id}`,
              })}
            />
          )}
        </QueryState>
      </SectionCard>
    </>
  );
}
