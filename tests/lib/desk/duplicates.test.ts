import { describe, expect, it } from 'vitest';
import { addressKey, findDuplicates, sameDate, titleSimilarity, type DocumentKey } from '@/lib/desk/duplicates';

const estonia = { slug: 'estonia', name: 'Estonia' };
const tracked: DocumentKey = {
  slug: 'estonia-2019-05-29-speech',
  title: 'President Kaljulaid at CyCon 2019: Cyber security and international law',
  date: '2019-05-29',
  url: 'https://www.president.ee/en/official-duties/speeches/15241-president-of-the-republic-at-the-opening-of-cycon-2019/',
  archiveUrl: null,
  authors: [estonia],
};

describe('findDuplicates', () => {
  it('flags the same speech proposed again: same actor, same day, a similar title', () => {
    const m = findDuplicates(
      {
        title: 'Speech by President Kaljulaid at CyCon 2019 on cyber security and international law',
        date: '2019-05-29',
        url: null,
        archiveUrl: null,
        actorSlugs: ['estonia'],
      },
      [tracked],
    );
    expect(m).toEqual([{ slug: tracked.slug, title: tracked.title, date: tracked.date, actor: estonia, reasons: ['same_actor_date_title'] }]);
  });

  it('flags the same address whoever files it, ignoring scheme, www, a trailing slash and the fragment', () => {
    const m = findDuplicates(
      {
        title: 'Something else',
        date: '2020',
        url: `${tracked.url!.replace('https://www.', 'http://')}#p2`.replace(/\/#/, '#'),
        archiveUrl: null,
        actorSlugs: ['finland'],
      },
      [tracked],
    );
    expect(m.map((x) => x.reasons)).toEqual([['same_address']]);
  });

  it('does not flag another document of the same actor: another date, or another title', () => {
    const base = { url: null, archiveUrl: null, actorSlugs: ['estonia'] };
    expect(findDuplicates({ ...base, title: tracked.title, date: '2020-05-29' }, [tracked])).toEqual([]);
    expect(findDuplicates({ ...base, title: 'National cyber security strategy 2019–2022', date: '2019-05-29' }, [tracked])).toEqual([]);
    expect(findDuplicates({ ...base, title: tracked.title, date: '2019-05-29', actorSlugs: ['latvia'] }, [tracked])).toEqual([]);
  });

  it('reads dates as periods and titles as words', () => {
    expect(sameDate('2019-05', '2019-05-29')).toBe(true);
    expect(sameDate('2019', '2019-05-29')).toBe(true);
    expect(sameDate('2019-06', '2019-05-29')).toBe(false);
    expect(titleSimilarity('Due Diligence, in Cyberspace', 'due diligence in cyberspace')).toBe(1);
    expect(titleSimilarity('a b', '')).toBe(0);
    expect(addressKey('not a url')).toBeNull();
  });
});
