import { todayIso } from '@/lib/domain/dates';
import type { TimelineParams } from '@/lib/url/timeline-params';
import { compareHref } from '@/lib/url/hrefs';

/** Pick any day and open the matrix as of it, with the timeline's filters (a GET form: works without JavaScript). */
export function CompareDateForm({ params, min }: { params: TimelineParams; min: string }) {
  return (
    <form className="filters no-print" method="get" action={compareHref()} aria-label="Open the comparison as of a date">
      <label>
        Compare positions as of
        <input type="date" name="asOf" defaultValue={todayIso()} min={min} required />
      </label>
      <input type="hidden" name="kind" value={params.kind} />
      {params.region && <input type="hidden" name="region" value={params.region} />}
      {params.group && <input type="hidden" name="group" value={params.group} />}
      <button type="submit">Open comparison</button>
    </form>
  );
}
