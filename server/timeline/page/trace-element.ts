/** The id of the element holding the trace in the page (html.ts writes it, main.ts reads it). */
export const TRACE_ELEMENT_ID = 'chan2ts-trace';
