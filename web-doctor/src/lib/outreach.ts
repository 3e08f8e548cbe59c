import { z } from 'zod';
import type { StaffOutreach } from '@telemed/web-shared/types';

type Attempt = StaffOutreach['contactAttempts'][number];
type Channel = Attempt['channel'];
type Outcome = Attempt['outcome'];

// Records, so that a channel or outcome the api adds (or drops) fails to compile until it is listed here.
const channels: Record<Channel, true> = { call: true, message: true, video: true };
const outcomes: Record<Outcome, true> = {
  reached: true,
  no_answer: true,
  left_message: true,
  wrong_number: true,
  declined: true,
};

/** The contact channels and outcomes in the order the form offers them, and the only ones its action sends. */
export const CONTACT_CHANNELS = Object.keys(channels) as [Channel, ...Channel[]];
export const CONTACT_OUTCOMES = Object.keys(outcomes) as [Outcome, ...Outcome[]];

export const contactFormSchema = z.object({
  channel: z.enum(CONTACT_CHANNELS),
  outcome: z.enum(CONTACT_OUTCOMES),
  note: z.string().trim().optional(),
});

/** The outreach forms; a failure names its form, so the panel shows it there. */
export type OutreachAction = 'schedule' | 'contact' | 'task';
export interface OutreachProblem {
  action: OutreachAction;
  message: string;
}
