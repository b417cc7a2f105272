import type { Metadata } from 'next';
import Link from 'next/link';
import { listAudit } from '@/db/write';
import { requireDeskUser } from '@/server/auth/session';
import { reviewHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Audit log' };

const PAGE = 50;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' && v.length <= 100 ? v : undefined);

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <details>
      <summary>{label}</summary>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: '0.8rem' }}>{JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}

/** Every proposal, review, publication, import, account and setting change, newest first. Rows cannot be changed. */
export default async function AuditPage({ searchParams }: Props) {
  await requireDeskUser('/editor/audit');
  const sp = await searchParams;
  const entity = one(sp.entity);
  const action = one(sp.action);
  const page = Math.max(1, Math.min(Number(one(sp.page)) || 1, 10_000));
  const rows = listAudit({ entity, action, limit: PAGE + 1, offset: (page - 1) * PAGE });
  const more = rows.length > PAGE;
  const query = (p: number) => `?${new URLSearchParams({ ...(entity ? { entity } : {}), ...(action ? { action } : {}), page: String(p) })}`;
  return (
    <>
      <h1>Audit log</h1>
      <p className="lede">Who did what, when, with the record before and after, and why. The database refuses to change or delete these rows.</p>
      <form method="get" className="filters">
        <label>
          Record kind
          <input type="text" name="entity" defaultValue={entity} placeholder="proposal, coding, document, actor, user, setting, dataset" />
        </label>
        <label>
          Action
          <input type="text" name="action" defaultValue={action} placeholder="e.g. proposal.approve" />
        </label>
        <button type="submit">Filter</button>
      </form>
      {rows.length === 0 ? (
        <p className="muted">No entries{entity || action ? ' match' : ' yet'}.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>Audit entries, page {page}</caption>
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
              {rows.slice(0, PAGE).map((r) => (
                <tr key={r.id}>
                  <td>
                    <time dateTime={r.at}>{r.at.slice(0, 19).replace('T', ' ')}</time>
                  </td>
                  <td>
                    {r.actorLabel} <span className="muted">({r.actorRole})</span>
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
        </div>
      )}
      <p>
        {page > 1 && <Link href={query(page - 1)}>← Newer</Link>} {more && <Link href={query(page + 1)}>Older →</Link>}
      </p>
    </>
  );
}
