import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/session';
import type { ValuePropositionRef } from '../api';

/** The JVP a record names, linking to the alliance's joint value page (the vendor's or the portal's). */
export function ValuePropositionLink({ proposition }: { proposition: ValuePropositionRef | null }) {
  const user = useCurrentUser();
  if (!proposition)
    return (
      <Text span c="dimmed" inherit>
        None
      </Text>
    );
  const to = user.partnerId ? '/value' : `/partners/${proposition.partnerId}/value`;
  return (
    <Anchor component={Link} to={to}>
      {proposition.title}
      {proposition.version !== null ? ` (v${proposition.version})` : ''}
    </Anchor>
  );
}
