// Migration 11: the import layouts the user saved («Salva come modello…», `import --save-layout`), kept in the plan
// file so that the next workbook of the same layout is read by itself on any computer that opens the file. One row
// per layout, by name (case ignored); the layout itself is JSON (shared/exchange/columnLayout.ts), checked on reading.
export default /* sql */ `
CREATE TABLE import_layouts (
  name        TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0),
  layout_json TEXT NOT NULL CHECK (json_valid(layout_json)),
  saved_at    TEXT NOT NULL -- ISO date and time
);
`;
