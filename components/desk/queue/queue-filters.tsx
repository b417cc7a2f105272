import Link from 'next/link';
import { SelectField } from '@/components/filters/select-field';
import { QUEUE_KINDS, QUEUE_KIND_LABELS, type QueueKind } from '@/lib/desk/verify-queue';
import { DIMENSION_KEYS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import { verifyQuery, type VerifyParams } from '@/lib/url/desk-params';
import { deskVerifyHref } from '@/lib/url/hrefs';
import styles from '../desk.module.css';

/** Kind, actor and dimension as a GET form (the URL is the state; works without JavaScript), and a link per kind. */
export function QueueFilters({
  params,
  actors,
  counts,
}: {
  params: VerifyParams;
  actors: readonly { slug: string; name: string }[];
  counts: Record<QueueKind, number>;
}) {
  return (
    <>
      <nav aria-label="Kinds of item">
        <ul>
          {QUEUE_KINDS.map((k) => (
            <li key={k}>
              {params.kind === k ? (
                <strong aria-current="page">{QUEUE_KIND_LABELS[k]}</strong>
              ) : (
                <Link href={deskVerifyHref(verifyQuery(params, { kind: k }))}>{QUEUE_KIND_LABELS[k]}</Link>
              )}{' '}
              ({counts[k].toLocaleString('en')})
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={deskVerifyHref()} className={`filters ${styles.inlineForm}`}>
        <SelectField
          label="Kind"
          name="kind"
          value={params.kind}
          emptyLabel="Every kind"
          options={QUEUE_KINDS.map((k) => ({ value: k, label: QUEUE_KIND_LABELS[k] }))}
        />
        <SelectField label="Actor" name="actor" value={params.actor} emptyLabel="Every actor" options={actors.map((a) => ({ value: a.slug, label: a.name }))} />
        <SelectField
          label="Dimension"
          name="dimension"
          value={params.dimension}
          emptyLabel="Every dimension"
          options={DIMENSION_KEYS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }))}
        />
        <button type="submit">Show</button>
        {(params.kind || params.actor || params.dimension) && <Link href={deskVerifyHref()}>Clear the filters</Link>}
      </form>
    </>
  );
}
