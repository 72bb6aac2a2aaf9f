import { Box, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import { LABELS } from '../../../ui/labels';
import type { RiskHeatMap } from '../api';

const BAND_BACKGROUND: Record<string, string> = {
  low: 'var(--mantine-color-teal-1)',
  medium: 'var(--mantine-color-yellow-2)',
  significant: 'var(--mantine-color-orange-3)',
  high: 'var(--mantine-color-red-4)',
};

/**
 * The 5 × 5 risk heat map: likelihood up the side (5 almost certain at the top), impact along the
 * bottom (5 severe at the right), each cell the count of live risks there, coloured by its band.
 * A cell opens the register filtered to it (and to the partner, when the map is one partner's).
 */
export function HeatMap({ map, size = 'md' }: { map: RiskHeatMap; size?: 'sm' | 'md' }) {
  const navigate = useNavigate();
  const cell = size === 'sm' ? 34 : 52;
  const open = (likelihood: number, impact: number) => {
    const params = new URLSearchParams({ likelihood: String(likelihood), impact: String(impact), live: 'true' });
    if (map.partnerId) params.set('partnerId', map.partnerId);
    navigate(`/risks?${params.toString()}`);
  };
  return (
    <Box role="grid" aria-label="Risk heat map: likelihood by impact">
      <Group gap={6} align="stretch" wrap="nowrap">
        <Text size="xs" c="dimmed" style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center' }}>
          Likelihood →
        </Text>
        <Box>
          <Box style={{ display: 'grid', gridTemplateColumns: `16px repeat(5, ${cell}px)`, gap: 3 }}>
            {[5, 4, 3, 2, 1].map((likelihood) => (
              <Box key={likelihood} role="row" style={{ display: 'contents' }}>
                <Text size="xs" c="dimmed" style={{ alignSelf: 'center' }}>
                  {likelihood}
                </Text>
                {map.cells
                  .filter((c) => c.likelihood === likelihood)
                  .map((c) => (
                    <Tooltip
                      key={`${c.likelihood}:${c.impact}`}
                      label={`Likelihood ${c.likelihood} × impact ${c.impact} = ${c.likelihood * c.impact} (${LABELS.riskBand[c.band]}): ${c.count} live risk${c.count === 1 ? '' : 's'}`}
                    >
                      <UnstyledButton
                        role="gridcell"
                        aria-label={`Likelihood ${c.likelihood}, impact ${c.impact}: ${c.count} risks`}
                        data-count={c.count}
                        onClick={() => open(c.likelihood, c.impact)}
                        style={{
                          height: cell,
                          borderRadius: 4,
                          background: BAND_BACKGROUND[c.band],
                          opacity: c.count === 0 ? 0.45 : 1,
                          display: 'flex',
                          alignItems: 'center',
                          justifyContent: 'center',
                          fontWeight: 700,
                          fontSize: size === 'sm' ? 12 : 15,
                        }}
                      >
                        {c.count > 0 ? c.count : ''}
                      </UnstyledButton>
                    </Tooltip>
                  ))}
              </Box>
            ))}
            <span />
            {[1, 2, 3, 4, 5].map((impact) => (
              <Text key={impact} size="xs" c="dimmed" ta="center">
                {impact}
              </Text>
            ))}
          </Box>
          <Text size="xs" c="dimmed" ta="center" mt={2}>
            Impact →
          </Text>
        </Box>
      </Group>
    </Box>
  );
}
