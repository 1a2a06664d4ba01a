/// Word lists for reading reporting clauses (`“…,” Smith said`, `according to the report`).
enum ReportingLexicon {
    /// Verbs that introduce or follow a quotation, in the forms a reporting clause uses.
    static let verbs: Set<String> = {
        let stems: [(String, [String])] = [
            ("say", ["said", "says", "saying"]),
            ("tell", ["told", "tells", "telling"]),
            ("write", ["wrote", "writes", "writing"]),
            ("add", ["added", "adds", "adding"]),
            ("note", ["noted", "notes", "noting"]),
            ("read", ["read", "reads", "reading"]),
            ("ask", ["asked", "asks", "asking"]),
            ("explain", ["explained", "explains", "explaining"]),
            ("state", ["stated", "stating"]),
            ("continue", ["continued", "continues", "continuing"]),
            ("declare", ["declared", "declares", "declaring"]),
            ("announce", ["announced", "announces", "announcing"]),
            ("insist", ["insisted", "insists", "insisting"]),
            ("argue", ["argued", "argues", "arguing"]),
            ("claim", ["claimed", "claims", "claiming"]),
            ("warn", ["warned", "warns", "warning"]),
            ("urge", ["urged", "urges", "urging"]),
            ("tweet", ["tweeted", "tweets", "tweeting"]),
            ("post", ["posted", "posting"]),
            ("recall", ["recalled", "recalls", "recalling"]),
            ("admit", ["admitted", "admits", "admitting"]),
            ("acknowledge", ["acknowledged", "acknowledges", "acknowledging"]),
            ("conclude", ["concluded", "concludes", "concluding"]),
            ("comment", ["commented", "comments", "commenting"]),
            ("remark", ["remarked", "remarks", "remarking"]),
            ("observe", ["observed", "observes", "observing"]),
            ("suggest", ["suggested", "suggests", "suggesting"]),
            ("report", ["reported", "reports", "reporting"]),
            ("assert", ["asserted", "asserts", "asserting"]),
            ("contend", ["contended", "contends", "contending"]),
            ("maintain", ["maintained", "maintains", "maintaining"]),
            ("predict", ["predicted", "predicts", "predicting"]),
            ("promise", ["promised", "promises", "promising"]),
            ("confirm", ["confirmed", "confirms", "confirming"]),
            ("deny", ["denied", "denies", "denying"]),
            ("emphasize", ["emphasized", "emphasizes", "emphasizing", "emphasised", "emphasises", "emphasising"]),
            ("stress", ["stressed", "stresses", "stressing"]),
            ("quip", ["quipped", "quips"]),
            ("joke", ["joked", "jokes", "joking"]),
            ("exclaim", ["exclaimed", "exclaims"]),
            ("shout", ["shouted", "shouts", "shouting"]),
            ("yell", ["yelled", "yells"]),
            ("lament", ["lamented", "laments", "lamenting"]),
            ("complain", ["complained", "complains", "complaining"]),
            ("agree", ["agreed", "agrees"]),
            ("wonder", ["wondered", "wonders"]),
            ("recount", ["recounted", "recounts"]),
            ("testify", ["testified", "testifies", "testifying"]),
            ("caution", ["cautioned", "cautions", "cautioning"]),
            ("reply", ["replied", "replies", "replying"]),
            ("respond", ["responded", "responds", "responding"]),
            ("answer", ["answered", "answers"]),
            ("describe", ["described", "describes", "describing"]),
            ("reveal", ["revealed", "reveals", "revealing"]),
            ("tell", ["told"]),
            ("demand", ["demanded", "demands", "demanding"]),
            ("boast", ["boasted", "boasts", "boasting"]),
            ("vow", ["vowed", "vows", "vowing"]),
            ("pledge", ["pledged", "pledges"]),
            ("plead", ["pleaded", "pleads"]),
            ("whisper", ["whispered"]),
            ("sigh", ["sighed"]),
            ("scream", ["screamed"]),
            ("mutter", ["muttered"]),
            ("concede", ["conceded", "concedes", "conceding"]),
            ("allege", ["alleges", "alleged", "alleging"]),
            ("counter", ["countered", "counters"]),
            ("retort", ["retorted"]),
            ("tout", ["touted", "touts"]),
            ("proclaim", ["proclaimed", "proclaims"]),
            ("inform", ["informed", "informs"]),
            ("specify", ["specified"]),
            ("elaborate", ["elaborated"]),
            ("opine", ["opined"]),
            ("mention", ["mentioned", "mentions"]),
            ("estimate", ["estimated"]),
            ("talk", ["talked"]),
            ("laud", ["lauded"]),
            ("characterize", ["characterized", "characterised"]),
            ("speak", ["spoke"]),
            ("speculate", ["speculated"]),
            ("reason", ["reasoned"]),
            ("advise", ["advised"]),
            ("interject", ["interjected"]),
            ("snap", ["snapped"]),
            ("beg", ["begged"]),
            ("implore", ["implored"]),
            ("call", ["called", "calls", "calling"]),
            ("dub", ["dubbed"]),
            ("label", ["labeled", "labelled"]),
            ("brand", ["branded"]),
            ("praise", ["praised"]),
            ("criticize", ["criticized", "criticised"]),
            ("slam", ["slammed"]),
            ("blast", ["blasted"]),
            ("hail", ["hailed"]),
            ("decry", ["decried"]),
            ("denounce", ["denounced"]),
            ("condemn", ["condemned"]),
            // `accused` only in the active (`ReportingClauses.isReportingWord`): it is as often
            // passive (`was accused of “misconduct”`).
            ("accuse", ["accusing", "accuses", "accused"]),
        ]
        // Base forms only where they are not also common nouns (`the state`, `his post`).
        let bases: Set<String> = ["say", "tell", "write", "add", "note", "explain", "insist", "argue",
                                  "claim", "warn", "urge", "admit", "ask", "agree", "recall", "predict", "reply"]
        return Set(stems.flatMap(\.1)).union(bases)
    }()

    /// Forms that are as often nouns (`his remarks`, `the claims`): reporting verbs only
    /// right after a name or pronoun.
    static let nounLike: Set<String> = Set<String>([
        "claims", "comments", "remarks", "reports", "answers", "states", "notes", "demands",
        "promises", "stresses", "jokes", "counters", "posts", "mentions", "tweets", "warning",
        "reading", "reporting", "post", "report", "state", "promise", "demand", "comment",
        "answer", "counter", "insists", "reveals", "claim",
    ]).union(namingVerbs)

    /// Verbs of naming and judging attribute only after their subject (`Smith called it “a
    /// disgrace”`), not in `a tool called “Rekognition”`.
    static let namingVerbs: Set<String> = [
        "called", "calls", "calling", "dubbed", "labeled", "labelled", "branded", "praised",
        "criticized", "criticised", "slammed", "blasted", "hailed", "decried", "denounced",
        "condemned", "described", "lauded", "characterized", "characterised",
    ]

    /// Lower-case words that may stand among titles (`former deputy director`).
    static let titleModifiers: Set<String> = ["former", "deputy", "acting", "assistant", "associate", "senior", "interim", "general", "vice"]

    /// `-ing` forms, whose subject is the clause's subject rather than the word before them
    /// after a comma (`…, saying “…”`).
    static func isParticiple(_ w: String) -> Bool { w.hasSuffix("ing") && verbs.contains(w) }

    /// Words between a subject and its verb (`Smith also said`, `she has said`).
    /// Verbs that open a predicate (a relative `that are`, `that could`).
    static let copulasAndModals: Set<String> = [
        "is", "are", "was", "were", "be", "can", "could", "may", "might", "must", "shall", "should", "do",
    ]

    static let auxiliaries: Set<String> = [
        "also", "later", "then", "has", "had", "have", "was", "were", "is", "would", "will",
        "previously", "once", "further", "again", "recently", "reportedly", "simply", "just",
        "had", "been", "did", "does", "had", "earlier", "still", "even", "only", "now", "once",
        "too", "having", "publicly", "privately", "separately", "subsequently", "originally", "repeatedly",
    ]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
    ]
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

    /// Irregular past tenses, for telling a name that does something (`Kane won`).
    static let irregularPast: Set<String> = [
        "won", "made", "took", "gave", "went", "came", "got", "saw", "left", "ran", "met", "led",
        "held", "put", "set", "brought", "thought", "became", "began", "kept", "felt", "found",
        "lost", "paid", "sent", "spent", "stood", "spoke", "broke", "chose", "drove", "fell",
        "flew", "grew", "hit", "knew", "meant", "rose", "sat", "sold", "shot", "struck", "swore",
        "threw", "understood", "wore", "did", "built", "bought", "caught", "fought", "taught",
        "heard", "won't", "can't", "will", "would", "could", "should", "may", "might", "must",
    ]

    /// Words that cannot be part of a subject noun phrase; reading a subject backwards from
    /// its verb stops at them.
    static let clauseBoundaries: Set<String> = [
        "that", "which", "who", "whom", "whose", "and", "but", "or", "because", "when",
        "while", "whilst", "if", "as", "after", "before", "since", "although", "though", "so", "than",
        "where", "in", "on", "at", "to", "with", "by", "from", "into", "about", "over",
        "under", "during", "against", "through", "via", "per", "is", "are", "was", "were",
        "be", "been", "has", "have", "had", "not", "also", "how", "what", "why", "there",
        "it's", "he's", "she's", "then", "yet", "however", "meanwhile", "until", "whether",
        "upon", "toward", "towards", "among", "between", "without", "within", "like", "unlike",
    ]

    /// Words that end a speaker read forwards (`said Bolden to the crowd`, `said Smith in`).
    static let forwardBoundaries: Set<String> = Set<String>([
        "to", "in", "on", "at", "during", "after", "before", "when", "while", "as",
        "because", "and", "but", "adding", "saying", "noting", "explaining", "referring",
        "speaking", "last", "yesterday", "today", "tomorrow", "earlier", "later", "this",
        "via", "through", "with", "about", "since", "following", "shortly",
    ]).union(weekdays)

    /// Prepositions a speaker's description may hold (`a nurse at the hospital`).
    static let nounPhrasePrepositions: Set<String> = ["at", "in", "with", "from", "on"]
    /// Of those (and a few more), the ones that say where the speaker is, not whom they speak
    /// for (`an official from TfL` speaks for TfL; `a resident in Paris` not for Paris).
    static let locativePrepositions: Set<String> = ["at", "in", "near", "on", "outside", "inside"]

    /// Words that may begin a subject noun phrase in lower case.
    static let determiners: Set<String> = [
        "the", "a", "an", "one", "another", "some", "many", "several", "his", "her", "their",
        "its", "our", "my", "your", "this", "these", "those", "two", "three", "four", "five",
        "both", "most", "other", "few", "each", "every", "no", "all",
    ]

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    static let possessivePronouns: Set<String> = ["his", "her", "their", "its"]
    static let personPronouns: Set<String> = ["he", "she", "his", "her", "him"]

    /// Titles and roles before a name (`Microsoft President Brad Smith`, `Professor Eastman`).
    static let titles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor",
        "president", "senator", "sen.", "rep.", "representative", "gov.", "governor",
        "minister", "premier", "chancellor", "mayor", "judge", "justice", "general", "gen.",
        "col.", "colonel", "capt.", "captain", "lt.", "lieutenant", "sgt.", "sergeant", "sir",
        "lord", "lady", "dame", "rev.", "reverend", "father", "sister", "brother", "pope",
        "king", "queen", "prince", "princess", "chief", "ceo", "cfo", "coo", "chairman",
        "chairwoman", "chair", "director", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "coach", "manager", "officer", "commissioner", "ambassador",
        "attorney", "inspector", "detective", "deputy", "leader", "founder", "executive",
        "vice", "prime", "head", "superintendent", "sheriff", "chef", "dean", "rabbi", "imam",
        "bishop", "archbishop", "cardinal", "councillor", "councilman", "councilwoman",
        "congressman", "congresswoman", "assemblyman", "mp", "mep", "economist", "analyst",
        "lawyer", "doctor", "author", "editor", "admiral", "adm.", "marshal", "sheikh", "emir",
        "ayatollah", "speaker", "treasurer", "administrator", "producer", "star", "striker",
        "midfielder", "defender", "goalkeeper", "captain", "player", "singer", "actor",
        "actress", "pastor", "dj", "broadcaster", "journalist", "activist", "writer",
        "comedian", "presenter", "host", "anchor", "commentator", "columnist", "reporter",
        "historian", "scientist", "researcher", "candidate", "nominee", "councilor",
        "governor-elect", "president-elect", "mayor-elect", "chancellor", "physician",
        "surgeon", "nurse", "artist", "musician", "rapper", "filmmaker", "director-general",
        "secretary-general", "envoy", "diplomat", "senior", "strategist", "pollster",
        "representative", "delegate", "legislator", "lawmaker", "campaigner", "advocate",
        "novelist", "poet", "photographer", "designer", "entrepreneur", "investor",
        "businessman", "businesswoman", "billionaire", "philanthropist", "astronaut",
        "prosecutor", "expert", "bishop", "monsignor", "cleric", "mufti",
    ]

    /// Words that make a capitalised name an organisation rather than a person.
    static let organizationWords: Set<String> = [
        "inc", "inc.", "corp", "corp.", "company", "co.", "ltd", "ltd.", "llc", "plc", "group",
        "university", "college", "school", "council", "association", "union", "party",
        "department", "ministry", "times", "news", "post", "agency", "service", "services",
        "bank", "court", "committee", "commission", "institute", "foundation", "office",
        "administration", "government", "police", "army", "force", "forces", "board",
        "society", "federation", "organization", "organisation", "network", "press",
        "journal", "herald", "tribune", "club", "league", "house", "center", "centre",
        "authority", "bureau", "airlines", "international", "technologies", "systems",
        "motors", "media", "channel", "radio", "television", "tv", "magazine", "reuters",
        "associated", "church", "federal", "national", "museum", "hospital", "team",
        "fund", "trust", "alliance", "coalition", "movement", "congress", "parliament",
        "senate", "assembly", "cabinet", "kremlin", "pentagon", "state", "states",
        // Places are no people either.
        "sea", "ocean", "river", "lake", "island", "islands", "city", "county", "street",
        "mountain", "mountains", "bay", "province", "republic", "kingdom", "coast", "valley",
        "park", "airport", "station", "bridge", "square", "road", "avenue", "region",
        "district", "gulf", "strait", "peninsula", "desert", "canal", "port", "beach",
        "hills", "east", "west", "north", "south", "america", "europe", "africa", "asia",
        "award", "awards", "cup", "prize", "festival", "games", "championship", "day",
        "affairs", "foreign", "defence", "defense", "health", "justice", "interior",
        "finance", "education", "energy", "transport", "commerce", "trade", "labor",
        "labour", "environment", "agriculture", "homeland", "security", "treasury",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "christmas", "easter",
    ]

    /// Nouns for someone's words: `his post`, `her statement` speak for the person.
    static let utteranceNouns: Set<String> = [
        "post", "statement", "letter", "blog", "tweet", "tweets", "remarks", "speech", "words",
        "comments", "message", "article", "book", "account", "testimony", "interview",
        "reasoning", "essay", "column", "op-ed", "memo", "email", "note", "response", "reply",
        "announcement", "address", "report", "website", "video", "podcast",
    ]

    /// Lower-case words that make a common-noun speaker a person (`one worker`, `a spokesman`).
    static let personNouns: Set<String> = [
        "worker", "employee", "spokesman", "spokeswoman", "spokesperson", "official",
        "resident", "witness", "man", "woman", "source", "officer", "student", "teacher",
        "doctor", "lawyer", "father", "mother", "son", "daughter", "friend", "neighbor",
        "neighbour", "victim", "survivor", "analyst", "expert", "executive", "leader",
        "member", "manager", "owner", "fan", "voter", "director", "president", "minister",
        "coach", "player", "researcher", "scientist", "professor", "author", "critic",
    ]
    /// Who someone is to another (`Ms Clarke's sister`, `Trump's attorney`): with the
    /// person nouns, the nouns after a possessive that make the phrase someone else.
    static let relationNouns: Set<String> = personNouns.union([
        "sister", "brother", "wife", "husband", "partner", "widow", "widower", "aunt", "uncle", "cousin",
        "niece", "nephew", "grandmother", "grandfather", "grandson", "granddaughter", "girlfriend",
        "boyfriend", "fiancée", "fiancee", "fiancé", "fiance", "parents", "children", "family", "relatives",
        "attorney", "attorneys", "lawyers", "aide", "aides", "adviser", "advisers", "advisor", "agent",
        "representative", "representatives", "colleague", "colleagues", "spokespeople", "stepfather",
        "stepmother", "mum", "mom", "dad", "sons", "daughters", "friends", "deputy", "successor", "predecessor",
    ])
}
