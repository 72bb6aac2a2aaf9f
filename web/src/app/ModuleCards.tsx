import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import type { PageCard, PageCardProps } from './module';
import { WEB_MODULES } from './modules';

type Slot = 'partnerCards' | 'portalHomeCards';

/** Each card's lazy component, made once per card (React.lazy must not be called per render). */
const lazyCards = new Map<PageCard, LazyExoticComponent<ComponentType<PageCardProps>>>();
function lazyOf(card: PageCard) {
  let component = lazyCards.get(card);
  if (!component) {
    component = lazy(() => card.load().then((c) => ({ default: c })));
    lazyCards.set(card, component);
  }
  return component;
}

function cardsOf(slot: Slot, column: PageCard['column']) {
  return WEB_MODULES.flatMap((module) => (module[slot] ?? []).map((card, index) => ({ card, key: `${module.name}.${index}` })))
    .filter(({ card }) => card.column === column)
    .sort((a, b) => a.card.order - b.card.order);
}

/**
 * The cards every module places in one column of a shared page (`partnerCards` on the partner
 * 360, `portalHomeCards` on the portal home), in order, each loaded on first render.
 */
export function ModuleCards({ slot, column, props }: { slot: Slot; column: PageCard['column']; props: PageCardProps }) {
  return (
    <>
      {cardsOf(slot, column)
        .filter(({ card }) => card.visible?.(props) ?? true)
        .map(({ card, key }) => {
          const Card = lazyOf(card);
          return (
            <Suspense key={key} fallback={null}>
              <Card {...props} />
            </Suspense>
          );
        })}
    </>
  );
}
