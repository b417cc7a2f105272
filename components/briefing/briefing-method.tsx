import type { BriefingPack } from '@/lib/briefing/model';
import styles from './briefing.module.css';

/** The method box: codebook version, the as-of rule in one sentence, what the "no value" words mean, confidence. */
export function BriefingMethod({ pack }: { pack: BriefingPack }) {
  return (
    <div className={styles.method}>
      <p>
        Codebook version {pack.codebookVersion}. {pack.asOfRule}
      </p>
      <p>{pack.footnoteRule}</p>
      <dl>
        {[...pack.outcomeLegend, ...pack.confidenceLegend].map((e) => (
          <div key={e.label}>
            <dt>{e.label}</dt>
            <dd>{e.definition}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
