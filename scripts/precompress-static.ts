/**
 * The step after `next build` (part of `npm run build`): compresses the static files the production server answers
 * itself (server/static/precompress.ts) into `<NEXT_DIST_DIR>/precompressed/`.
 */
import { manifestSizes, precompressBuild } from '@/server/static/precompress';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const started = Date.now();
const manifest = precompressBuild(process.cwd(), distDir);
const { files, identity, br } = manifestSizes(process.cwd(), manifest);
console.log(
  `Precompressed ${files} static files in ${((Date.now() - started) / 1000).toFixed(1)} s: ${(identity / 1024).toFixed(0)} KB, ${(br / 1024).toFixed(0)} KB as brotli (${distDir}/precompressed)`,
);
