import { Badge, Group, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { PartnerApplication } from '../api';
import { applicationStatus, applicationStatusColor, duplicateReason, fitColor } from '../labels';

export function ApplicationStatusBadge({ status }: { status: PartnerApplication['status'] }) {
  return (
    <Badge variant="light" color={applicationStatusColor[status]}>
      {applicationStatus[status]}
    </Badge>
  );
}

/** The application's fit score and duplicate flags, as badges. */
export function ApplicationFlags({ application }: { application: PartnerApplication }) {
  const { fit, duplicates } = application;
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={fit.reasons.map((r) => `${r.met ? '✓' : '✗'} ${r.criterion}`).join(' · ') || 'No profile yet'}>
        <Badge variant="light" color={fitColor(fit.score)} aria-label={`Fit ${fit.score}`}>
          Fit {fit.score}
        </Badge>
      </Tooltip>
      {duplicates.length > 0 && (
        <Tooltip label={duplicates.map((d) => `${duplicateReason[d.reason]}: ${d.name}`).join(' · ')}>
          <Badge variant="light" color="orange" leftSection={<IconAlertTriangle size={12} />}>
            Possible duplicate
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
