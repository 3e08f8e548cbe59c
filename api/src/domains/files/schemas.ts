import { z } from '@hono/zod-openapi';

export const fileKindSchema = z.enum(['test_result', 'conclusion', 'image', 'other']);

export const uploadFormSchema = z
  .object({
    file: z
      .instanceof(File, { message: 'Attach a file' })
      .openapi({ type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, up to 20 MB' }),
    kind: fileKindSchema.default('test_result'),
  })
  .openapi('FileUpload');

export const fileInfoSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    kind: fileKindSchema,
    contentType: z.string(),
    sizeBytes: z.number().int(),
    originalName: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('FileInfo');

export const attachBodySchema = z.object({ fileId: z.uuid() }).openapi('AttachFile');
