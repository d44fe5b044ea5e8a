#!/usr/bin/env node
/**
 * Smoke test of what `npm start` runs: the compiled server (scripts/serve.js, dist/server.js) on a fresh data
 * folder. Checks the pages, readiness and one answered question, then stops the server.
 * Used by .ci/run after `npm run build`, so a break that only shows in dist/ fails CI.
 */
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function main() {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-smoke-'));
  const child = spawn(process.execPath, [path.join(__dirname, 'serve.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let log = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after 30 s:\n${log}`)), 30_000);
    child.stderr.on('data', (c) => {
      log += c;
      if (log.includes('"msg":"ready"')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    // The console's scripts and the favicon are found from dist/ by path: check them there too.
    const routes = [
      '/',
      '/agent',
      '/agent/marked.js',
      '/agent/markdown.js',
      '/favicon.ico',
      // The dashboard's page and Chart.js (read from node_modules by the bundle), and /metrics.
      '/agent/dashboard',
      '/agent/dashboard.js',
      '/agent/vendor/chart.umd.min.js',
      '/metrics',
      '/agent/insights',
    ];
    for (const route of [
      ...routes,
      '/help',
      '/help?q=refund',
      '/help/refund-processing-times',
      '/readyz',
      '/embed.js',
    ]) {
      const res = await fetch(base + route);
      if (res.status !== 200) throw new Error(`GET ${route}: ${res.status}`);
    }
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'how long do refunds take?',
        channelId: 'smoke',
        from: { id: 'smoke-user' },
        recipient: { id: 'bot' },
        conversation: { id: 'smoke' },
        serviceUrl: 'http://127.0.0.1:1',
        deliveryMode: 'expectReplies',
      }),
    });
    const body = await res.json();
    const triage = body.activities.map((a) => a.channelData && a.channelData.triage).find(Boolean);
    if (!triage || triage.outcome !== 'answer' || triage.topic !== 'refund-processing-times')
      throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
    process.stdout.write(`smoke: compiled server ready and answering on port ${port}\n`);
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((err) => {
  process.stderr.write(`smoke: ${err.message}\n`);
  process.exit(1);
});
