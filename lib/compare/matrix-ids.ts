/** Element ids of the matrix page, shared by the server markup and its client controls (skip link, keyboard, drawer). */
export const MATRIX_ID = 'compare-matrix';
export const EVIDENCE_ID = 'evidence';
