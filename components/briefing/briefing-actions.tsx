import Link from 'next/link';
import { briefingDownload } from '@/lib/url/briefing-params';
import { PrintButton } from './print-button';
import styles from './briefing.module.css';
import { apiHref, briefingHref } from '@/lib/url/hrefs';

/** Downloads, print and the pack's permanent link (its date pinned, so it regenerates the same pack later too). */
export function BriefingActions({ query, asOf, origin = '' }: { query: string; asOf: string; origin?: string }) {
  return (
    <div className="no-print">
      <p className={styles.downloads}>
        <span>Download:</span>
        <a href={apiHref('briefing', query, 'docx')} download={briefingDownload(asOf, 'docx').name}>
          Word (.docx)
        </a>
        <a href={apiHref('briefing', query, 'md')} download={briefingDownload(asOf, 'md').name}>
          Markdown (.md)
        </a>
        <PrintButton />
        <span className="muted">(or Ctrl+P / ⌘P; choose “Save as PDF” for a PDF)</span>
      </p>
      <p>
        {/* Absolute (SITE_URL), so the link still works when copied out of the page or the printed pack. */}
        Permanent link to this pack: <Link href={`${origin}${briefingHref(query)}`}>/briefing{query}</Link>
      </p>
    </div>
  );
}
