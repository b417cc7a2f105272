import { compareQuery, type CompareParams } from '@/lib/url/compare-params';
import styles from './view-bar.module.css';
import { compareHref } from '@/lib/url/hrefs';

/** Full cells (label, year, confidence) or compact ones (symbol and short label): a link, so the choice is in the URL. */
export function MatrixViewToggle({ params }: { params: CompareParams }) {
  const link = (view: CompareParams['view'], label: string) =>
    params.view === view ? (
      <strong aria-current="true">{label}</strong>
    ) : (
      <a href={compareHref(compareQuery(params, { view: view === 'full' ? null : view }))}>{label}</a>
    );
  return (
    <span className={styles.toggle}>
      <span>Cells:</span> {link('full', 'Full (label, year, confidence)')} · {link('compact', 'Compact (every row on one screen)')}
    </span>
  );
}
