/**
 * `npx tsx tests/helpers/scaled-database.ts <file> <n>`: a database of the real seed with n dated copies of every
 * document (the benchmark's documents axis, scripts/bench-data.ts), for browser tests that need more documents per
 * actor than the shared e2e database holds. Built under a temporary name, so a crash leaves none.
 */
import { rmSync } from 'node:fs';
import { buildBenchDatabase } from '@/scripts/bench-data';

const [file, n] = process.argv.slice(2);
if (!file || !Number(n)) throw new Error('usage: scaled-database.ts <file> <n>');
for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
const counts = buildBenchDatabase(file, 'documents', Number(n));
console.log(`${file}: ${counts.actors} actors, ${counts.documents} documents`);
