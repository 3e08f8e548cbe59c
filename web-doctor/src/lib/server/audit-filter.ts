/** The audit-log filter fields, as the page's GET form and the CSV link carry them in the query string. */
export const AUDIT_FILTER_FIELDS = ['actor', 'patient', 'action', 'outcome', 'from', 'to'] as const;

export type AuditFilter = Partial<Record<(typeof AUDIT_FILTER_FIELDS)[number], string>>;

/** The filled-in filter fields of a query string (empty ones are left out, so the api sees no blanks). */
export function auditFilterFrom(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  for (const name of AUDIT_FILTER_FIELDS) {
    const value = params.get(name)?.trim();
    if (value) filter[name] = value;
  }
  return filter;
}
