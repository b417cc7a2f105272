/**
 * Generates invalid seeds from the real one: each mutation breaks one rule (of lib/limits.ts, lib/dataset/seed-schema.ts
 * or seed/graph-rules.ts) in a randomly chosen actor, document, literature item or field, and says which file,
 * record and field the rejection must name.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rng } from './random';

type Json = Record<string, any>;
/** What the rejection must name; `mentions` must all appear in the record or the message (for pairs of records). */
export type Expected = { file: string; record: string; field: RegExp; category: string; mentions?: string[] };
export type Mutation = { category: string; apply: (dir: string, r: Rng) => Expected };

const readJson = (file: string): any => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file: string, data: unknown) => writeFileSync(file, JSON.stringify(data, null, 2));
const actorFiles = (dir: string) =>
  readdirSync(join(dir, 'actors'))
    .filter((f) => f.endsWith('.json'))
    .sort();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Edits one actor file (chosen by `choose` among those it accepts) and returns what it changed. */
function onActor(dir: string, r: Rng, accept: (a: Json) => boolean, edit: (a: Json, r: Rng) => { record: string; field: string }, category: string): Expected {
  const candidates = actorFiles(dir).filter((f) => accept(readJson(join(dir, 'actors', f))));
  const name = r.pick(candidates);
  const file = join(dir, 'actors', name);
  const data = readJson(file);
  const { record, field } = edit(data, r);
  writeJson(file, data);
  return { file: `actors/${name}`, record, field: new RegExp(`^${escapeRe(field)}`), category };
}

/** Edits one document of a random actor that has documents. */
function onDocument(dir: string, r: Rng, edit: (d: Json, a: Json, r: Rng) => string, category: string, accept: (d: Json) => boolean = () => true): Expected {
  return onActor(
    dir,
    r,
    (a) => a.documents?.some(accept),
    (a, r) => {
      const indexes = a.documents.map((d: Json, i: number) => (accept(d) ? i : -1)).filter((i: number) => i >= 0);
      const i = r.pick(indexes) as number;
      const field = edit(a.documents[i], a, r);
      return { record: `"${a.documents[i].id}"`, field };
    },
    category,
  );
}

function onLiterature(dir: string, r: Rng, edit: (l: Json, all: Json[], i: number, r: Rng) => string, category: string): Expected {
  const file = join(dir, 'literature.json');
  const items = readJson(file) as Json[];
  const i = r.int(items.length);
  const field = edit(items[i]!, items, i, r);
  writeJson(file, items);
  return { file: 'literature.json', record: `"${items[i]!.id}"`, field: new RegExp(`^${escapeRe(field)}`), category };
}

const MEGABYTE = 'x'.repeat(1024 * 1024);
const CONTROL_CHARS = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b'];
const BAD_URLS = [
  'https://example.org/"><script>alert(1)</script>',
  'https://example.org/<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'ftp://example.org/file',
  'https://example.org/a b',
  'https://user:secret@example.org/',
  `https://example.org/${'a'.repeat(3000)}`,
  '//example.org/no-scheme',
  'vbscript:msgbox(1)',
];
const DOC_TEXT_FIELDS = ['title', 'summary', 'venue'] as const;

export const MUTATIONS: Mutation[] = [
  {
    category: 'overlong text (1 MB)',
    apply: (dir, r) => {
      const field = r.pick(['title', 'summary', 'venue', 'quote', 'notes']);
      return onDocument(
        dir,
        r,
        (d) => ((d[field] = `${d[field] ?? ''}${MEGABYTE}`), field),
        'overlong text (1 MB)',
        (d) => field !== 'quote' || d.quote !== null,
      );
    },
  },
  {
    category: 'overlong actor name',
    apply: (dir, r) =>
      onActor(
        dir,
        r,
        () => true,
        (a) => ((a.name = a.name + MEGABYTE.slice(0, 500)), { record: `"${a.slug}"`, field: 'name' }),
        'overlong actor name',
      ),
  },
  {
    category: 'control character in text',
    apply: (dir, r) => {
      const field = r.pick(DOC_TEXT_FIELDS);
      const c = r.pick(CONTROL_CHARS);
      return onDocument(dir, r, (d) => ((d[field] = `${d[field].slice(0, 5)}${c}${d[field].slice(5)}`), field), 'control character in text');
    },
  },
  {
    category: 'line break in a title',
    apply: (dir, r) => onDocument(dir, r, (d) => ((d.title = `${d.title}\n# Injected heading`), 'title'), 'line break in a title'),
  },
  {
    category: 'lone surrogate',
    apply: (dir, r) => onDocument(dir, r, (d) => ((d.summary = `${d.summary}\ud800`), 'summary'), 'lone surrogate'),
  },
  {
    category: 'replacement character (text decoded from bad UTF-8)',
    apply: (dir, r) => onDocument(dir, r, (d) => ((d.title = `Caf\uFFFD ${d.title}`), 'title'), 'replacement character (text decoded from bad UTF-8)'),
  },
  {
    category: 'invalid UTF-8 bytes',
    apply: (dir, r) => {
      const name = r.pick(actorFiles(dir));
      const file = join(dir, 'actors', name);
      const bytes = readFileSync(file);
      const bad = r.pick([[0xff], [0xc0, 0xaf], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0x80]]);
      // Inside the actor's name string, so the JSON stays well formed and only the encoding is wrong.
      const at = bytes.indexOf('"name": "') + 9;
      writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]));
      // Named by the record and field it falls in, and by its byte position.
      return {
        file: `actors/${name}`,
        record: `"${name.replace(/\.json$/, '')}"`,
        field: /^name$/,
        category: 'invalid UTF-8 bytes',
        mentions: [`at byte ${at}`],
      };
    },
  },
  {
    category: 'unsafe or non-http URL',
    apply: (dir, r) => {
      const url = r.pick(BAD_URLS);
      const field = r.pick(['url', 'archive_url', 'verified_from']);
      return onDocument(
        dir,
        r,
        (d) =>
          field === 'verified_from'
            ? ((d.verified_from = [...d.verified_from, url]), `verified_from[${d.verified_from.length - 1}]`)
            : ((d[field] = url), field),
        'unsafe or non-http URL',
      );
    },
  },
  {
    category: 'self membership',
    apply: (dir, r) =>
      onActor(
        dir,
        r,
        (a) => a.kind === 'regional_org' || a.kind === 'multilateral',
        (a) => (
          a.memberships.push({ group: a.slug, from: '2020-01-01', to: null }),
          { record: `"${a.slug}"`, field: `memberships[${a.memberships.length - 1}].group` }
        ),
        'self membership',
      ),
  },
  {
    category: 'State as a group',
    apply: (dir, r) => {
      const states = actorFiles(dir)
        .map((f) => readJson(join(dir, 'actors', f)))
        .filter((a) => a.kind === 'state');
      const group = r.pick(states).slug as string;
      return onActor(
        dir,
        r,
        (a) => a.kind === 'state' && a.slug !== group,
        (a) => (
          a.memberships.push({ group, from: '2020-01-01', to: null }),
          { record: `"${a.slug}"`, field: `memberships[${a.memberships.length - 1}].group` }
        ),
        'State as a group',
      );
    },
  },
  {
    category: 'duplicate membership',
    apply: (dir, r) =>
      onActor(
        dir,
        r,
        (a) => a.memberships.length > 0,
        (a) => (
          a.memberships.push({ ...a.memberships[0], from: a.memberships[0].from }),
          { record: `"${a.slug}"`, field: `memberships[${a.memberships.length - 1}]` }
        ),
        'duplicate membership',
      ),
  },
  {
    category: 'circular membership',
    apply: (dir, r) => {
      const groups = actorFiles(dir).filter((f) => ['regional_org', 'multilateral'].includes(readJson(join(dir, 'actors', f)).kind));
      const a = r.pick(groups);
      const b = r.pick(groups.filter((g) => g !== a));
      const slugA = a.replace(/\.json$/, '');
      const slugB = b.replace(/\.json$/, '');
      for (const [file, group] of [
        [a, slugB],
        [b, slugA],
      ] as const) {
        const data = readJson(join(dir, 'actors', file));
        data.memberships.push({ group, from: '2020-01-01', to: null });
        writeJson(join(dir, 'actors', file), data);
      }
      // The cycle is reported on whichever of the two the search meets first.
      return { file: 'actors/', record: '"', field: /^memberships\[\d+\]\.group$/, category: 'circular membership' };
    },
  },
  {
    category: 'duplicate ISO3',
    apply: (dir, r) => {
      const states = actorFiles(dir)
        .map((f) => readJson(join(dir, 'actors', f)))
        .filter((a) => a.iso3);
      const owner = r.pick(states);
      const e = onActor(
        dir,
        r,
        (a) => a.iso3 && a.iso3 !== owner.iso3,
        (a) => ((a.iso3 = owner.iso3), { record: `"${a.slug}"`, field: 'iso3' }),
        'duplicate ISO3',
      );
      // Reported on whichever of the two files comes second; the message names the other.
      return { ...e, file: 'actors/', record: '"', mentions: [e.record.slice(1, -1), owner.slug, owner.iso3] };
    },
  },
  {
    category: 'duplicate name',
    apply: (dir, r) => {
      const owner = r.pick(actorFiles(dir).map((f) => readJson(join(dir, 'actors', f))));
      const e = onActor(
        dir,
        r,
        (a) => a.name !== owner.name,
        (a) => ((a.name = owner.name), { record: `"${a.slug}"`, field: 'name' }),
        'duplicate name',
      );
      return { ...e, file: 'actors/', record: '"', mentions: [e.record.slice(1, -1), owner.slug] };
    },
  },
  {
    category: 'duplicate list entry',
    apply: (dir, r) => {
      const list = r.pick(['authors', 'verified_from', 'not_coded']);
      return onDocument(
        dir,
        r,
        (d) => (d[list].push(d[list][0]), `${list}[${d[list].length - 1}]`),
        'duplicate list entry',
        (d) => d[list].length > 0,
      );
    },
  },
  {
    category: 'year 0000',
    apply: (dir, r) => onDocument(dir, r, (d) => ((d.date = `0000${d.date.slice(4)}`), 'date'), 'year 0000'),
  },
  {
    category: 'quote with no source',
    apply: (dir, r) =>
      onDocument(
        dir,
        r,
        (d) => ((d.url = null), (d.archive_url = null), (d.verified_from = []), (d.notes = null), 'quote'),
        'quote with no source',
        (d) => d.quote !== null,
      ),
  },
  {
    category: 'unknown codebook version',
    apply: (dir, r) => {
      const file = join(dir, 'meta.json');
      const meta = readJson(file);
      meta.codebook_version = r.pick(['0.9.0', '2.0.0', '1.0.0-draft', 'latest']);
      writeJson(file, meta);
      return { file: 'meta.json', record: '(meta)', field: /^codebook_version$/, category: 'unknown codebook version' };
    },
  },
  {
    category: 'literature view outside the vocabulary',
    apply: (dir, r) =>
      onLiterature(
        dir,
        r,
        (l, _all, _i, r) => ((l.view = r.pick(['binding', 'yes', 'customary_law', '<b>x</b>'])), 'view'),
        'literature view outside the vocabulary',
      ),
  },
  {
    category: 'duplicate literature id',
    apply: (dir, r) =>
      onLiterature(
        dir,
        r,
        (l, all, i) => {
          const other = all[(i + 1) % all.length]!;
          l.id = other.id;
          return 'id';
        },
        'duplicate literature id',
      ),
  },
  {
    category: 'duplicate literature mention',
    apply: (dir, r) =>
      onLiterature(
        dir,
        r,
        (l) => (
          l.about_actors.length ? l.about_actors.push(l.about_actors[0]) : l.about_actors.push('france', 'france'),
          `about_actors[${l.about_actors.length - 1}]`
        ),
        'duplicate literature mention',
      ),
  },
];
