import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { SqliteCaseLookup } from '../../adapters/cases/sqliteCaseLookup';
import { demoCases, parseSeedArgs, seedDemoCases } from '../../adapters/cases/seed';
import { checkCaseRecord } from '../../adapters/cases/schema';
import { openSqlite } from '../../adapters/storage/sqlite';
import type { CaseFacts } from '../../knowledge/types';

const NOW = new Date('2026-11-23T10:00:00.000Z'); // a Monday

const facts: CaseFacts = {
  id: 'D-5521',
  kind: 'case',
  process: 'dispute-review',
  status: 'under_review',
  closed: false,
  openedAt: '2026-11-18T09:00:00.000Z',
  lastUpdateAt: '2026-11-19T09:00:00.000Z',
  dispatchedByKx: false,
};

describe('SqliteCaseLookup', () => {
  it('when a record is upserted, then find returns it, matching the id case-insensitively', async () => {
    const db = openSqlite(':memory:');
    const cases = new SqliteCaseLookup(db);
    await cases.upsert(facts);
    expect(await cases.find('D-5521')).toEqual({ ...facts, demo: false });
    expect(await cases.find(' d-5521 ')).toEqual({ ...facts, demo: false });
    expect(await cases.find('D-0000')).toBeNull();
    db.close();
  });

  it('when a record is upserted again, then the newer facts replace the old', async () => {
    const db = openSqlite(':memory:');
    const cases = new SqliteCaseLookup(db);
    await cases.upsert(facts);
    await cases.upsert({ ...facts, status: 'resolved', closed: true, process: null });
    expect(await cases.find('D-5521')).toMatchObject({ status: 'resolved', closed: true, process: null });
    db.close();
  });

  it('when a record is invalid, then upsert rejects naming the field', async () => {
    const cases = new SqliteCaseLookup(openSqlite(':memory:'));
    await expect(cases.upsert({ ...facts, openedAt: 'yesterday' })).rejects.toThrow(/"openedAt"/);
  });
});

describe('demo cases', () => {
  const timelines = Object.keys(
    (
      parse(fs.readFileSync(path.join(__dirname, '../../knowledge/policy/policy.yaml'), 'utf8')) as {
        timelines: Record<string, unknown>;
      }
    ).timelines,
  );

  it('when built for any day, then every record is valid, marked demo, DEMO- prefixed and names a policy timeline', () => {
    for (const c of demoCases(NOW)) {
      expect(checkCaseRecord(c, timelines)).toMatchObject({ ok: true });
      expect(c.demo).toBe(true);
      expect(c.id).toMatch(/^DEMO-\d{4}$/);
      if (c.process !== null) expect(timelines).toContain(c.process);
    }
    expect(demoCases(NOW).map((c) => c.id)).toEqual([
      'DEMO-1001',
      'DEMO-1002',
      'DEMO-1003',
      'DEMO-1004',
      'DEMO-1005',
      'DEMO-1006',
      'DEMO-1007',
    ]);
  });

  it('when now is Monday 23 Nov 2026, then dates are counted back in business or calendar days as documented', () => {
    const byId = Object.fromEntries(demoCases(NOW).map((c) => [c.id, c]));
    expect(byId['DEMO-1001'].openedAt).toBe('2026-11-18T10:00:00.000Z'); // 3 business days
    expect(byId['DEMO-1002'].lastUpdateAt).toBe('2026-10-05T10:00:00.000Z'); // 7 weeks, no update
    expect(byId['DEMO-1003']).toMatchObject({ dispatchedByKx: true, openedAt: '2026-11-20T10:00:00.000Z' });
    expect(byId['DEMO-1004'].openedAt).toBe('2026-11-05T10:00:00.000Z'); // 12 business days
    expect(byId['DEMO-1005'].openedAt).toBe('2026-11-19T10:00:00.000Z'); // 2 business days
    expect(byId['DEMO-1006'].openedAt).toBe('2026-11-03T10:00:00.000Z'); // 20 calendar days
    expect(byId['DEMO-1007']).toMatchObject({ closed: true, process: null, status: 'delivered' });
  });

  it('when seeded twice into one file, then there are still seven records, dated from the latest now', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-cases-'));
    try {
      const db = openSqlite(path.join(dir, 'support.db'));
      expect(seedDemoCases(db, NOW)).toBe(7);
      const later = new Date('2026-11-30T10:00:00.000Z');
      expect(seedDemoCases(db, later)).toBe(7);
      expect(db.prepare("SELECT count(*) AS n FROM cases WHERE id LIKE 'DEMO-%' AND demo = 1").get()).toEqual(
        { n: 7 },
      );
      expect(new SqliteCaseLookup(db).countDemo()).toBe(7);
      expect((await new SqliteCaseLookup(db).find('DEMO-1006'))?.openedAt).toBe('2026-11-10T10:00:00.000Z');
      db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the seed script gets arguments, then --db and --now are read and a bad --now is named', () => {
    expect(parseSeedArgs(['--db', 'x.db', '--now', '2026-11-23T10:00:00Z'])).toEqual({
      db: 'x.db',
      now: NOW,
    });
    // Without --db, the file the server opens: under DATA_DIR, or STORAGE_URL's.
    expect(parseSeedArgs([], { DATA_DIR: '/srv/kx' }).db).toBe('/srv/kx/support.db');
    expect(parseSeedArgs([], { STORAGE_URL: 'sqlite:/var/kx.db' }).db).toBe('/var/kx.db');
    expect(() => parseSeedArgs([], { STORAGE_URL: 'postgres://db/kx' })).toThrow(
      /STORAGE_URL.*CASES_API_URL/,
    );
    expect(() => parseSeedArgs(['--now', 'soon'])).toThrow(/--now/);
  });
});
