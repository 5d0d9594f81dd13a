// Migration 2: row versions. Every save of a card, of a plan's settings or of its catalogues increments the
// version; a save that carries an older version than the file's (a stale copy in another window or on another
// computer) is refused as a conflict instead of overwriting what was saved in between (issue 10, defect 2).
export default /* sql */ `
ALTER TABLE cards ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE plans ADD COLUMN settings_version INTEGER NOT NULL DEFAULT 1 CHECK (settings_version >= 1);
ALTER TABLE plans ADD COLUMN catalogues_version INTEGER NOT NULL DEFAULT 1 CHECK (catalogues_version >= 1);
`;
