import { Anchor, Avatar, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Contact, PersonRef } from '../../../api/types';
import { LABELS } from '../../../ui/labels';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0] ?? '')
    .join('')
    .toUpperCase();
}

export function Person({
  name,
  detail,
  email,
  color = 'blue',
}: {
  name: string;
  detail?: string;
  email?: string;
  color?: string;
}) {
  return (
    <Group gap="sm" wrap="nowrap" miw={0}>
      <Avatar radius="xl" color={color} size={36} style={{ flexShrink: 0 }}>
        {initials(name)}
      </Avatar>
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} truncate>
          {name}
        </Text>
        {detail && (
          <Text size="xs" c="dimmed" truncate>
            {detail}
          </Text>
        )}
        {email && (
          <Anchor href={`mailto:${email}`} size="xs" truncate display="block">
            {email}
          </Anchor>
        )}
      </div>
    </Group>
  );
}

function Block({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

const nobody = (text: string) => (
  <Text size="sm" c="dimmed">
    {text}
  </Text>
);

function VendorPerson({ person }: { person: PersonRef | null }) {
  return person ? <Person name={person.name} detail={LABELS.role[person.role]} email={person.email} /> : nobody('Not assigned');
}

/** Who carries the relationship: the partner manager and the executive sponsors on both sides. */
export function RelationshipCard({
  owner,
  executiveSponsor,
  contacts,
}: {
  owner: PersonRef | null;
  executiveSponsor: PersonRef | null;
  contacts: Contact[] | undefined;
}) {
  const partnerSponsors = (contacts ?? []).filter((c) => c.side === 'partner' && c.isExecutiveSponsor);
  const vendorSponsorContacts = (contacts ?? []).filter((c) => c.side === 'vendor' && c.isExecutiveSponsor);
  return (
    <Card>
      <Title order={4} mb="md">
        Relationship
      </Title>
      <Stack gap="lg">
        <Block label="Partner manager (owner)">
          <VendorPerson person={owner} />
        </Block>
        <Block label="Executive sponsor — our side">
          {executiveSponsor || vendorSponsorContacts.length > 0 ? (
            <>
              {executiveSponsor && <VendorPerson person={executiveSponsor} />}
              {vendorSponsorContacts.map((c) => (
                <Person key={c.id} name={c.name} detail={c.title} email={c.email || undefined} />
              ))}
            </>
          ) : (
            nobody('No executive sponsor')
          )}
        </Block>
        <Block label="Executive sponsor — partner side">
          {partnerSponsors.length > 0
            ? partnerSponsors.map((c) => (
                <Person key={c.id} name={c.name} detail={c.title} email={c.email || undefined} color="teal" />
              ))
            : nobody('No executive sponsor among the contacts')}
        </Block>
      </Stack>
    </Card>
  );
}
