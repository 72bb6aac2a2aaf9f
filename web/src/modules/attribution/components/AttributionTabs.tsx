import { Tabs } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  { value: '/attribution', label: 'Credit by model' },
  { value: '/attribution/compare', label: 'Compare models' },
  { value: '/attribution/influenced', label: 'Influenced' },
  { value: '/attribution/setup', label: 'Policies and locks' },
];

/**
 * The attribution pages as tabs; the range travels along in the query string. It is read from the
 * address bar at the click, not from this render: the router applies a navigation as a transition,
 * so a click right after "Last 4 quarters" would otherwise carry the older query string along.
 */
export function AttributionTabs() {
  const location = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((t) => t.value === location.pathname)?.value ?? '/attribution';
  return (
    <Tabs value={active} onChange={(v) => v && navigate({ pathname: v, search: window.location.search })} mb="md">
      <Tabs.List>
        {TABS.map((t) => (
          <Tabs.Tab key={t.value} value={t.value}>
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
