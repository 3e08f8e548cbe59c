/**
 * A tiny XML writer that is safe by construction: text and attribute values are always escaped, and only
 * `Xml` values (made by `el`) are inserted as markup.
 */
export class Xml {
  constructor(readonly markup: string) {}
  toString() {
    return this.markup;
  }
}

export type Child = Xml | string | number | null | undefined | false | readonly Child[];
export type Attrs = Record<string, string | number | null | undefined | false>;

/** Characters XML 1.0 does not allow at all (controls other than tab, newline, carriage return). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for element content and for attribute values in either kind of quotes. */
export function escapeXml(text: string) {
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[<>&"']/g, (ch) => ENTITIES[ch]!);
}

function serialise(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (child instanceof Xml) return child.markup;
  if (Array.isArray(child)) return child.map(serialise).join('');
  return escapeXml(String(child as string | number));
}

/** An element; attributes that are null, undefined or false are left out, and so are empty children. */
export function el(name: string, attrs: Attrs = {}, ...children: Child[]): Xml {
  const attributes = Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const content = children.map(serialise).join('');
  return new Xml(content ? `<${name}${attributes}>${content}</${name}>` : `<${name}${attributes}/>`);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
