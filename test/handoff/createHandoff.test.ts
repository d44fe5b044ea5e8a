import path from 'node:path';
import Database from 'better-sqlite3';
import { silentLogger } from '../../adapters/logger';
import { createHandoff, hoursFrom, prioritiesFrom } from '../../bot/handoff/createHandoff';
import { loadPolicy } from '../../knowledge/kb/policySchema';

const policy = loadPolicy(path.join(__dirname, '..', '..', 'knowledge', 'policy', 'policy.yaml'));

describe('createHandoff', () => {
  it('takes priorities from policy.yaml: security first, dispatch next, then disputes, then stalled', () => {
    const p = prioritiesFrom(policy);
    expect(p.security.rank).toBeGreaterThan(p.dispatch.rank);
    expect(p.dispatch.rank).toBeGreaterThan(p['dispute-chargeback'].rank);
    expect(p['dispute-chargeback'].rank).toBeGreaterThan(p.stalled.rank);
  });

  it('keeps support hours in the agents zone when AGENT_TIME_ZONE is set, else the calendar zone', () => {
    expect(hoursFrom(policy).timeZone).toBe(policy.calendar.timeZone);
    expect(hoursFrom(policy, 'America/Chicago').timeZone).toBe('America/Chicago');
  });

  it('builds the parts over the bot SQLite handle, with configured agents able to sign in', async () => {
    const parts = await createHandoff({
      db: new Database(':memory:'),
      policy,
      agents: 'alice:alice-secret',
      appId: '',
      logger: silentLogger,
    });
    expect(await parts.agents.verify('alice', 'alice-secret')).toEqual({ id: 'alice', name: 'Alice' });
    expect(await parts.store.listQueue()).toEqual([]);
  });

  it('without a database, then it refuses to start with a clear message', async () => {
    await expect(createHandoff({ policy, appId: '', logger: silentLogger })).rejects.toThrow(
      /SQLite db or the PostgreSQL pool/,
    );
  });
});
