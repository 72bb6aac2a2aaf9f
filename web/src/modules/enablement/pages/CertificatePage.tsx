import { Badge, Button, Grid, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { Labelled } from '../../../ui/Fact';
import { formatDay } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { useCertificate } from '../api';

/** One certificate: who holds what until when, with the PDF to download. */
export function CertificatePage() {
  const { id = '' } = useParams();
  const certificate = useCertificate(id);
  return (
    <QueryState query={certificate} notFound={<NotFoundState what="Certificate" backTo="/learning" backLabel="Go to learning" />}>
      {(c) => (
        <>
          <PageHeader
            title={`${c.badge.emoji} ${c.certificationName}`}
            crumbs={[{ label: 'Learning', to: '/learning' }]}
            badges={
              <>
                <Badge color={COLORS.certificationLevel[c.level]}>{LABELS.certificationLevel[c.level]}</Badge>
                <Badge color={COLORS.certificateStatus[c.status]}>{LABELS.certificateStatus[c.status]}</Badge>
              </>
            }
            actions={
              <Button component="a" href={c.downloadUrl} download leftSection={<IconDownload size={16} />}>
                Download certificate
              </Button>
            }
          />
          <SectionCard title="Certificate">
            <Grid>
              {[
                ['Holder', c.userName],
                ['Company', c.partnerName],
                ['Number', c.number],
                ['Issued', formatDay(c.issuedOn)],
                ['Valid until', formatDay(c.expiresOn)],
                ['Days left', c.daysToExpiry > 0 ? String(c.daysToExpiry) : 'Expired'],
              ].map(([label, value]) => (
                <Grid.Col key={label} span={{ base: 12, sm: 6 }}>
                  <Labelled label={label ?? ''}>
                    <Text size="sm">{value}</Text>
                  </Labelled>
                </Grid.Col>
              ))}
            </Grid>
            {c.status === 'expiring' && (
              <Group mt="md">
                <Text size="sm" c="yellow.8">
                  Renew it before it expires: see the certification's renewal path under Learning.
                </Text>
              </Group>
            )}
          </SectionCard>
        </>
      )}
    </QueryState>
  );
}
