/**
 * HALI's architecture rules, checked by `npm test` (dependency-cruiser): no import cycles in bot/,
 * cards/ or scripts/; the store is persistence only; cards read no store; the domain (learning,
 * mentors, cases, nudges, analytics, content governance), cards and the store do not import Teams AI or the Bot
 * Framework; content governance does not import the educator workspace that drives it.
 * Type-only imports count: a cycle of types is still a cycle to read.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle: split the shared part into its own module.',
      from: { path: '^(bot|cards|scripts)/' },
      to: { circular: true },
    },
    {
      name: 'store-is-persistence-only',
      severity: 'error',
      comment: 'bot/store/ is persistence: domain rules are passed in (see LearnerRules), never imported.',
      from: { path: '^bot/store/' },
      to: { path: '^(bot/(routes|nudges|cases|learning|mentors|models|i18n|safety|telemetry)/|cards/)' },
    },
    {
      name: 'cards-read-no-store',
      severity: 'error',
      comment: 'Cards render what they are given; they do not read the store.',
      from: { path: '^cards/' },
      to: { path: '^bot/(store/|stores\\.ts)' },
    },
    {
      name: 'domain-does-not-know-the-edges',
      severity: 'error',
      comment: 'Teams AI and the Bot Framework stay at the edge (server, adapter, app, routes, models).',
      from: { path: '^(bot/(learning|mentors|cases|nudges|analytics|i18n|safety|content)/|cards/)' },
      to: { path: '(^|/)node_modules/(@microsoft/teams-ai|botbuilder[^/]*|botframework-[^/]*)/' },
    },
    {
      name: 'governance-does-not-know-the-workspace',
      severity: 'error',
      comment: 'Review governance (bot/content/) decides what is served; the workspace (bot/educator/, restify) and the page (web/) call it, never the reverse.',
      from: { path: '^bot/content/' },
      to: { path: '(^bot/(educator|routes)/|^web/|(^|/)node_modules/restify/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(lib|test)/' },
  },
};
