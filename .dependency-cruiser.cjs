// dependency-cruiser: the import boundaries of the workspaces (docs/ARCHITECTURE.md).
// Run by `npm run lint:deps`; type-only imports count like any other.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and modules impossible to take apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing fails at run time.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'core/ is the domain: it is shared by server and web and depends on neither.',
      from: { path: '^core/' },
      to: { path: '^(server|web|e2e|bench)/' },
    },
    {
      name: 'web-not-to-server',
      severity: 'error',
      comment: 'The browser talks to the server over HTTP only; shared types come from @sigap/core.',
      from: { path: '^web/' },
      to: { path: '^(server|e2e|bench)/' },
    },
    {
      name: 'server-not-to-web',
      severity: 'error',
      comment: 'The server serves the built web app from disk; it never imports its sources.',
      from: { path: '^server/' },
      to: { path: '^(web|e2e|bench)/' },
    },
    {
      name: 'web-shared-not-to-features',
      severity: 'error',
      comment: 'web/src/api, lib and i18n are used by every feature and so depend on none.',
      from: { path: '^web/src/(api|lib|i18n)/' },
      to: { path: '^web/src/features/', pathNot: '^web/src/features/[^/]+/locales/id\\.ts$' },
    },
    {
      name: 'web-i18n-types-only',
      severity: 'error',
      comment:
        "i18n's type registry (namespaces.ts) names each feature's message shape, as types only: the messages load with their feature.",
      from: { path: '^web/src/(api|lib|i18n)/' },
      to: { path: '^web/src/features/[^/]+/locales/id\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-features-not-to-app',
      severity: 'error',
      comment: 'The router and entry point compose the features, not the other way round.',
      from: { path: '^web/src/features/' },
      to: { path: '^web/src/(router|main)\\.tsx$' },
    },
    {
      name: 'platform-not-to-modules',
      severity: 'error',
      comment: 'server/src/platform is the infrastructure the modules build on; it knows none of them.',
      from: { path: '^server/src/platform/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'module-through-index',
      severity: 'error',
      comment: 'A module uses another module only through what that module exports from its index.ts.',
      from: { path: '^server/src/modules/([^/]+)/' },
      to: { path: '^server/src/modules/[^/]+/', pathNot: ['^server/src/modules/$1/', '^server/src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-through-index',
      severity: 'error',
      comment: 'app.ts, main.ts, the seed, the CLI, the test harness and the bench reach modules through their index.ts.',
      from: { pathNot: '^server/src/modules/' },
      to: { path: '^server/src/modules/[^/]+/', pathNot: '^server/src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-sql-in-routes',
      severity: 'error',
      comment: 'Routes parse, authorise and delegate: neither Kysely nor a repository is imported by one.',
      from: { path: '\\.routes\\.ts$' },
      to: { path: ['(^|/)node_modules/kysely/', '\\.repository\\.ts$'] },
    },
    {
      name: 'no-tests-in-production',
      severity: 'error',
      comment: 'Application code never imports tests or their harness.',
      from: { path: '^(core|server|web)/', pathNot: ['\\.test\\.tsx?$', '^server/test/'] },
      to: { path: ['\\.test\\.tsx?$', '^server/test/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^bench/results/', '^[^/]+/dist/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
