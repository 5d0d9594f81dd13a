/**
 * The catalogues of a plan an import creates: those of the workbook (its lookup sheets), else the standard lists —
 * the missioni and programmi of D.M. 27/03/2013 for the chambers (with their old codes and names) as the embedded
 * sample plan has them, the tipologie and the units of measure. Why: a colleague's sheet writes missione and
 * programma as names; without the national list they could not be read as codes into an empty file.
 */
import type { Problem } from '../api';
import type { Catalogues } from '../model';
import { standardCatalogues } from '../planDefaults';
import { samplePlan2024 } from '../sample/plan2024';

export function standardImportCatalogues(): Catalogues {
  const { missioni, programmi } = samplePlan2024.catalogues;
  return { ...standardCatalogues(), missioni: missioni.map((m) => ({ ...m })), programmi: programmi.map((p) => ({ ...p, aliases: [...p.aliases] })) };
}

/** The first workbook's catalogues, else the standard lists (said in a warning). */
export function importCatalogues(read: readonly { catalogues: Catalogues | null; problems: Problem[] }[], problems: Problem[]): Catalogues {
  const withCatalogues = read.find((c) => c.catalogues !== null);
  if (withCatalogues?.catalogues) {
    problems.push(...withCatalogues.problems);
    return withCatalogues.catalogues;
  }
  problems.push({
    severity: 'warning',
    message: 'Il file non contiene i cataloghi: il nuovo piano ha le missioni e i programmi del D.M. 27/03/2013, le tipologie e le unità di misura; ambiti, obiettivi strategici, aree e uffici sono da completare.',
  });
  return standardImportCatalogues();
}
