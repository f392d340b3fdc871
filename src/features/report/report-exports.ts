/**
 * The report's CSV and Markdown writers, as one chunk fetched when a Download button is about to be used (the
 * pointer or the focus reaches it) rather than with the report: a report link that is only read does not pay
 * for them (about 7 kB gzip).
 */
export { toCsv } from '../../domain/report/to-csv.ts';
export { toMarkdown } from '../../domain/report/to-markdown.ts';
