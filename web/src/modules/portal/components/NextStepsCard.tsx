import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDay } from '../../../ui/format';
import { formatAmount } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import type { SessionUser } from '../../auth/session';
import { useComplianceStatus } from '../../compliance/api';
import { useDealSummary } from '../../deal-registrations/api';
import { useCertificates, useEnrolments } from '../../enablement/api';
import { useEarningsSummary } from '../../incentives/api';
import { useLeadsToAccept } from '../../leads/api';
import { useFunds, useRequests } from '../../mdf/api';

/** One thing the partner should do, with where to do it and by when (null: no date). */
export type NextStep = { key: string; text: string; detail: string; to: string; due: string | null; urgent: boolean };

/** Days from `today` to `day` (both YYYY-MM-DD). */
function daysUntil(day: string, today: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Claim windows closing within this many days are a next step. */
const CLAIM_SOON_DAYS = 30;

/**
 * The portal home's first card: what to do next, gathered from the partner's own data — money
 * held or about to lapse, certifications to renew, leads and registrations waiting, courses
 * half done — soonest first. Each line links to where it is done. It reads the same queries the
 * cards below it read (one request each, shared through the query cache).
 */
export function NextStepsCard({ partnerId, user }: { partnerId: string; user: SessionUser }) {
  const admin = user.role === 'partner_admin';
  const today = new Date().toISOString().slice(0, 10);
  const certificates = useCertificates(admin ? { partnerId } : { userId: user.id });
  const enrolments = useEnrolments(user.id);
  const leads = useLeadsToAccept();
  const deals = useDealSummary(partnerId);
  const funds = useFunds(partnerId);
  const requests = useRequests('approved');
  const compliance = useComplianceStatus(partnerId);
  const earnings = useEarningsSummary(null);

  const steps: NextStep[] = [];
  for (const h of earnings.data?.held ?? [])
    steps.push({
      key: `held-${h.currency}`,
      text: `Release your held payout of ${formatAmount(h)}`,
      detail: h.reason,
      to: '/compliance',
      due: null,
      urgent: true,
    });
  for (const action of compliance.data?.actions ?? [])
    for (const reason of action.blocked ? action.reasons : [])
      steps.push({
        key: `compliance-${action.action}-${reason.type}`,
        text: `Resolve a compliance item: ${reason.message}`,
        detail: `It blocks ${action.action.replaceAll('_', ' ')}`,
        to: '/compliance',
        due: null,
        urgent: true,
      });
  for (const c of certificates.data ?? []) {
    if (c.status !== 'expiring' && !(c.status === 'expired' && c.daysToExpiry > -90)) continue;
    const who = admin && c.userId !== user.id ? ` (${c.userName})` : '';
    steps.push({
      key: `certificate-${c.id}`,
      text: `Renew ${c.certificationName}${who}`,
      detail: c.status === 'expired' ? `Expired ${formatDay(c.expiresOn)}` : `Expires ${formatDay(c.expiresOn)}`,
      to: `/learning/certificates/${c.id}`,
      due: c.expiresOn,
      urgent: c.status === 'expired' || c.daysToExpiry <= 7,
    });
  }
  for (const r of requests.data ?? []) {
    if (!r.can.claim || r.claimWindow.opensOn > today) continue;
    const left = daysUntil(r.claimWindow.closesOn, today);
    if (left < 0 || left > CLAIM_SOON_DAYS) continue;
    steps.push({
      key: `claim-${r.id}`,
      text: `Claim MDF for ${r.title}`,
      detail: `Send proof of performance by ${formatDay(r.claimWindow.closesOn)}`,
      to: '/mdf',
      due: r.claimWindow.closesOn,
      urgent: left <= 7,
    });
  }
  for (const e of funds.data?.expiring ?? [])
    steps.push({
      key: `funds-${e.allocationId}`,
      text: `Use ${formatAmount(e.available)} of ${e.period} MDF`,
      detail: `Request it before it expires on ${formatDay(e.expiresOn)}`,
      to: '/mdf',
      due: e.expiresOn,
      urgent: daysUntil(e.expiresOn, today) <= 7,
    });
  const waiting = leads.data ?? [];
  if (waiting.length > 0) {
    const by = waiting[0]?.acceptDueAt ? new Date(waiting[0].acceptDueAt).toISOString().slice(0, 10) : null;
    steps.push({
      key: 'leads',
      text: `Accept or decline ${waiting.length === 8 ? '8 or more' : waiting.length} lead${waiting.length === 1 ? '' : 's'}`,
      detail: by ? `The first by ${formatDay(by)}` : 'Sent to your company by the vendor',
      to: '/leads',
      due: by,
      urgent: by !== null && daysUntil(by, today) <= 1,
    });
  }
  const expiringDeals = deals.data?.expiringSoon ?? 0;
  if (expiringDeals > 0)
    steps.push({
      key: 'registrations',
      text: `Close or extend ${expiringDeals} deal registration${expiringDeals === 1 ? '' : 's'}`,
      detail: 'Protection ends within 14 days',
      to: '/deal-registrations?expiringSoon=true',
      due: null,
      urgent: false,
    });
  for (const e of enrolments.data ?? []) {
    if (e.status !== 'in_progress') continue;
    steps.push({
      key: `course-${e.id}`,
      text: `Finish ${e.courseTitle}`,
      detail: `${e.progress}% done`,
      to: `/learning/courses/${e.courseId}`,
      due: null,
      urgent: false,
    });
  }
  // Urgent first, then by date (undated after dated), then as gathered.
  const ordered = steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => Number(b.s.urgent) - Number(a.s.urgent) || (a.s.due ?? '9999').localeCompare(b.s.due ?? '9999') || a.i - b.i)
    .map(({ s }) => s);
  const loading = [certificates, leads, funds, earnings].some((q) => q.isLoading);

  return (
    <SectionCard
      title={
        <Group gap="xs" component="span">
          <IconListCheck size={20} />
          Next steps
        </Group>
      }
      label="Next steps"
    >
      {ordered.length === 0 ? (
        <Text size="sm" c="dimmed">
          {loading ? 'Loading…' : 'Nothing waits for you: no certification to renew, no lead to accept, no funds about to lapse.'}
        </Text>
      ) : (
        <Stack gap={6}>
          {ordered.map((s) => (
            <Group key={s.key} justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0}>
                <Anchor component={Link} to={s.to} size="sm" fw={600}>
                  {s.text}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {s.detail}
                </Text>
              </Stack>
              {s.urgent && (
                <Badge color="red" variant="light">
                  Urgent
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
