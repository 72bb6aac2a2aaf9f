import { ActionIcon, Badge, Button, Group, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../api/errors';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { type SurveyTemplate, useCreateTemplate, useTemplates, useUpdateTemplate } from '../api';
import { dimensionLabel, surveyDimension } from '../labels';

type Draft = { id?: string; text: string; dimension: string };
type Kind = SurveyTemplate['kind'];

const DIMENSIONS: Record<Kind, string[]> = {
  health_diagnostic: ['trust', 'commitments', 'problem_resolution', 'communication', 'strategic_alignment', 'value', 'fit'],
  px: ['communication', 'support', 'enablement', 'ease_of_doing_business'],
  nps: ['nps'],
};

/** Edit a template's questions: text, dimension and order; questions keep their ids (answers name them). */
function TemplateEditor({ template, onDone }: { template: SurveyTemplate | null; onDone: () => void }) {
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const [kind, setKind] = useState<Kind>(template?.kind ?? 'px');
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [active, setActive] = useState(template?.active ?? true);
  const [questions, setQuestions] = useState<Draft[]>(
    template?.questions.map((q) => ({ id: q.id, text: q.text, dimension: q.dimension })) ?? [
      { text: '', dimension: DIMENSIONS.px[0] ?? 'communication' },
    ],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const move = (i: number, by: number) =>
    setQuestions((qs) => {
      const next = [...qs];
      const [q] = next.splice(i, 1);
      if (q) next.splice(i + by, 0, q);
      return next;
    });
  const dimensionOptions = [...new Set([...DIMENSIONS[kind], ...questions.map((q) => q.dimension)])].map((d) => ({
    value: d,
    label: dimensionLabel(d),
  }));
  const save = () => {
    const body = {
      name,
      description,
      active,
      questions: questions.map((q) => ({ ...(q.id ? { id: q.id } : {}), text: q.text, dimension: q.dimension })),
    };
    const onError = (error: unknown) => {
      if (!(error instanceof ApiError)) return false;
      setErrors(Object.fromEntries(error.errors.map((e) => [e.path, e.message])));
      return true;
    };
    if (template) update.run({ id: template.id, ...body }, { success: 'Template saved', onSuccess: onDone, onError });
    else create.run({ kind, ...body }, { success: 'Template created', onSuccess: onDone, onError });
  };
  return (
    <Stack>
      {!template && (
        <Select
          label="Kind"
          allowDeselect={false}
          data={optionsOf(LABELS.surveyKind)}
          value={kind}
          onChange={(v) => v && setKind(v as Kind)}
        />
      )}
      <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
      <Textarea label="Description" autosize value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
      <Text fw={600} size="sm">
        Questions (
        {kind === 'nps'
          ? 'the NPS question is the one of dimension “Recommendation”, 0–10'
          : 'each answered 1–5, strongly disagree … strongly agree'}
        )
      </Text>
      {questions.map((q, i) => (
        <Group key={q.id ?? `new-${i}`} align="flex-start" wrap="nowrap">
          <Textarea
            aria-label={`Question ${i + 1}`}
            autosize
            style={{ flex: 1 }}
            value={q.text}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setQuestions((qs) => qs.map((x, j) => (j === i ? { ...x, text } : x)));
            }}
            error={errors[`questions.${i}.text`]}
          />
          <Select
            aria-label={`Dimension of question ${i + 1}`}
            w={200}
            allowDeselect={false}
            data={dimensionOptions}
            value={q.dimension}
            onChange={(v) => v && setQuestions((qs) => qs.map((x, j) => (j === i ? { ...x, dimension: v } : x)))}
            error={errors[`questions.${i}.dimension`]}
          />
          <ActionIcon variant="subtle" aria-label="Move up" disabled={i === 0} onClick={() => move(i, -1)}>
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label="Move down" disabled={i === questions.length - 1} onClick={() => move(i, 1)}>
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label="Remove"
            onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {errors.questions && (
        <Text c="red" size="sm">
          {errors.questions}
        </Text>
      )}
      <Button
        variant="subtle"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => setQuestions((qs) => [...qs, { text: '', dimension: DIMENSIONS[kind][0] ?? 'communication' }])}
      >
        Add a question
      </Button>
      <Switch label="Active (offered when sending)" checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={save} loading={create.isPending || update.isPending}>
          Save template
        </Button>
      </Group>
    </Stack>
  );
}

/** The survey templates: the built-in health diagnostic, NPS and PX, and the vendor's own. */
export function TemplatesPage() {
  const templates = useTemplates();
  const editing = useDialog<SurveyTemplate | null>();
  return (
    <>
      <PageHeader
        title="Survey templates"
        crumbs={[{ label: 'Surveys', to: '/surveys' }]}
        description={`Questions by dimension (${Object.values(surveyDimension).slice(0, 6).join(', ')} …). Rounds already sent keep the questions they were sent with.`}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => editing.open(null)}>
            New template
          </Button>
        }
      />
      <QueryState query={templates}>
        {(rows) => (
          <Stack>
            {rows.map((t) => (
              <SectionCard
                key={t.id}
                title={t.name}
                label={t.name}
                description={t.description}
                action={
                  t.can.edit ? (
                    <Button size="xs" variant="light" onClick={() => editing.open(t)}>
                      Edit
                    </Button>
                  ) : undefined
                }
              >
                <Group gap="xs" mb="xs">
                  <Badge>{LABELS.surveyKind[t.kind]}</Badge>
                  {t.builtIn && <Badge variant="light">Built in</Badge>}
                  {!t.active && (
                    <Badge color="gray" variant="light">
                      Archived
                    </Badge>
                  )}
                </Group>
                <Stack gap={2}>
                  {t.questions.map((q, i) => (
                    <Text key={q.id} size="sm">
                      {i + 1}. {q.text}{' '}
                      <Text span size="xs" c="dimmed">
                        ({dimensionLabel(q.dimension)})
                      </Text>
                    </Text>
                  ))}
                </Stack>
              </SectionCard>
            ))}
          </Stack>
        )}
      </QueryState>
      <FormDialog dialog={editing} title={(t) => (t ? `Edit ${t.name}` : 'New survey template')} size="xl">
        {(t) => <TemplateEditor template={t} onDone={editing.close} />}
      </FormDialog>
    </>
  );
}
