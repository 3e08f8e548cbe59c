import type { en } from './en/index.js';

/** The shape of a message catalogue, taken from the English reference catalogue. */
export type Messages = typeof en;
