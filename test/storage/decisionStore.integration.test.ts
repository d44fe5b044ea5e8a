import { PostgresDecisionStore } from '../../adapters/storage/decisions';
import { describePostgres, pgStoreHarness } from '../support/postgres';
import { decisionContract } from './decisionContract';

decisionContract(
  'PostgresDecisionStore',
  () => pgStoreHarness((pool, schema) => new PostgresDecisionStore(pool, { schema })),
  describePostgres(),
);
