/** An external agent hub stand-in: records every handoff.initiate the bot posts to HANDOFF_WEBHOOK_URL. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedHub {
  url: string;
  received: Array<Record<string, unknown>>;
  close(): void;
}

export function captureHub(): Promise<CapturedHub> {
  const received: Array<Record<string, unknown>> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.statusCode = 200;
      res.end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub`,
        received,
        close: () => server.close(),
      }),
    ),
  );
}
