/**
 * Issue 11 (item 3): 20 uploads of 16 MB each were all accepted (+333 MB in 9.5 s). Now the
 * files a conversation, or a client address, may upload in 24 hours have a byte budget
 * (DIRECTLINE_UPLOAD_MB_PER_CONVERSATION_PER_DAY, …_PER_ADDRESS_PER_DAY): over it, 429 with
 * Retry-After and a message that says so; nothing more is stored.
 */
import { startApp, type RunningApp } from '../support/appHarness';
import { FILES } from './files';
import { pdfOf, startWidgetConversation, uploadFiles } from './widgetClient';

const KiB = 1024;

describe('Direct Line upload budget (the whole app)', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({
      DIRECTLINE_UPLOAD_MB_PER_CONVERSATION_PER_DAY: '1',
      DIRECTLINE_UPLOAD_MB_PER_ADDRESS_PER_DAY: '2',
      DIRECTLINE_MESSAGES_PER_MINUTE: '1000',
      DIRECTLINE_MESSAGES_PER_ADDRESS_PER_MINUTE: '1000',
    });
  });
  afterEach(async () => running.stop());

  const storedBytes = () =>
    (
      running.app.storage.db!.prepare('SELECT COALESCE(SUM(size), 0) AS n FROM dl_attachments').get() as {
        n: number;
      }
    ).n;

  it('when one conversation uploads 20 files of 300 KB, then the first three are stored and the rest get 429 with Retry-After', async () => {
    const c = await startWidgetConversation(running.baseUrl);
    const answers = [];
    for (let i = 0; i < 20; i++)
      answers.push(
        await uploadFiles(running.baseUrl, c, [
          { bytes: pdfOf(300 * KiB), name: `scan-${i}.pdf`, type: 'application/pdf' },
        ]),
      );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, ...Array(17).fill(429)]);
    const refused = answers[3];
    expect(Number(refused.retryAfter)).toBeGreaterThan(23 * 3600);
    expect(refused.body.error).toEqual({
      code: 'TooManyRequests',
      message: expect.stringMatching(
        /^upload: this conversation has used its 1 MB of files for 24 hours; retry in \d+ h$/,
      ),
    });
    expect(storedBytes()).toBe(3 * 300 * KiB);
  });

  it('when one address spreads uploads over several conversations, then its own budget stops it', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 3; n++) {
      const c = await startWidgetConversation(running.baseUrl);
      for (let i = 0; i < 3; i++)
        statuses.push(
          (
            await uploadFiles(running.baseUrl, c, [
              { bytes: pdfOf(300 * KiB), name: 'a.pdf', type: 'application/pdf' },
            ])
          ).status,
        );
    }
    // 2 MB per address: six files of 300 KB fit, the seventh does not.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429, 429]);
    expect(storedBytes()).toBe(6 * 300 * KiB);
  });

  it('when a single upload is larger than the whole day’s budget, then it gets 413 naming the budget', async () => {
    const c = await startWidgetConversation(running.baseUrl);
    const files = [0, 1, 2].map((i) => ({
      bytes: pdfOf(400 * KiB),
      name: `big-${i}.pdf`,
      type: 'application/pdf',
    }));
    const answer = await uploadFiles(running.baseUrl, c, files);
    expect(answer.status).toBe(413);
    expect(answer.body.error?.message).toMatch(
      /larger than the 1 MB of files this conversation may send in 24 hours/,
    );
    expect(storedBytes()).toBe(0);
  });

  it('when an upload is refused for its content, then it spends none of the budget', async () => {
    const c = await startWidgetConversation(running.baseUrl);
    for (let i = 0; i < 5; i++) {
      const refused = await uploadFiles(running.baseUrl, c, [
        {
          bytes: Buffer.concat([FILES.html, Buffer.alloc(300 * KiB, 32)]),
          name: 'page.pdf',
          type: 'application/pdf',
        },
      ]);
      expect(refused.status).toBe(415);
    }
    const ok = await uploadFiles(running.baseUrl, c, [
      { bytes: pdfOf(900 * KiB), name: 'real.pdf', type: 'application/pdf' },
    ]);
    expect(ok.status).toBe(200);
  });
});
