import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTable } from '@/components/desk/audit-table';
import { SelectField } from '@/components/filters/select-field';
import { Notices } from '@/components/ui/notices';
import { deskAuditHref } from '@/lib/url/hrefs';
import type { SearchParams } from '@/lib/url/search-params';
import { loadAuditLog } from '@/server/desk/views/audit';

export const metadata: Metadata = { title: 'Audit log' };

/** Every proposal, review, publication, import, account and setting change, newest first. Rows cannot be changed. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { params, notices, vocabulary, rows, newer, older } = await loadAuditLog(await searchParams);
  const filtered = Boolean(params.entity || params.action);
  return (
    <>
      <h1>Audit log</h1>
      <p className="lede">Who did what, when, with the record before and after, and why. The database refuses to change or delete these rows.</p>
      <Notices notices={notices} />
      <form method="get" action={deskAuditHref()} className="filters">
        <SelectField
          label="Record kind"
          name="entity"
          value={params.entity}
          emptyLabel="Every kind"
          options={vocabulary.entities.map((e) => ({ value: e, label: e }))}
        />
        <SelectField
          label="Action"
          name="action"
          value={params.action}
          emptyLabel="Every action"
          options={vocabulary.actions.map((a) => ({ value: a, label: a }))}
        />
        <button type="submit">Show</button>
      </form>
      {rows.length === 0 ? (
        <p className="muted">No entries{filtered ? ' match' : ' yet'}.</p>
      ) : (
        <AuditTable rows={rows} caption={`Audit entries, page ${params.page}`} />
      )}
      <nav aria-label="Pages of the audit log">
        {newer && <Link href={newer}>← Newer</Link>} {older && <Link href={older}>Older →</Link>}
      </nav>
    </>
  );
}
