/**
 * An import's comparison started before its files are read: each file is applied onto the stored plan as the parse
 * process hands it over (`WorkbookComparison`), and the preview finishes it instead of comparing the files again,
 * when it is still the comparison the preview would make: the same plan read at the same stamp, the same options,
 * the same files in the same order.
 * Why: a round's dozen workbooks come one after another; comparing each while the next is read takes most of the
 * comparison off the import's path (issue 21).
 */
import type { PlanFile } from '../../db/planFile';
import { WorkbookComparison, type ImportFile } from '../../shared/exchange/importWorkbooks';
import type { ImportOptions, StoredPlan } from './exchangeService';
import { layoutsInUse } from './layoutsInUse';

type PreviewOptions = Omit<ImportOptions, 'limits'>;

export interface ComparisonAhead {
  stored: StoredPlan;
  options: PreviewOptions;
  /** The files added so far, in order. */
  added: ImportFile[];
  add(file: ImportFile): void;
  comparison: WorkbookComparison;
}

/**
 * The comparison of the files to come with `stored`, as `previewParsed` would start it; undefined when it cannot
 * start now (a layout name the plan file does not have: the preview refuses it, after the files are read, as before).
 */
export function startComparison(file: PlanFile, stored: StoredPlan, options: PreviewOptions): ComparisonAhead | undefined {
  const { year, ente, layoutName } = options;
  let layouts: ReturnType<typeof layoutsInUse>;
  try {
    layouts = layoutsInUse(file, { mappings: [], ...(layoutName !== undefined ? { layoutName } : {}) });
  } catch {
    return undefined;
  }
  const comparison = new WorkbookComparison(stored.doc, { ...(year !== undefined ? { year } : {}), ...(ente !== undefined ? { ente } : {}), choices: {}, layouts });
  const added: ImportFile[] = [];
  return {
    stored,
    options,
    added,
    comparison,
    add(importFile) {
      added.push(importFile);
      comparison.add(importFile);
    },
  };
}

/** The comparison `ahead` made, if it is the one the preview of `files` against `stored` with `options` would make. */
export function usableAhead(ahead: ComparisonAhead | undefined, stored: StoredPlan | null, files: readonly ImportFile[], options: PreviewOptions): WorkbookComparison | undefined {
  if (!ahead || ahead.stored !== stored) return undefined;
  if (ahead.added.length !== files.length || ahead.added.some((f, i) => f !== files[i])) return undefined;
  const same = ahead.options.year === options.year && ahead.options.ente === options.ente && ahead.options.layoutName === options.layoutName;
  return same ? ahead.comparison : undefined;
}
