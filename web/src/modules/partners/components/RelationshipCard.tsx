import { Stack, Text } from '@mantine/core';
import type { Contact, PersonRef } from '../../../api/types';
import { Labelled } from '../../../ui/Fact';
import { LABELS } from '../../../ui/labels';
import { Person } from '../../../ui/Person';
import { SectionCard } from '../../../ui/SectionCard';

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
    <SectionCard title="Relationship">
      <Stack gap="lg">
        <Labelled label="Partner manager (owner)">
          <VendorPerson person={owner} />
        </Labelled>
        <Labelled label="Executive sponsor — our side">
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
        </Labelled>
        <Labelled label="Executive sponsor — partner side">
          {partnerSponsors.length > 0
            ? partnerSponsors.map((c) => (
                <Person key={c.id} name={c.name} detail={c.title} email={c.email || undefined} color="teal" />
              ))
            : nobody('No executive sponsor among the contacts')}
        </Labelled>
      </Stack>
    </SectionCard>
  );
}
