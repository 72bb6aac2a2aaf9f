import { Card, DataList, Stack, Text, Title } from '@mantine/core';
import type { Partner } from '../../../api/types';
import { formatDate } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { StageBadge } from '../../partners/components/PartnerBadges';
import { Person } from '../../partners/components/RelationshipCard';
import { TierBadge } from '../../settings/components/TierBadge';

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
              {LABELS.motion[partner.motion]} · {LABELS.designation[partner.designation]}
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
