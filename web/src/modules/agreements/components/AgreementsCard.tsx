import { Anchor, Badge, Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDay } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { type Agreement, usePartnerAgreements } from '../api';
import { NewAgreementForm } from './AgreementForm';

export const AGREEMENT_COLUMNS: Column<Agreement>[] = [
  {
    key: 'title',
    header: 'Agreement',
    cell: (a) => (
      <Anchor component={Link} to={`/agreements/${a.id}`} size="sm" fw={600}>
        {a.title}
      </Anchor>
    ),
  },
  { key: 'type', header: 'Type', nowrap: true, cell: (a) => LABELS.agreementType[a.type] },
  {
    key: 'status',
    header: 'Status',
    nowrap: true,
    cell: (a) => <Badge color={COLORS.agreementStatus[a.status]}>{LABELS.agreementStatus[a.status]}</Badge>,
  },
  {
    key: 'term',
    header: 'Term',
    nowrap: true,
    cell: (a) => `${formatDay(a.startOn)} – ${a.endOn ? formatDay(a.endOn) : 'open-ended'}`,
  },
  {
    key: 'notice',
    header: 'Notice by',
    nowrap: true,
    cell: (a) =>
      a.noticeDeadline && !a.noticeGivenOn ? (
        formatDay(a.noticeDeadline)
      ) : (
        <Text size="sm" c="dimmed">
          {a.noticeGivenOn ? `Notice given ${formatDay(a.noticeGivenOn)}` : '—'}
        </Text>
      ),
  },
];

/** A partner's agreements on its page; whoever manages the partner drafts new ones. */
export function AgreementsCard({ partnerId, canDraft }: { partnerId: string; canDraft: boolean }) {
  const agreements = usePartnerAgreements(partnerId);
  const drafting = useDialog<null>();
  return (
    <SectionCard
      title="Agreements"
      label="Agreements"
      action={
        canDraft ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => drafting.open(null)}>
            New agreement
          </Button>
        ) : undefined
      }
    >
      <QueryState query={agreements} loading="Loading agreements…">
        {(rows) => (
          <DataTable
            label="Partner agreements"
            rows={rows}
            rowName={(a) => a.title}
            columns={AGREEMENT_COLUMNS}
            minWidth={640}
            empty={<Empty title="No agreements yet" description="NDAs, reseller and alliance agreements show here." />}
            card={(a) => ({
              title: a.title,
              subtitle: `${LABELS.agreementType[a.type]} · ${LABELS.agreementStatus[a.status]}`,
              to: `/agreements/${a.id}`,
            })}
          />
        )}
      </QueryState>
      <FormDialog dialog={drafting} size="xl" title="New agreement">
        {() => <NewAgreementForm partnerId={partnerId} onDone={drafting.close} />}
      </FormDialog>
    </SectionCard>
  );
}
