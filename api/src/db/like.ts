/** `text` for a LIKE pattern: the `%`, `_` and `\` a user typed are letters, not wildcards. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** A LIKE pattern matching `text` anywhere in a value. */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;
