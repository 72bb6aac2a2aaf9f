import { Card, DataList, Stack, Text, Title } from '@mantine/core';
import type { Partner } from '../../../api/types';
import { StageBadge, TierBadge } from '../../../ui/Badges';
import { formatDate } from '../../../ui/format';
import { DESIGNATION_LABELS, MOTION_LABELS } from '../../../ui/labels';
import { Person } from '../../partners/components/RelationshipCard';

/** Where the company stands in the vendor's program, and who to call. */
export function ProgramCard({ partner, vendorName }: { partner: Partner; vendorName: string }) {
  return (
    <Card>
      <Title order={4} mb="md">
        Your partnership
      </Title>
      <Stack gap="md">
        <DataList size="sm" labelWidth={110}>
          <DataList.Item>
            <DataList.ItemLabel>Tier</DataList.ItemLabel>
            <DataList.ItemValue>
              <TierBadge tier={partner.tier} />
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Stage</DataList.ItemLabel>
            <DataList.ItemValue>
              <StageBadge stage={partner.lifecycleStage} />
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Program</DataList.ItemLabel>
            <DataList.ItemValue>
              {MOTION_LABELS[partner.motion]} · {DESIGNATION_LABELS[partner.designation]}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Partner since</DataList.ItemLabel>
            <DataList.ItemValue>{formatDate(partner.createdAt)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={6}>
            Your partner manager at {vendorName}
          </Text>
          {partner.owner ? (
            <Person name={partner.owner.name} email={partner.owner.email} detail="Partner manager" />
          ) : (
            <Text size="sm" c="dimmed">
              Not assigned yet
            </Text>
          )}
        </div>
        {partner.executiveSponsor && (
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={6}>
              Executive sponsor at {vendorName}
            </Text>
            <Person name={partner.executiveSponsor.name} email={partner.executiveSponsor.email} detail="Executive sponsor" />
          </div>
        )}
      </Stack>
    </Card>
  );
}
