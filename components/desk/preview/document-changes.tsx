import { ScrollTable } from '@/components/ui/scroll-table';
import type { FieldChange } from '@/lib/desk/document-correction';

/** What a document correction changes: each field, as published now and as corrected. */
export function DocumentChanges({ changes, title }: { changes: readonly FieldChange[]; title: string }) {
  if (changes.length === 0) return <p className="notice">Nothing changes: every field is as published. Change a field, or leave the document as it is.</p>;
  return (
    <ScrollTable label={`What the correction changes in “${title}”`}>
      <table>
        <caption>What the correction changes in “{title}”</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Published now</th>
            <th scope="col">Corrected</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">{c.field}</th>
              <td>
                <del>{c.before}</del>
              </td>
              <td>
                <ins>{c.after}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
