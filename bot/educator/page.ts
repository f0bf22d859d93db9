import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type restify from 'restify';
import { ANALYTICS_MESSAGES } from '../analytics/messages';
import { cy, en } from '../i18n/messages';
import { PAGE_MESSAGES } from './page-messages';
import type { EducatorWorkspace } from './types';

/**
 * The tab page and its assets, all from the bot's own origin (tenants block third-party hosts). The
 * page may be framed only by Teams and Microsoft 365 hosts; scripts and connections stay on this origin.
 */
export const TEAMS_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
];

export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  `frame-ancestors ${TEAMS_FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/**
 * The built files the page loads (web/build.ts writes them). valid-origins.json is the Teams JavaScript library's
 * list of Teams hosts, which it would otherwise fetch from a Microsoft CDN that the page's CSP (rightly) refuses.
 */
export const PAGE_ASSETS: Readonly<Record<string, string>> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'valid-origins.json': 'application/json; charset=utf-8',
  // The Teams app's own icon: without one the browser asks for /favicon.ico and logs the 404 on every load.
  'icon.png': 'image/png',
};

/** The page's words in both languages: the `educator.*` keys of the message catalogue, the analytics views' own, the page's own and the learner roles' names. */
function pageStrings() {
  const pick = (table: Record<string, string>) => Object.fromEntries(Object.entries(table).filter(([k]) => k.startsWith('educator.') || k.startsWith('role.')));
  return { en: { ...pick(en), ...ANALYTICS_MESSAGES.en, ...PAGE_MESSAGES.en }, cy: { ...pick(cy), ...ANALYTICS_MESSAGES.cy, ...PAGE_MESSAGES.cy } };
}

/** Welsh when the browser's first language is ("cy", "cy-GB"): the page opens in it before the script picks Teams' language. */
function firstLanguage(acceptLanguage: string | undefined): 'en' | 'cy' {
  return /^\s*cy\b/i.test(acceptLanguage ?? '') ? 'cy' : 'en';
}

function pageHtml(mode: string, language: 'en' | 'cy'): string {
  // JSON in a data block: "<" escaped so no string can close the element.
  const strings = JSON.stringify(pageStrings()).replace(/</g, '\\u003c');
  const title = (language === 'cy' ? cy : en)['educator.title'];
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="hali-auth" content="${mode}">
<title>${title}</title>
<link rel="icon" href="/educator/assets/icon.png">
<link rel="stylesheet" href="/educator/assets/app.css">
<script type="application/json" id="hali-strings">${strings}</script>
<script src="/educator/assets/app.js" defer></script>
</head>
<body>
<div id="app"><p>${title}…</p></div>
</body>
</html>`;
}

export function registerPage(server: restify.Server, workspace: EducatorWorkspace): void {
  const framed = (res: restify.Response) => {
    res.setHeader('Content-Security-Policy', PAGE_CSP);
    res.removeHeader('X-Frame-Options');
  };
  server.get('/educator', async (req, res) => {
    framed(res);
    const html = pageHtml(workspace.auth.mode, firstLanguage(req.headers['accept-language']));
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html), Vary: 'Accept-Language' });
    res.end(html);
  });
  server.get('/educator/assets/:name', async (req, res) => {
    const name = String(req.params.name ?? '');
    const type = PAGE_ASSETS[name];
    const file = join(workspace.assetsDir, name);
    if (!type || !existsSync(file)) {
      res.json(404, { error: 'not_found', message: type ? 'The page is not built: run "npm run build:web".' : 'No such asset.' });
      return;
    }
    framed(res);
    const body = readFileSync(file);
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(body);
  });
}
