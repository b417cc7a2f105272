/** "Finland, Iceland, Norway and Sweden": English list joining, shared by pages and text exports. */
function separator(index: number, length: number): string {
  if (index === 0) return '';
  return index === length - 1 ? ' and ' : ', ';
}

function join(names: readonly string[]): string {
  return names.map((n, i) => separator(i, names.length) + n).join('');
}

export const listNames = { separator, join };
