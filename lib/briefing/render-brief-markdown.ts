/**
 * The two-page brief as Markdown: the bottom line, a table of the values (one row per actor, in the chosen order),
 * each actor's quote and confidence note under its name, the annex, and `[^n]` footnotes. Every text goes through
 * `escapeMarkdown`, every URL through `markdownUrl` (lib/briefing/markdown-text.ts);
 * the notes are written as the full pack's.
 */
import type { AmbassadorBrief, BriefCell } from './brief-model';
import { escapeMarkdown } from './markdown-text';
import { markdownFootnote } from './render-markdown';

const ref = (n: number | null, show = true) => (n && show ? `[^${n}]` : '');
const cell = (c: BriefCell) => {
  const text = escapeMarkdown(c.text);
  return `${c.kind === 'value' || c.kind === 'silent' ? text : `*${text}*`}${ref(c.footnote, c.showNote)}`;
};
const actorName = (r: { name: string; isBloc: boolean }) => `${escapeMarkdown(r.name)}${r.isBloc ? ' (bloc)' : ''}`;

export function renderBriefMarkdown(b: AmbassadorBrief): string {
  const header = ['Actor', 'Applicability', ...b.columns.map((c) => c.label)];
  const lines: string[] = [`# ${escapeMarkdown(b.title)}`, ''];
  if (b.purpose) lines.push(`*${escapeMarkdown(b.purpose)}*`, '');
  lines.push(
    `Prepared ${b.generatedOn} · positions as of ${b.asOf} · dataset ${escapeMarkdown(b.datasetVersion ?? 'unknown')} (converted ${b.datasetDate ?? 'unknown'}) · codebook ${b.codebookVersion}`,
    '',
    '## Bottom line',
    '',
    ...b.bottomLine.map((s) => `- ${escapeMarkdown(s.text)}${s.footnotes.map((n) => ref(n)).join('')}`),
    '',
    `## Positions as of ${b.asOf}`,
    '',
    `| ${header.map(escapeMarkdown).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...b.rows.map((r) => `| ${actorName(r)} | ${[r.applicability, ...r.cells].map(cell).join(' | ')} |`),
    '',
  );
  for (const r of b.rows) {
    const q = r.quote;
    const quote =
      q.kind === 'none' ? `*${escapeMarkdown(q.label)}*` : `*${escapeMarkdown(q.label)}:* “${escapeMarkdown(q.quote)}”${ref(q.footnote, q.showNote)}`;
    lines.push(`### ${actorName(r)}`, '', quote, '', escapeMarkdown(r.confidenceNote), '');
  }
  lines.push(
    '## Annex: gaps, method and notes',
    '',
    ...(b.annex.gaps.length ? [`**Gaps.** ${b.annex.gaps.map(escapeMarkdown).join(' ')}`, ''] : []),
    `**Method.** ${b.annex.method.map(escapeMarkdown).join(' ')}`,
    '',
    ...b.annex.legend.map((e) => `- **${escapeMarkdown(e.label)}**: ${escapeMarkdown(e.definition)}`),
    '',
    // Renderers gather the definitions into their own notes section at the end.
    ...b.footnotes.map(markdownFootnote),
  );
  return `${lines.join('\n')}\n`;
}
