import type { ErrorCode } from './protocol.js';

/** An error whose code and message go back to the client as a failed response. */
export class SfuError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SfuError';
  }
}
