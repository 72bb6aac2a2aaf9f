import { Select, TagsInput, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { type Money, MoneyInput } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { ValuePropositionSelect } from '../../value/components/ValuePropositionSelect';
import { type OpportunityStage, useCreateOpportunity } from '../api';

type Values = {
  title: string;
  customer: { name: string; domain: string };
  amount: Money | null;
  stage: OpportunityStage;
  closeDate: string;
  products: string[];
  partnerId: string | null;
  valuePropositionId: string | null;
};

/** A new opportunity: the customer by name and domain (its account is found or created). */
export function NewOpportunityPage() {
  const navigate = useNavigate();
  const create = useCreateOpportunity();
  const form = useApiForm({
    initialValues: {
      title: '',
      customer: { name: '', domain: '' },
      amount: null,
      stage: 'prospecting',
      closeDate: '',
      products: [],
      partnerId: null,
      valuePropositionId: null,
    } as Values,
    validate: { amount: (v) => (v ? null : 'Enter the amount') },
    mutation: create,
    toVariables: (v) => ({
      title: v.title,
      customer: { name: v.customer.name, domain: v.customer.domain.trim() || null },
      amount: v.amount?.amount ?? 0,
      currency: v.amount?.currency ?? 'USD',
      stage: v.stage,
      closeDate: v.closeDate,
      products: v.products,
      ...(v.partnerId ? { partner: { partnerId: v.partnerId, role: 'sourced' as const } } : {}),
      valuePropositionId: v.partnerId ? v.valuePropositionId : null,
    }),
    success: (o) => `Created ${o.number}`,
    onSuccess: (o) => navigate(`/opportunities/${o.id}`),
  });
  return (
    <>
      <PageHeader title="New opportunity" crumbs={[{ label: 'Pipeline', to: '/opportunities' }]} />
      <SectionCard title="The opportunity" label="New opportunity">
        <Form form={form} submitLabel="Create opportunity" onCancel={() => navigate('/opportunities')}>
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <TextInput label="Customer company" required {...form.getInputProps('customer.name')} />
          <TextInput
            label="Customer web domain"
            description="Like acme.com: the customer's account is found by it, however its name is written."
            {...form.getInputProps('customer.domain')}
          />
          <MoneyInput
            label="Amount"
            required
            value={form.values.amount}
            onChange={(value) => form.setFieldValue('amount', value)}
            error={form.errors.amount ?? form.errors.currency}
          />
          <Select
            label="Stage"
            required
            data={optionsOf(LABELS.opportunityStage)}
            allowDeselect={false}
            {...form.getInputProps('stage')}
          />
          <TextInput label="Close date" type="date" required {...form.getInputProps('closeDate')} />
          <TagsInput label="Products" placeholder="Type a product and press Enter" {...form.getInputProps('products')} />
          <PartnerSelect
            label="Sourced by partner"
            value={form.values.partnerId}
            onChange={(id) => {
              form.setFieldValue('partnerId', id);
              form.setFieldValue('valuePropositionId', null);
            }}
            error={form.errors.partner ?? form.errors['partner.partnerId']}
          />
          <ValuePropositionSelect
            partnerIds={form.values.partnerId ? [form.values.partnerId] : []}
            value={form.values.valuePropositionId}
            onChange={(id) => form.setFieldValue('valuePropositionId', id)}
            error={form.errors.valuePropositionId}
          />
        </Form>
      </SectionCard>
    </>
  );
}
