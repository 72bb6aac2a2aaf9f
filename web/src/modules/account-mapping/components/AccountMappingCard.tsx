import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useAccountMapping } from '../api';

/** One line on the portal home: how many of the partner's accounts overlap with the vendor's. */
export function AccountMappingCard({ partnerId }: { partnerId: string }) {
  const mapping = useAccountMapping(partnerId);
  return (
    <SectionCard title="Account mapping" label="Account mapping">
      <QueryState query={mapping}>
        {(m) => {
          const customers = m.matrix.find((c) => c.vendorPopulation === 'customer' && c.partnerPopulation === 'customer')?.count;
          return (
            <Text size="sm">
              {m.overlapTotal === null
                ? 'Nothing shared with you yet. '
                : `${m.overlapTotal} overlapping accounts${customers != null ? `, ${customers} shared customers` : ''}. `}
              <Anchor component={Link} to="/account-mapping">
                Open account mapping
              </Anchor>
            </Text>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
