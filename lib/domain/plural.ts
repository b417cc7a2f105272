/** "1 document", "2 documents", "20,700 actors": counts in running text agree with their noun (and verb). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : pluralForm}`;
}

/** "1 document matches", "3 documents match". */
export function pluralWithVerb(n: number, singular: string, verbSingular: string, verbPlural: string): string {
  return `${plural(n, singular)} ${n === 1 ? verbSingular : verbPlural}`;
}
