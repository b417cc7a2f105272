import { DIMENSIONS, DIMENSION_LABELS } from '@/lib/domain/codebook';
import { OUTCOME_KIND_DEFINITIONS, OUTCOME_KIND_LABELS } from '@/lib/domain/outcome-text';
import { dimensionHref } from '@/lib/url/hrefs';

export function CodebookTables() {
  return (
    <>
      <section aria-labelledby="codebook">
        <h2 id="codebook">Codebook</h2>
        {DIMENSIONS.map((d, i) => (
          <section key={d.key} aria-labelledby={`dim-${d.key}`}>
            <h3 id={`dim-${d.key}`}>
              {i + 1}. {DIMENSION_LABELS[d.key]} <code>{d.key}</code>
            </h3>
            <p>
              {d.question} <a href={dimensionHref(d.key)}>See every actor&apos;s position on this →</a>
            </p>
            {d.values.length > 0 ? (
              <table className="phone-cards">
                <caption className="visually-hidden">Values of {DIMENSION_LABELS[d.key]}</caption>
                <thead>
                  <tr>
                    <th scope="col">Value</th>
                    <th scope="col">Label</th>
                    <th scope="col">Definition</th>
                  </tr>
                </thead>
                <tbody>
                  {d.values.map((v) => (
                    <tr key={v.value}>
                      <th scope="row">
                        <code>{v.value}</code>
                      </th>
                      <td data-label="Label">{v.label}</td>
                      <td data-label="Definition">{v.definition || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="muted">Free text only.</p>
            )}
          </section>
        ))}
      </section>
      <section aria-labelledby="no-value">
        <h2 id="no-value">Four kinds of &ldquo;no value&rdquo; — never merged</h2>
        <dl className="facts">
          <dt>A coded value</dt>
          <dd>
            {OUTCOME_KIND_DEFINITIONS.value} For applicability, <i>silent</i> is such a finding; for the other dimensions, <i>not addressed</i> is.
          </dd>
          <dt>
            <span aria-hidden="true">○ </span>
            {OUTCOME_KIND_LABELS.silent}
          </dt>
          <dd>{OUTCOME_KIND_DEFINITIONS.silent}</dd>
          <dt>
            <span aria-hidden="true">? </span>
            {OUTCOME_KIND_LABELS.not_coded}
          </dt>
          <dd>{OUTCOME_KIND_DEFINITIONS.not_coded}</dd>
          <dt>
            <span aria-hidden="true">— </span>
            {OUTCOME_KIND_LABELS.no_document}
          </dt>
          <dd>{OUTCOME_KIND_DEFINITIONS.no_document}</dd>
        </dl>
      </section>
    </>
  );
}
