import { Anchor, Badge, Button, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { formatCount, formatDate, formatDateTime } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useCancelLaunch, useLaunch } from '../api';
import { CapturedLeads, ResultsFigures } from '../components/LaunchResults';

/** One launch: its figures, per step, and its landing page. */
export function LaunchPage() {
  const { id = '' } = useParams();
  const launch = useLaunch(id);
  const cancel = useCancelLaunch();
  const vendor = isVendor(useCurrentUser());
  return (
    <QueryState query={launch} notFound="This launch does not exist.">
      {(l) => (
        <Stack gap="md">
          <PageHeader
            title={l.kitName}
            crumbs={[
              { label: 'Marketing', to: '/marketing' },
              ...(vendor ? [{ label: l.kitName, to: `/marketing/kits/${l.kitId}` }] : []),
            ]}
            description={`${l.partnerName} · launched ${formatDate(l.launchedAt)}${l.audienceName ? ` to ${l.audienceName}` : ''}`}
            badges={<Badge>{l.status === 'running' ? 'Sending' : l.status === 'completed' ? 'Completed' : 'Stopped'}</Badge>}
            actions={
              l.can.cancel ? (
                <Button color="red" variant="light" onClick={() => cancel.run(l.id, { success: 'Stopped the launch' })}>
                  Stop sending
                </Button>
              ) : null
            }
          />
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            {(
              [
                ['Contacts', formatCount(l.figures.contacts)],
                ['Sent', formatCount(l.figures.sent)],
                ['Opened', l.figures.openRate === null ? '—' : `${l.figures.openRate}%`],
                ['Clicked', l.figures.clickRate === null ? '—' : `${l.figures.clickRate}%`],
                ['Unsubscribed', formatCount(l.figures.unsubscribed)],
                ['Skipped', formatCount(l.figures.skipped)],
                ['Page visits', formatCount(l.figures.visits)],
                ['Leads', formatCount(l.figures.leads)],
              ] as const
            ).map(([label, value]) => (
              <SectionCard key={label} title={value} label={label}>
                <Text size="sm" c="dimmed">
                  {label}
                </Text>
              </SectionCard>
            ))}
          </SimpleGrid>
          <SectionCard
            title="Pipeline and revenue"
            label="Pipeline and revenue"
            description="The leads this launch captured, the opportunities they became, and what those are worth."
          >
            <Stack gap="md">
              <ResultsFigures results={l.results} />
              <CapturedLeads leads={l.leads} />
            </Stack>
          </SectionCard>
          <SectionCard title="E-mails" label="Sequence">
            <Table.ScrollContainer minWidth={500}>
              <Table aria-label="E-mails of the sequence">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>Subject</Table.Th>
                    <Table.Th>Wait (days)</Table.Th>
                    <Table.Th>Sent</Table.Th>
                    <Table.Th>Opened</Table.Th>
                    <Table.Th>Clicked</Table.Th>
                    <Table.Th>Skipped</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {l.steps.map((s) => (
                    <Table.Tr key={s.step}>
                      <Table.Td>{s.step}</Table.Td>
                      <Table.Td>{s.subject}</Table.Td>
                      <Table.Td>{s.delayDays}</Table.Td>
                      <Table.Td>{s.sent}</Table.Td>
                      <Table.Td>{s.opened}</Table.Td>
                      <Table.Td>{s.clicked}</Table.Td>
                      <Table.Td>{s.skipped}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {l.nextSendAt && (
              <Text size="sm" mt="sm">
                Next e-mails go out {formatDateTime(l.nextSendAt)}.
              </Text>
            )}
          </SectionCard>
          <SectionCard title="Landing page" label="Landing page">
            <Anchor href={l.landingUrl} target="_blank" rel="noopener">
              {l.landingUrl}
            </Anchor>
          </SectionCard>
        </Stack>
      )}
    </QueryState>
  );
}
