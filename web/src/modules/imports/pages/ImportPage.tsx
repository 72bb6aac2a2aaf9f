import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { NotFoundState, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useImporter } from '../api';
import { ImportWizard } from '../components/ImportWizard';

/** Where each kind's records are listed, for the wizard's last step (a page may pass its own `back`). */
const LISTS: Record<string, { to: string; label: string }> = {
  partners: { to: '/partners', label: 'partners' },
  contacts: { to: '/partners', label: 'partners' },
  users: { to: '/users', label: 'users' },
  'fx-rates': { to: '/fx-rates', label: 'exchange rates' },
};

/** A path inside the app (never another site). */
function localPath(value: string | null): string | null {
  return value && /^\/(?!\/)/.test(value) ? value : null;
}

/** `/imports/<kind>`: the import wizard of one importer (`?back=/partners/…` names the page to return to). */
export function ImportPage() {
  const { kind = '' } = useParams();
  const [params] = useSearchParams();
  const user = useCurrentUser();
  const importer = useImporter(kind);
  if (!mayApp(user, `import:${kind}`)) return <NotFoundState what="Import" />;
  const fallback = LISTS[kind] ?? { to: '/', label: 'the start page' };
  const back = localPath(params.get('back'));
  const list = back ? { to: back, label: params.get('backLabel')?.slice(0, 60) || fallback.label } : fallback;
  return (
    <QueryState query={importer} loading="Loading…">
      {(data) => (
        <>
          <PageHeader
            title={`Import ${data.label.toLowerCase()}`}
            description="From a CSV file: check every row first, then import them all at once, or none."
            crumbs={[{ label: list.label.charAt(0).toUpperCase() + list.label.slice(1), to: list.to }]}
          />
          <ImportWizard importer={data} list={list} />
        </>
      )}
    </QueryState>
  );
}
