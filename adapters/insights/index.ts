/** The support lead's insights page and API; see routes.ts. */
export { mountInsights, type InsightsDeps } from './routes';
export { buildReport, MAX_REPORT_ROWS, type InsightsReport } from './report';
