/**
 * A document that cannot be made from what the case records (a notice without its issuer, a
 * reminder dated before the deadline it reminds of): the builder says why and which field,
 * the run reports it for that document alone and goes on with the others.
 */
export class DocumentProblem extends Error {
  constructor(
    message: string,
    /** The case-file or unit-file field to fill in or correct. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DocumentProblem';
  }
}
