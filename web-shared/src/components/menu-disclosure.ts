/** Space kept between an open menu and the edge of the screen. */
const EDGE_PX = 8;

/**
 * A `<details>` used as a pop-up menu (the header's and the tab bar's "More") closes as menus do: on Escape,
 * on a click or tap elsewhere, and when keyboard focus moves out of it, so the open panel never covers the
 * control that has focus. Escape with focus inside hands focus back to the `<summary>` instead of dropping it
 * on the page. Closing sets `open`, so a `bind:open` follows through the element's `toggle` event.
 *
 * An opened panel is also kept on the screen: the header's is aligned to the right edge of "More", which on a
 * phone (the staff app's nav wraps, "More" first on its line) put most of it past the left edge.
 */
export function menuDisclosure(details: HTMLDetailsElement) {
  const summary = () => details.querySelector('summary');
  const panel = () => details.querySelector<HTMLElement>(':scope > :not(summary)');
  const onToggle = () => {
    const element = panel();
    if (!element || !details.open) return;
    element.style.translate = '';
    const { left, right } = element.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const shift = left < EDGE_PX ? EDGE_PX - left : right > width - EDGE_PX ? width - EDGE_PX - right : 0;
    if (shift !== 0) element.style.translate = `${Math.round(shift)}px 0`;
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.open) return;
    const hadFocus = details.contains(document.activeElement);
    details.open = false;
    if (hadFocus) summary()?.focus();
  };
  const onClick = (event: MouseEvent) => {
    if (details.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
  };
  // Focus arriving anywhere else: tabbing on from the menu's last item, even by way of the browser's own
  // controls (the tab bar's menu is last on the page, so Tab leaves the document before it comes back).
  const onFocusin = (event: FocusEvent) => {
    if (details.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
  };
  window.addEventListener('keydown', onKeydown);
  window.addEventListener('click', onClick);
  window.addEventListener('focusin', onFocusin);
  details.addEventListener('toggle', onToggle);
  return {
    destroy() {
      details.removeEventListener('toggle', onToggle);
      window.removeEventListener('keydown', onKeydown);
      window.removeEventListener('click', onClick);
      window.removeEventListener('focusin', onFocusin);
    },
  };
}
