import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActorPicker, PICKER_LIST_LIMIT } from '@/components/filters/actor-picker';
import type { ActorKind } from '@/lib/domain/vocabulary';

const actors = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `state-${i}`, name: `State ${i}`, kind: 'state' as ActorKind }));
const checkboxes = (html: string) => [...html.matchAll(/<input type="checkbox" name="actors"( checked="")? value="([^"]+)"/g)].map((m) => [m[2], !!m[1]]);

describe('ActorPicker', () => {
  it('lists every actor as a checkbox up to the limit, the chosen ones ticked', () => {
    const html = renderToStaticMarkup(<ActorPicker actors={actors(PICKER_LIST_LIMIT)} chosen={['state-3']} />);
    const boxes = checkboxes(html);
    expect(boxes).toHaveLength(PICKER_LIST_LIMIT);
    expect(boxes.filter(([, on]) => on)).toEqual([['state-3', true]]);
    expect(html).not.toContain('Add actors by name');
  });

  it('beyond the limit, keeps only the chosen actors as checkboxes and takes more by name', () => {
    const html = renderToStaticMarkup(<ActorPicker actors={actors(PICKER_LIST_LIMIT * 40)} chosen={['state-7', 'state-19999']} />);
    expect(checkboxes(html)).toEqual([
      ['state-7', true],
      ['state-19999', true],
    ]);
    const field = html.match(/Add actors by name(<input [^>]*>)/)?.[1] ?? '';
    expect(field).toContain('type="text"');
    expect(field).toContain('name="actors"');
    expect(field).toContain('aria-describedby="actors-by-name-hint"');
    expect(html).toContain('20,000 actors are tracked, too many to list here');
    expect(html.length).toBeLessThan(2_000);
  });
});
