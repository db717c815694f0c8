/**
 * The tagged structure of a document cut from a batch print (split.ts). Chromium tags the
 * batch (printToPDF with `tagged`): a structure tree (Document → one Art per document → H1,
 * P, Table …) whose leaves name marked content on pages by MCID, and a parent tree from each
 * page back to its elements. Copying a document's pages copies neither, so the PDFs were
 * untagged. This copies into each document the part of the tree whose content lies on its
 * pages: every element with some content there, with only such children, its page
 * references turned to the new pages, and a parent tree built anew for them; an element
 * holding one H1 (a document's Art) only into the document of that H1. Nothing of another
 * document (no element, no text) comes along.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectCopier, PDFRef, type PDFObject } from 'pdf-lib';

const N = (name: string) => PDFName.of(name);
/** An element's keys made anew for the copy: parent, kids, page; IDs would need an ID tree. */
const SET_HERE = new Set([N('P'), N('K'), N('Pg'), N('ID')]);

/** The pages each element of a batch's tree has content on, found once per batch. */
interface TreeIndex {
  root: PDFDict;
  pagesOf: Map<PDFDict, Set<string>>;
  /** For an element holding exactly one H1 (a document: split.ts cuts at each H1), that H1's pages. */
  headingPages: Map<PDFDict, Set<string>>;
}

const indexes = new WeakMap<PDFDocument, TreeIndex | null>();

/** A kid that marks content: an MCID (on the element's page) or a marked-content reference. */
function contentPage(kid: PDFObject, elementPage: PDFRef | undefined, context: PDFDocument['context']): string | undefined {
  if (kid instanceof PDFNumber) return elementPage?.toString();
  const dict = kid instanceof PDFRef ? context.lookup(kid) : kid;
  if (!(dict instanceof PDFDict)) return undefined;
  const type = dict.get(N('Type'));
  if (type !== N('MCR') && type !== N('OBJR')) return undefined;
  const page = dict.get(N('Pg'));
  return (page instanceof PDFRef ? page : elementPage)?.toString();
}

function kidsOf(element: PDFDict): PDFObject[] {
  const k = element.get(N('K'));
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

function indexOf(source: PDFDocument): TreeIndex | null {
  const known = indexes.get(source);
  if (known !== undefined) return known;
  const context = source.context;
  const root = source.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
  const pagesOf = new Map<PDFDict, Set<string>>();
  const headingPages = new Map<PDFDict, Set<string>>();
  /** Visits an element; returns the H1 elements within it (itself included). */
  const visit = (element: PDFDict): PDFDict[] => {
    const pages = new Set<string>();
    pagesOf.set(element, pages);
    const headings = element.get(N('S')) === N('H1') ? [element] : [];
    const own = element.get(N('Pg'));
    const page = own instanceof PDFRef ? own : undefined;
    for (const kid of kidsOf(element)) {
      const at = contentPage(kid, page, context);
      if (at) pages.add(at);
      else {
        const child = kid instanceof PDFRef ? context.lookup(kid) : kid;
        if (child instanceof PDFDict && !pagesOf.has(child)) {
          headings.push(...visit(child));
          for (const p of pagesOf.get(child)!) pages.add(p);
        }
      }
    }
    if (headings.length === 1) headingPages.set(element, pagesOf.get(headings[0]!)!);
    return headings;
  };
  if (root) for (const kid of kidsOf(root)) {
    const element = kid instanceof PDFRef ? context.lookup(kid) : kid;
    if (element instanceof PDFDict) visit(element);
  }
  const index = root ? { root, pagesOf, headingPages } : null;
  indexes.set(source, index);
  return index;
}

/**
 * Gives `out` (whose pages are copies of the source's pages `first`…`last`, in order) the
 * structure tree of its content, and marks it a tagged PDF. A source without a tree leaves
 * `out` as it is.
 */
export function copyStructure(source: PDFDocument, out: PDFDocument, first: number, last: number): void {
  const index = indexOf(source);
  if (!index) return;
  const src = source.context;
  const dst = out.context;
  const copier = PDFObjectCopier.for(src, dst);
  const sourcePages = source.getPages().slice(first, last + 1);
  const outPages = out.getPages();
  const pageMap = new Map(sourcePages.map((p, i) => [p.ref.toString(), outPages[i]!]));

  // Annotations (links) keep their index on their page: map each by position.
  const annotMap = new Map<string, PDFRef>();
  sourcePages.forEach((p, i) => {
    const from = p.node.lookupMaybe(N('Annots'), PDFArray);
    const to = outPages[i]!.node.lookupMaybe(N('Annots'), PDFArray);
    if (!from || !to) return;
    from.asArray().forEach((a, j) => {
      const b = to.get(j);
      if (a instanceof PDFRef && b instanceof PDFRef) annotMap.set(a.toString(), b);
    });
  });

  /** MCID → element, per new page; annotation → element, for the parent tree. */
  const marked = new Map<number, PDFRef[]>();
  const annotations: { annot: PDFRef; element: PDFRef }[] = [];
  const pageIndex = new Map(outPages.map((p, i) => [p.ref.toString(), i]));

  const inDocument = (pages: Set<string> | undefined) => pages !== undefined && [...pages].some((p) => pageMap.has(p));

  const cloneElement = (element: PDFDict, parent: PDFRef): PDFRef | undefined => {
    if (!inDocument(index.pagesOf.get(element))) return undefined;
    // A document's element (it holds one H1) belongs to the document its H1 is in, though
    // Chromium may mark a trace of its start on the page before (an empty marked content).
    const heading = index.headingPages.get(element);
    if (heading && !inDocument(heading)) return undefined;
    const copy = dst.obj({});
    const ref = dst.register(copy);
    for (const [key, value] of element.entries()) {
      if (SET_HERE.has(key)) continue;
      copy.set(key, copier.copy(value));
    }
    copy.set(N('P'), parent);
    const own = element.get(N('Pg'));
    const ownPage = own instanceof PDFRef ? pageMap.get(own.toString()) : undefined;
    if (ownPage) copy.set(N('Pg'), ownPage.ref);
    const kids: PDFObject[] = [];
    for (const kid of kidsOf(element)) {
      if (kid instanceof PDFNumber) {
        if (!ownPage) continue;
        kids.push(kid);
        mark(ownPage.ref, kid.asNumber(), ref);
        continue;
      }
      const dict = kid instanceof PDFRef ? src.lookup(kid) : kid;
      if (!(dict instanceof PDFDict)) continue;
      const type = dict.get(N('Type'));
      if (type === N('MCR') || type === N('OBJR')) {
        const pg = dict.get(N('Pg'));
        const page = pg instanceof PDFRef ? pageMap.get(pg.toString()) : ownPage;
        if (!page) continue;
        if (type === N('MCR')) {
          const mcid = dict.lookup(N('MCID'), PDFNumber).asNumber();
          kids.push(dst.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid }));
          mark(page.ref, mcid, ref);
        } else {
          const obj = dict.get(N('Obj'));
          const annot = obj instanceof PDFRef ? annotMap.get(obj.toString()) : undefined;
          if (!annot) continue;
          kids.push(dst.obj({ Type: 'OBJR', Pg: page.ref, Obj: annot }));
          annotations.push({ annot, element: ref });
        }
        continue;
      }
      const child = cloneElement(dict, ref);
      if (child) kids.push(child);
    }
    if (kids.length === 1) copy.set(N('K'), kids[0]!);
    else if (kids.length > 1) copy.set(N('K'), dst.obj(kids));
    return ref;
  };

  const mark = (page: PDFRef, mcid: number, element: PDFRef) => {
    const i = pageIndex.get(page.toString())!;
    let list = marked.get(i);
    if (!list) marked.set(i, (list = []));
    list[mcid] = element;
  };

  const rootDict = dst.obj({ Type: 'StructTreeRoot' });
  const rootRef = dst.register(rootDict);
  const top: PDFRef[] = [];
  for (const kid of kidsOf(index.root)) {
    const element = kid instanceof PDFRef ? src.lookup(kid) : kid;
    if (element instanceof PDFDict) {
      const copy = cloneElement(element, rootRef);
      if (copy) top.push(copy);
    }
  }
  if (top.length === 0) return;

  // The parent tree: each page's StructParents key → its elements by MCID; each annotation's StructParent → its element.
  const nums: PDFObject[] = [];
  let key = 0;
  outPages.forEach((page, i) => {
    const list = marked.get(i);
    if (!list) {
      page.node.delete(N('StructParents'));
      return;
    }
    page.node.set(N('StructParents'), PDFNumber.of(key));
    nums.push(PDFNumber.of(key++), dst.register(dst.obj(Array.from(list, (e) => e ?? dst.obj(null)))));
  });
  for (const { annot, element } of annotations) {
    const dict = dst.lookup(annot, PDFDict);
    dict.set(N('StructParent'), PDFNumber.of(key));
    nums.push(PDFNumber.of(key++), element);
  }
  rootDict.set(N('K'), top.length === 1 ? top[0]! : dst.obj(top));
  rootDict.set(N('ParentTree'), dst.register(dst.obj({ Nums: nums })));
  rootDict.set(N('ParentTreeNextKey'), PDFNumber.of(key));
  for (const name of ['RoleMap', 'ClassMap']) {
    const value = index.root.get(N(name));
    if (value) rootDict.set(N(name), copier.copy(value));
  }
  out.catalog.set(N('StructTreeRoot'), rootRef);
  out.catalog.set(N('MarkInfo'), dst.obj({ Marked: true }));
}
