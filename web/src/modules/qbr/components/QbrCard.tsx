import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconPresentation } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatAmount } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { qbrPdfHref, useQbr } from '../api';

/** The partner 360's (and portal home's) card: last quarter's headline, the page and the PDF. */
export function QbrCard({ partnerId, base }: { partnerId: string; base: string }) {
  const pack = useQbr(partnerId, null);
  return (
    <SectionCard title="QBR pack" label="QBR pack" description="The quarterly business review, generated from live data.">
      <QueryState query={pack} loading="Loading the QBR pack">
        {(p) => (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {p.quarter.label}: {formatAmount(p.revenue.won)} won
              {p.revenue.attainment !== null ? ` · ${p.revenue.attainment}% of target` : ''}
            </Text>
            {p.highlights[0] && (
              <Text
                size="xs"
                c={p.highlights[0].tone === 'negative' ? 'red' : p.highlights[0].tone === 'positive' ? 'teal' : 'dimmed'}
              >
                {p.highlights[0].text}
              </Text>
            )}
            <Group gap="xs">
              <Button component={Link} to={base} size="xs" leftSection={<IconPresentation size={14} />}>
                Open QBR
              </Button>
              <Button
                component="a"
                href={qbrPdfHref(partnerId, p.quarter.key)}
                variant="default"
                size="xs"
                leftSection={<IconDownload size={14} />}
              >
                Download PDF
              </Button>
            </Group>
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
