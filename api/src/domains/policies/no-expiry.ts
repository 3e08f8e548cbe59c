/**
 * The unified OMS number is for life; such a policy is stored with the last date the schema allows. The web apps
 * say "does not expire" instead of showing it (web-shared `format/policies.ts`, which tests it is the same date).
 */
export const OMS_NO_EXPIRY = '2100-12-31';
