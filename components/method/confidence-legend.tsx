import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { CONFIDENCE_DEFINITIONS, CONFIDENCE_LEVELS } from '@/lib/domain/vocabulary';

export function ConfidenceLegend() {
  return (
    <section aria-labelledby="confidence">
      <h2 id="confidence">Confidence</h2>
      <dl className="facts">
        {CONFIDENCE_LEVELS.map((level) => (
          <div key={level} style={{ display: 'contents' }}>
            <dt>
              <ConfidenceBadge level={level} />
            </dt>
            <dd>{CONFIDENCE_DEFINITIONS[level]}</dd>
          </div>
        ))}
      </dl>
      <p>Low-confidence values are flagged wherever they appear and must be checked against the source before being cited.</p>
    </section>
  );
}
