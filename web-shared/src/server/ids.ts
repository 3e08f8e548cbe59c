const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route ids are UUIDs; anything else is answered with the same 404 as an id the user may not see. */
export const isUuid = (value: string) => UUID.test(value);
