import { Group, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { ApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import type { LeadBody, LeadDetail } from '../api';

/** A lead's own fields as a form holds them (the new-lead form and the edit dialog). */
export type LeadValues = {
  company: string;
  domain: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  country: string;
  region: string | null;
  industry: string;
  size: string | null;
  products: string[];
  source: string;
  qualification: 'mql' | 'eql';
  notes: string;
};

/** Server paths the form calls differently: the contact's fields are flat here. */
export const LEAD_FIELD_ALIASES = {
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
};

export const EMPTY_LEAD: LeadValues = {
  company: '',
  domain: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  country: '',
  region: null,
  industry: '',
  size: null,
  products: [],
  source: '',
  qualification: 'mql',
  notes: '',
};

export function leadValuesOf(l: LeadDetail): LeadValues {
  return {
    company: l.company,
    domain: l.domain ?? '',
    contactName: l.contact.name,
    contactEmail: l.contact.email,
    contactPhone: l.contact.phone,
    country: l.country ?? '',
    region: l.region,
    industry: l.industry ?? '',
    size: l.size,
    products: l.products,
    source: l.source,
    qualification: l.qualification,
    notes: l.notes,
  };
}

/** The request body (an empty optional field clears it). */
export function leadBodyOf(v: LeadValues): Omit<LeadBody, 'route'> {
  return {
    company: v.company,
    domain: v.domain.trim() || null,
    contact: { name: v.contactName, email: v.contactEmail, phone: v.contactPhone },
    country: v.country.trim() || null,
    region: (v.region || null) as LeadBody['region'],
    industry: v.industry.trim() || null,
    size: (v.size || null) as LeadBody['size'],
    products: v.products,
    source: v.source,
    qualification: v.qualification,
    notes: v.notes,
  };
}

export function LeadFields({ form }: { form: ApiForm<LeadValues> }) {
  return (
    <>
      <TextInput label="Company" required {...form.getInputProps('company')} data-autofocus />
      <TextInput label="Domain" placeholder="example.com" {...form.getInputProps('domain')} />
      <Group grow align="flex-start">
        <TextInput label="Contact" {...form.getInputProps('contactName')} />
        <TextInput label="Contact e-mail" {...form.getInputProps('contactEmail')} />
        <TextInput label="Contact phone" {...form.getInputProps('contactPhone')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Country" placeholder="DE" maxLength={2} {...form.getInputProps('country')} />
        <Select label="Region" data={optionsOf(LABELS.region)} clearable {...form.getInputProps('region')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Industry" {...form.getInputProps('industry')} />
        <Select label="Company size" data={optionsOf(LABELS.companySize)} clearable {...form.getInputProps('size')} />
      </Group>
      <TagsInput label="Products of interest" {...form.getInputProps('products')} />
      <Group grow align="flex-start">
        <TextInput label="Source" placeholder="Webinar, website, event…" {...form.getInputProps('source')} />
        <Select
          label="Qualification"
          allowDeselect={false}
          data={optionsOf(LABELS.leadQualification)}
          {...form.getInputProps('qualification')}
        />
      </Group>
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </>
  );
}
