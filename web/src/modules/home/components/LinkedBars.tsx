import { BarsList } from '@mantine/charts';
import { Text } from '@mantine/core';
import { Link } from 'react-router';

export type LinkedBar = { name: string; value: number; color: string; to: string };

/** Horizontal bars where each bar opens the filtered partner list it counts. */
export function LinkedBars({ data, label }: { data: LinkedBar[]; label: string }) {
  if (data.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No partners yet.
      </Text>
    );
  }
  const links = new Map(data.map((d) => [d.name, d.to]));
  return (
    <BarsList
      data={data.map(({ name, value, color }) => ({ name, value, color, variant: 'filled' as const }))}
      barsLabel={label}
      valueLabel="Partners"
      barHeight={30}
      autoContrast
      renderBar={(item, bar) => (
        <Link to={links.get(item.name) ?? '/partners'} style={{ textDecoration: 'none', color: 'inherit', display: 'block' }}>
          {bar}
        </Link>
      )}
    />
  );
}
