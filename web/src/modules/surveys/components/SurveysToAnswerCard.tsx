import { Anchor, Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDay } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { useRounds } from '../api';

/** The portal home's "You have a survey to answer"; nothing at all when there is none. */
export function SurveysToAnswerCard() {
  const rounds = useRounds({ awaitingMe: 'true', limit: 5 });
  const open = rounds.data ?? [];
  if (open.length === 0) return null;
  return (
    <SectionCard title="You have a survey to answer" label="Surveys to answer">
      <Stack gap="xs">
        {open.map((r) => (
          <div key={r.id}>
            <Anchor component={Link} to={`/surveys/${r.id}`} fw={600}>
              {r.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {LABELS.surveyKind[r.kind]} · a few minutes · closes {formatDay(r.closesOn)}
            </Text>
          </div>
        ))}
        <Button component={Link} to={`/surveys/${open[0]?.id}`} size="xs" variant="light" w="fit-content">
          Answer now
        </Button>
      </Stack>
    </SectionCard>
  );
}
