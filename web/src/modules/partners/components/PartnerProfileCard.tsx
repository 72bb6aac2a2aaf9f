import { Anchor, Badge, DataList, Group, Text } from '@mantine/core';
import type { Partner } from '../../../api/types';
import { Fact } from '../../../ui/Fact';
import { displayUrl, formatDate } from '../../../ui/format';
import { LABELS, labelOf } from '../../../ui/labels';
import { countryName } from '../../../ui/locale';
import { SectionCard } from '../../../ui/SectionCard';
import { useIsPhone } from '../../../ui/useIsPhone';

function Pills({ items }: { items: string[] }) {
  if (items.length === 0) return <Text c="dimmed">—</Text>;
  return (
    <Group gap={4}>
      {items.map((item) => (
        <Badge key={item} variant="light" color="gray" tt="none" fw={500}>
          {item}
        </Badge>
      ))}
    </Group>
  );
}

const text = (value: string) => value || '—';

export function PartnerProfileCard({ partner }: { partner: Partner }) {
  const isPhone = useIsPhone();
  return (
    <SectionCard title="Company profile" label="Company profile">
      {partner.description && (
        <Text size="sm" mb="md" style={{ whiteSpace: 'pre-wrap' }}>
          {partner.description}
        </Text>
      )}
      <DataList labelWidth={isPhone ? 112 : 150} withDivider size="sm">
        <Fact label="Legal name">{text(partner.legalName)}</Fact>
        <Fact label="Website">
          {partner.website ? (
            <Anchor href={partner.website} target="_blank" rel="noopener noreferrer" size="sm">
              {displayUrl(partner.website)}
            </Anchor>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label="Domains">
          <Pills items={partner.domains} />
        </Fact>
        <Fact label="Partner types">
          <Pills items={partner.types.map((t) => LABELS.partnerType[t])} />
        </Fact>
        <Fact label="Motion">{LABELS.motion[partner.motion]}</Fact>
        <Fact label="Designation">{LABELS.designation[partner.designation]}</Fact>
        <Fact label="Headquarters">{countryName(partner.country)}</Fact>
        <Fact label="Regions served">
          <Pills items={partner.regions.map((r) => LABELS.region[r])} />
        </Fact>
        <Fact label="Industries">
          <Pills items={partner.industries} />
        </Fact>
        <Fact label="Company size">{labelOf(LABELS.companySize, partner.companySize)}</Fact>
        <Fact label="Segment">{text(partner.segment)}</Fact>
        <Fact label="Tags">
          <Pills items={partner.tags} />
        </Fact>
        <Fact label="Status">{LABELS.partnerStatus[partner.status]}</Fact>
        <Fact label="Partner since">{formatDate(partner.createdAt)}</Fact>
      </DataList>
    </SectionCard>
  );
}
