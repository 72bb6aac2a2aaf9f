import { Alert, Group, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { type Money, MoneyInput } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { ValuePropositionSelect } from '../../value/components/ValuePropositionSelect';
import { useRegisterDeal } from '../api';

type Values = {
  customer: { name: string; domain: string; country: string; region: string | null; industry: string; size: string | null };
  title: string;
  amount: Money | null;
  expectedCloseDate: string;
  products: string[];
  notes: string;
  valuePropositionId: string | null;
};

/**
 * Register a deal: the partner's people for their own company; vendor staff arrive from a
 * partner's page (`?partnerId=`) to register on its behalf.
 */
export function RegisterDealPage() {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const partnerId = params.get('partnerId') ?? undefined;
  const navigate = useNavigate();
  const register = useRegisterDeal();
  const form = useApiForm({
    initialValues: {
      customer: { name: '', domain: '', country: '', region: null, industry: '', size: null },
      title: '',
      amount: null,
      expectedCloseDate: '',
      products: [],
      notes: '',
      valuePropositionId: null,
    } as Values,
    validate: {
      amount: (v) => (v ? null : 'Enter the deal amount'),
    },
    mutation: register,
    toVariables: (v) => ({
      ...(partnerId ? { partnerId } : {}),
      customer: {
        name: v.customer.name,
        domain: v.customer.domain.trim() || null,
        country: v.customer.country.trim() || null,
        region: (v.customer.region || null) as never,
        industry: v.customer.industry.trim() || null,
        size: (v.customer.size || null) as never,
      },
      title: v.title,
      amount: v.amount?.amount ?? 0,
      currency: v.amount?.currency ?? 'USD',
      expectedCloseDate: v.expectedCloseDate,
      products: v.products,
      notes: v.notes,
      valuePropositionId: v.valuePropositionId,
    }),
    success: (d) => `Registered ${d.number}${d.conflict.flagged ? ': a possible conflict was flagged' : ''}`,
    onSuccess: (d) => navigate(`/deal-registrations/${d.id}`),
  });
  if (isVendor(user) && !partnerId) {
    return (
      <>
        <PageHeader title="Register a deal" crumbs={[{ label: 'Deal registrations', to: '/deal-registrations' }]} />
        <Alert color="blue">Open the partner’s page and choose “Register a deal” there to register on its behalf.</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Register a deal"
        description="Protect an opportunity you are working on. The vendor approves it; once approved it is protected for your tier’s period."
        crumbs={[{ label: 'Deal registrations', to: '/deal-registrations' }]}
      />
      <SectionCard title="The deal" label="Register a deal">
        <Form form={form} submitLabel="Register deal" onCancel={() => navigate('/deal-registrations')}>
          <TextInput label="Customer company" required data-autofocus {...form.getInputProps('customer.name')} />
          <TextInput
            label="Customer web domain"
            description="Like acme.com: it is how the same customer is recognised however its name is written."
            {...form.getInputProps('customer.domain')}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Customer country"
              placeholder="DE"
              maxLength={2}
              description="Two letters"
              {...form.getInputProps('customer.country')}
            />
            <Select
              label="Customer region"
              data={optionsOf(LABELS.region)}
              clearable
              description="Where the deal is"
              {...form.getInputProps('customer.region')}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label="Customer industry" {...form.getInputProps('customer.industry')} />
            <Select
              label="Customer size"
              data={optionsOf(LABELS.companySize)}
              clearable
              description="Employees"
              {...form.getInputProps('customer.size')}
            />
          </Group>
          <TextInput label="Deal title" required {...form.getInputProps('title')} />
          <MoneyInput
            label="Amount"
            required
            value={form.values.amount}
            onChange={(value) => form.setFieldValue('amount', value)}
            error={form.errors.amount ?? form.errors.currency}
          />
          <TextInput label="Expected close date" type="date" required {...form.getInputProps('expectedCloseDate')} />
          <TagsInput label="Products" placeholder="Type a product and press Enter" {...form.getInputProps('products')} />
          <ValuePropositionSelect
            partnerIds={[partnerId ?? user.partnerId ?? ''].filter(Boolean)}
            value={form.values.valuePropositionId}
            onChange={(id) => form.setFieldValue('valuePropositionId', id)}
            error={form.errors.valuePropositionId}
          />
          <Textarea label="Notes for the approver" autosize minRows={2} {...form.getInputProps('notes')} />
        </Form>
      </SectionCard>
    </>
  );
}
