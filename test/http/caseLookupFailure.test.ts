import { createLogger } from '../../adapters/logger';
import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';

type Reply = { text?: string };

describe('a case lookup that fails', () => {
  const lines: string[] = [];
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(
      {},
      {
        now: () => new Date('2026-11-23T12:00:00Z'),
        logger: createLogger('warn', { write: (l: string) => lines.push(l) }),
        cases: {
          find: async () => {
            throw new Error('cases API answered 503');
          },
        },
      },
    );
  });
  afterAll(async () => running.stop());

  it('is logged with its reason and the case id, and the person is asked when it started instead', async () => {
    const { status, body } = await postActivity(
      running.baseUrl,
      messageActivity('any news on my dispute DEMO-1001?', { conversation: { id: 'lookup-fails' } }),
    );
    expect(status).toBe(200);
    const text = (body.activities as Reply[]).map((r) => r.text ?? '').join('\n');
    expect(text).toMatch(/when/i);
    const warnings = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        component: 'case-lookup',
        caseId: 'DEMO-1001',
        error: 'cases API answered 503',
      }),
    );
  });
});
