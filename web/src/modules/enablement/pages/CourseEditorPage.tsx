import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { uploadFile, uploadPath } from '../../../api/upload';
import { FileDrop } from '../../../ui/FileDrop';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { AudienceEditor } from '../../resources/components/ResourceForm';
import {
  type Course,
  type CourseLevel,
  enablementKeys,
  type ModuleKind,
  useCourse,
  useCourseFiles,
  useUpdateCourse,
} from '../api';
import { CourseLearners } from '../components/CourseLearners';

const MATERIAL_ACCEPT = [
  'application/pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  'text/plain',
  'image/png',
  'image/jpeg',
];

type ModuleDraft = { id: string; title: string; kind: ModuleKind; url: string; fileId: string; text: string };
type OptionDraft = { id: string; label: string; correct: boolean };
type QuestionDraft = { id: string; prompt: string; multiple: boolean; options: OptionDraft[] };

let counter = 0;
const localId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

function move<T>(list: T[], index: number, by: number): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(Math.max(0, Math.min(next.length, index + by)), 0, item);
  return next;
}

function Editor({ course }: { course: Course }) {
  const update = useUpdateCourse(course.id);
  const files = useCourseFiles(course.id);
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(course.title);
  const [description, setDescription] = useState(course.description);
  const [level, setLevel] = useState<CourseLevel>(course.level);
  const [duration, setDuration] = useState<number | string>(course.durationMinutes);
  const [passMark, setPassMark] = useState<number | string>(course.passMark);
  const [maxAttempts, setMaxAttempts] = useState<number | string>(course.maxAttempts ?? '');
  const [cooldown, setCooldown] = useState<number | string>(course.cooldownHours);
  const [audience, setAudience] = useState(course.audience);
  const [modules, setModules] = useState<ModuleDraft[]>(
    course.modules.map((m) => ({
      id: m.id,
      title: m.title,
      kind: m.kind,
      url: m.url ?? '',
      fileId: m.fileId ?? '',
      text: m.text,
    })),
  );
  const [quiz, setQuiz] = useState<QuestionDraft[]>(
    course.quiz.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      multiple: q.multiple,
      options: q.options.map((o) => ({ id: o.id, label: o.label, correct: (q.correct ?? []).includes(o.id) })),
    })),
  );
  const editable = course.can.edit;
  const fileOptions = (files.data ?? []).map((f) => ({ value: f.id, label: f.name }));

  const body = (status?: Course['status']) => ({
    title,
    description,
    level,
    durationMinutes: Number(duration) || 0,
    passMark: Number(passMark) || 80,
    maxAttempts: maxAttempts === '' ? null : Number(maxAttempts),
    cooldownHours: Number(cooldown) || 0,
    audience,
    modules: modules.map((m) => ({
      id: m.id,
      title: m.title,
      kind: m.kind,
      url: m.kind === 'link' ? m.url || null : null,
      fileId: m.kind === 'file' ? m.fileId || null : null,
      text: m.kind === 'text' ? m.text : '',
    })),
    quiz: quiz.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      multiple: q.multiple,
      options: q.options.map((o) => ({ id: o.id, label: o.label })),
      correct: q.options.filter((o) => o.correct).map((o) => o.id),
    })),
    ...(status ? { status } : {}),
  });

  const setModule = (i: number, patch: Partial<ModuleDraft>) =>
    setModules(modules.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const setQuestion = (i: number, patch: Partial<QuestionDraft>) =>
    setQuiz(quiz.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const setOption = (qi: number, oi: number, patch: Partial<OptionDraft>) => {
    const q = quiz[qi];
    if (!q) return;
    const options = q.options.map((o, j) =>
      j === oi ? { ...o, ...patch } : patch.correct && !q.multiple ? { ...o, correct: false } : o,
    );
    setQuestion(qi, { options });
  };

  return (
    <>
      <PageHeader
        title={course.title}
        crumbs={[{ label: 'Enablement', to: '/enablement' }]}
        badges={<Badge color={COLORS.courseStatus[course.status]}>{LABELS.courseStatus[course.status]}</Badge>}
        actions={
          <Group gap="xs">
            {editable && (
              <Button loading={update.isPending} onClick={() => update.run(body(), { success: 'Saved the course' })}>
                Save
              </Button>
            )}
            {course.can.publish && (
              <Button
                variant="light"
                color="teal"
                onClick={() => update.run(body('published'), { success: 'Published: partner people can take it now' })}
              >
                Publish
              </Button>
            )}
            {course.can.retire && (
              <Button variant="default" onClick={() => update.run({ status: 'retired' }, { success: 'Retired' })}>
                Retire
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        <SectionCard title="Course">
          <Stack gap="sm">
            <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} disabled={!editable} />
            <Textarea
              label="Description"
              autosize
              minRows={2}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              disabled={!editable}
            />
            <Group grow>
              <Select
                label="Level"
                allowDeselect={false}
                data={optionsOf(LABELS.courseLevel)}
                value={level}
                onChange={(v) => v && setLevel(v as CourseLevel)}
                disabled={!editable}
              />
              <NumberInput label="Duration (minutes)" min={0} value={duration} onChange={setDuration} disabled={!editable} />
            </Group>
          </Stack>
        </SectionCard>
        <SectionCard title="Who may take it" label="Course audience">
          <AudienceEditor
            label="Programs and minimum tier"
            help="No program ticked: every partner's people. Otherwise only partners in a ticked program, at the tier chosen or above, see the course in their catalogue and can enrol."
            value={audience}
            onChange={setAudience}
            disabled={!editable}
          />
        </SectionCard>
        <SectionCard
          title="Modules"
          description="In the order learners take them: a link to content, an uploaded file, or text."
          action={
            editable && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() =>
                  setModules([...modules, { id: localId('m'), title: '', kind: 'text', url: '', fileId: '', text: '' }])
                }
              >
                Add module
              </Button>
            )
          }
        >
          <Stack gap="sm">
            {modules.length === 0 && <Text c="dimmed">No modules yet.</Text>}
            {modules.map((m, i) => (
              <Paper key={m.id} withBorder p="sm" aria-label={`Module ${i + 1}`}>
                <Stack gap="xs">
                  <Group align="flex-end" wrap="nowrap">
                    <TextInput
                      label={`Module ${i + 1}`}
                      placeholder="Title"
                      style={{ flex: 1 }}
                      value={m.title}
                      onChange={(e) => setModule(i, { title: e.currentTarget.value })}
                      disabled={!editable}
                    />
                    <Select
                      label="Kind"
                      w={120}
                      allowDeselect={false}
                      data={optionsOf(LABELS.moduleKind)}
                      value={m.kind}
                      onChange={(v) => v && setModule(i, { kind: v as ModuleKind })}
                      disabled={!editable}
                    />
                    {editable && (
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="subtle" aria-label="Move up" onClick={() => setModules(move(modules, i, -1))}>
                          <IconArrowUp size={16} />
                        </ActionIcon>
                        <ActionIcon variant="subtle" aria-label="Move down" onClick={() => setModules(move(modules, i, 1))}>
                          <IconArrowDown size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label="Remove module"
                          onClick={() => setModules(modules.filter((_, j) => j !== i))}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    )}
                  </Group>
                  {m.kind === 'link' && (
                    <TextInput
                      label="URL"
                      placeholder="https://"
                      value={m.url}
                      onChange={(e) => setModule(i, { url: e.currentTarget.value })}
                      disabled={!editable}
                    />
                  )}
                  {m.kind === 'text' && (
                    <Textarea
                      label="Text"
                      autosize
                      minRows={2}
                      value={m.text}
                      onChange={(e) => setModule(i, { text: e.currentTarget.value })}
                      disabled={!editable}
                    />
                  )}
                  {m.kind === 'file' && (
                    <Select
                      label="File"
                      placeholder={fileOptions.length ? 'Pick an uploaded file' : 'Upload a file below first'}
                      data={fileOptions}
                      value={m.fileId || null}
                      onChange={(v) => setModule(i, { fileId: v ?? '' })}
                      disabled={!editable}
                    />
                  )}
                </Stack>
              </Paper>
            ))}
            {editable && (
              <FileDrop
                compact
                label="Upload course material"
                hint="PDF, Office, OpenDocument, image or text up to 50 MB; then pick it in a file module"
                accept={MATERIAL_ACCEPT}
                maxBytes={50 * 1024 * 1024}
                upload={(file, onProgress) =>
                  uploadFile('POST', uploadPath('/api/v1/courses/{id}/files', { id: course.id }), file, onProgress)
                }
                onUploaded={() => queryClient.invalidateQueries({ queryKey: enablementKeys.courseFiles(course.id) })}
              />
            )}
          </Stack>
        </SectionCard>
        <SectionCard
          title="Quiz"
          description="Scored on the server after the modules; learners never see the answers. A multiple-choice question counts only when every correct option (and no other) is chosen."
          action={
            editable && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() =>
                  setQuiz([
                    ...quiz,
                    {
                      id: localId('q'),
                      prompt: '',
                      multiple: false,
                      options: [
                        { id: localId('o'), label: '', correct: true },
                        { id: localId('o'), label: '', correct: false },
                      ],
                    },
                  ])
                }
              >
                Add question
              </Button>
            )
          }
        >
          <Stack gap="sm">
            <Group grow>
              <NumberInput label="Pass mark (%)" min={1} max={100} value={passMark} onChange={setPassMark} disabled={!editable} />
              <NumberInput
                label="Failed attempts allowed"
                description="Empty: unlimited"
                min={1}
                max={100}
                value={maxAttempts}
                onChange={setMaxAttempts}
                disabled={!editable}
              />
              <NumberInput
                label="Wait after a failure (hours)"
                min={0}
                max={720}
                value={cooldown}
                onChange={setCooldown}
                disabled={!editable}
              />
            </Group>
            {quiz.map((q, qi) => (
              <Paper key={q.id} withBorder p="sm" aria-label={`Question ${qi + 1}`}>
                <Stack gap="xs">
                  <Group align="flex-end" wrap="nowrap">
                    <TextInput
                      label={`Question ${qi + 1}`}
                      style={{ flex: 1 }}
                      value={q.prompt}
                      onChange={(e) => setQuestion(qi, { prompt: e.currentTarget.value })}
                      disabled={!editable}
                    />
                    <Switch
                      label="Several answers"
                      checked={q.multiple}
                      onChange={(e) => setQuestion(qi, { multiple: e.currentTarget.checked })}
                      disabled={!editable}
                    />
                    {editable && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label="Remove question"
                        onClick={() => setQuiz(quiz.filter((_, j) => j !== qi))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Group>
                  {q.options.map((o, oi) => (
                    <Group key={o.id} wrap="nowrap">
                      <Checkbox
                        aria-label={`Option ${oi + 1} is correct`}
                        checked={o.correct}
                        onChange={(e) => setOption(qi, oi, { correct: e.currentTarget.checked })}
                        disabled={!editable}
                      />
                      <TextInput
                        aria-label={`Question ${qi + 1} option ${oi + 1}`}
                        placeholder={`Option ${oi + 1}`}
                        style={{ flex: 1 }}
                        value={o.label}
                        onChange={(e) => setOption(qi, oi, { label: e.currentTarget.value })}
                        disabled={!editable}
                      />
                      {editable && q.options.length > 2 && (
                        <ActionIcon
                          variant="subtle"
                          aria-label="Remove option"
                          onClick={() => setQuestion(qi, { options: q.options.filter((_, j) => j !== oi) })}
                        >
                          <IconTrash size={14} />
                        </ActionIcon>
                      )}
                    </Group>
                  ))}
                  {editable && q.options.length < 10 && (
                    <Button
                      size="xs"
                      variant="subtle"
                      w="fit-content"
                      onClick={() =>
                        setQuestion(qi, { options: [...q.options, { id: localId('o'), label: '', correct: false }] })
                      }
                    >
                      Add option
                    </Button>
                  )}
                </Stack>
              </Paper>
            ))}
          </Stack>
        </SectionCard>
        <CourseLearners course={course} />
      </Stack>
    </>
  );
}

/** The vendor's course editor: details, ordered modules, the quiz with its pass mark; publish or retire. */
export function CourseEditorPage() {
  const { id = '' } = useParams();
  const course = useCourse(id);
  return (
    <QueryState query={course} notFound={<NotFoundState what="Course" />}>
      {(c) => <Editor key={c.updatedAt} course={c} />}
    </QueryState>
  );
}
