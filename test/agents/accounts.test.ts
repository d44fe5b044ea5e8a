import Database from 'better-sqlite3';
import {
  AgentAccountsDirectory,
  AgentConfigError,
  SqliteAgentAccounts,
  parseAgentsConfig,
} from '../../adapters/agents/accounts';
import { parseArgs } from '../../adapters/agents/addAgent';
import { hashSecret, verifySecret } from '../../adapters/agents/passwords';
import { issueSession, readSession } from '../../adapters/agents/session';

describe('agent accounts', () => {
  it('when AGENTS lists accounts, then only scrypt hashes are kept and the secrets verify', async () => {
    const accounts = parseAgentsConfig('alice:alice-secret, bob:bob-secret-1');
    expect(accounts.map((a) => [a.id, a.name])).toEqual([
      ['alice', 'Alice'],
      ['bob', 'Bob'],
    ]);
    expect(JSON.stringify(accounts)).not.toContain('alice-secret');
    const dir = new AgentAccountsDirectory(accounts);
    expect(await dir.verify('ALICE', 'alice-secret')).toEqual({ id: 'alice', name: 'Alice' });
    expect(await dir.verify('alice', 'bob-secret-1')).toBeNull();
    expect(await dir.verify('mallory', 'alice-secret')).toBeNull();
  });

  it('when an AGENTS entry is malformed, then the error names the entry but not the secret', () => {
    expect(() => parseAgentsConfig('alice:short')).toThrow(AgentConfigError);
    expect(() => parseAgentsConfig('alice:short')).toThrow(/entry 1 \(alice\).*8 characters/);
    expect(() => parseAgentsConfig('no-colon-here')).toThrow(/entry 1/);
  });

  it('when agents:add writes an account to SQLite, then the directory verifies it and a second add replaces the secret', async () => {
    const db = new Database(':memory:');
    const store = new SqliteAgentAccounts(db);
    await store.upsert('Carol', hashSecret('first-secret'));
    await store.upsert('carol', hashSecret('second-secret'));
    const dir = new AgentAccountsDirectory([], store);
    expect(await dir.verify('carol', 'first-secret')).toBeNull();
    expect(await dir.verify('carol', 'second-secret')).toEqual({ id: 'carol', name: 'Carol' });
    expect(
      (db.prepare('SELECT secret_hash FROM agents').get() as { secret_hash: string }).secret_hash,
    ).toMatch(/^scrypt\$/);
  });

  it('parses the agents:add arguments and refuses a bad name', () => {
    expect(parseArgs(['dave', '--db', '/tmp/x.db'])).toEqual({
      name: 'dave',
      db: '/tmp/x.db',
      password: undefined,
    });
    expect(() => parseArgs(['bad name!'])).toThrow(/usage/);
  });

  it('refuses a tampered hash record and accepts the real one', () => {
    const h = hashSecret('s3cret-value');
    expect(verifySecret('s3cret-value', h)).toBe(true);
    // The last base64 character can carry padding bits that decode to the same bytes, so the
    // tampering flips one in the middle of the record's final field instead.
    const at = h.length - 8;
    const tampered = h.slice(0, at) + (h[at] === 'A' ? 'B' : 'A') + h.slice(at + 1);
    expect(verifySecret('s3cret-value', tampered)).toBe(false);
    expect(verifySecret('s3cret-value', 'plain')).toBe(false);
  });
});

describe('agent sessions', () => {
  const key = 'k'.repeat(40);
  const now = new Date('2026-11-23T10:00:00Z');
  it('when the token is signed with the key and unexpired, then it names the agent', () => {
    expect(readSession(issueSession({ id: 'alice', name: 'Alice' }, key, now), key, now)).toEqual({
      id: 'alice',
      name: 'Alice',
    });
  });
  it('when the token is expired, forged or signed with another key, then it is refused', () => {
    const token = issueSession({ id: 'alice', name: 'Alice' }, key, now);
    expect(readSession(token, key, new Date(now.getTime() + 13 * 3600 * 1000))).toBeNull();
    expect(readSession(token, 'x'.repeat(40), now)).toBeNull();
    const forged =
      Buffer.from(JSON.stringify({ sub: 'bob', name: 'Bob', exp: 9e15 })).toString('base64url') +
      '.' +
      token.split('.')[1];
    expect(readSession(forged, key, now)).toBeNull();
  });
});
