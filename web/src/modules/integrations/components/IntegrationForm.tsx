import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { type CompatibilityStatus, type IntegrationListing, useSaveIntegration } from '../api';

type Values = {
  name: string;
  category: string;
  description: string;
  listingUrl: string;
  compatibility: { product: string; versions: string; status: CompatibilityStatus }[];
};

/** Proposes an integration listing (`listing` null) or edits one, with its compatibility rows. */
export function IntegrationForm({
  partnerId,
  listing,
  onDone,
}: {
  partnerId: string;
  listing: IntegrationListing | null;
  onDone: () => void;
}) {
  const save = useSaveIntegration();
  const form = useApiForm<Values, IntegrationListing, Parameters<typeof save.run>[0]>({
    initialValues: {
      name: listing?.name ?? '',
      category: listing?.category ?? '',
      description: listing?.description ?? '',
      listingUrl: listing?.listingUrl ?? '',
      compatibility: listing?.compatibility.map((c) => ({ ...c })) ?? [{ product: '', versions: '', status: 'supported' }],
    },
    validate: { name: (v) => (v.trim() ? null : 'Enter a name') },
    mutation: save,
    toVariables: (values) => ({
      partnerId,
      id: listing?.id ?? null,
      body: { ...values, compatibility: values.compatibility.filter((c) => c.product.trim()) },
    }),
    success: (saved) => (listing ? `Saved ${saved.name}` : `Proposed ${saved.name}`),
    onSuccess: onDone,
  });
  const rows = form.values.compatibility;
  return (
    <Form form={form} submitLabel={listing ? 'Save listing' : 'Propose integration'} onCancel={onDone}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Category" placeholder="e.g. Security analytics" {...form.getInputProps('category')} />
      </SimpleGrid>
      <TextInput label="Listing URL" placeholder="https://" {...form.getInputProps('listingUrl')} />
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Compatibility
        </Text>
        {rows.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={`Product ${i + 1}`}
              placeholder="Product"
              style={{ flex: 2 }}
              {...form.getInputProps(`compatibility.${i}.product`)}
            />
            <TextInput
              aria-label={`Versions ${i + 1}`}
              placeholder="Versions"
              style={{ flex: 1 }}
              {...form.getInputProps(`compatibility.${i}.versions`)}
            />
            <Select
              aria-label={`Status ${i + 1}`}
              data={optionsOf(LABELS.integrationCompatibility)}
              allowDeselect={false}
              style={{ flex: 1 }}
              {...form.getInputProps(`compatibility.${i}.status`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove row ${i + 1}`}
              onClick={() => form.removeListItem('compatibility', i)}
              mt={4}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('compatibility', { product: '', versions: '', status: 'supported' })}
          >
            Add a product
          </Button>
        </Group>
      </Stack>
    </Form>
  );
}
