import { fieldProblemMessage, type Locale, messages, problemMessage } from '@telemed/web-shared/i18n';
import {
  fieldErrorsFrom,
  formValues,
  isUuid,
  type ApiClient,
  type FormFailure,
  type Problem,
} from '@telemed/web-shared/server';
import { type Documents } from '$lib/server/booking-forms';
import { z } from 'zod';
import { unwrap } from './api';

export const requestKinds = ['second_opinion', 'test_decoding'] as const;
export type RequestKind = (typeof requestKinds)[number];
const fileKinds = ['test_result', 'conclusion', 'image', 'other'] as const;

/** What a link into the form may preselect; anything malformed is dropped, the form still opens. */
export function readRequestQuery(params: URLSearchParams) {
  return z
    .object({
      kind: z.enum(requestKinds).catch('second_opinion'),
      patientId: z.uuid().optional().catch(undefined),
      reportId: z.uuid().optional().catch(undefined),
    })
    .parse(Object.fromEntries(params));
}

// `requestKind`, not `kind`: the attachment picker's document-type select is already called `kind`.
const fields = [
  'requestKind',
  'to',
  'complaints',
  'diagnosisGiven',
  'treatmentGiven',
  'purpose',
  'format',
  'fileIds',
] as const;
export type RequestField = (typeof fields)[number];

export type RequestFailure = FormFailure<RequestField> & { fileIds: string[]; labReportIds: string[] };

/**
 * The request form as the api wants it. The addressee is one choice: `specialty:<code>` for anyone of a
 * specialty, or `doctor:<id>:<code>` for a particular doctor (their specialty travels with them).
 */
export function readRequestForm(data: FormData, locale: Locale) {
  const t = messages(locale).requests.form;
  const values = formValues(data, fields);
  const ids = (name: string) =>
    data.getAll(name).filter((id): id is string => typeof id === 'string' && isUuid(id));
  const file = data.get('file');
  const documents: Documents = {
    fileIds: ids('fileId'),
    file: file instanceof File && file.size > 0 ? file : null,
    kind: z.enum(fileKinds).catch('test_result').parse(data.get('kind')),
  };
  const labReportIds = ids('labReportId');
  const parsed = z
    .object({
      requestKind: z.enum(requestKinds, t.required),
      to: z.string().regex(/^(specialty:[a-z_]+|doctor:[0-9a-f-]{36}:[a-z_]+)$/, t.chooseAddressee),
      complaints: z.string().max(4000),
      diagnosisGiven: z.string().max(2000),
      treatmentGiven: z.string().max(4000),
      purpose: z.string().max(2000),
      format: z.enum(['written', 'consult'], t.required),
    })
    .superRefine((v, ctx) => {
      // A decoding's question is optional: the results are what the doctor reads.
      if (v.requestKind === 'second_opinion' && v.complaints.length < 3)
        ctx.addIssue({ code: 'custom', path: ['complaints'], message: t.complaintsShort });
      if (v.requestKind === 'second_opinion' && !v.diagnosisGiven)
        ctx.addIssue({ code: 'custom', path: ['diagnosisGiven'], message: t.needDiagnosis });
      if (
        v.requestKind === 'test_decoding' &&
        !documents.fileIds.length &&
        !documents.file &&
        !labReportIds.length
      )
        ctx.addIssue({ code: 'custom', path: ['fileIds'], message: t.needAttachment });
    })
    .safeParse(values);
  if (!parsed.success) {
    const failure: RequestFailure = {
      status: 400,
      values,
      fieldErrors: fieldErrorsFrom(parsed.error, fields),
      message: null,
      fileIds: documents.fileIds,
      labReportIds,
    };
    return { ok: false as const, failure };
  }
  const { requestKind, to, ...rest } = parsed.data;
  const [, first, second] = to.split(':');
  const addressee = to.startsWith('doctor:')
    ? { practitionerId: first!, specialtyCode: second! }
    : { specialtyCode: first! };
  return {
    ok: true as const,
    values,
    documents,
    labReportIds,
    body: { kind: requestKind, ...rest, ...addressee },
  };
}

/** The api's refusals by field, where the field is one of the form's. */
export function fieldErrorsFromProblem(problem: Problem, locale: Locale) {
  const map: Record<string, RequestField> = {
    specialtyCode: 'to',
    practitionerId: 'to',
    labReportIds: 'fileIds',
    kind: 'requestKind',
  };
  const errors: Partial<Record<RequestField, string>> = {};
  for (const item of problem.errors) {
    const key = item.path.split('.')[0] ?? '';
    const field = map[key] ?? fields.find((f) => f === key);
    if (field && !errors[field])
      errors[field] = fieldProblemMessage(item, locale) ?? problemMessage(problem, locale);
  }
  return errors;
}

export async function loadRequest(api: ApiClient, id: string) {
  return api.requests[':id'].$get({ param: { id } }).then(unwrap);
}
