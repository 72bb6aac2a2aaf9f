import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDay } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import type { Certificate } from '../api';

/** Certificates with their badge, validity and a download link. */
export function CertificateList({ certificates, showHolder = false }: { certificates: Certificate[]; showHolder?: boolean }) {
  return (
    <Stack gap="sm">
      {certificates.map((c) => (
        <Group key={c.id} justify="space-between" wrap="nowrap" aria-label={`Certificate ${c.certificationName}`}>
          <Group gap="sm" wrap="nowrap">
            <Text fz={28} aria-hidden>
              {c.badge.emoji}
            </Text>
            <Stack gap={0}>
              <Anchor component={Link} to={`/learning/certificates/${c.id}`} fw={600}>
                {c.certificationName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {showHolder ? `${c.userName} · ` : ''}
                {c.number} · valid until {formatDay(c.expiresOn)}
              </Text>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Badge color={COLORS.certificateStatus[c.status]}>{LABELS.certificateStatus[c.status]}</Badge>
            <Button
              size="xs"
              variant="subtle"
              component="a"
              href={c.downloadUrl}
              download
              leftSection={<IconDownload size={14} />}
              aria-label={`Download certificate ${c.number}`}
            >
              PDF
            </Button>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
