/** The pack as Markdown with footnotes in the common `[^n]` syntax (GitHub, Pandoc, Obsidian). */
import { citationLabel, LOW_CONFIDENCE_FLAG, NO_URL_TEXT, urlPrefix, type Citation } from './citation';
import type { BriefingPack, Footnote } from './model';
import type { Statement } from './statements';
import { escapeMarkdown, markdownUrl } from './markdown-text';

const statement = (s: Statement) => `${escapeMarkdown(s.text)}${s.lowConfidence ? ` **${LOW_CONFIDENCE_FLAG}**` : ''}${s.footnote ? `[^${s.footnote}]` : ''}`;

const citation = (c: Citation) =>
  c.form === 'ibid' || c.form === 'short'
    ? escapeMarkdown(citationLabel(c))
    : `${escapeMarkdown(citationLabel(c))} ${c.url ? `${urlPrefix(c)}${markdownUrl(c.url)}` : NO_URL_TEXT}`;
/** A `[^n]: …` definition: the actor, then each document cited (in full with its URL, or short / Ibid.). */
export const markdownFootnote = (f: Footnote) => `[^${f.n}]: ${escapeMarkdown(f.actor)}: ${f.citations.map(citation).join(' — ')}`;
const actorName = (r: { name: string; isBloc: boolean }) => `${escapeMarkdown(r.name)}${r.isBloc ? ' (bloc)' : ''}`;

export function renderMarkdown(p: BriefingPack): string {
  const lines: string[] = [`# ${escapeMarkdown(p.title)}`, ''];
  if (p.purpose) lines.push(`*${escapeMarkdown(p.purpose)}*`, '');
  lines.push(
    `- Prepared: ${p.generatedOn}`,
    `- Positions as of: ${p.asOf}`,
    `- Dataset: version ${p.datasetVersion ?? 'unknown'}, converted ${p.datasetDate ?? 'unknown'}; codebook ${p.codebookVersion}`,
    '',
    ...(p.executiveSummary.length
      ? ['## Executive summary', '', ...p.executiveSummary.map((s) => `- ${escapeMarkdown(s.text)}${s.footnotes.map((n) => `[^${n}]`).join('')}`), '']
      : []),
    '## Summary',
    '',
    `| Actor | ${p.dimensions.map((d) => escapeMarkdown(d.label)).join(' | ')} |`,
    `|---|${p.dimensions.map(() => '---').join('|')}|`,
    ...p.matrix.map((r) => `| ${actorName(r)} | ${r.cells.map((c) => `${escapeMarkdown(c.text)}${c.lowConfidence ? ' ⚠ low' : ''}`).join(' | ')} |`),
    '',
    '## Positions',
    '',
  );
  for (const s of p.sections) lines.push(`### ${actorName(s)}`, '', s.statements.map(statement).join(' '), '');
  lines.push(
    '## Method',
    '',
    `- Codebook version ${p.codebookVersion}.`,
    `- ${escapeMarkdown(p.asOfRule)}`,
    `- ${escapeMarkdown(p.footnoteRule)}`,
    ...p.outcomeLegend.map((o) => `- **${o.label}**: ${escapeMarkdown(o.definition)}`),
    ...p.confidenceLegend.map((c) => `- **${c.label}**: ${escapeMarkdown(c.definition)}`),
    '',
    // Renderers gather the definitions into their own notes section at the end, so no heading of ours goes here.
    ...p.footnotes.map(markdownFootnote),
  );
  return `${lines.join('\n')}\n`;
}
