import {
  Autocomplete,
  Button,
  Card,
  Group,
  Input,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import type {
  CompanySize,
  Designation,
  LifecycleStage,
  Motion,
  Partner,
  PartnerStatus,
  PartnerType,
  Region,
} from '../../../api/types';
import { showFormErrors } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { countryOptions } from '../../../ui/locale';
import { mayOwnPartners, maySponsorPartners } from '../../auth/permissions';
import { useTiers } from '../../settings/api';
import { staffOptions, useVendorStaff } from '../../users/api';

export type PartnerFormValues = {
  name: string;
  legalName: string;
  website: string;
  description: string;
  domains: string[];
  types: PartnerType[];
  motion: Motion;
  designation: Designation;
  country: string | null;
  regions: Region[];
  industries: string[];
  companySize: CompanySize | null;
  status: PartnerStatus;
  tags: string[];
  segment: string;
  tierId: string | null;
  ownerId: string | null;
  executiveSponsorId: string | null;
  lifecycleStage: LifecycleStage;
};

/** create: every field and the starting stage; edit: every field; profile: what a partner's own admin may change. */
export type PartnerFormMode = 'create' | 'edit' | 'profile';

export const PROFILE_FIELDS = ['legalName', 'website', 'description', 'country', 'regions', 'industries', 'companySize'] as const;
const ALL_FIELDS = Object.keys({
  name: 0,
  legalName: 0,
  website: 0,
  description: 0,
  domains: 0,
  types: 0,
  motion: 0,
  designation: 0,
  country: 0,
  regions: 0,
  industries: 0,
  companySize: 0,
  status: 0,
  tags: 0,
  segment: 0,
  tierId: 0,
  ownerId: 0,
  executiveSponsorId: 0,
  lifecycleStage: 0,
} satisfies Record<keyof PartnerFormValues, 0>);

const INDUSTRY_SUGGESTIONS = [
  'Automotive',
  'Education',
  'Energy',
  'Financial services',
  'Healthcare',
  'Hospitality',
  'Insurance',
  'Life sciences',
  'Manufacturing',
  'Media',
  'Non-profit',
  'Professional services',
  'Public sector',
  'Real estate',
  'Retail',
  'Technology',
  'Telecommunications',
  'Transportation and logistics',
];
const SEGMENT_SUGGESTIONS = ['SMB', 'Mid-market', 'Enterprise', 'Public sector', 'Strategic accounts'];

export function emptyPartnerValues(ownerId: string | null): PartnerFormValues {
  return {
    name: '',
    legalName: '',
    website: '',
    description: '',
    domains: [],
    types: [],
    motion: 'channel',
    designation: 'standard',
    country: null,
    regions: [],
    industries: [],
    companySize: null,
    status: 'active',
    tags: [],
    segment: '',
    tierId: null,
    ownerId,
    executiveSponsorId: null,
    lifecycleStage: 'prospect',
  };
}

export function partnerToValues(p: Partner): PartnerFormValues {
  return {
    name: p.name,
    legalName: p.legalName,
    website: p.website,
    description: p.description,
    domains: p.domains,
    types: p.types,
    motion: p.motion,
    designation: p.designation,
    country: p.country,
    regions: p.regions,
    industries: p.industries,
    companySize: p.companySize,
    status: p.status,
    tags: p.tags,
    segment: p.segment,
    tierId: p.tierId,
    ownerId: p.ownerId,
    executiveSponsorId: p.executiveSponsorId,
    lifecycleStage: p.lifecycleStage,
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <Title order={4} mb="md">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

const WEB_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export function PartnerForm({
  mode,
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  mode: PartnerFormMode;
  initialValues: PartnerFormValues;
  submitLabel: string;
  onSubmit: (values: PartnerFormValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const vendorFields = mode !== 'profile';
  const tiers = useTiers();
  const staff = useVendorStaff(vendorFields);
  const form = useForm<PartnerFormValues>({
    initialValues,
    validate: {
      name: (v) => (!vendorFields || v.trim() ? null : 'Enter the partner’s name'),
      website: (v) => (!v.trim() || WEB_URL.test(v.trim()) ? null : 'Enter a full address starting with https://'),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      showFormErrors(form, error, ALL_FIELDS);
    }
  });

  return (
    <form onSubmit={submit} noValidate style={{ maxWidth: 980 }}>
      <Stack gap="md">
        <Section title="Company">
          {vendorFields && <TextInput label="Name" required placeholder="Northwind Systems" {...form.getInputProps('name')} />}
          <TextInput label="Legal name" placeholder="Northwind Systems Inc." {...form.getInputProps('legalName')} />
          <TextInput label="Website" placeholder="https://www.example.com" {...form.getInputProps('website')} />
          <Textarea label="Description" autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
          {vendorFields && (
            <TagsInput
              label="Domains"
              description="The company's e-mail and web domains; press Enter after each"
              placeholder="example.com"
              clearable
              {...form.getInputProps('domains')}
            />
          )}
        </Section>

        {vendorFields && (
          <Section title="Classification">
            <MultiSelect
              label="Partner types"
              placeholder="Choose one or more"
              data={optionsOf(LABELS.partnerType)}
              searchable
              clearable
              {...form.getInputProps('types')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Input.Wrapper label="Motion" error={form.errors.motion}>
                <SegmentedControl
                  fullWidth
                  aria-label="Motion"
                  data={optionsOf(LABELS.motion)}
                  {...form.getInputProps('motion')}
                />
              </Input.Wrapper>
              <Select
                label="Designation"
                data={optionsOf(LABELS.designation)}
                allowDeselect={false}
                {...form.getInputProps('designation')}
              />
              <Select
                label="Tier"
                placeholder="No tier"
                data={(tiers.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
                clearable
                {...form.getInputProps('tierId')}
              />
              <Select
                label="Status"
                data={optionsOf(LABELS.partnerStatus)}
                allowDeselect={false}
                {...form.getInputProps('status')}
              />
              <Autocomplete
                label="Segment"
                data={SEGMENT_SUGGESTIONS}
                placeholder="e.g. Mid-market"
                {...form.getInputProps('segment')}
              />
              {mode === 'create' && (
                <Select
                  label="Starting stage"
                  data={optionsOf(LABELS.lifecycleStage).filter((o) => o.value !== 'offboarding' && o.value !== 'terminated')}
                  allowDeselect={false}
                  {...form.getInputProps('lifecycleStage')}
                />
              )}
            </SimpleGrid>
            <TagsInput label="Tags" placeholder="Add a tag and press Enter" clearable {...form.getInputProps('tags')} />
          </Section>
        )}

        <Section title="Market">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Headquarters country"
              placeholder="Choose a country"
              data={countryOptions()}
              searchable
              clearable
              {...form.getInputProps('country')}
            />
            <Select
              label="Company size"
              placeholder="Unknown"
              data={optionsOf(LABELS.companySize)}
              clearable
              {...form.getInputProps('companySize')}
            />
          </SimpleGrid>
          <MultiSelect label="Regions served" data={optionsOf(LABELS.region)} clearable {...form.getInputProps('regions')} />
          <TagsInput
            label="Industries"
            placeholder="Choose or type an industry"
            data={INDUSTRY_SUGGESTIONS}
            clearable
            {...form.getInputProps('industries')}
          />
        </Section>

        {vendorFields && (
          <Section title="Relationship">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label="Owner (partner manager)"
                placeholder="Nobody yet"
                data={staffOptions(staff.data, mayOwnPartners)}
                searchable
                clearable
                {...form.getInputProps('ownerId')}
              />
              <Select
                label="Executive sponsor (our side)"
                placeholder="Nobody yet"
                data={staffOptions(staff.data, maySponsorPartners)}
                searchable
                clearable
                {...form.getInputProps('executiveSponsorId')}
              />
            </SimpleGrid>
          </Section>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
