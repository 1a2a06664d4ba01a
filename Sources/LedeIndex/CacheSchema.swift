import GRDB

/// The analysis cache's tables. Everything here can be rebuilt from the article files, so
/// a schema change simply drops and rebuilds the cache (no migrations).
enum CacheSchema {
    /// Bump when the tables change (11: what a table beside a file said about it is kept
    /// with the file); a change in what the extractors find bumps `analysisRevision`.
    static let version = 11
    /// Bump when the analysis a file gets changes (the extractors find other entities or
    /// quotes): what an earlier Lede stored would otherwise be shown as if it were current.
    /// (1: organisations read as phrases around a head word; 2: British and American
    /// spellings of a name kept apart; 3: `Unity Party` after `Unity Party of America`;
    /// 4: a surname after middle initials; 5: `Senate`, not `Republican Senate`; 6: a word
    /// before its country is a place, a faith a group, `Emeritus` a title; 7: `Justice
    /// Department` is the `Department of Justice` named in the same article; 8: speakers
    /// without the phrase opening their sentence or a word hanging after them; 9: a
    /// participle's speaker after `whilst` or an object is the sentence's subject; 10: a
    /// name before an apposition is the speaker, not the body named in it; `PG&E` one
    /// token and a company; 11: offices named with a possessive are whole organisations,
    /// `the Cook County Sheriff's Office`; 12: the person before an apposition speaks,
    /// not one named in it; 13: a pronoun skips a person whose first name is of the other
    /// gender; 14: a first name no list knows takes the surname after it, `Narendra Modi`;
    /// 15: `the United Nations Nikki Haley` is an organisation and a person; 16: `Emir`,
    /// `Ayatollah`, `Administrator` are titles; 17: `bin` carries a name on; 18: `Lau Siu-lai`,
    /// `Wu Chi-wai` are people, `Trump-backed` and `US-based` no mentions, councillors titled;
    /// 19: `Regina Ip`, a common first name that is also a town, then a word no list knows;
    /// 20: `Committee to Protect Journalists`, `Committee for a Responsible Federal Budget`;
    /// 21: `Procter & Gamble Co.`, two names and an ampersand, one company; 22: `Amazon.com`
    /// is one word, an organisation; 23: `one nurse at St Thomas' Hospital told` is a speaker,
    /// not the hospital; 24: `the town of Paradise` is a place, `Britain's` before a title
    /// loses its `'s`; 25: a four-letter dateline, `KYIV`, is shown `Kyiv`; 26: `Nonpartisan
    /// Paul Tse` is `Paul Tse`, `MP` a title; 27: `da`, `de`, `van` carry a name on; 28: press
    /// and aid groups among the well-known organisations; 29: the name after a title is a
    /// person, a listed place runs through `and`, `General Motors` is not split at its title;
    /// 30: `Sub-Saharan Africa` is one place, `Manhattan District Attorney` a place and a
    /// title, a pronoun may mean a person acting through an apposition; 31: `Chief Executive`
    /// is a title, `on Tuesday` between a speaker and the verb is not the speaker; 32: more
    /// currencies spelt out, `Jürgen Stock` after a title, a sentence's first word written in
    /// lower case elsewhere is no person; 33: `The Sinn Féin leader, Mary Lou McDonald, called
    /// it “…”` is hers; 34: a name set off by commas after a title is a person; 35: `4 July
    /// 1996`, `the end of March`, `300,000 Swiss francs`, `1.2 lakh crore`; 36: `DUP` of `DUP
    /// leader Jeffrey Donaldson` is an organisation; 37: `Los Angeles Lakers` is a team; 38: `Reagan
    /// National Airport` is a place, `Senate Majority Leader` a title of the Senate, and
    /// `the minister` said is the minister the article named; `Manchester City` in a match
    /// report is a team, `Fishmongers' Hall` a place; 39: a sentence ends inside a quotation,
    /// and `, but X was cautious, telling` is X's; 40: `Denver, Colorado` spells no `DC`;
    /// 41: `DRM (digital rights management)` is not another article's `DRM`; 42: `Activision
    /// chief executive` names a company, `R-Ohio` a state, `the ministry called it “…”` a speaker;
    /// 43: `The Hague` keeps its `The`; 44: `the water company, Thames Water,` is a company;
    /// 45: `Reserve Bank of Australia governor` keeps the body whole, `accusing X of “…”` speaks;
    /// 46: `X alleged “…”` and `a statement which said “…”` are X's and the statement's author's;
    /// 47: `described by the CBCP as “…”` is the CBCP's;
    /// 48: `St. Louis`, `Mt. Kilimanjaro` keep their prefix as places;
    /// 49: `Minister of Foreign Affairs Sergey Lavrov` is a person;
    /// 50: `Yum Brands` is one company, `West Indies` a place;
    /// 51: `CentOS`, `GitHub`, `H1N1` are nobody;
    /// 52: `Trump-Ukraine` is no person;
    /// 53: `X, Jane Porter, announced …. “…,” she said` is Jane Porter's;
    /// 54: `In the filing itself Ford also made this point, writing “…”` is Ford's;
    /// 55: `X, in remarks to the BBC, said` names X alone; `the union` needs a union;
    /// 56: `The ministry has, in a statement, called on drivers to “…”` is the ministry's;
    /// 57: `Fed`, `Arsenal` are organisations;
    /// 58: `told investors on a call that the repairs were “a one-off”` is the teller's, and
    ///     `the judge` is no one the judge spoke to;
    /// 59: `West Yorkshire Police`, `Toyota Motor Corp.` are organisations, `Koji Sato, Toyota's
    ///     president,` a person, `the start-up Mistral` an organisation throughout;
    /// 60: `an adviser at Allianz` works for an organisation; `Treasury`, `KPMG` are well known;
    /// 61: `the Kansas City Chiefs 40-22` ends before the score, `Parkinson's disease` is nobody,
    ///     and a pronoun may mean someone acting after an apposition and a relative clause, or
    ///     named by `according to`, not someone named inside a quotation;
    /// 62: `X accused Y of “…”` is X's; `Conservative leader Kemi Badenoch` is a person;
    ///     `Labour` a party, not in `Labour Day`;
    /// 63: a shouted dateline after a blank line is title-cased too;
    /// 64: `the 97th Academy Awards` does not name `97th`;
    /// 65: in a match report `Liverpool boss Arne Slot` names the side;
    /// 66: `Rasmus Hojlund`, `Philipp Hagemeister` are whole;
    /// 67: unfamiliar names before a job's apposition, police ranks, acronyms for things,
    /// companies named for their trade, `Lee` for `Lee Jae-myung`, `No. 1`, `X's sister`;
    /// 68: `Reliance Industries and HDFC Bank` are two, `…, calling X “…”` speaks;
    /// 69: `on Twitter West accused`, `the French president` is not `French`;
    /// 70: unnamed sources (`a source close to the talks`), ages in appositions, a pronoun
    /// after someone unnamed;
    /// 71: `J.K. Rowling`, `J. R. R. Tolkien`; a title alone (`Taoiseach`) is no place;
    /// 72: `Justices Clarence Thomas, …` names Clarence Thomas;
    /// 73: `MANCHESTER, England` is two places, a well-known name runs on from the tagger's
    /// cut (`Manchester United`), `Erik ten Hag`;
    /// 74: exchanges and their indices are well known (`Nasdaq Composite`);
    /// 75: `McLaren's Lando Norris` is a person;
    /// 76: `Magistrates'` is a possessive body's holder word (the same names, found by the
    /// shared rule, so also where the tagger found no name before it);
    /// 77: the holder of an office in a place (`President of Ukraine Volodymyr Zelensky`) is a
    /// person apart from the place; a lone surname shared by several people is the one named
    /// most so far;
    /// 78: major-league teams are well known, and a well-known name runs on through whole
    /// names the tagger found (`Toronto` `Maple Leafs`); `Wall Street` cut to `Street`;
    /// 79: a dateline is no sentence's subject (`PARIS — French President …`), and no name
    /// runs on through `on Wednesday`;
    /// 80: `Reserve Bank of India Governor Shaktikanta Das` keeps the bank whole; more
    /// carmakers and Indian companies are well known;
    /// 81: well-known names around a name the tagger found (`Alternative for Germany`);
    /// `X of <body> cautioned` acts; a body described in a clause calls something so;
    /// 82: `would` looks ahead for dates; two companies joined by `and` are two; `spokesperson
    /// Mao Ning`;
    /// 83: in a match report a town opening a club's name found there is the club, and more
    /// words say an article reports a match (`defeat`, `draw`, `playoffs`);
    /// 84: `De Wever` is `Bart De Wever`; the European Council and other EU bodies are well known;
    /// 85: `Wedbush analyst Dan Ives`; `according to a transcript` is no speaker;
    /// 86: `Justice Alexandre de Moraes`: a titled name runs through a particle;
    /// 87: a pronoun after someone new and unnamed who acts (`a farmer … told`) is no one named;
    /// 88: an acronym spelled out in brackets after it (`AEW (All Elite Wrestling)`);
    /// 89: a given name standing alone is the person named in full with it (`Jordan's mother`);
    /// 90: a name with officers or shares is a company (`Nordwind's founder and chairman`);
    /// 91: a year after a part of it is a date (`the second half of 2027`);
    /// 92: `Deutsche Bank and Lazard` are two;
    /// 93: a name like a person's after `the` that heads its phrase is a venue or a body;
    /// 94: `Team`, `Unit`, `Squad` head a body's name (`Disease Surveillance Team`);
    /// 95: `takes place on January 10` looks ahead;
    /// 96: `Platforms`, `Retail`, `Business` end a company's name (`Jio Platforms`);
    /// 97: single quotations beside double ones; `asylum claim` is no reporting verb;
    /// 98: `law firm Maurice Blackburn`; a short quotation ending a long reported clause as
    /// its predicate (`… was “very worrying”`) is the speaker's;
    /// 99: `St. Ignatius of Loyola Church` is a body, not a person;
    /// 100: `Gavi, the Vaccine Alliance,`: a name set off by a body's description is the body;
    /// 101: `Church of St. Mary` runs on through the saint's name;
    /// 102: `Keiko Sato, 67, said`: a person acts through an age set off by commas;
    /// 103: two acronyms joined by a hyphen are one body (`AFL-CIO`, `ABS-CBN`);
    /// 104: utilities, railways and surveys (`Tohoku Electric Power`, `U.S. Geological Survey`);
    /// 105: outlets beyond the English-speaking press, social networks and utilities listed;
    /// 106: a year closing its clause after `of` is a date (`It reminded me of 2011,`);
    /// 107: `starting in September` looks ahead;
    /// 108: the world's stock indices listed (`Ibovespa`, `Hang Seng`);
    /// 109: letters after a name (`KC`, `MP`) and a name after a possessive (`Labour's Rachel Reeves`);
    /// 110: a sentence's first word no list knows, written once, is no person (`Turnout was 79%`);
    /// 111: a middle word of a full name is that person (`Rosselló`, `Lula`).)
    static let analysisRevision = 111
    /// What the cache file carries as SQLite's `user_version`.
    static var stamp: Int { version * 1000 + analysisRevision }

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE file(
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                id_base TEXT NOT NULL,
                size INTEGER NOT NULL,       -- -1 until all the file's rows are in (a large file is written in parts)
                mtime_ns INTEGER NOT NULL,
                hash INTEGER NOT NULL,
                format TEXT,
                metadata TEXT NOT NULL DEFAULT '');  -- FileMetadata.fingerprint of what a table beside it said
            CREATE TABLE article(
                -- Never reused: a row's text never changes, so a refresh can keep what the
                -- query index holds for the rows that are still there.
                id INTEGER PRIMARY KEY AUTOINCREMENT,
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
            CREATE INDEX article_key ON article(article_id);  -- the reader opens articles listed as they were analysed
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
            CREATE TABLE query_part(          -- the reader's query index (QueryIndex archive), saved with the list
                name TEXT PRIMARY KEY, data BLOB NOT NULL);
            """)
    }
}
