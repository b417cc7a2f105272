/**
 * The limit of scripts/bench-http.ts: a raw Node HTTP server that answers a few pre-gzipped bodies from memory — no
 * routing beyond a Map lookup, no headers beyond type, encoding and length. Whatever our server does on top of this
 * (cache lookup, security headers, content negotiation) is measured as a ratio to it, in the same run.
 *
 * Run as a child process: `tsx scripts/bench-limit-server.ts <port> <manifest.json>`, the manifest listing
 * `{ path, file, type }` (each file already gzipped). It prints "ready" once listening.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

type Entry = { path: string; file: string; type: string };

const [portArg, manifestPath] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(manifestPath!, 'utf8')) as Entry[];
const bodies = new Map(manifest.map((e) => [e.path, { body: readFileSync(e.file), type: e.type }]));

createServer((req, res) => {
  const hit = bodies.get(req.url ?? '');
  if (!hit) {
    res.writeHead(404, { 'content-length': 0 });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': hit.type, 'content-encoding': 'gzip', 'content-length': hit.body.length });
  res.end(hit.body);
}).listen(Number(portArg), '127.0.0.1', () => console.log('ready'));
