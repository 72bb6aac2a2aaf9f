import { Anchor, Group, RingProgress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { usePartnerFit } from '../api';
import { fitColor } from '../labels';
import { FitReasons } from './FitBadge';

/** Partner 360, vendor side: how well the partner fits the Ideal Partner Profile, and why. */
export function FitCard({ partnerId }: { partnerId: string }) {
  const fit = usePartnerFit(partnerId);
  return (
    <SectionCard
      title="Fit"
      description="Against the Ideal Partner Profile; partners never see it."
      action={
        <Anchor component={Link} to="/recruitment/profile" size="sm">
          Profile
        </Anchor>
      }
    >
      <QueryState query={fit}>
        {(f) =>
          f.profileDefined ? (
            <Group align="flex-start" wrap="nowrap">
              <RingProgress
                size={72}
                thickness={7}
                roundCaps
                sections={[{ value: f.score, color: fitColor(f.score) }]}
                label={
                  <Text ta="center" fw={700} size="lg" aria-label={`Fit ${f.score} of 100`}>
                    {f.score}
                  </Text>
                }
              />
              <Stack gap={4} style={{ flex: 1 }}>
                <FitReasons reasons={f.reasons} />
              </Stack>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              No Ideal Partner Profile yet: define its criteria to score every partner.
            </Text>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
