import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDay } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { useCurrentUser } from '../../auth/session';
import { useCertificates, useEnrolments } from '../api';

/** Portal home: courses in progress, and certifications expiring or expired (mine; a partner admin's: the company's). */
export function LearningCard() {
  const user = useCurrentUser();
  const mineOnly = user.role !== 'partner_admin';
  const enrolments = useEnrolments(user.id);
  const certificates = useCertificates(mineOnly ? { userId: user.id } : { partnerId: user.partnerId ?? undefined });
  const inProgress = (enrolments.data ?? []).filter((e) => e.status === 'in_progress');
  const attention = (certificates.data ?? []).filter(
    (c) => c.status === 'expiring' || (c.status === 'expired' && c.daysToExpiry > -90),
  );
  const current = (certificates.data ?? []).filter((c) => c.status === 'current' || c.status === 'expiring');
  return (
    <SectionCard
      title="Learning"
      label="Learning"
      action={
        <Anchor component={Link} to="/learning" size="sm">
          Courses
        </Anchor>
      }
    >
      <Stack gap="xs">
        <Text size="sm">
          {current.length} current certification{current.length === 1 ? '' : 's'}
          {mineOnly ? '' : ' at your company'}
        </Text>
        {attention.map((c) => (
          <Group key={c.id} justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={`/learning/certificates/${c.id}`} size="sm">
              {c.badge.emoji} {c.certificationName}
              {mineOnly ? '' : ` · ${c.userName}`}
            </Anchor>
            <Badge color={COLORS.certificateStatus[c.status]} variant="light">
              {c.status === 'expired' ? 'Expired' : `Expires ${formatDay(c.expiresOn)}`}
            </Badge>
          </Group>
        ))}
        {inProgress.map((e) => (
          <Group key={e.id} justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={`/learning/courses/${e.courseId}`} size="sm">
              {e.courseTitle}
            </Anchor>
            <Text size="xs" c="dimmed">
              {e.progress}% done
            </Text>
          </Group>
        ))}
        {attention.length === 0 && inProgress.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing in progress and nothing expiring. {LABELS.certificationLevel.associate} certifications start in the catalogue.
          </Text>
        )}
      </Stack>
    </SectionCard>
  );
}
