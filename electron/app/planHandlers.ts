/**
 * The API handlers that read and edit plans of the open file: session, load (whole, the list's rows, some cards),
 * create, settings, catalogues, cards.
 * Why thin: payloads arrive validated (dispatch.ts) and the repository does the work in one transaction each;
 * its `PlanFileError`s carry the Italian message the user sees.
 */
import path from 'node:path';
import type { ApiHandlers, SessionInfo } from '../../shared/api';
import { openedPlanId } from '../../shared/planListing';
import { ApiFailure } from './apiFailure';
import type { AppContext } from './context';

export type PlanHandlerMethod =
  | 'getSession'
  | 'takeOverFile'
  | 'loadPlan'
  | 'listCardRows'
  | 'listLatestPlan'
  | 'loadCards'
  | 'createPlan'
  | 'savePlanSettings'
  | 'saveCatalogues'
  | 'saveCard'
  | 'deleteCard';

export function planHandlers(ctx: AppContext): Pick<ApiHandlers, PlanHandlerMethod> {
  const repo = () => ctx.file().repo;
  const session = (): SessionInfo => {
    const file = ctx.file();
    const open = ctx.document?.();
    const shown = open?.path ?? path.resolve(file.path);
    return {
      host: ctx.host.kind,
      appVersion: ctx.host.appVersion,
      filePath: shown,
      fileName: path.basename(shown),
      plans: file.repo.listPlans(),
      ...(open?.readOnly ? { readOnly: open.readOnly } : {}),
      ...(open && open.location.kind !== 'local' ? { sharedLocation: { kind: open.location.kind, description: open.location.description } } : {}),
    };
  };
  return {
    getSession: session,
    async takeOverFile() {
      if (!ctx.takeOver) throw new ApiFailure('unavailable', 'In questa sessione il file non si può prendere a chi lo usa.');
      await ctx.takeOver();
      return session();
    },
    loadPlan: ({ planId }) => repo().loadPlan(planId),
    listCardRows: ({ planId }) => repo().listCardRows(planId),
    listLatestPlan: () => {
      const planId = openedPlanId(repo().listPlans());
      return planId === null ? null : repo().listCardRows(planId);
    },
    loadCards: ({ planId, cardIds }) => repo().loadCards(planId, cardIds),
    createPlan: ({ settings, copyFromPlanId, copyCards }) =>
      repo().createPlan(settings, { copyFromPlanId, copyCards: copyCards ?? false }),
    savePlanSettings: ({ planId, settings, change }) => repo().savePlanSettings(planId, settings, change),
    saveCatalogues: ({ planId, catalogues, change }) => repo().saveCatalogues(planId, catalogues, change),
    saveCard: ({ planId, card, change }) => repo().saveCard(planId, card, change),
    deleteCard({ planId, cardId, version, change }) {
      repo().deleteCard(planId, cardId, version, change);
      return { deleted: true };
    },
  };
}
