/** Timelines as policy data: due dates, within/overdue, and how to show a date. */
export { addBusinessDays, businessDaysBetween, isBusinessDay, type Calendar } from './calendar';
export { dueDate, timelineOf, timelineStatus, type TimelineStatus } from './dueDate';
export { formatDue } from './format';
