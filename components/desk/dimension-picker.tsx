import Link from 'next/link';
import { DIMENSION_KEYS, DIMENSION_LABELS, type DimensionKey } from '@/lib/domain/codebook';
import { proposeCodingHref, proposeCorrectionHref } from '@/lib/url/hrefs';

/** Every dimension of the document: the one being coded, the others still to code, and those coded (to correct). */
export function DimensionPicker({
  document,
  actor,
  current,
  coded,
}: {
  document: string;
  actor: string;
  current: DimensionKey | null;
  coded: Partial<Record<DimensionKey, number>>;
}) {
  return (
    <nav aria-label="Dimensions of this document">
      <ul className="dimension-picker">
        {DIMENSION_KEYS.map((d) => {
          const codingId = coded[d];
          return (
            <li key={d}>
              {codingId !== undefined ? (
                <>
                  {DIMENSION_LABELS[d]}: coded (
                  <Link href={proposeCorrectionHref(codingId)}>
                    propose a correction<span className="visually-hidden"> of {DIMENSION_LABELS[d]}</span>
                  </Link>
                  )
                </>
              ) : d === current ? (
                <strong aria-current="page">{DIMENSION_LABELS[d]}: coding now</strong>
              ) : (
                <>
                  <Link href={proposeCodingHref({ document, actor, dimension: d })}>{DIMENSION_LABELS[d]}</Link>: not yet coded
                </>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
