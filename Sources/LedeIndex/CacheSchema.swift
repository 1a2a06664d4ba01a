import GRDB

/// The analysis cache's tables. Everything here can be rebuilt from the article files, so
/// a schema change simply drops and rebuilds the cache (no migrations).
enum CacheSchema {
    /// Bump when the tables or the stored analysis change meaning.
    static let version = 4

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE file(
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                id_base TEXT NOT NULL,
                size INTEGER NOT NULL,       -- written with all the file's rows in one transaction
                mtime_ns INTEGER NOT NULL,
                hash INTEGER NOT NULL,
                format TEXT);
            CREATE TABLE article(
                id INTEGER PRIMARY KEY,
                file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,    -- order within the file
                article_id TEXT NOT NULL,    -- preferred id (own id or path#N)
                fallback_id TEXT NOT NULL,   -- used when another file took the preferred id
                day INTEGER,                 -- Day.ordinal
                title TEXT NOT NULL,
                source TEXT,
                url TEXT,
                body TEXT NOT NULL,
                mentions BLOB NOT NULL);     -- MentionCodec
            CREATE INDEX article_file ON article(file_id, ordinal);
            CREATE TABLE entity(             -- one row per entity per article, for filters
                article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                type TEXT NOT NULL,
                canonical TEXT NOT NULL,
                count INTEGER NOT NULL);
            CREATE INDEX entity_name ON entity(type, canonical);
            CREATE INDEX entity_article ON entity(article);
            CREATE TABLE quote(
                id INTEGER PRIMARY KEY,      -- stable, since related lists name quotes by it
                article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                quote_id TEXT NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                speaker TEXT, speaker_start INTEGER, speaker_end INTEGER,
                speaker_entity TEXT,
                family TEXT,
                related BLOB);               -- QuoteLinking: related quotes, by id
            CREATE INDEX quote_article ON quote(article, ordinal);
            CREATE TABLE problem(
                file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                reason TEXT NOT NULL, line INTEGER, record INTEGER);
            CREATE INDEX problem_file ON problem(file_id);
            CREATE VIRTUAL TABLE article_fts USING fts5(
                title, body, content='article', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
                detail=none, columnsize=0);  -- word and prefix search only (no ranking): about half the work of detail=full
            """)
        try db.execute(sql: ftsTriggers)
    }

    /// Keep the full-text index in step with single-row changes. A refresh that writes a
    /// large part of the corpus drops them and rebuilds the index once at the end instead:
    /// three times less work than indexing row by row.
    static let ftsTriggers = """
        CREATE TRIGGER IF NOT EXISTS article_fts_insert AFTER INSERT ON article BEGIN
            INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER IF NOT EXISTS article_fts_delete AFTER DELETE ON article BEGIN
            INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        END;
        """

    /// Bulk mode: no triggers, and a mark that survives a crash, so the next refresh knows
    /// the index must be rebuilt.
    static func suspendFullTextIndex(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS article_fts_insert;
            DROP TRIGGER IF EXISTS article_fts_delete;
            INSERT OR REPLACE INTO meta(key, value) VALUES ('fts_stale', '1');
            """)
    }

    static func isFullTextIndexStale(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fts_stale'") != nil
    }

    static func rebuildFullTextIndex(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
        try db.execute(sql: ftsTriggers)
        try db.execute(sql: "DELETE FROM meta WHERE key = 'fts_stale'")
    }
}
