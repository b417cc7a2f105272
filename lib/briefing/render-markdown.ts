/** The pack as Markdown with footnotes in the common `[^n]` syntax (GitHub, Pandoc, Obsidian). */
import { citationText, LOW_CONFIDENCE_FLAG, type BriefingPack, type Statement } from './model';

const cell = (s: string) => s.replace(/\|/g, '\\|');

function statement(s: Statement): string {
  return `${s.text}${s.lowConfidence ? ` **${LOW_CONFIDENCE_FLAG}**` : ''}${s.footnote ? `[^${s.footnote}]` : ''}`;
}

export function renderMarkdown(p: BriefingPack): string {
  const lines: string[] = [`# ${p.title}`, ''];
  if (p.purpose) lines.push(`*${p.purpose}*`, '');
  lines.push(
    `- Prepared: ${p.generatedOn}`,
    `- Positions as of: ${p.asOf}`,
    `- Dataset: version ${p.datasetVersion ?? 'unknown'}, converted ${p.datasetDate ?? 'unknown'}; codebook ${p.codebookVersion}`,
    '',
    '## Summary',
    '',
    `| Actor | ${p.dimensions.map((d) => cell(d.label)).join(' | ')} |`,
    `|---|${p.dimensions.map(() => '---').join('|')}|`,
    ...p.matrix.map((r) => `| ${cell(r.name)}${r.isBloc ? ' (bloc)' : ''} | ${r.cells.map((c) => cell(`${c.text}${c.lowConfidence ? ' ⚠ low' : ''}`)).join(' | ')} |`),
    '',
    '## Positions',
    '',
  );
  for (const s of p.sections) {
    lines.push(`### ${s.name}${s.isBloc ? ' (bloc)' : ''}`, '', s.statements.map(statement).join(' '), '');
  }
  lines.push(
    '## Method',
    '',
    `- Codebook version ${p.codebookVersion}.`,
    `- ${p.asOfRule}`,
    ...p.confidenceLegend.map((c) => `- **${c.level}** confidence: ${c.definition}`),
    '',
  );
  for (const f of p.footnotes) lines.push(`[^${f.n}]: ${f.actor}: ${f.citations.map(citationText).join(' — ')}`);
  return `${lines.join('\n')}\n`;
}
