'use client';

import { usePathname } from 'next/navigation';
import { NotFoundMessage, notFoundKind, type NotFoundKind } from './not-found-message';

/** The kind of thing the address names (/actors/…, /dimensions/…), from the path as asked for or as rewritten. */
function kindOfPath(path: string | null): NotFoundKind {
  // proxy.ts rewrites an unknown actor or dimension to /_unknown/actor or /_unknown/dimension (matched by no route).
  const rewritten = /^\/_unknown\/(actor|dimension)$/.exec(path ?? '');
  if (rewritten) return rewritten[1] as NotFoundKind;
  if (path && /^\/actors\/[^/]+(\/diff)?\/?$/.test(path)) return 'actor';
  if (path && /^\/dimensions\/[^/]+\/?$/.test(path)) return 'dimension';
  return 'page';
}

/** Server-rendered like any client component; `hint` is what proxy.ts said, when it reached the page. */
export function NotFoundForPath({ hint }: { hint: string | null }) {
  const path = usePathname();
  const kind = hint ? notFoundKind(hint) : kindOfPath(path);
  return <NotFoundMessage kind={kind} />;
}
