import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import type { OpportunityCardProps, PageCard, PageCardProps } from './module';
import { WEB_MODULES } from './modules';

/** Each shared page's slot and what its cards are given. */
type SlotProps = { partnerCards: PageCardProps; portalHomeCards: PageCardProps; opportunityCards: OpportunityCardProps };
type Slot = keyof SlotProps;

/** Each card's lazy component, made once per card (React.lazy must not be called per render). */
const lazyCards = new Map<object, unknown>();
function lazyOf<P>(card: PageCard<P>): LazyExoticComponent<ComponentType<P>> {
  let component = lazyCards.get(card) as LazyExoticComponent<ComponentType<P>> | undefined;
  if (!component) {
    component = lazy(() => card.load().then((c) => ({ default: c })));
    lazyCards.set(card, component);
  }
  return component;
}

function cardsOf<S extends Slot>(slot: S, column: PageCard['column']) {
  return WEB_MODULES.flatMap((module) =>
    ((module[slot] ?? []) as readonly PageCard<SlotProps[S]>[]).map((card, index) => ({ card, key: `${module.name}.${index}` })),
  )
    .filter(({ card }) => card.column === column)
    .sort((a, b) => a.card.order - b.card.order);
}

/**
 * The cards every module places in one column of a shared page (`partnerCards` on the partner
 * 360, `portalHomeCards` on the portal home, `opportunityCards` on an opportunity's page), in
 * order, each loaded on first render.
 */
export function ModuleCards<S extends Slot>({
  slot,
  column,
  props,
}: {
  slot: S;
  column: PageCard['column'];
  props: SlotProps[S];
}) {
  return (
    <>
      {cardsOf(slot, column)
        .filter(({ card }) => card.visible?.(props) ?? true)
        .map(({ card, key }) => {
          const Card = lazyOf(card) as ComponentType<object>;
          return (
            <Suspense key={key} fallback={null}>
              <Card {...props} />
            </Suspense>
          );
        })}
    </>
  );
}
