import { Anchor, Badge, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { ImportButton } from '../../../ui/ImportButton';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type AllianceSummary, useAlliances } from '../api';

/** Vendor: every alliance with its phase, stage, sponsors, design and qualification. */
export function AlliancesPage() {
  const alliances = useAlliances();
  const user = useCurrentUser();
  return (
    <Stack gap={0}>
      <PageHeader
        title="Alliances"
        description="Strategic partners’ alliances: life-cycle phase, development stage, sponsors, commercial design and qualification."
        actions={<ImportButton kind="alliances" allowed={mayApp(user, 'import:alliances')} />}
      />
      <QueryState query={alliances}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty title="No alliances yet" description="Start one from a strategic partner’s page." />
          ) : (
            <DataTable<AllianceSummary>
              label="Alliances"
              rows={rows}
              framed
              minWidth={900}
              card={(a) => ({
                title: a.partnerName,
                subtitle: `${LABELS.allianceType[a.type]} · ${LABELS.developmentStage[a.stage]}`,
                to: `/alliances/${a.partnerId}`,
              })}
              columns={[
                {
                  key: 'partner',
                  header: 'Partner',
                  cell: (a) => (
                    <Anchor component={Link} to={`/alliances/${a.partnerId}`}>
                      {a.partnerName}
                    </Anchor>
                  ),
                },
                { key: 'type', header: 'Type', cell: (a) => LABELS.allianceType[a.type] },
                { key: 'phase', header: 'Phase', cell: (a) => LABELS.alliancePhase[a.phase] },
                { key: 'stage', header: 'Stage', cell: (a) => LABELS.developmentStage[a.stage] },
                { key: 'sponsors', header: 'Sponsors', cell: (a) => `${a.sponsorsNamed}/2` },
                { key: 'design', header: 'Design explicit', cell: (a) => `${a.designExplicit}/5` },
                {
                  key: 'qualification',
                  header: 'Qualification',
                  cell: (a) =>
                    a.recommendation ? (
                      <Badge color={a.recommendation === 'strategic_candidate' ? 'teal' : 'yellow'} variant="light">
                        {a.qualificationScore}% · {LABELS.recommendation[a.recommendation]}
                      </Badge>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
