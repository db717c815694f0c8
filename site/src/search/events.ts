// The event the handbook's search dispatches on the page after each search (handbook-search.ts),
// and the dialog's aside listens for (search-aside.ts): one name for both, in a module of its own
// so the page's script does not pull the search itself in.
export const REPORT_EVENT = 'handbook:search';
