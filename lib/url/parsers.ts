/**
 * nuqs parsers shared by every view's URL definition. Lists accept both spellings the app's own forms and links
 * produce — repeated keys (`?actors=a&actors=b`, what a GET form with a multi-select sends) and comma lists
 * (`?actors=a,b`, what shared links use) — and are written back as one comma list.
 */
import { createMultiParser, createParser, createSerializer } from 'nuqs/server';

/** A trimmed string; blank reads as absent, so `?q=` and no `q` mean the same. */
export const parseAsText = createParser<string>({
  parse: (v) => v.trim() || null,
  serialize: (v) => v,
});

/** A deduplicated list from repeated keys and/or comma-separated values, order kept; empty reads as absent. */
export const parseAsList = createMultiParser<string[]>({
  parse: (values) => {
    const items = [
      ...new Set(
        values
          .flatMap((v) => v.split(','))
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    return items.length ? items : null;
  },
  serialize: (items) => (items.length ? [items.join(',')] : []),
  eq: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
});

type QueryValue = string | readonly string[] | null | undefined;

/**
 * Serialises a view's parameters with nuqs, in the given key order, dropping null and empty values. Commas and
 * colons stay readable in shared links (actors=denmark,china; cell=china:knowledge); everything else is encoded.
 */
export function serializeQuery(params: Record<string, QueryValue>): string {
  const keys = Object.keys(params);
  const isList = (k: string) => Array.isArray(params[k]);
  const values = Object.fromEntries(
    keys.map((k) => {
      const v = params[k];
      if (v == null) return [k, null];
      if (typeof v === 'string') return [k, v === '' ? null : v];
      return [k, v.length ? [...v] : null];
    }),
  );
  return serializerFor(keys, isList)(values);
}

type Serializer = (values: Record<string, string | string[] | null>) => string;
const serializers = new Map<string, Serializer>();

/**
 * One nuqs serializer per shape of query (its keys in order, each text or list), built once: a page writes hundreds of
 * links of the same shape (every matrix cell), and building the serializer was most of the cost of each.
 */
function serializerFor(keys: readonly string[], isList: (k: string) => boolean): Serializer {
  const shape = keys.map((k) => (isList(k) ? `${k}[]` : k)).join('&');
  let serializer = serializers.get(shape);
  if (!serializer) {
    serializer = createSerializer(Object.fromEntries(keys.map((k) => [k, isList(k) ? parseAsList : parseAsText]))) as unknown as Serializer;
    // Shapes come from the code's own link builders, a few dozen; the bound only guards against a caller passing keys
    // it did not choose.
    if (serializers.size < 500) serializers.set(shape, serializer);
  }
  return serializer;
}
