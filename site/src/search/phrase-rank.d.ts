export declare const RERANK_DEPTH: number;
export declare function phraseOf(term: string): string | null;
export declare function squash(text: string): string;
export declare function rerankByPhrase<R extends { results: { data: () => Promise<{ content: string }> }[] }>(
  term: string,
  response: R | null,
  depth?: number,
): Promise<R | null>;
