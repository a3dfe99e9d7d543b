const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a string from outside (a URL segment, a form, an imported file) is a UUID. Checked
 * before it reaches PostgreSQL, which would answer a malformed one with an error, not "absent".
 */
export const isUuid = (value: string): boolean => uuidPattern.test(value);
