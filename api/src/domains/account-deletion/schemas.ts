import { z } from '@hono/zod-openapi';

export const deletionStatusSchema = z
  .object({
    /** Nothing stops the deletion now. */
    canDelete: z.boolean(),
    children: z.number().int().openapi({ description: 'Children under 15 in the account (they block it)' }),
    upcomingAppointments: z
      .number()
      .int()
      .openapi({ description: 'Booked appointments still ahead (they block it)' }),
    retentionYears: z.number().int().openapi({ description: 'How long the medical record is kept after it' }),
  })
  .openapi('AccountDeletionStatus');

export const deletionRequestSchema = z
  .object({
    password: z.string().min(1).max(200).openapi({ description: 'The current password, to confirm' }),
    confirm: z.literal(true).openapi({ description: 'The patient ticked "I understand"' }),
  })
  .openapi('AccountDeletionRequest');
