// A colleague's data-collection workbook, made the way "Prepara raccolta dati" makes it (per area, from the plan
// file as it is) and filled in with SheetJS: the file an officer receives back and imports.
import XLSX from 'xlsx';
import { openPlanFile } from '../../db/planFile';
import { prepareRoundWorkbooks } from '../../electron/exchange/exchangeService';

/** The workbook of the area whose name contains `area`, with the listed indicators' values at the monitoring date. */
export function colleagueWorkbook(dbPath: string, area: string, values: Record<string, number>): { name: string; buffer: Buffer } {
  const file = openPlanFile(dbPath, { readonly: true });
  let produced: { fileName: string; data: Buffer } | undefined;
  let header = '';
  try {
    const [plan] = file.repo.listPlans().sort((a, b) => b.year - a.year);
    if (!plan) throw new Error('nessun piano nel file');
    const doc = file.repo.loadPlan(plan.id);
    const [y, m, d] = doc.settings.monitoringDate.split('-');
    header = `Valore al ${d}/${m}/${y}`;
    produced = prepareRoundWorkbooks(file, plan.id, 'xlsx', { kind: 'area' }).find((w) => w.fileName.includes(area));
  } finally {
    file.close();
  }
  if (!produced) throw new Error(`nessuna cartella per l’area ${area}`);
  const wb = XLSX.read(produced.data, { cellNF: true });
  const sheet = wb.Sheets['Indicatori']!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  const column = (rows[0] as string[]).indexOf(header);
  for (const [name, value] of Object.entries(values)) {
    const row = rows.findIndex((r) => r[2] === name);
    if (row < 0 || column < 0) throw new Error(`«${name}» o «${header}» non trovati nella cartella`);
    const address = XLSX.utils.encode_cell({ r: row, c: column });
    sheet[address] = { ...sheet[address], t: 'n', v: value };
  }
  return { name: produced.fileName, buffer: XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer };
}
