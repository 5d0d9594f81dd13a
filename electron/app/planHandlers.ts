/**
 * The API handlers that read and edit plans of the open file: session, load, create, settings, catalogues, cards.
 * Why thin: payloads arrive validated (dispatch.ts) and the repository does the work in one transaction each;
 * its `PlanFileError`s carry the Italian message the user sees.
 */
import path from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import type { AppContext } from './context';

export type PlanHandlerMethod =
  | 'getSession'
  | 'loadPlan'
  | 'createPlan'
  | 'savePlanSettings'
  | 'saveCatalogues'
  | 'saveCard'
  | 'deleteCard';

export function planHandlers(ctx: AppContext): Pick<ApiHandlers, PlanHandlerMethod> {
  const repo = () => ctx.file().repo;
  return {
    getSession() {
      const file = ctx.file();
      return {
        host: ctx.host.kind,
        appVersion: ctx.host.appVersion,
        filePath: path.resolve(file.path),
        fileName: path.basename(file.path),
        plans: file.repo.listPlans(),
      };
    },
    loadPlan: ({ planId }) => repo().loadPlan(planId),
    createPlan: ({ settings, copyFromPlanId, copyCards }) =>
      repo().createPlan(settings, { copyFromPlanId, copyCards: copyCards ?? false }),
    savePlanSettings: ({ planId, settings }) => repo().savePlanSettings(planId, settings),
    saveCatalogues: ({ planId, catalogues }) => repo().saveCatalogues(planId, catalogues),
    saveCard: ({ planId, card }) => repo().saveCard(planId, card),
    deleteCard({ planId, cardId }) {
      repo().deleteCard(planId, cardId);
      return { deleted: true };
    },
  };
}
