/**
 * A `<details>` used as a pop-up menu (the header's and the tab bar's "More") closes as menus do: on Escape,
 * on a click or tap elsewhere, and when keyboard focus moves out of it, so the open panel never covers the
 * control that has focus. Escape with focus inside hands focus back to the `<summary>` instead of dropping it
 * on the page. Closing sets `open`, so a `bind:open` follows through the element's `toggle` event.
 */
export function menuDisclosure(details: HTMLDetailsElement) {
  const summary = () => details.querySelector('summary');
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
  return {
    destroy() {
      window.removeEventListener('keydown', onKeydown);
      window.removeEventListener('click', onClick);
      window.removeEventListener('focusin', onFocusin);
    },
  };
}
