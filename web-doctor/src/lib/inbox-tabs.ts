/** The filter tabs of a staff inbox (InboxPage): one link per key back to the list, with the tab in its query. */
export const inboxTabs = <Key extends string>(
  keys: readonly Key[],
  labels: Record<Key, string>,
  path: string,
) => keys.map((key) => ({ key, label: labels[key], href: `${path}?tab=${key}` }));
