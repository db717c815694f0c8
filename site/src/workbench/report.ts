// What the check found, shown as GOV.UK's error-summary pattern has it: a summary at the top whose
// every item links to its field, and each error again beside its field; then the duty checklist
// (已履行 / 待履行 / 逾期 / 需核实) and the findings. Every sentence is the validator's own (the same
// words wq-validate prints), its citation linked to the provision in the handbook.
import type { DutyStatus } from '../../../scripts/lib/duties/index.ts';
import type { Described } from '../../../scripts/lib/validate/describe.ts';
import type { LocatedIssue } from '../../../scripts/lib/validate/issues.ts';
import type { ValidationResult } from '../../../scripts/lib/validate/validator-core.ts';
import { segmentsOf } from '../../../scripts/lib/validate/pointer.ts';
import { checkerFor } from './checker.ts';
import { pointerOf } from './doc.ts';
import { fill, h } from './dom.ts';

/** A sentence with its closing “（依据：…）” made a link to the provision. */
function sentence(described: Described): (Node | string)[] {
  const tail = described.citation ? `（依据：${described.citation}）` : '';
  if (!tail || !described.handbook || !described.message.endsWith(tail)) return [described.message];
  return [described.message.slice(0, -tail.length), '（依据：', h('a', { href: described.handbook, class: 'wb-cite' }, described.citation!), '）'];
}

/** The field an issue is about: its own place, the member it says is missing, or the nearest part around it. */
function placeOf(issue: LocatedIssue, form: ParentNode): HTMLElement | undefined {
  const at = (pointer: string) => form.querySelector<HTMLElement>(`[data-field="${CSS.escape(pointer)}"]`) ?? undefined;
  const segments = segmentsOf(issue.path);
  const property = issue.code === 'schema-required' ? (issue.args as { property?: string }).property : undefined;
  if (property) {
    const found = at(pointerOf([...segments, property]));
    if (found) return found;
  }
  for (let n = segments.length; n >= 0; n--) {
    const found = at(pointerOf(segments.slice(0, n)));
    if (found) return found;
  }
  return undefined;
}

/** The control a summary link takes the clerk to: the first they can type into or choose in. */
function controlIn(place: HTMLElement): HTMLElement | null {
  return place.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, summary, button');
}

const STATUS: Record<DutyStatus['status'], { label: string; order: number }> = {
  overdue: { label: '逾期', order: 0 },
  verify: { label: '需核实', order: 1 },
  pending: { label: '待履行', order: 2 },
  done: { label: '已履行', order: 3 },
};

export interface Shown {
  errors: number;
  counts: Record<DutyStatus['status'], number>;
}

/** Removes what the last check put beside the fields. */
function clearPlaced(form: ParentNode): void {
  for (const el of Array.from(form.querySelectorAll('.wb-error'))) el.remove();
  for (const el of Array.from(form.querySelectorAll('.wb-field-error'))) el.classList.remove('wb-field-error');
  for (const el of Array.from(form.querySelectorAll('[aria-invalid]'))) {
    el.removeAttribute('aria-invalid');
    const described = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-err'));
    if (described.length) el.setAttribute('aria-describedby', described.join(' '));
    else el.removeAttribute('aria-describedby');
  }
}

/** Each error beside its field (a field's first control described by it); the rest above the form. */
function placeErrors(errors: readonly { issue: LocatedIssue; described: Described }[], form: HTMLElement, loose: HTMLElement): Map<LocatedIssue, string> {
  const targets = new Map<LocatedIssue, string>();
  const perPlace = new Map<HTMLElement, number>();
  for (const { issue, described } of errors) {
    const place = placeOf(issue, form);
    if (!place) {
      loose.appendChild(h('p', { class: 'wb-error' }, h('span', { class: 'wb-visually-hidden' }, '错误：'), ...sentence(described)));
      continue;
    }
    const n = (perPlace.get(place) ?? 0) + 1;
    perPlace.set(place, n);
    const control = controlIn(place);
    const errorId = `${control?.id ?? place.dataset['field']}-${n}-err`;
    const message = h('p', { class: 'wb-error', id: errorId }, h('span', { class: 'wb-visually-hidden' }, '错误：'), ...sentence(described));
    // After the label and hint, before the control (GOV.UK puts the message just above the input).
    const before = place.querySelector(':scope > input, :scope > select, :scope > textarea, :scope > .wb-options, :scope > button, :scope > .wb-field, :scope > .wb-group, :scope > details, :scope > .wb-empty');
    place.insertBefore(message, before);
    place.classList.add('wb-field-error');
    // A field's control is marked invalid; a group's first control is not the group.
    if (control && place.classList.contains('wb-field') && control.tagName !== 'SUMMARY' && control.tagName !== 'BUTTON') {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
    }
    if (control?.id) targets.set(issue, control.id);
    // An error inside a folded entry or a folded group opens it.
    for (let el: HTMLElement | null = place; el; el = el.parentElement) if (el.tagName === 'DETAILS') (el as HTMLDetailsElement).open = true;
  }
  return targets;
}

export interface ReportTargets {
  summary: HTMLElement;
  /** Errors with no field in the form (a file that could not be read, the file as a whole). */
  loose: HTMLElement;
  form: HTMLElement;
  duties: HTMLElement;
  findings: HTMLElement;
}

/** Shows a check's result everywhere it goes; returns what the status line counts. */
export function showResult(result: ValidationResult, asOf: string, targets: ReportTargets): Shown {
  const checker = checkerFor(asOf);
  const describe = (i: LocatedIssue) => checker.describe.issue(i, result.kind);
  const errors = result.issues.filter((i) => i.severity === 'error').map((issue) => ({ issue, described: describe(issue) }));
  clearPlaced(targets.form);
  fill(targets.loose);
  const linked = placeErrors(errors, targets.form, targets.loose);

  fill(targets.summary);
  targets.summary.hidden = errors.length === 0;
  if (errors.length > 0) {
    targets.summary.appendChild(
      h(
        'div',
        { role: 'alert' },
        h('h2', { class: 'wb-summary-title' }, `有 ${errors.length} 处需要填写或更正`),
        h('p', { class: 'wb-summary-hint' }, '点击一项，跳到要更正的地方。'),
        h(
          'ul',
          { class: 'wb-summary-list' },
          ...errors.map(({ issue, described }) => {
            const id = linked.get(issue);
            const [first, ...rest] = sentence(described);
            return h('li', { 'data-code': issue.code, 'data-path': issue.path }, id ? h('a', { href: `#${id}`, 'data-target': id }, first!) : first!, ...rest);
          }),
        ),
      ),
    );
  }

  const counts: Shown['counts'] = { overdue: 0, verify: 0, pending: 0, done: 0 };
  for (const d of result.duties) counts[d.status]++;
  const sorted = [...result.duties].sort((a, b) => STATUS[a.status].order - STATUS[b.status].order);
  fill(
    targets.duties,
    result.duties.length === 0
      ? h('p', { class: 'wb-empty' }, errors.length > 0 ? '更正上面的错误后，这里列出本办法对这起案件的要求和每项职责的履行情况。' : '没有需要列出的职责。')
      : h('p', { class: 'wb-counts' }, (Object.keys(STATUS) as DutyStatus['status'][]).map((s) => h('span', { class: `wb-badge wb-${s}` }, `${STATUS[s].label} ${counts[s]}`))),
    result.duties.length === 0
      ? null
      : h(
          'ul',
          { class: 'wb-duties' },
          ...sorted.map((d) => h('li', { class: `wb-duty wb-${d.status}`, 'data-status': d.status, 'data-duty': d.duty }, h('span', { class: `wb-badge wb-${d.status}` }, STATUS[d.status].label), ' ', h('span', { class: 'wb-duty-text' }, ...sentence(checker.describe.duty(d))))),
        ),
  );
  const findings = result.issues.filter((i) => i.severity === 'finding');
  fill(
    targets.findings,
    findings.length === 0 ? h('p', { class: 'wb-empty' }, '没有提示。') : h('ul', { class: 'wb-findings' }, ...findings.map((f) => h('li', { 'data-code': f.code }, ...sentence(describe(f))))),
  );
  return { errors: errors.length, counts };
}
