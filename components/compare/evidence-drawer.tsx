'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CellEvidence } from '@/db/queries/evidence';
import { EVIDENCE_ID, MATRIX_ID } from '@/lib/compare/matrix-ids';
import { isDimensionKey } from '@/lib/domain/codebook';
import { apiHref, evidenceHref } from '@/lib/url/hrefs';
import { toQuery } from '@/lib/url/search-params';
import { EvidencePanel } from './evidence-panel';
import styles from './drawer.module.css';

type Props = {
  /** The cell opened by the URL (`cell=`), read by the page: the drawer is in the HTML, so it works without script. */
  initial: CellEvidence | null;
  asOf: string;
  /** The matrix's address without a cell (the close link). */
  closeHref: string;
};

const PHONE = '(max-width: 40rem)';

/** The link of the open cell, to give focus back to. */
const cellLink = (ref: string) =>
  Array.from(document.querySelectorAll<HTMLAnchorElement>(`#${MATRIX_ID} td a[href]`)).find((a) => new URL(a.href).searchParams.get('cell') === ref) ?? null;

/**
 * The evidence of a cell in a side drawer (a modal dialog on phones). With script, a click on a cell opens it without
 * a page load: the URL gets the cell (`cell=`, a permalink; Back closes it), the evidence comes from
 * /api/v1/evidence, and the page does not move, so the reader keeps their place. Escape or "Close" shut it and give
 * focus back to the cell. One listener for the whole matrix; the cells stay plain links.
 */
export function EvidenceDrawer({ initial, asOf, closeHref }: Props) {
  const ref = useSearchParams().get('cell');
  const [loaded, setLoaded] = useState<Record<string, CellEvidence>>(() => (initial ? { [`${initial.actor.slug}:${initial.dimension}`]: initial } : {}));
  const shown = ref ? (loaded[ref] ?? null) : null;
  const dialog = useRef<HTMLDialogElement>(null);
  const focusOnOpen = useRef(false);

  // The URL says which cell is open (a click, Back and Forward all change it); its evidence is fetched once.
  useEffect(() => {
    const [actor, dim] = ref?.split(':') ?? [];
    if (!ref || loaded[ref] || !actor || !dim || !isDimensionKey(dim)) return;
    let live = true;
    fetch(apiHref('evidence', toQuery({ actor, dim, asOf }), 'json'))
      .then((r) => (r.ok ? (r.json() as Promise<{ cell: CellEvidence | null }>) : null))
      .then((body) => {
        const cell = body?.cell;
        if (live && cell) setLoaded((all) => ({ ...all, [ref]: cell }));
      })
      // Offline or refused: load the cell's address as a page, which opens the drawer on the server.
      .catch(() => live && window.location.assign(window.location.href));
    return () => void (live = false);
  }, [ref, asOf, loaded]);

  // The open cell is marked in the matrix.
  useEffect(() => {
    document.querySelectorAll(`#${MATRIX_ID} td[aria-current]`).forEach((td) => td.removeAttribute('aria-current'));
    if (ref) cellLink(ref)?.closest('td')?.setAttribute('aria-current', 'true');
  }, [ref]);

  // On phones the drawer is a modal dialog: the matrix behind it is inert until it closes.
  useEffect(() => {
    const d = dialog.current;
    if (!d || !shown) return;
    if (window.matchMedia(PHONE).matches && !d.matches(':modal')) {
      d.close();
      d.showModal();
    }
    if (focusOnOpen.current) document.getElementById(EVIDENCE_ID)?.focus({ preventScroll: true });
    focusOnOpen.current = false;
  }, [shown, ref]);

  const close = useCallback(() => {
    if (!ref) return;
    // Out of the modal state first (phones): the page behind it is inert until then and could not take focus.
    dialog.current?.close();
    window.history.pushState(null, '', closeHref);
    cellLink(ref)?.focus({ preventScroll: true });
  }, [ref, closeHref]);

  useEffect(() => {
    const matrix = document.getElementById(MATRIX_ID);
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element).closest<HTMLAnchorElement>('td a[href]');
      const url = a ? new URL(a.href) : null;
      if (!url?.searchParams.get('cell')) return;
      e.preventDefault();
      focusOnOpen.current = true;
      window.history.pushState(null, '', `${url.pathname}${url.search}`);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && ref) {
        e.preventDefault();
        close();
      }
    };
    const onCloseLink = (e: MouseEvent) => {
      if ((e.target as Element).closest('[data-drawer-close]')) {
        e.preventDefault();
        close();
      }
    };
    matrix?.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    dialog.current?.addEventListener('click', onCloseLink);
    const d = dialog.current;
    return () => {
      matrix?.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
      d?.removeEventListener('click', onCloseLink);
    };
  }, [ref, close, shown]);

  if (!shown) return null;
  return (
    <dialog ref={dialog} open className={styles.drawer} aria-labelledby="evidence-title" onCancel={(e) => (e.preventDefault(), close())}>
      <EvidencePanel cell={shown} closeHref={closeHref} deepLink={evidenceHref({ actor: shown.actor.slug, dim: shown.dimension, asOf: shown.asOf })} />
    </dialog>
  );
}
