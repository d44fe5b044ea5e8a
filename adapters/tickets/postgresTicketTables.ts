/**
 * The qualified names of the ticket tables in a PostgreSQL schema. The schema name is checked
 * here because it is written into SQL, never passed as a parameter.
 */
export interface TicketTables {
  /** `"schema".` or empty. */
  prefix: string;
  tickets: string;
  messages: string;
}

export function ticketTables(schema?: string): TicketTables {
  if (schema && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const prefix = schema ? `"${schema}".` : '';
  return { prefix, tickets: `${prefix}tickets`, messages: `${prefix}ticket_messages` };
}
