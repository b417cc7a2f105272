/**
 * The build step after `next build` (scripts/precompress-static.ts, run by `npm run build`, `npm start`, the browser
 * tests and the reliability harness): every file the production server answers itself (server/static/static-files.ts)
 * is compressed once, with brotli at its best quality and gzip at level 9, into `<distDir>/precompressed/`, and listed
 * in a manifest with its type, cache policy and content hash. Compressing at build time lets us use the slow, best
 * settings that no server could afford per request.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentTypeOf, isCompressibleFile } from './content-types';

export type StaticEntry = {
  /** The request path it answers (no query). */
  url: string;
  /** Files relative to the build folder's parent (the app directory), so the manifest survives a moved checkout. */
  file: string;
  br?: string;
  gzip?: string;
  type: string;
  /** Content hash (hex): the strong ETag. */
  hash: string;
  /** Year-long, immutable caching: the URL changes whenever the content does. */
  immutable: boolean;
  /** For an entry that is immutable only under one query (the icon's `?icon.<hash>.svg`). */
  immutableQuery?: string;
};

export type StaticManifest = { buildId: string; entries: StaticEntry[] };

export const MANIFEST = join('precompressed', 'manifest.json');
const MIN_COMPRESS_BYTES = 256;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : []));
}

const toUrlPath = (path: string) => path.split(sep).join('/');

type Source = { url: string; path: string; immutable: boolean; immutableQuery?: string };

/** What the server answers: Next's hashed build output, our hashed public assets, and the icon. */
function sources(appDir: string, distDir: string): Source[] {
  const built = join(appDir, distDir, 'static');
  const assets = join(appDir, 'public', 'assets');
  const out: Source[] = [
    ...walk(built).map((p) => ({ url: `/_next/static/${toUrlPath(relative(built, p))}`, path: p, immutable: true })),
    // Files under public/assets carry a hash of their content in their name (e.g. the world outline).
    ...walk(assets).map((p) => ({ url: `/assets/${toUrlPath(relative(assets, p))}`, path: p, immutable: true })),
  ];
  // app/icon.svg as Next.js prerendered it; pages link it as /icon.svg?icon.<hash>.svg, the name of its copy in media/.
  const icon = join(appDir, distDir, 'server', 'app', 'icon.svg.body');
  if (existsSync(icon)) {
    const body = readFileSync(icon);
    const media = walk(join(built, 'media')).find((p) => /^icon\.[^/]+\.svg$/.test(basename(p)) && readFileSync(p).equals(body));
    out.push({ url: '/icon.svg', path: icon, immutable: false, immutableQuery: media ? basename(media) : undefined });
  }
  return out;
}

/** Compresses and lists every file; returns the manifest (also written to `<distDir>/precompressed/manifest.json`). */
export function precompressBuild(appDir: string, distDir: string): StaticManifest {
  const root = join(appDir, distDir);
  const outDir = join(root, 'precompressed');
  rmSync(outDir, { recursive: true, force: true });
  const entries: StaticEntry[] = [];
  for (const s of sources(appDir, distDir)) {
    const body = readFileSync(s.path);
    const entry: StaticEntry = {
      url: s.url,
      file: relative(appDir, s.path),
      type: contentTypeOf(s.url),
      hash: createHash('sha256').update(body).digest('hex').slice(0, 20),
      immutable: s.immutable,
      ...(s.immutableQuery ? { immutableQuery: s.immutableQuery } : {}),
    };
    // Below a few hundred bytes compression saves nothing worth a header. Above, both encodings always shrink text,
    // so a file has both or neither (the server then never has to fall back from one to the other).
    if (isCompressibleFile(s.url) && body.length >= MIN_COMPRESS_BYTES) {
      const br = brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      });
      const gz = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
      for (const [key, bytes] of [['br', br] as const, ['gzip', gz] as const]) {
        const target = join(outDir, `${s.url.slice(1)}.${key === 'br' ? 'br' : 'gz'}`);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, bytes);
        entry[key] = relative(appDir, target);
      }
    }
    entries.push(entry);
  }
  const manifest: StaticManifest = { buildId: readFileSync(join(root, 'BUILD_ID'), 'utf8').trim(), entries };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(root, MANIFEST), JSON.stringify(manifest, null, 1));
  return manifest;
}

/** Total bytes of a manifest's files, for the build step's one-line report. */
export function manifestSizes(appDir: string, m: StaticManifest): { files: number; identity: number; br: number } {
  const size = (f?: string) => (f ? statSync(join(appDir, f)).size : 0);
  return {
    files: m.entries.length,
    identity: m.entries.reduce((n, e) => n + size(e.file), 0),
    br: m.entries.reduce((n, e) => n + (e.br ? size(e.br) : size(e.file)), 0),
  };
}
