/** Child of soak.ts: re-imports the seed into DATABASE_URL again and again until SOAK_SECONDS have passed. */
import { env } from '@/db/env';
import { DEFAULT_SEED_DIR, runSeed } from '@/seed/index';

const until = Date.now() + Number(process.env.SOAK_SECONDS || 60) * 1000;
let imports = 0;
const errors: string[] = [];
console.log = () => {}; // runSeed reports each load; the soak reports the total
while (Date.now() < until) {
  try {
    runSeed(DEFAULT_SEED_DIR, env.DATABASE_URL);
    imports += 1;
  } catch (e) {
    errors.push((e as Error).message.slice(0, 300));
  }
}
process.stdout.write(`${JSON.stringify({ imports, errors })}\n`);
