import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { formatDay } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { usePartnerEnablement } from '../api';

/** The partner page (both apps): certified people with their badges, and what expires within 60 days. */
export function PartnerEnablementCard({ partnerId }: { partnerId: string }) {
  const summary = usePartnerEnablement(partnerId);
  return (
    <SectionCard title="Certified people" label="Certified people">
      <QueryState query={summary}>
        {(s) => (
          <Stack gap="xs">
            <Text size="sm" data-testid="certified-people">
              {s.certifiedPeople} certified {s.certifiedPeople === 1 ? 'person' : 'people'}, {s.certificationsActive} current
              certification{s.certificationsActive === 1 ? '' : 's'}
              {s.expiringSoon > 0 ? `, ${s.expiringSoon} expiring within 60 days` : ''}
            </Text>
            {s.people.map((p) => (
              <Group key={p.userId} justify="space-between" wrap="nowrap">
                <Text size="sm">{p.name}</Text>
                <Group gap={4}>
                  {p.badges.map((b) => (
                    <Tooltip key={b.certificationId} label={`${b.name}, valid until ${formatDay(b.expiresOn)}`}>
                      <Text span fz="lg" aria-label={b.name} style={{ opacity: b.status === 'expiring' ? 0.6 : 1 }}>
                        {b.emoji}
                      </Text>
                    </Tooltip>
                  ))}
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
