import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { STAGE_COLORS, STAGE_LABELS, STAGES, useFunnel, usePartnerIdeas } from '../api';
import { SubmitIdeaForm } from './SubmitIdeaForm';

/**
 * A partner's innovation funnel at a glance — ideas per stage and the latest ones — with "Record
 * an idea" (the vendor, on the partner's behalf) or "Submit an idea" (the partner's people).
 */
export function InnovationCard({ partnerId, canSubmit, vendor }: { partnerId: string; canSubmit: boolean; vendor: boolean }) {
  const funnel = useFunnel(partnerId);
  const ideas = usePartnerIdeas(partnerId);
  const dialog = useDialog();
  const verb = vendor ? 'Record an idea' : 'Submit an idea';
  return (
    <SectionCard
      title="Innovation"
      label="Innovation"
      description="Joint ideas from submission through feasibility, prototype and pilot to launch."
      action={
        canSubmit && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            {verb}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        <QueryState query={funnel}>
          {(f) => (
            <Group gap="xs" aria-label="Ideas per stage">
              {STAGES.map((s) => (
                <Badge key={s} variant="light" color={STAGE_COLORS[s]}>
                  {STAGE_LABELS[s]} {f.stages[s]}
                </Badge>
              ))}
            </Group>
          )}
        </QueryState>
        <QueryState query={ideas}>
          {(page) =>
            page.data.length === 0 ? (
              <Text size="sm" c="dimmed">
                No ideas yet.
              </Text>
            ) : (
              <Stack gap={4}>
                {page.data.map((i) => (
                  <Group key={i.id} justify="space-between" wrap="nowrap">
                    <Anchor component={Link} to={`/innovation/${i.id}`} size="sm">
                      {i.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {STAGE_LABELS[i.stage]}
                    </Text>
                  </Group>
                ))}
                <Anchor component={Link} to="/innovation" size="xs">
                  The innovation funnel
                </Anchor>
              </Stack>
            )
          }
        </QueryState>
      </Stack>
      <FormDialog dialog={dialog} title={vendor ? 'Record an idea for the partner' : 'Submit an idea'}>
        {() => <SubmitIdeaForm partnerId={partnerId} onBehalf={vendor} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}
