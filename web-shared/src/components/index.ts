export { default as AppShell } from './AppShell.svelte';
export { default as AppointmentList } from './AppointmentList.svelte';
export { default as EmptyState } from './EmptyState.svelte';
export { default as ErrorPage } from './ErrorPage.svelte';
export { default as FormField } from './FormField.svelte';
export { default as LoginFields } from './LoginFields.svelte';
export { default as LanguageSwitch } from './LanguageSwitch.svelte';
export { default as ProblemAlert } from './ProblemAlert.svelte';
