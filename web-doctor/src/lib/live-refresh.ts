import { onMount } from 'svelte';
import { invalidate } from '$app/navigation';

/**
 * Reloads the data a page's load `depends` on (its `live` key) every `ms` while the tab is in view, so a
 * dashboard stays current without a reload. Call it from the page's script.
 */
export function refreshWhileVisible(live: () => string, ms: number) {
  onMount(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void invalidate(live());
    }, ms);
    return () => clearInterval(timer);
  });
}
