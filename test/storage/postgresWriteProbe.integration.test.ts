/**
 * On PostgreSQL, readiness used to be `SELECT 1`: a database that refuses every write still
 * answered it. The probe must write and delete a row in bot_state, and fail when writes fail.
 */
import type { Pool } from 'pg';
import { silentLogger } from '../../adapters/logger';
import { createStorage, type StorageBundle } from '../../adapters/storage/createStorage';
import { describePostgres, dropSchema, freshSchema, testPool, TEST_DATABASE_URL } from '../support/postgres';

describePostgres()('PostgreSQL readiness probe', () => {
  let admin: Pool;
  let schema: string;
  let bundle: StorageBundle;

  beforeEach(async () => {
    admin = testPool();
    schema = await freshSchema(admin);
    bundle = await createStorage(TEST_DATABASE_URL, { logger: silentLogger, schema });
  });
  afterEach(async () => {
    await bundle.close();
    await dropSchema(admin, schema);
    await admin.end();
  });

  it('when writes succeed, then the probe resolves and leaves no row behind', async () => {
    await bundle.ping();

    const { rows } = await admin.query(`SELECT key FROM "${schema}".bot_state`);
    expect(rows).toEqual([]);
  });

  it('when the database refuses writes to bot_state, then the probe rejects with its reason', async () => {
    await admin.query(`
      CREATE FUNCTION "${schema}".refuse() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$;
      CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON "${schema}".bot_state
        FOR EACH ROW EXECUTE FUNCTION "${schema}".refuse();`);

    await expect(bundle.ping()).rejects.toThrow(/No space left on device/);
  });

  it('when the schema was created by this start, then the bundle says the database is fresh', async () => {
    expect(bundle.fresh).toBe(true);
    const again = await createStorage(TEST_DATABASE_URL, { logger: silentLogger, schema });
    try {
      expect(again.fresh).toBe(false);
    } finally {
      await again.close();
    }
  });
});
