import { DataList, Stack, Text } from '@mantine/core';
import type { Partner } from '../../../api/types';
import { Fact, Labelled } from '../../../ui/Fact';
import { formatDate } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { Person } from '../../../ui/Person';
import { SectionCard } from '../../../ui/SectionCard';
import { StageBadge } from '../../partners/components/PartnerBadges';
import { TierBadge } from '../../settings/components/TierBadge';

/** Where the company stands in the vendor's program, and who to call. */
export function ProgramCard({ partner, vendorName }: { partner: Partner; vendorName: string }) {
  return (
    <SectionCard title="Your partnership">
      <Stack gap="md">
        <DataList size="sm" labelWidth={110}>
          <Fact label="Tier">
            <TierBadge tier={partner.tier} />
          </Fact>
          <Fact label="Stage">
            <StageBadge stage={partner.lifecycleStage} />
          </Fact>
          <Fact label="Program">
            {LABELS.motion[partner.motion]} · {LABELS.designation[partner.designation]}
          </Fact>
          <Fact label="Partner since">{formatDate(partner.createdAt)}</Fact>
        </DataList>
        <Labelled label={`Your partner manager at ${vendorName}`}>
          {partner.owner ? (
            <Person name={partner.owner.name} email={partner.owner.email} detail="Partner manager" />
          ) : (
            <Text size="sm" c="dimmed">
              Not assigned yet
            </Text>
          )}
        </Labelled>
        {partner.executiveSponsor && (
          <Labelled label={`Executive sponsor at ${vendorName}`}>
            <Person name={partner.executiveSponsor.name} email={partner.executiveSponsor.email} detail="Executive sponsor" />
          </Labelled>
        )}
      </Stack>
    </SectionCard>
  );
}
