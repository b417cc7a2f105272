/**
 * The matrix rows as one HTML string (lib/compare/matrix-html.ts) on the real dataset, with an actor whose name is
 * hostile markup: parsed back, every row and cell says what the view's data says (names, links, words, the open
 * cell), in no element the renderer does not write itself, for the matrix's views (full, compact, withheld values,
 * a bloc, mixed kinds). The browser specs of /compare check the page around it.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCompareView, getCompareVocabulary } from '@/db/queries/compare';
import { matrixRowsHtml, type MatrixClasses } from '@/lib/compare/matrix-html';
import { outcomeMark } from '@/lib/compare/matrix-marks';
import { isCoded } from '@/lib/domain/as-of';
import { laterPoliticalNote, laterSilenceNote, outcomeLabel, pendingNote } from '@/lib/domain/outcome-text';
import { cellQueryBuilder, parseCompareParams } from '@/lib/url/compare-params';
import { actorHref, compareHref } from '@/lib/url/hrefs';
import { DEFAULT_SEED_DIR } from '@/seed/index';
import { readSeedDir } from '@/seed/read';
import { seedTestDb } from '../helpers/db';

const HOSTILE = `Denmark "<script>alert('x')</script>" & <b>Co</b>`;
const CLASSES = Object.fromEntries(
  [
    'blocRow',
    'kind',
    'masked',
    'year',
    'note',
    'noteMark',
    'kHigh',
    'kMedium',
    'kLow',
    'bOwn',
    'bContext',
    'bNone',
    'o_value',
    'o_silent',
    'o_not_coded',
    'o_no_document',
  ].map((k) => [k, `c-${k}`]),
) as MatrixClasses;

beforeAll(() => {
  const seed = readSeedDir(DEFAULT_SEED_DIR);
  seedTestDb({ ...seed, actors: seed.actors.map((a) => (a.slug === 'denmark' ? { ...a, name: HOSTILE } : a)) });
});

const textOf = (el: Element, skipHidden: boolean): string =>
  el.children
    .map((n) =>
      n.type === 'text'
        ? (n as unknown as { data: string }).data
        : n.type === 'tag' && !(skipHidden && (n as Element).attribs['aria-hidden'])
          ? textOf(n as Element, skipHidden)
          : '',
    )
    .join('');

const VIEWS = [
  {},
  { view: 'compact' },
  { minConfidence: 'high' },
  { evidence: 'own-words', view: 'compact' },
  { group: 'european-union' },
  { actors: 'denmark,european-union,china,african-union', cell: 'denmark:knowledge' },
  { asOf: '2019-12-31', sort: '-applicability', cell: 'china:applicability' },
];

describe('matrixRowsHtml', () => {
  for (const sp of VIEWS) {
    it(`says what the data says: ${JSON.stringify(sp)}`, async () => {
      const { params } = parseCompareParams(sp, await getCompareVocabulary(), '2026-11-22');
      const { rows } = await getCompareView(params);
      expect(rows.length).toBeGreaterThan(0);
      const compact = params.view === 'compact';
      const showKinds = new Set(rows.filter((r) => !r.isBloc).map((r) => r.actor.kind)).size > 1;
      const cellQuery = cellQueryBuilder(params);
      const cellHref = (actor: string, dim: string) => `${compareHref(cellQuery(actor, dim as never))}#evidence`;
      const html = matrixRowsHtml(rows, { compact, minConfidence: params.minConfidence, selected: params.cell, showKinds, cellHref, classes: CLASSES }).value;

      const doc = parseDocument(`<table><tbody>${html}</tbody></table>`);
      const all = DomUtils.getElementsByTagName(() => true, doc.children, true);
      expect(new Set(all.map((e) => e.name))).toEqual(new Set(['table', 'tbody', 'tr', 'th', 'td', 'a', 'span']));
      const trs = all.filter((e) => e.name === 'tr');
      expect(trs).toHaveLength(rows.length);
      let current = 0;
      rows.forEach((r, i) => {
        const tr = trs[i]!;
        const [th, ...tds] = tr.children.filter((n): n is Element => n.type === 'tag');
        const name = th!.children.find((n): n is Element => n.type === 'tag' && n.name === 'a')!;
        expect(name.attribs.href).toBe(actorHref(r.actor.slug));
        expect(textOf(name, false)).toBe(r.actor.name);
        expect(tr.attribs.class).toBe(r.isBloc ? CLASSES.blocRow : undefined);
        expect(tds).toHaveLength(r.cells.length);
        r.cells.forEach((c, j) => {
          const td = tds[j]!;
          const a = td.children.find((n): n is Element => n.type === 'tag' && n.name === 'a')!;
          const mark = outcomeMark(c.dimension, c.outcome);
          expect((td.attribs.class ?? '').split(' ')).toContain(`value-${mark.styleKey}`);
          expect(a.attribs.href).toBe(cellHref(r.actor.slug, c.dimension));
          const selected = params.cell?.actor === r.actor.slug && params.cell.dimension === c.dimension;
          expect(td.attribs['aria-current']).toBe(selected ? 'true' : undefined);
          current += selected ? 1 : 0;
          const year = isCoded(c.outcome) ? ` (${c.outcome.document.date.slice(0, 4)})` : '';
          const notes = [pendingNote(c.outcome), laterSilenceNote(c.outcome), laterPoliticalNote(c.outcome)].filter(Boolean).join('; ');
          // What the link reads out (the symbol is aria-hidden), and the note beside it in the full view.
          const words = textOf(a, true);
          const withheld = c.belowMinConfidence || c.notOwnWords;
          const said = withheld ? words.slice(0, words.length - (compact && notes ? notes.length + 2 : 0)) : null;
          if (withheld) expect(said!.startsWith(c.belowMinConfidence ? 'Below ' : 'Withheld: ') && said!.endsWith(year)).toBe(true);
          else expect(words).toBe(compact ? `${mark.short}${notes ? `; ${notes}` : ''}` : `${outcomeLabel(c.dimension, c.outcome)}${year}`);
          if (!compact) expect(textOf(td, true).slice(words.length)).toBe(notes);
        });
      });
      expect(current).toBe(params.cell && rows.some((r) => r.actor.slug === params.cell!.actor) ? 1 : 0);
    });
  }

  it('refuses a cell link that is not in-app', async () => {
    const { params } = parseCompareParams({ actors: 'denmark' }, await getCompareVocabulary(), '2026-11-22');
    const { rows } = await getCompareView(params);
    const options = { compact: false, minConfidence: null, selected: null, showKinds: false, classes: CLASSES };
    expect(() => matrixRowsHtml(rows, { ...options, cellHref: () => 'javascript:alert(1)' })).toThrow('not an in-app link');
    // The hostile name comes out as React would write it.
    expect(matrixRowsHtml(rows, { ...options, cellHref: () => '/compare' }).value).toContain(
      renderToStaticMarkup(createElement('a', { href: actorHref('denmark') }, HOSTILE)),
    );
  });
});
