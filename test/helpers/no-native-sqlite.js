// Preloaded with `node -r` into a bot process: better-sqlite3 cannot be loaded, as on an App Service
// package built on another platform or without the module (what .webappignore leaves out).
'use strict';
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveWithoutSqlite(request, ...rest) {
  if (request === 'better-sqlite3' || request.startsWith('better-sqlite3/')) {
    const error = new Error(`Cannot find module '${request}' (blocked by test/helpers/no-native-sqlite.js)`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return resolve.call(this, request, ...rest);
};
