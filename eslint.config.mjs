// Lint: Next's recommended rules (core web vitals + TypeScript), Prettier for formatting, and the layer rules of
// docs/architecture.md enforced by eslint-plugin-boundaries. `npm run lint` is part of `npm test`.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import boundaries from 'eslint-plugin-boundaries';

/** The layers, outermost first. A file belongs to the first pattern that matches it. */
const elements = [
  { type: 'desk-app', pattern: 'app/desk/**', partialMatch: false },
  { type: 'app', pattern: 'app/**', partialMatch: false },
  { type: 'desk-actions', pattern: 'server/desk/actions/**', partialMatch: false },
  { type: 'server', pattern: 'server/**', partialMatch: false },
  { type: 'components', pattern: 'components/**', partialMatch: false },
  { type: 'db-write', pattern: 'db/write/**', partialMatch: false },
  { type: 'db', pattern: 'db/**', partialMatch: false },
  { type: 'seed', pattern: 'seed/**', partialMatch: false },
  { type: 'scripts', pattern: 'scripts/**', partialMatch: false },
  { type: 'lib', pattern: 'lib/**', partialMatch: false },
  { type: 'tests', pattern: 'tests/**', partialMatch: false },
];

const allow = (from, to) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } });

const config = [
  { ignores: ['node_modules/**', '.next*/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'seed/actors/**'] },
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['app/**', 'server/**', 'components/**', 'db/**', 'seed/**', 'scripts/**', 'lib/**', 'tests/**'],
      'import/resolver': { typescript: { alwaysTryTypes: true, project: './tsconfig.json' }, node: true },
    },
    rules: {
      'boundaries/dependencies': [
        2,
        {
          default: 'disallow',
          policies: [
            // Routes render views: they reach data only through server/ (view loaders, actions), never db/ directly.
            // Server actions hand their input to the write layer, which checks the user's role itself.
            allow('app', ['app', 'server', 'db-write', 'components', 'lib']),
            // The desk's pages await one desk loader (server/desk/views) and hand forms to the desk's server actions
            // (server/desk/actions); neither page nor action touches db/ itself. Actions write through db/write only.
            allow('desk-app', ['desk-app', 'app', 'server', 'desk-actions', 'components', 'lib']),
            allow('desk-actions', ['desk-actions', 'server', 'db-write', 'lib']),
            allow('server', ['server', 'db', 'db-write', 'components', 'lib']),
            // Presentational components get plain props; they may import another component and pure lib code.
            allow('components', ['components', 'lib']),
            // Only db/write opens the writable connection and changes rows; every other db module only reads.
            // The import reads the seed format (seed/record-schema.ts) it is handed.
            allow('db-write', ['db-write', 'db', 'seed', 'lib']),
            allow('db', ['db', 'lib']),
            allow('seed', ['seed', 'db', 'db-write', 'lib']),
            // Benchmarks time the view loaders and renderers as the server runs them.
            allow('scripts', ['scripts', 'seed', 'server', 'db', 'db-write', 'lib']),
            // lib is pure: it imports nothing outside lib (packages are fine).
            allow('lib', ['lib']),
            // Type-only imports carry no runtime dependency: a component may name a query's row type.
            {
              from: { element: { types: { anyOf: ['app', 'desk-app', 'desk-actions', 'components', 'lib'] } } },
              allow: { to: { element: { types: { anyOf: ['db', 'db-write', 'server'] } } }, dependency: { kind: 'type' } },
            },
            allow('tests', ['app', 'desk-app', 'server', 'desk-actions', 'components', 'db', 'db-write', 'seed', 'scripts', 'lib', 'tests']),
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests break seed JSON in arbitrary places on purpose; `any` is the honest type there, and only there.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Node-only modules never belong in lib/: it must stay safe for client bundles.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'better-sqlite3', 'server-only', 'next/*'],
              message: 'lib/ is pure and bundle-safe: move Node-only or framework code to server/ or db/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The desk reads only through its loaders and writes only through the write layer's functions: no driver, no
    // query builder, and not the write layer's raw connection, in a desk page or a desk server action.
    files: ['app/desk/**/*.{ts,tsx}', 'server/desk/actions/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/db/write', importNames: ['getWriter'], message: 'Desk pages and actions never use the raw connection: call a write function.' }],
          patterns: [
            {
              group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', '@/db/client', '@/db/connect', '@/db/queries/*', '@/db/write/*'],
              message: 'Desk pages and actions read through a desk loader (server/desk/views) and write through db/write (its index).',
            },
          ],
        },
      ],
    },
  },
  {
    // In-app addresses come from lib/url/hrefs.ts (encoded, one definition per route), never from a template string.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'server/**/*.{ts,tsx}'],
    ignores: ['lib/url/hrefs.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'TemplateLiteral > TemplateElement:first-child[value.raw=/^\\/(actors|compare|dimensions|changes|briefing|timeline|map|search|sources|desk|editor|api|sign-in)\\b/]',
          message: 'Build in-app links with lib/url/hrefs.ts (encoded, one definition per route).',
        },
      ],
    },
  },
];

export default config;
