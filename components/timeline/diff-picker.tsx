import { formatPartialDate } from '@/lib/domain/dates';
import { actorDiffHref } from '@/lib/url/hrefs';

type Doc = { slug: string; date: string; title: string };

/** Pick two documents of the actor to compare; a GET form, so it works without JavaScript. */
export function DiffPicker({ actorSlug, documents, selected }: { actorSlug: string; documents: Doc[]; selected?: { from: string; to: string } }) {
  if (documents.length < 2) return null;
  const first = documents[0]!.slug;
  const last = documents[documents.length - 1]!.slug;
  // One list of options for both selects: the page's data (Flight) then writes it once and refers to it the second
  // time. One string per option: no text separators in the HTML.
  const options = documents.map((d) => (
    <option key={d.slug} value={d.slug}>
      {`${formatPartialDate(d.date)} — ${d.title.length > 80 ? `${d.title.slice(0, 79)}…` : d.title}`}
    </option>
  ));
  return (
    <form className="filters" method="get" action={actorDiffHref(actorSlug)} aria-labelledby="diff-heading">
      <h2 id="diff-heading" style={{ margin: 0, flexBasis: '100%' }}>
        Compare two documents
      </h2>
      <label>
        From
        <select name="from" defaultValue={selected?.from ?? first}>
          {options}
        </select>
      </label>
      <label>
        To
        <select name="to" defaultValue={selected?.to ?? last}>
          {options}
        </select>
      </label>
      <button type="submit">Show differences</button>
    </form>
  );
}
