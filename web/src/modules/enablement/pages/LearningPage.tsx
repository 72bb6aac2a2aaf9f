import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { COLORS, LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useCurrentUser } from '../../auth/session';
import { type CourseEnrolment, useCertificates, useCertifications, useCourses, useEnrolments } from '../api';
import { CertificateList } from '../components/CertificateList';

function Catalogue({ enrolments }: { enrolments: CourseEnrolment[] }) {
  const courses = useCourses();
  return (
    <QueryState query={courses}>
      {(rows) =>
        rows.length === 0 ? (
          <Empty title="No courses published yet" />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
            {rows.map((c) => {
              const mine = enrolments.find((e) => e.courseId === c.id);
              return (
                <Card key={c.id} withBorder aria-label={`Course ${c.title}`}>
                  <Stack gap="xs" h="100%">
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={600}>{c.title}</Text>
                      <Badge variant="light">{LABELS.courseLevel[c.level]}</Badge>
                    </Group>
                    <Text size="sm" c="dimmed" lineClamp={3}>
                      {c.description}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {c.modules.length} modules{c.durationMinutes ? ` · ${c.durationMinutes} min` : ''}
                      {c.questionCount ? ` · quiz, pass mark ${c.passMark}%` : ''}
                    </Text>
                    {mine && <Progress value={mine.status === 'completed' ? 100 : mine.progress} size="sm" />}
                    <Button component={Link} to={`/learning/courses/${c.id}`} variant={mine ? 'light' : 'filled'} mt="auto">
                      {!mine ? 'Start course' : mine.status === 'completed' ? 'Review' : 'Continue'}
                    </Button>
                  </Stack>
                </Card>
              );
            })}
          </SimpleGrid>
        )
      }
    </QueryState>
  );
}

function Certifications() {
  const certifications = useCertifications();
  return (
    <QueryState query={certifications}>
      {(rows) => (
        <Stack gap="sm">
          {rows
            .filter((c) => c.status === 'active')
            .map((c) => (
              <Card key={c.id} withBorder>
                <Group justify="space-between">
                  <Text fw={600}>
                    {c.badgeEmoji} {c.name}
                  </Text>
                  <Badge color={COLORS.certificationLevel[c.level]}>{LABELS.certificationLevel[c.level]}</Badge>
                </Group>
                <Text size="sm">Complete: {c.requiredCourses.map((x) => x.title).join(', ') || '—'}</Text>
                <Text size="xs" c="dimmed">
                  Valid for {c.validityMonths} months. Renewal: {c.renewalPath}.
                </Text>
              </Card>
            ))}
        </Stack>
      )}
    </QueryState>
  );
}

/** The portal's learning: the course catalogue, my courses, my certificates and badges. */
export function LearningPage() {
  const user = useCurrentUser();
  const enrolments = useEnrolments(user.id);
  const certificates = useCertificates({ userId: user.id });
  return (
    <>
      <PageHeader
        title="Learning"
        description="Take courses, pass their quizzes and earn certifications; your certified people count towards your tier."
      />
      <Tabs defaultValue="catalogue" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="catalogue">Catalogue</Tabs.Tab>
          <Tabs.Tab value="certificates">My certificates</Tabs.Tab>
          <Tabs.Tab value="certifications">Certifications</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="catalogue">
          <Catalogue enrolments={enrolments.data ?? []} />
        </Tabs.Panel>
        <Tabs.Panel value="certificates">
          <SectionCard title="My certificates and badges">
            <QueryState query={certificates}>
              {(rows) =>
                rows.length === 0 ? (
                  <Empty title="No certificates yet" description="Complete a certification's courses to earn it." />
                ) : (
                  <CertificateList certificates={rows} />
                )
              }
            </QueryState>
          </SectionCard>
        </Tabs.Panel>
        <Tabs.Panel value="certifications">
          <Certifications />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
