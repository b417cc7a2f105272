'use client';

import { usePathname } from 'next/navigation';
import { NotFoundMessage, notFoundKind, type NotFoundKind } from './not-found-message';

/** The kind of thing the address names (/actors/…, /dimensions/…): the path the reader asked for, even after a rewrite. */
function kindOfPath(path: string | null): NotFoundKind {
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
