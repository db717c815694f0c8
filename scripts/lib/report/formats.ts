/** What wq-report can write: read by the command before anything heavy loads, and by the run. */
export const FORMATS = ['pdf', 'html', 'json', 'xlsx'] as const;
export type ReportFormat = (typeof FORMATS)[number];
