/**
 * Functions that run inside the browser page (handed to page.evaluate / addInitScript). The test
 * code is compiled for Node without the DOM library, so this file declares, for itself only, the
 * little of the DOM these functions touch.
 */
type Rect = { left: number; right: number; top: number; bottom: number; width: number; height: number };
type PageElement = { getBoundingClientRect(): Rect; nonce?: string; content?: string; naturalWidth?: number };
declare const document: {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  addEventListener(
    type: 'securitypolicyviolation',
    listener: (event: { violatedDirective: string; blockedURI: string; sourceFile: string; lineNumber: number }) => void,
  ): void;
  documentElement: { scrollWidth: number };
};
declare const window: { innerWidth: number; innerHeight: number };

/** Reports CSP violations on the console, where the test collects them. */
export function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

/** How many <style> elements lack the nonce of this page load (-1 when the page has no nonce at all). */
export function countStylesWithoutNonce(): number {
  const nonce = document.querySelector('meta[name="csp-nonce"]')?.content;
  if (!nonce) return -1;
  return [...document.querySelectorAll('style')].filter((style) => style.nonce !== nonce).length;
}

/** Pixels the page is wider than the viewport (0 or less: no sideways scrolling). */
export function horizontalOverflow(): number {
  return document.documentElement.scrollWidth - window.innerWidth;
}

/** Whether any part of the element is inside the viewport (a collapsed navbar is moved off-screen, not removed). */
export function isInViewport(element: PageElement): boolean {
  const box = element.getBoundingClientRect();
  return (
    box.width > 0 &&
    box.height > 0 &&
    box.right > 0 &&
    box.left < window.innerWidth &&
    box.bottom > 0 &&
    box.top < window.innerHeight
  );
}

/** The decoded width of an <img> (0 while it has not loaded or failed to). */
export function imageNaturalWidth(image: PageElement): number {
  return image.naturalWidth ?? 0;
}
