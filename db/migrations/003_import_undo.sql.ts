// Migration 3: the last Excel import of each plan, kept in the plan file so that "Annulla importazione" works after a
// restart: the plan as it was before (NULL when the import created it) and a digest of the plan right after, which
// tells whether the plan was edited since (then the import can no longer be undone).
export default /* sql */ `
CREATE TABLE import_undo (
  plan_id      INTEGER PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
  imported_at  TEXT    NOT NULL, -- ISO date and time
  files_json   TEXT    NOT NULL CHECK (json_valid(files_json)),
  summary      TEXT    NOT NULL,
  before_json  TEXT             CHECK (before_json IS NULL OR json_valid(before_json)),
  after_digest TEXT    NOT NULL
);
`;
