import {
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { AudienceEditor } from '../../resources/components/ResourceForm';
import {
  type Certification,
  type CertificationLevel,
  type Course,
  type CourseLevel,
  useCertificationMatrix,
  useCertifications,
  useCourses,
  useCreateCourse,
  useSaveCertification,
} from '../api';

function NewCourseForm({ onDone }: { onDone: () => void }) {
  const create = useCreateCourse();
  const navigate = useNavigate();
  const form = useApiForm({
    initialValues: { title: '', description: '', level: 'introductory' as CourseLevel },
    validate: { title: (v: string) => (v.trim() ? null : 'Give the course a title') },
    mutation: create,
    toVariables: (v) => v,
    success: (c) => `Created ${c.title}: add its modules and quiz`,
    onSuccess: (c) => {
      onDone();
      navigate(`/enablement/courses/${c.id}`);
    },
  });
  return (
    <Form form={form} submitLabel="Create course" onCancel={onDone}>
      <TextInput label="Title" placeholder="Selling Consort Cloud" required data-autofocus {...form.getInputProps('title')} />
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
      <Select label="Level" allowDeselect={false} data={optionsOf(LABELS.courseLevel)} {...form.getInputProps('level')} />
    </Form>
  );
}

const COURSE_COLUMNS: Column<Course>[] = [
  { key: 'title', header: 'Course', cell: (c) => c.title },
  { key: 'level', header: 'Level', cell: (c) => LABELS.courseLevel[c.level] },
  { key: 'modules', header: 'Modules', w: 90, cell: (c) => c.modules.length },
  {
    key: 'quiz',
    header: 'Quiz',
    w: 140,
    cell: (c) => (c.questionCount ? `${c.questionCount} questions, pass ${c.passMark}%` : '—'),
  },
  {
    key: 'status',
    header: 'Status',
    w: 120,
    cell: (c) => <Badge color={COLORS.courseStatus[c.status]}>{LABELS.courseStatus[c.status]}</Badge>,
  },
];

function CoursesTab() {
  const user = useCurrentUser();
  const courses = useCourses();
  const creating = useDialog<null>();
  const navigate = useNavigate();
  const author = mayApp(user, 'authorEnablement');
  return (
    <SectionCard
      title="Courses"
      description="Modules (links, files or text) and a quiz with a pass mark. Partner people see published courses in the portal."
      action={
        <Group gap="xs">
          <ExportMenu path="/api/v1/courses" />
          {author && (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => creating.open()}>
              New course
            </Button>
          )}
        </Group>
      }
    >
      <QueryState query={courses}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty title="No courses yet" description="Author the first course partners take to get certified." />
          ) : (
            <DataTable
              label="Courses"
              minWidth={640}
              rows={rows}
              columns={COURSE_COLUMNS}
              card={(c) => ({ title: c.title, subtitle: LABELS.courseStatus[c.status], to: `/enablement/courses/${c.id}` })}
              actions={(c) => [{ label: 'Open', icon: IconPencil, onClick: () => navigate(`/enablement/courses/${c.id}`) }]}
            />
          )
        }
      </QueryState>
      <FormDialog dialog={creating} title="New course">
        {() => <NewCourseForm onDone={creating.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function CertificationForm({ certification, onDone }: { certification: Certification | null; onDone: () => void }) {
  const save = useSaveCertification(certification?.id ?? null);
  const courses = useCourses();
  const options = (courses.data ?? []).map((c) => ({ value: c.id, label: c.title }));
  const form = useApiForm({
    initialValues: {
      name: certification?.name ?? '',
      level: (certification?.level ?? 'associate') as CertificationLevel,
      description: certification?.description ?? '',
      validityMonths: certification?.validityMonths ?? 24,
      requiredCourseIds: certification?.requiredCourses.map((c) => c.id) ?? [],
      renewalCourseId: certification?.renewalCourse?.id ?? '',
      badgeEmoji: certification?.badgeEmoji ?? '🎓',
      audience: certification?.audience ?? [],
    },
    mutation: save,
    toVariables: (v) => ({ ...v, validityMonths: Number(v.validityMonths), renewalCourseId: v.renewalCourseId || null }),
    success: (c) => `Saved ${c.name}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save certification" onCancel={onDone}>
      <TextInput
        label="Name"
        placeholder="Consort Certified Professional"
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Group grow>
        <Select
          label="Level"
          allowDeselect={false}
          data={optionsOf(LABELS.certificationLevel)}
          {...form.getInputProps('level')}
        />
        <NumberInput label="Valid for (months)" min={1} max={120} {...form.getInputProps('validityMonths')} />
        <TextInput label="Badge" description="An emoji shown on profiles" maxLength={8} {...form.getInputProps('badgeEmoji')} />
      </Group>
      <MultiSelect label="Required courses" data={options} searchable {...form.getInputProps('requiredCourseIds')} />
      <Select
        label="Renewal course"
        description="A shorter course that renews it from 90 days before expiry; none: retake the required courses"
        data={options}
        clearable
        {...form.getInputProps('renewalCourseId')}
      />
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
      <AudienceEditor
        label="Who may earn it"
        help="No program ticked: every partner's people. Otherwise only partners in a ticked program, at the tier chosen or above."
        value={form.values.audience}
        onChange={(a) => form.setFieldValue('audience', a)}
        error={
          Object.entries(form.errors)
            .filter(([k]) => k.startsWith('audience'))
            .map(([, v]) => v)
            .join(' ') || undefined
        }
      />
    </Form>
  );
}

function CertificationsTab() {
  const user = useCurrentUser();
  const certifications = useCertifications();
  const editing = useDialog<Certification | null>();
  const author = mayApp(user, 'authorEnablement');
  const columns: Column<Certification>[] = [
    { key: 'name', header: 'Certification', cell: (c) => `${c.badgeEmoji} ${c.name}` },
    {
      key: 'level',
      header: 'Level',
      w: 130,
      cell: (c) => <Badge color={COLORS.certificationLevel[c.level]}>{LABELS.certificationLevel[c.level]}</Badge>,
    },
    { key: 'courses', header: 'Required courses', cell: (c) => c.requiredCourses.map((x) => x.title).join(', ') || '—' },
    { key: 'validity', header: 'Valid for', w: 110, cell: (c) => `${c.validityMonths} months` },
    { key: 'renewal', header: 'Renewal path', cell: (c) => <Text size="sm">{c.renewalPath}</Text> },
  ];
  return (
    <SectionCard
      title="Certifications"
      description="Associate, professional and expert: earned by completing the required courses, valid for a number of months, renewed before they lapse."
      action={
        author && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => editing.open(null)}>
            New certification
          </Button>
        )
      }
    >
      <QueryState query={certifications}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty title="No certifications yet" />
          ) : (
            <DataTable
              label="Certifications"
              minWidth={720}
              rows={rows}
              columns={columns}
              card={(c) => ({ title: `${c.badgeEmoji} ${c.name}`, subtitle: LABELS.certificationLevel[c.level] })}
              actions={(c) => [{ label: 'Edit', icon: IconPencil, onClick: () => editing.open(c), allowed: c.can.edit }]}
            />
          )
        }
      </QueryState>
      <FormDialog dialog={editing} title={(c) => (c ? `Edit ${c.name}` : 'New certification')} size="lg">
        {(c) => <CertificationForm certification={c} onDone={editing.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function MatrixTab() {
  const matrix = useCertificationMatrix();
  return (
    <SectionCard
      title="Who holds what"
      description="People per partner with a current certificate; in brackets how many of those expire within 60 days."
    >
      <QueryState query={matrix}>
        {(m) =>
          m.rows.length === 0 ? (
            <Empty title="Nobody is certified yet" />
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table striped aria-label="Certifications per partner">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Partner</Table.Th>
                    <Table.Th>Certified people</Table.Th>
                    {m.certifications.map((c) => (
                      <Table.Th key={c.id}>
                        {c.badgeEmoji} {c.name}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {m.rows.map((row) => (
                    <Table.Tr key={row.partnerId}>
                      <Table.Td>
                        <a href={`/partners/${row.partnerId}`}>{row.partnerName}</a>
                      </Table.Td>
                      <Table.Td>{row.certifiedPeople}</Table.Td>
                      {m.certifications.map((c) => {
                        const cell = row.cells.find((x) => x.certificationId === c.id);
                        return (
                          <Table.Td key={c.id}>
                            {cell ? (
                              <Stack gap={0}>
                                <Text size="sm">
                                  {cell.current}
                                  {cell.expiring > 0 && (
                                    <Text span c="yellow.8" size="sm">
                                      {' '}
                                      ({cell.expiring} expiring)
                                    </Text>
                                  )}
                                </Text>
                                {cell.expired > 0 && (
                                  <Text size="xs" c="dimmed">
                                    {cell.expired} lapsed
                                  </Text>
                                )}
                              </Stack>
                            ) : (
                              '—'
                            )}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </SectionCard>
  );
}

/** The vendor's enablement: courses, certifications and who holds what per partner. */
export function EnablementPage() {
  return (
    <>
      <PageHeader
        title="Enablement"
        description="Courses and certifications for partner people; certified people count towards tier requirements."
      />
      <Tabs defaultValue="courses" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="courses">Courses</Tabs.Tab>
          <Tabs.Tab value="certifications">Certifications</Tabs.Tab>
          <Tabs.Tab value="matrix">Who holds what</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="courses">
          <CoursesTab />
        </Tabs.Panel>
        <Tabs.Panel value="certifications">
          <CertificationsTab />
        </Tabs.Panel>
        <Tabs.Panel value="matrix">
          <MatrixTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
