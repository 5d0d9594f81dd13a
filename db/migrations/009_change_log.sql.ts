// Migration 9: the change log of the file (who, from which computer, when, what kind, the field-by-field details
// and the exact rows replaced, so that any entry can be reverted), the cards each entry touched (a card's history),
// and the status of each plan (bozza without a row; approvato with date and number of the deliberation; chiuso).
// Entry ids are AUTOINCREMENT: a revert names the entry it reverts, and an id is never handed out twice.
export default /* sql */ `
CREATE TABLE change_log (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id      INTEGER REFERENCES plans (id) ON DELETE SET NULL,
  plan_year    INTEGER NOT NULL,
  changed_at   TEXT    NOT NULL, -- ISO date and time
  user_name    TEXT    NOT NULL,
  computer     TEXT    NOT NULL,
  kind         TEXT    NOT NULL,
  label        TEXT    NOT NULL,
  reason       TEXT,
  variation    INTEGER NOT NULL DEFAULT 0 CHECK (variation IN (0, 1)),
  reverts_id   INTEGER REFERENCES change_log (id),
  info_json    TEXT CHECK (info_json IS NULL OR json_valid(info_json)),
  details_json TEXT    NOT NULL CHECK (json_valid(details_json)),
  rows_json    TEXT    NOT NULL CHECK (json_valid(rows_json))
);
CREATE INDEX change_log_by_plan ON change_log (plan_id, id);
CREATE INDEX change_log_by_reverted ON change_log (reverts_id);

CREATE TABLE change_log_cards (
  change_id INTEGER NOT NULL REFERENCES change_log (id) ON DELETE CASCADE,
  card_id   INTEGER, -- no foreign key: a deleted card keeps its history, and a revert can bring it back
  code      TEXT    NOT NULL
);
CREATE INDEX change_log_cards_by_change ON change_log_cards (change_id);
CREATE INDEX change_log_cards_by_card ON change_log_cards (card_id);
CREATE INDEX change_log_cards_by_code ON change_log_cards (code);

CREATE TABLE plan_status (
  plan_id      INTEGER PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
  stage        TEXT    NOT NULL CHECK (stage IN ('approvato', 'chiuso')),
  approved_on  TEXT    NOT NULL,
  deliberation TEXT    NOT NULL
);
`;
