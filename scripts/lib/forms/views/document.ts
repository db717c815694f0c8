/** One document a form produces for a case (or, for the ledger, for many cases). */
export interface FormDocument {
  formId: string;
  /** Tells apart several documents of one form for one case (claim 2, sanction 1…), for file names. */
  part?: string;
  /** The template's view model. */
  view: object;
  /** eIds the document rests on (metadata, printed trace line). */
  articles: string[];
  /** The issuer (PDF author). */
  author: string;
  /** Case id(s), for file names and messages. */
  caseId: string;
}
