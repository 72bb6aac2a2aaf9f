import {
  Autocomplete,
  Input,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import type { Partner } from '../../../api/types';
import { Form } from '../../../ui/Form';
import { type ApiFormOptions, type FormValues, useApiForm, valuesFrom } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { countryOptions } from '../../../ui/locale';
import { SectionCard } from '../../../ui/SectionCard';
import { mayOwnPartners, maySponsorPartners } from '../../auth/permissions';
import { useTiers } from '../../settings/api';
import { staffOptions, useVendorStaff } from '../../users/api';
import type { PartnerCreateBody } from '../api';

/** Every field of a new partner; editing shows the same form (the stage then changes through transitions). */
export type PartnerFormValues = FormValues<PartnerCreateBody>;

/** create: every field and the starting stage; edit: every field; profile: what a partner's own admin may change. */
export type PartnerFormMode = 'create' | 'edit' | 'profile';

export const PROFILE_FIELDS = ['legalName', 'website', 'description', 'country', 'regions', 'industries', 'companySize'] as const;

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

export function partnerToValues(partner: Partner): PartnerFormValues {
  return valuesFrom(emptyPartnerValues(null), partner);
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <SectionCard title={title}>
      <Stack gap="sm">{children}</Stack>
    </SectionCard>
  );
}

const WEB_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** The partner form of the create and edit pages; the page says what saving means (`mutation`, `toVariables`). */
export function PartnerForm<TVars>({
  mode,
  submitLabel,
  onCancel,
  ...save
}: Omit<ApiFormOptions<PartnerFormValues, Partner, TVars>, 'validate'> & {
  mode: PartnerFormMode;
  submitLabel: string;
  onCancel: () => void;
}) {
  const vendorFields = mode !== 'profile';
  const tiers = useTiers();
  const staff = useVendorStaff(vendorFields);
  const form = useApiForm({
    ...save,
    validate: {
      name: (v) => (!vendorFields || v.trim() ? null : 'Enter the partner’s name'),
      website: (v) => (!v.trim() || WEB_URL.test(v.trim()) ? null : 'Enter a full address starting with https://'),
    },
  });

  return (
    <Form form={form} submitLabel={submitLabel} onCancel={onCancel} gap="md" style={{ maxWidth: 980 }}>
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
              <SegmentedControl fullWidth aria-label="Motion" data={optionsOf(LABELS.motion)} {...form.getInputProps('motion')} />
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
    </Form>
  );
}
