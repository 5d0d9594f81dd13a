// Migration 12: the change log stores differences instead of whole cards (db/changeLogRows.ts). Each card, settings
// or catalogues row of an entry becomes a row here: its `after` is the value the file holds now (newest row, with a
// digest), or the delta from the next row's `before`, or whole; its `before` is the delta from its own `after`.
// `change_log.rows_json` keeps the order of the parts, the status and the whole plans. The entries already in the file
// are rewritten this way by the migration's own step (db/changeLogRewrite.ts), each read back and compared with what
// it held, in the same transaction.
export default /* sql */ `
CREATE TABLE change_log_rows (
  change_id   INTEGER NOT NULL REFERENCES change_log (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  part        TEXT    NOT NULL CHECK (part IN ('card', 'settings', 'catalogues')),
  row_id      INTEGER NOT NULL, -- the card's id, or the plan's for settings and catalogues
  run         INTEGER NOT NULL, -- rows before this one rebuilt from the next (a whole one every 16)
  before_json TEXT    NOT NULL CHECK (json_valid(before_json)),
  after_json  TEXT    NOT NULL CHECK (json_valid(after_json)),
  PRIMARY KEY (change_id, position)
);
CREATE INDEX change_log_rows_by_row ON change_log_rows (part, row_id, change_id);
`;
