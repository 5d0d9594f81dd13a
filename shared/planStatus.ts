/**
 * A plan's life: bozza → approvato (date and number of the deliberation) → chiuso; which moves are allowed, and which
 * changes an approved or closed plan refuses. Why pure: the db enforces these rules inside every write transaction,
 * the UI asks for a reason before it sends a change, and both must read the same rule.
 */
import type { ChangeDetail } from './changeLog';
import { formatDate } from './dates';
import type { PlanDocument, PlanStage, PlanStatus } from './model';

export const DRAFT: PlanStatus = { stage: 'bozza' };

export const STAGE_LABELS: Record<PlanStage, string> = { bozza: 'bozza', approvato: 'approvato', chiuso: 'chiuso' };

export const statusOf = (doc: Pick<PlanDocument, 'status'>): PlanStatus => doc.status ?? DRAFT;

const approvalText = (s: PlanStatus) =>
  s.deliberation && s.approvedOn ? `delibera n. ${s.deliberation} del ${formatDate(s.approvedOn)}` : '';

/** `bozza`, `approvato con delibera n. 12 del 30/01/2024`, `chiuso (approvato con delibera n. 12 del 30/01/2024)`. */
export function describeStatus(status: PlanStatus): string {
  const approval = approvalText(status);
  if (status.stage === 'approvato') return approval ? `approvato con ${approval}` : 'approvato';
  if (status.stage === 'chiuso') return approval ? `chiuso (approvato con ${approval})` : 'chiuso';
  return 'bozza';
}

export interface StatusRequest {
  stage: PlanStage;
  approvedOn?: string;
  deliberation?: string;
  reason?: string;
}

/**
 * The status a request leads to from `current`, or the Italian reason it is refused. Approving needs date and
 * deliberation; reopening a closed plan or taking an approved one back to draft needs a reason.
 */
export function nextStatus(current: PlanStatus, request: StatusRequest): { ok: true; status: PlanStatus } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  const reason = request.reason?.trim() ?? '';
  const from = current.stage;
  const to = request.stage;
  if (from === to) return fail(`Il piano è già ${STAGE_LABELS[to]}.`);
  if (to === 'approvato' && from === 'bozza') {
    const deliberation = request.deliberation?.trim() ?? '';
    if (!request.approvedOn) return fail('Per approvare il piano indicare la data della delibera di approvazione.');
    if (deliberation === '') return fail('Per approvare il piano indicare il numero della delibera di approvazione.');
    return { ok: true, status: { stage: 'approvato', approvedOn: request.approvedOn, deliberation } };
  }
  if (to === 'chiuso' && from === 'bozza') return fail('Un piano in bozza non si chiude: approvarlo prima.');
  if (to === 'bozza' && from === 'chiuso') return fail('Un piano chiuso non torna in bozza: riaprirlo prima (stato «approvato»).');
  if (reason === '' && (from === 'chiuso' || to === 'bozza')) {
    return fail(from === 'chiuso' ? 'Per riaprire un piano chiuso indicare il motivo.' : 'Per riportare in bozza un piano approvato indicare il motivo.');
  }
  if (to === 'bozza') return { ok: true, status: DRAFT };
  return { ok: true, status: { ...current, stage: to } };
}

/**
 * The details that change the approved content of a plan: everything on cards and indicators, and the settings of
 * the document, except what monitoring writes (values at monitoring dates, a manual performance with its
 * justification, the monitoring date, closing and reopening a date) and the catalogues (lists of names, which change a card only through it).
 */
export function contentDetails(details: readonly ChangeDetail[]): ChangeDetail[] {
  return details.filter(
    (d) =>
      d.scope !== 'catalogues' &&
      d.key !== 'status' &&
      !d.key.startsWith('value.') &&
      !d.key.startsWith('closure.') &&
      d.key !== 'indicator.override' &&
      d.key !== 'plan.monitoringDate',
  );
}

const MAX_LISTED = 4;

function detailText(d: ChangeDetail): string {
  const card = d.cardCode ? `scheda ${d.cardCode}` : 'impostazioni del piano';
  if (d.action !== 'changed') {
    const verb = d.action === 'added' ? 'aggiunt' : 'tolt';
    if (d.key === 'indicator') return `indicatore «${d.indicator ?? ''}» ${verb}o (${card})`;
    if (d.key === 'card') return `${card} ${verb}a`;
    return `${d.field}: ${verb}o «${d.after || d.before}»`;
  }
  return `${d.field} ${d.indicator ? `dell’indicatore «${d.indicator}» della ${card}` : d.cardCode ? `della ${card}` : 'del piano'}`;
}

function listed(details: readonly ChangeDetail[]): string {
  const shown = details.slice(0, MAX_LISTED).map(detailText);
  const more = details.length - shown.length;
  return `${shown.join('; ')}${more === 1 ? ' e un’altra modifica' : more > 1 ? ` e altre ${more} modifiche` : ''}`;
}

/**
 * Why `status` refuses a change with these details (null = allowed): a closed plan refuses every change but its
 * status; an approved one refuses a change of its content without a reason. `reason` makes it a variation.
 */
export function refusalFor(status: PlanStatus, year: number, details: readonly ChangeDetail[], reason: string | undefined): string | null {
  if (details.every((d) => d.key === 'status')) return null;
  if (status.stage === 'chiuso') {
    return `Il piano ${year} è chiuso: non si modifica più. Per correggerlo riaprirlo (Impostazioni › Stato del piano), indicando il motivo.`;
  }
  if (status.stage !== 'approvato' || (reason?.trim() ?? '') !== '') return null;
  const content = contentDetails(details);
  if (content.length === 0) return null;
  return (
    `Il piano ${year} è ${describeStatus(status)}: questa modifica cambia il piano approvato (${listed(content)}) ` +
    'ed è una variazione al piano: indicare il motivo della variazione.'
  );
}

/** True when a change with these details, made to a plan in `status`, is a variation of the approved plan. */
export function isVariation(status: PlanStatus, details: readonly ChangeDetail[]): boolean {
  return status.stage === 'approvato' && contentDetails(details).length > 0;
}
