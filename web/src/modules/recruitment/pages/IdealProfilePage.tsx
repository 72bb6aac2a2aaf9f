import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { FitAttribute, FitCriterion } from '../../../api/types';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { countryOptions } from '../../../ui/locale';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { canEditIdealProfile } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useIdealProfile, useSaveIdealProfile } from '../api';

/** The values a criterion can name: a fixed list where the partner field has one, free text otherwise. */
function valueOptions(attribute: FitAttribute): { value: string; label: string }[] | null {
  switch (attribute) {
    case 'types':
      return optionsOf(LABELS.partnerType);
    case 'regions':
      return optionsOf(LABELS.region);
    case 'companySize':
      return optionsOf(LABELS.companySize);
    case 'motion':
      return optionsOf(LABELS.motion);
    case 'country':
      return countryOptions();
    default:
      return null;
  }
}

const NEW_CRITERION: FitCriterion = { label: '', attribute: 'types', values: [], weight: 20 };

function ProfileForm({ criteria, editable }: { criteria: FitCriterion[]; editable: boolean }) {
  const save = useSaveIdealProfile();
  const form = useApiForm({
    initialValues: { criteria },
    validate: {
      criteria: {
        label: (v: string) => (v.trim() ? null : 'Name the criterion'),
        values: (v: string[]) => (v.length > 0 ? null : 'Choose at least one value'),
        weight: (v: number) => (Number.isInteger(v) && v >= 1 && v <= 100 ? null : 'A whole number from 1 to 100'),
      },
    },
    mutation: save,
    toVariables: (values) => values.criteria.map((c) => ({ ...c, label: c.label.trim() })),
    success: () => 'Saved the Ideal Partner Profile: every partner’s fit follows',
  });
  const total = form.values.criteria.reduce((sum, c) => sum + (Number(c.weight) || 0), 0);
  return (
    <Form form={form} submitLabel="Save profile" onlyWhenChanged>
      {form.values.criteria.length === 0 && (
        <Text size="sm" c="dimmed">
          No criteria yet. Add what your best partners have in common: their type, regions, size, industries.
        </Text>
      )}
      {form.values.criteria.map((c, i) => {
        const options = valueOptions(c.attribute);
        const share = total > 0 ? Math.round((100 * (Number(c.weight) || 0)) / total) : 0;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their position is their identity while editing
          <Paper key={i} withBorder p="sm" radius="md">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label="Criterion"
                placeholder="Managed service providers"
                style={{ flex: '2 1 220px' }}
                disabled={!editable}
                {...form.getInputProps(`criteria.${i}.label`)}
              />
              <Select
                label="Partner attribute"
                data={optionsOf(LABELS.fitAttribute)}
                allowDeselect={false}
                style={{ flex: '1 1 160px' }}
                disabled={!editable}
                {...form.getInputProps(`criteria.${i}.attribute`)}
                onChange={(value) => {
                  form.setFieldValue(`criteria.${i}.attribute`, value as FitAttribute);
                  form.setFieldValue(`criteria.${i}.values`, []);
                }}
              />
              {options ? (
                <MultiSelect
                  label="Any of"
                  data={options}
                  searchable
                  style={{ flex: '3 1 260px' }}
                  disabled={!editable}
                  {...form.getInputProps(`criteria.${i}.values`)}
                />
              ) : (
                <TagsInput
                  label="Any of"
                  placeholder="Type a value, then Enter"
                  style={{ flex: '3 1 260px' }}
                  disabled={!editable}
                  {...form.getInputProps(`criteria.${i}.values`)}
                />
              )}
              <NumberInput
                label="Weight"
                description={`${share}% of the score`}
                min={1}
                max={100}
                w={110}
                disabled={!editable}
                {...form.getInputProps(`criteria.${i}.weight`)}
              />
              {editable && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  aria-label={`Remove ${c.label || 'criterion'}`}
                  onClick={() => form.removeListItem('criteria', i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          </Paper>
        );
      })}
      {editable && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => form.insertListItem('criteria', { ...NEW_CRITERION, values: [] })}
            disabled={form.values.criteria.length >= 30}
          >
            Add criterion
          </Button>
        </Group>
      )}
    </Form>
  );
}

/** The Ideal Partner Profile: the weighted criteria every partner and prospect is scored against. */
export function IdealProfilePage() {
  const user = useCurrentUser();
  const profile = useIdealProfile();
  return (
    <>
      <PageHeader
        title="Ideal Partner Profile"
        crumbs={[{ label: 'Recruitment', to: '/recruitment' }]}
        description="What your best partners have in common. Each partner’s fit is the share of the weight it meets, 0–100; partners never see it."
      />
      <SectionCard
        title="Criteria"
        description="A partner meets a criterion when its attribute is, or includes, any of the values."
      >
        <QueryState query={profile}>
          {(p) => (
            <Stack>
              <ProfileForm criteria={p.criteria} editable={canEditIdealProfile(user)} />
            </Stack>
          )}
        </QueryState>
      </SectionCard>
    </>
  );
}
