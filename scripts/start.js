#!/usr/bin/env node
/**
 * `npm start`: builds when a source changed (and trains the intent model after a build), fetches
 * the Web Chat bundle when it is missing, then runs the compiled server in this same process.
 * One Node process instead of three (two prestart scripts and the server) keeps a restart with
 * nothing changed quick (issue 14: < 2 s from `npm start` to ready).
 */
'use strict';

const { buildIfChanged } = require('./buildIfChanged');
const { fetchWebChat } = require('./fetch-webchat');

try {
  buildIfChanged({ train: true });
} catch (err) {
  // tsc or the training already printed what went wrong.
  if (typeof err.status !== 'number') process.stderr.write(`build: ${err.message}\n`);
  process.exit(typeof err.status === 'number' ? err.status : 1);
}
fetchWebChat();
require('./serve');
