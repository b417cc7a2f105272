import type { ReactNode } from 'react';
import styles from './desk.module.css';

/**
 * The coding desk's layout: the document being coded beside the form. Kept as one component with two slots so the
 * source workbench (issue 21: the source's text with quote-by-selection) can take the document's place.
 */
export function CodingWorkspace({ document, form }: { document: ReactNode; form: ReactNode }) {
  return (
    <div className={styles.workspace}>
      <section aria-label="The document" className={styles.workspaceSource}>
        {document}
      </section>
      <div className={styles.workspaceForm}>{form}</div>
    </div>
  );
}
