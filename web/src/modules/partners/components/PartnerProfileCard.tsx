import { Anchor, Badge, Card, DataList, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Partner } from '../../../api/types';
import { displayUrl, formatDate } from '../../../ui/format';
import { LABELS, labelOf } from '../../../ui/labels';
import { countryName } from '../../../ui/locale';
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

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

const text = (value: string) => value || '—';

export function PartnerProfileCard({ partner }: { partner: Partner }) {
  const isPhone = useIsPhone();
  return (
    <Card aria-label="Company profile">
      <Title order={4} mb="md">
        Company profile
      </Title>
      {partner.description && (
        <Text size="sm" mb="md" style={{ whiteSpace: 'pre-wrap' }}>
          {partner.description}
        </Text>
      )}
      <DataList labelWidth={isPhone ? 112 : 150} withDivider size="sm">
        <Item label="Legal name">{text(partner.legalName)}</Item>
        <Item label="Website">
          {partner.website ? (
            <Anchor href={partner.website} target="_blank" rel="noopener noreferrer" size="sm">
              {displayUrl(partner.website)}
            </Anchor>
          ) : (
            '—'
          )}
        </Item>
        <Item label="Domains">
          <Pills items={partner.domains} />
        </Item>
        <Item label="Partner types">
          <Pills items={partner.types.map((t) => LABELS.partnerType[t])} />
        </Item>
        <Item label="Motion">{LABELS.motion[partner.motion]}</Item>
        <Item label="Designation">{LABELS.designation[partner.designation]}</Item>
        <Item label="Headquarters">{countryName(partner.country)}</Item>
        <Item label="Regions served">
          <Pills items={partner.regions.map((r) => LABELS.region[r])} />
        </Item>
        <Item label="Industries">
          <Pills items={partner.industries} />
        </Item>
        <Item label="Company size">{labelOf(LABELS.companySize, partner.companySize)}</Item>
        <Item label="Segment">{text(partner.segment)}</Item>
        <Item label="Tags">
          <Pills items={partner.tags} />
        </Item>
        <Item label="Status">{LABELS.partnerStatus[partner.status]}</Item>
        <Item label="Partner since">{formatDate(partner.createdAt)}</Item>
      </DataList>
    </Card>
  );
}
