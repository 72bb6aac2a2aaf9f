import {
  Anchor,
  Avatar,
  Badge,
  Box,
  Button,
  Card,
  Container,
  Group,
  Image,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCertificate, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { BrandMark } from '../../../ui/BrandMark';
import { displayUrl, initials } from '../../../ui/format';
import { LABELS, looseLabel } from '../../../ui/labels';
import { Empty, ErrorState, PageLoader } from '../../../ui/States';
import { usePublicSettings } from '../../auth/api';
import { logoUrl } from '../../settings/api';
import { type DirectoryFilters, type PublicListing, useDirectoryFilters, usePublicDirectory } from '../api';

function ListingCard({ listing: l }: { listing: PublicListing }) {
  return (
    <Card withBorder radius="md" padding="md" aria-label={l.name}>
      <Group wrap="nowrap" align="flex-start">
        <Avatar src={l.logoUrl} alt="" size={48} radius="sm" color="blue">
          {initials(l.name)}
        </Avatar>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700}>{l.name}</Text>
          <Group gap={4}>
            {l.tiers.length > 0
              ? l.tiers.map((t) => (
                  <Badge key={t.program} size="sm" color={t.color} variant="light" title={t.program}>
                    {l.tiers.length > 1 ? `${t.name} · ${t.program}` : t.name}
                  </Badge>
                ))
              : l.tier && (
                  <Badge size="sm" color={l.tier.color} variant="light">
                    {l.tier.name}
                  </Badge>
                )}
            {l.types.slice(0, 3).map((t) => (
              <Badge key={t} size="sm" variant="outline" color="gray">
                {looseLabel(LABELS.partnerType, t)}
              </Badge>
            ))}
          </Group>
        </Stack>
      </Group>
      {l.description && (
        <Text size="sm" mt="sm" lineClamp={4}>
          {l.description}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        {[l.regions.map((r) => looseLabel(LABELS.region, r)).join(', '), l.industries.join(', ')].filter(Boolean).join(' · ')}
      </Text>
      {l.integrations.length > 0 && (
        <Stack gap={2} mt="sm">
          {l.integrations.map((i) => (
            <Group key={i.name} gap={4} wrap="nowrap">
              <IconCertificate size={14} color="var(--mantine-color-teal-6)" />
              <Text size="xs">
                Certified integration:{' '}
                {i.listingUrl ? (
                  <Anchor href={i.listingUrl} target="_blank" rel="noopener noreferrer" size="xs">
                    {i.name}
                  </Anchor>
                ) : (
                  i.name
                )}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      <Group gap="md" mt="sm">
        {l.website && (
          <Anchor href={l.website} target="_blank" rel="noopener noreferrer" size="sm">
            {displayUrl(l.website)}
          </Anchor>
        )}
        {l.contactEmail && (
          <Anchor href={`mailto:${l.contactEmail}`} size="sm">
            Contact
          </Anchor>
        )}
      </Group>
    </Card>
  );
}

const KEYS = ['q', 'region', 'industry', 'type', 'program', 'tierName', 'tier', 'certification'] as const;

/** The public partner directory (/partners-directory): find a partner by region, industry, type and tier. No sign-in. */
export function PublicDirectoryPage() {
  const settings = usePublicSettings();
  const [params, setParams] = useSearchParams();
  const filters: DirectoryFilters = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? undefined]));
  const [q, setQ] = useState(filters.q ?? '');
  const choices = useDirectoryFilters();
  const results = usePublicDirectory(filters);
  const set = (key: (typeof KEYS)[number], value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const logo = logoUrl(settings.data);
  const listings = results.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Box mih="100vh" bg="gray.0" py="xl">
      <Container size="lg">
        <Stack gap="lg">
          <Stack align="center" gap="xs">
            {logo ? <Image src={logo} alt="" h={48} w="auto" fit="contain" /> : <BrandMark size={40} />}
            <Title order={1} ta="center">
              Find a {settings.data?.vendorName ?? ''} partner
            </Title>
            <Text c="dimmed" ta="center">
              Certified partners near you, in your industry.
            </Text>
          </Stack>
          <Card withBorder radius="md" padding="md">
            <form
              aria-label="Find a partner"
              onSubmit={(e) => {
                e.preventDefault();
                set('q', q.trim() || null);
              }}
            >
              <SimpleGrid cols={{ base: 1, sm: 3, lg: 7 }} spacing="sm">
                <TextInput
                  label="Search"
                  placeholder="Name or service"
                  leftSection={<IconSearch size={14} />}
                  value={q}
                  onChange={(e) => setQ(e.currentTarget.value)}
                  onBlur={() => set('q', q.trim() || null)}
                />
                <Select
                  label="Region"
                  clearable
                  data={(choices.data?.regions ?? []).map((r) => ({ value: r, label: looseLabel(LABELS.region, r) }))}
                  value={filters.region ?? null}
                  onChange={(v) => set('region', v)}
                />
                <Select
                  label="Industry"
                  clearable
                  data={choices.data?.industries ?? []}
                  value={filters.industry ?? null}
                  onChange={(v) => set('industry', v)}
                />
                <Select
                  label="Type"
                  clearable
                  data={(choices.data?.types ?? []).map((t) => ({ value: t, label: looseLabel(LABELS.partnerType, t) }))}
                  value={filters.type ?? null}
                  onChange={(v) => set('type', v)}
                />
                <Select
                  label="Program"
                  clearable
                  data={(choices.data?.programs ?? []).map((p) => ({ value: p.id, label: p.name }))}
                  value={filters.program ?? null}
                  onChange={(v) => set('program', v)}
                />
                <Select
                  label="Tier"
                  clearable
                  description={filters.program ? undefined : 'In any program'}
                  data={
                    filters.program
                      ? (choices.data?.programs.find((p) => p.id === filters.program)?.tiers ?? []).map((t) => t.name)
                      : (choices.data?.tierNames ?? [])
                  }
                  value={filters.tierName ?? null}
                  onChange={(v) => set('tierName', v)}
                />
                <Select
                  label="Certification"
                  clearable
                  placeholder={choices.data?.certifications.length ? undefined : 'None yet'}
                  disabled={!choices.data?.certifications.length}
                  data={choices.data?.certifications ?? []}
                  value={filters.certification ?? null}
                  onChange={(v) => set('certification', v)}
                />
              </SimpleGrid>
            </form>
          </Card>
          {results.isPending ? (
            <PageLoader />
          ) : results.isError ? (
            <ErrorState error={results.error} />
          ) : listings.length === 0 ? (
            <Empty title="No partners match" description="Try fewer filters." />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-label="Partners">
              {listings.map((l) => (
                <ListingCard key={l.id} listing={l} />
              ))}
            </SimpleGrid>
          )}
          {results.hasNextPage && (
            <Group justify="center">
              <Button variant="default" loading={results.isFetchingNextPage} onClick={() => results.fetchNextPage()}>
                More partners
              </Button>
            </Group>
          )}
        </Stack>
      </Container>
    </Box>
  );
}
