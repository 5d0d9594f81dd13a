// Turns the seed's header cells into the model's codes ("11 – Competitività…" -> '011').
// Why: the sample test compares the embedded plan with the document; these are the only interpretations of header
// text it makes, kept apart from the structural parser so they can be read and checked on their own.

/** "11 – Competitività e sviluppo delle imprese" -> { code: '011', name: 'Competitività e sviluppo delle imprese' }. */
export function splitCodeAndName(cell: string): { code: string; name: string } {
  const match = /^(\d+)\s*[–-]?\s*(.*)$/.exec(cell.trim());
  if (!match) throw new Error(`codice non trovato in "${cell}"`);
  return { code: (match[1] ?? '').padStart(3, '0'), name: match[2] ?? '' };
}

/** The missione code of a card: three digits. */
export function missioneCode(cell: string): string {
  return splitCodeAndName(cell).code;
}

/** The programma code within its missione: '011.005'. */
export function programmaCode(missioneCell: string, programmaCell: string): string {
  return `${missioneCode(missioneCell)}.${splitCodeAndName(programmaCell).code}`;
}

/** "03_01- L'ottimizzazione…" -> { code: '03_01', name: "L'ottimizzazione…" }. */
export function ambitoLine(cell: string): { code: string; name: string } {
  const match = /^(\d\d_\d\d)\s*-?\s*(.*)$/.exec(cell.trim());
  if (!match) throw new Error(`linea di ambito non trovata in "${cell}"`);
  return { code: match[1] ?? '', name: match[2] ?? '' };
}
