import Link from 'next/link';
import type { AuditRow } from '@/db/schema';
import { reviewHref } from '@/lib/url/hrefs';
import { ScrollTable } from '@/components/ui/scroll-table';

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <details>
      <summary>{label}</summary>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: '0.8rem' }}>{JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}

/** Audit entries: who, when, what, on which record, why, with the record before and after. */
export function AuditTable({ rows, caption }: { rows: AuditRow[]; caption: string }) {
  return (
    <ScrollTable label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
            <th scope="col">Reason</th>
            <th scope="col">Before and after</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <time dateTime={r.at}>{r.at.slice(0, 19).replace('T', ' ')}</time>
              </td>
              <td>
                {r.writerLabel} <span className="muted">({r.writerRole})</span>
              </td>
              <td>{r.action}</td>
              <td>
                {r.entity === 'proposal' && r.entityId ? (
                  <Link href={reviewHref(r.entityId)}>proposal #{r.entityId}</Link>
                ) : (
                  `${r.entity}${r.entityId ? ` ${r.entityId}` : ''}`
                )}
              </td>
              <td>{r.reason}</td>
              <td>
                <Json label="Before" value={r.before} />
                <Json label="After" value={r.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
