/// Organisations every news reader knows, written for this project (facts, no source data):
/// news outlets and agencies, large companies, government bodies, international
/// organisations, parties and armed groups. The tagger learns names from its training
/// text, which is short on these; a mention written exactly like one of them is an
/// organisation, and a standalone occurrence the tagger missed is added.
enum WellKnownOrganizations {
    static let names: [String] = [
        // News agencies and outlets
        "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "BBC", "BBC News",
        "CNN", "Fox News", "MSNBC", "NBC", "NBC News", "ABC", "ABC News", "CBS", "CBS News", "NPR", "PBS",
        "Al Jazeera", "The New York Times", "New York Times", "The Washington Post", "Washington Post",
        "The Wall Street Journal", "Wall Street Journal", "USA Today", "Los Angeles Times", "Chicago Tribune",
        "The Guardian", "The Times", "The Economist", "Financial Times", "The Atlantic", "The New Yorker",
        "Politico", "Axios", "Vox", "BuzzFeed", "BuzzFeed News", "HuffPost", "Vice News", "Gizmodo", "The Verge", "TechCrunch", "Wired", "Engadget",
        "Ars Technica", "Recode", "Mashable", "CNET", "ZDNet", "ProPublica", "The Intercept",
        "Slate", "Salon", "Breitbart", "The Hill", "Newsweek", "Forbes", "Business Insider", "CNBC",
        "Yahoo News", "Xinhua", "Kyodo", "TASS", "RIA Novosti", "Interfax", "Sky News", "ITV",
        "The Independent", "The Telegraph", "Daily Mail", "Der Spiegel", "Le Monde", "El País", "Haaretz",
        "The Seattle Times", "Seattle Times", "The Boston Globe", "Boston Globe", "Miami Herald",
        "San Francisco Chronicle", "Deutsche Welle", "Voice of America", "Radio Free Europe", "Wikinews",
        "Wikipedia", "WikiLeaks", "Rolling Stone", "Variety", "The Hollywood Reporter", "Al Arabiya",
        "South China Morning Post", "Times of India", "Hindustan Times",
        "The Sydney Morning Herald", "Sydney Morning Herald", "ABC News", "CTV", "CBC", "CBC News",
        "The Globe and Mail", "Globe and Mail", "The Daily Beast",
        "The Daily Telegraph", "Evening Standard", "Mother Jones", "National Review", "The Nation",
        "Associated Press", "United Press International", "UPI", "Euronews", "France 24", "RT", "Sputnik",
        "The Lancet", "Lancet", "BMJ", "JAMA", "New England Journal of Medicine", "Nature Medicine",
        "Sky Sports", "ESPN", "BT Sport", "TNT Sports", "beIN Sports", "Eurosport", "The Athletic", "Nikkei",
        // Public broadcasters, agencies and papers outside the English-speaking press (not `CCTV`,
        // also the cameras, nor `EFE`, also a given name)
        "NHK", "KBS", "ARD", "ZDF", "CGTN", "Yonhap", "IRNA", "Anadolu Agency", "Press TV", "TRT World",
        "Channel 4", "Channel 4 News", "TVNZ", "RNZ", "RTÉ", "SBS", "Yle", "SVT", "NRK", "Radio-Canada",
        "Jiji Press", "Asahi Shimbun", "Yomiuri Shimbun", "Mainichi Shimbun", "Nikkei Asia", "Caixin",
        "Global Times", "People's Daily", "Korea Herald", "Korea Times", "Chosun Ilbo", "Hankyoreh",
        "Taipei Times", "Straits Times", "The Straits Times", "Bangkok Post", "Rappler", "Philippine Daily Inquirer",
        "NDTV", "The Hindu", "Indian Express", "The Indian Express", "Press Trust of India", "Geo News",
        "Le Figaro", "Libération", "Corriere della Sera", "La Repubblica", "El Mundo", "Süddeutsche Zeitung",
        "Frankfurter Allgemeine Zeitung", "ANSA", "DPA", "Clarín", "O Globo", "Folha de S.Paulo",
        "Ukrinform", "Kyiv Independent", "Meduza", "Novaya Gazeta", "Times of Israel", "The Times of Israel",
        "Jerusalem Post", "The Jerusalem Post", "Arab News", "Gulf News", "Al-Ahram", "Ahram Online",
        "Daily Nation", "Premium Times", "News24", "Mail & Guardian", "Daily Maverick", "Toronto Star",
        "National Post",
        // Social networks news quotes posts from
        "Truth Social", "Bluesky", "Weibo", "WeChat",
        // Companies
        "Microsoft", "Google", "Alphabet", "Apple", "Amazon", "Facebook", "Meta", "Instagram", "WhatsApp",
        "Twitter", "YouTube", "TikTok", "ByteDance", "Snapchat", "Snap", "LinkedIn", "Netflix", "Uber",
        "Lyft", "Airbnb", "Tesla", "SpaceX", "IBM", "Intel", "AMD", "Nvidia", "Oracle", "Samsung", "Sony",
        "Huawei", "ZTE", "Alibaba", "Tencent", "Baidu", "Xiaomi", "Toyota", "Honda", "Nissan", "Hyundai",
        "Volkswagen", "BMW", "Mercedes-Benz", "Daimler", "General Motors", "GM", "General Electric", "General Mills", "General Dynamics", "Chrysler", "Fiat",
        "Boeing", "Airbus", "Lockheed Martin", "Raytheon", "Northrop Grumman", "ExxonMobil", "Exxon",
        "Chevron", "BP", "Royal Dutch Shell", "Total", "Gazprom", "Rosneft", "Aramco", "Saudi Aramco",
        "Duke Energy", "Dominion Energy", "NextEra Energy", "Exelon", "Con Edison", "TEPCO", "Tokyo Electric Power",
        "EDF", "Enel", "Iberdrola", "E.ON", "RWE", "Engie", "Eskom", "National Grid", "Ørsted",
        "Walmart", "Costco", "McDonald's", "Starbucks", "Coca-Cola", "PepsiCo", "Nestlé", "Unilever",
        "Procter & Gamble", "Pfizer", "Moderna", "AstraZeneca", "Johnson & Johnson", "Merck", "Novartis",
        "Roche", "Bayer", "Monsanto", "Goldman Sachs", "JPMorgan", "JPMorgan Chase", "Morgan Stanley",
        "Citigroup", "Citibank", "Wells Fargo", "Bank of America", "Deutsche Bank", "HSBC", "Barclays",
        "UBS", "Credit Suisse", "BlackRock", "Berkshire Hathaway", "Disney", "Walt Disney", "Warner Bros",
        "Paramount", "Comcast", "Verizon", "AT&T", "T-Mobile", "Vodafone", "Spotify", "PayPal", "eBay",
        "Dropbox", "Salesforce", "Cisco", "Dell", "Hewlett-Packard", "Qualcomm", "OpenAI", "DeepMind",
        "Yahoo", "Reddit", "Pinterest", "Zoom", "Slack", "Adobe", "Nike", "Adidas", "IKEA", "Ryanair",
        "Lufthansa", "Emirates", "Delta Air Lines", "United Airlines", "American Airlines", "FedEx", "UPS",
        "Anheuser-Busch", "Kodak", "Nokia", "Ericsson", "Siemens", "Philips",
        "Eli Lilly", "GSK", "GlaxoSmithKline", "Sanofi", "Novo Nordisk", "Gilead", "Gilead Sciences", "Regeneron",
        "Biogen", "Amgen", "AbbVie", "Bristol Myers Squibb", "BioNTech", "Rolls-Royce", "TotalEnergies", "Equinor",
        "ArcelorMittal", "Maersk", "Infosys", "SK Hynix", "Panasonic", "Hitachi", "Rakuten", "Nintendo",
        "Ferrari", "McLaren", "Red Bull", "Aston Martin", "Broadcom", "DeepSeek", "xAI",
        "Jaguar Land Rover", "JLR", "Land Rover", "Porsche", "Audi", "Kia", "Subaru", "Mazda", "BYD", "Geely",
        "Rivian", "Tata Motors", "Tata Group", "Tata Steel", "Tata Consultancy Services", "Wipro",
        "Maruti Suzuki", "Mahindra & Mahindra", "Adani Group", "Adani Enterprises", "Reliance Industries",
        "HDFC Bank", "ICICI Bank", "State Bank of India", "Bajaj Auto",
        "Ford", "Ford Motor", "Stellantis", "Renault", "Volvo", "TSMC", "Foxconn", "SoftBank", "ASML",
        "Shell", "Glencore", "Rio Tinto", "BHP", "Petrobras", "Pemex", "Visa", "Mastercard", "Anthropic",
        "Meta Platforms", "Moody's", "Moody's Analytics", "Standard & Poor's", "S&P Global", "Fitch Ratings",
        // Exchanges and their indices, which news names as it names a company.
        "Nasdaq", "Nasdaq Composite", "New York Stock Exchange", "NYSE", "London Stock Exchange", "FTSE 100",
        "Dow Jones", "Dow Jones Industrial Average", "FTSE 250", "Nikkei 225", "Hang Seng", "Hang Seng Index",
        "DAX", "CAC 40", "Euro Stoxx 50", "Stoxx 600", "Sensex", "Nifty 50", "Ibovespa", "Kospi", "ASX 200",
        "Shanghai Composite", "Tokyo Stock Exchange", "Hong Kong Stock Exchange", "Euronext", "Deutsche Börse",
        // Banks, insurers and consultancies whose analysts news quotes
        "Allianz", "AXA", "KPMG", "Deloitte", "PwC", "EY", "McKinsey", "Accenture", "BNP Paribas",
        "Société Générale", "Capital Economics", "Oxford Economics", "Pantheon Macroeconomics", "Citi",
        "Jefferies", "Evercore", "Lloyds", "Lloyds Banking Group", "NatWest", "Standard Chartered",
        "Commerzbank", "ING", "Rabobank", "Nordea", "Danske Bank", "Wedbush Securities",
        // Government bodies (mostly US and UK) and courts
        "Pentagon", "Kremlin", "Treasury", "Congress", "Senate", "House of Representatives", "Supreme Court", "FBI",
        "CIA", "NSA", "NASA", "FDA", "CDC", "EPA", "IRS", "SEC", "FCC", "FTC", "FEMA", "DHS", "TSA", "ATF",
        "DEA", "ICE", "Department of Justice", "Justice Department", "State Department",
        "Department of State", "Department of Defense", "Defense Department", "Department of Homeland Security",
        "Homeland Security", "Federal Reserve", "Fed", "Environmental Protection Agency",
        "Centers for Disease Control and Prevention", "Food and Drug Administration",
        "Federal Bureau of Investigation", "Central Intelligence Agency", "National Security Agency",
        "Secret Service", "Border Patrol", "Customs and Border Protection", "National Guard",
        "Immigration and Customs Enforcement", "Department of Health and Human Services",
        "Department of Education", "Department of Energy", "Department of Labor", "Treasury Department",
        "European Commission", "European Parliament", "European Central Bank", "ECB", "European Council",
        "Council of the European Union", "Euroclear", "European Investment Bank", "Eurogroup", "Eurostat", "Frontex", "Bundestag", "Knesset",
        "Bank of England", "Bank of Japan", "People's Bank of China", "Bank of Canada", "Reserve Bank of Australia",
        "Bundesbank", "Securities and Exchange Commission", "Federal Trade Commission",
        "Federal Communications Commission", "National Institutes of Health", "NIH", "Commerce Department",
        "Labor Department", "Census Bureau",
        "Duma", "MI5", "MI6", "Scotland Yard", "Metropolitan Police", "NHS", "Home Office", "Foreign Office",
        "Ministry of Defence", "House of Commons", "House of Lords", "Parliament",
        // International organisations and NGOs
        "United Nations", "UN", "U.N.", "NATO", "European Union", "EU", "World Health Organization", "WHO",
        "World Bank", "International Monetary Fund", "IMF", "World Trade Organization", "WTO", "UNESCO",
        "OECD", "World Economic Forum",
        "UNICEF", "UNHCR", "Interpol", "Europol", "OPEC", "ASEAN", "African Union", "Arab League", "G7",
        "G20", "Red Cross", "Red Crescent", "International Committee of the Red Cross",
        "Amnesty International", "Human Rights Watch", "Greenpeace", "Doctors Without Borders",
        "Reporters Without Borders", "Reporters Sans Frontières", "Committee to Protect Journalists",
        "Transparency International", "Save the Children", "World Food Programme", "International Rescue Committee",
        "Southern Poverty Law Center", "Alzheimer's Research UK", "Cancer Research UK", "Alzheimer's Society",
        "Alzheimer's Association", "British Heart Foundation", "Age UK",
        "Médecins Sans Frontières", "Oxfam", "FIFA", "UEFA", "IOC", "International Olympic Committee",
        "International Criminal Court", "ICC", "International Court of Justice", "Security Council",
        "UN Security Council", "General Assembly", "International Atomic Energy Agency", "IAEA",
        "American Civil Liberties Union", "ACLU", "NAACP", "NRA", "National Rifle Association",
        "Planned Parenthood", "Black Lives Matter", "Wikimedia Foundation", "Catholic Church", "Vatican",
        // Parties and armed groups
        "Democratic Party", "Republican Party", "GOP", "Labour Party", "Conservative Party", "Labour",
        "Conservatives", "Tories", "Lib Dems", "SNP", "Reform UK", "Sinn Féin", "Fine Gael", "Fianna Fáil",
        "CDU", "SPD", "AfD", "BJP", "ANC", "Bloc Québécois", "NDP", "New Democratic Party",
        "Liberal Democrats", "Green Party", "Communist Party", "Chinese Communist Party", "Taliban", "Hamas",
        "Hezbollah", "ISIS", "ISIL", "Islamic State", "al-Qaeda", "Al-Qaeda", "al Qaeda", "Boko Haram",
        "al-Shabaab", "Kurdistan Workers' Party", "PKK",
        "Alternative for Germany", "Christian Democratic Union", "Christian Democrats", "Social Democrats",
        "Social Democratic Party", "Free Democratic Party", "Free Democrats", "National Rally", "Brothers of Italy",
        "Fidesz", "Law and Justice", "Sweden Democrats", "Likud", "Indian National Congress", "Aam Aadmi Party",
        "Awami League", "Fatah", "Houthis",
        // Universities
        "Harvard", "Harvard University", "Stanford", "Stanford University", "MIT",
        "Massachusetts Institute of Technology", "Yale", "Yale University", "Princeton University",
        "Columbia University", "Oxford University", "University of Oxford", "Cambridge University",
        "University of Cambridge", "UCLA", "Johns Hopkins University",
        // Football clubs whose names are no place's (a town's team is found from a match report)
        "Arsenal", "Tottenham Hotspur", "Manchester United", "Real Madrid", "Bayern Munich", "Juventus",
        "Paris Saint-Germain", "Borussia Dortmund", "AC Milan", "Inter Milan", "Atlético Madrid",
        // North American major-league teams: a place and a nickname the tagger reads as a
        // person (`Maple Leafs`), a town (`Bulls`, New Zealand) or nothing (`Thunder`, `Jazz`).
        "Arizona Cardinals", "Atlanta Falcons", "Baltimore Ravens", "Buffalo Bills", "Carolina Panthers",
        "Chicago Bears", "Cincinnati Bengals", "Cleveland Browns", "Dallas Cowboys", "Denver Broncos",
        "Detroit Lions", "Green Bay Packers", "Houston Texans", "Indianapolis Colts", "Jacksonville Jaguars",
        "Kansas City Chiefs", "Las Vegas Raiders", "Los Angeles Chargers", "Los Angeles Rams", "Miami Dolphins",
        "Minnesota Vikings", "New England Patriots", "New Orleans Saints", "New York Giants", "New York Jets",
        "Philadelphia Eagles", "Pittsburgh Steelers", "San Francisco 49ers", "Seattle Seahawks",
        "Tampa Bay Buccaneers", "Tennessee Titans", "Washington Commanders",
        "Atlanta Hawks", "Boston Celtics", "Brooklyn Nets", "Charlotte Hornets", "Chicago Bulls",
        "Cleveland Cavaliers", "Dallas Mavericks", "Denver Nuggets", "Detroit Pistons", "Golden State Warriors",
        "Houston Rockets", "Indiana Pacers", "Los Angeles Clippers", "Los Angeles Lakers", "Memphis Grizzlies",
        "Miami Heat", "Milwaukee Bucks", "Minnesota Timberwolves", "New Orleans Pelicans", "New York Knicks",
        "Oklahoma City Thunder", "Orlando Magic", "Philadelphia 76ers", "Phoenix Suns", "Portland Trail Blazers",
        "Sacramento Kings", "San Antonio Spurs", "Toronto Raptors", "Utah Jazz", "Washington Wizards",
        "Arizona Diamondbacks", "Atlanta Braves", "Baltimore Orioles", "Boston Red Sox", "Chicago Cubs",
        "Chicago White Sox", "Cincinnati Reds", "Cleveland Guardians", "Colorado Rockies", "Detroit Tigers",
        "Houston Astros", "Kansas City Royals", "Los Angeles Angels", "Los Angeles Dodgers", "Miami Marlins",
        "Milwaukee Brewers", "Minnesota Twins", "New York Mets", "New York Yankees", "Oakland Athletics",
        "Philadelphia Phillies", "Pittsburgh Pirates", "San Diego Padres", "San Francisco Giants",
        "Seattle Mariners", "St. Louis Cardinals", "Tampa Bay Rays", "Texas Rangers", "Toronto Blue Jays",
        "Washington Nationals",
        "Anaheim Ducks", "Boston Bruins", "Buffalo Sabres", "Calgary Flames", "Carolina Hurricanes",
        "Chicago Blackhawks", "Colorado Avalanche", "Columbus Blue Jackets", "Dallas Stars", "Detroit Red Wings",
        "Edmonton Oilers", "Florida Panthers", "Los Angeles Kings", "Minnesota Wild", "Montreal Canadiens",
        "Nashville Predators", "New Jersey Devils", "New York Islanders", "New York Rangers", "Ottawa Senators",
        "Philadelphia Flyers", "Pittsburgh Penguins", "San Jose Sharks", "Seattle Kraken", "St. Louis Blues",
        "Tampa Bay Lightning", "Toronto Maple Leafs", "Vancouver Canucks", "Vegas Golden Knights",
        "Washington Capitals", "Winnipeg Jets",
    ]

    /// Names by their first word's lower-case hash, longest first, for matching tokens.
    static let byFirstWord: [UInt64: [(length: Int, name: String)]] = {
        var out: [UInt64: [(length: Int, name: String)]] = [:]
        for name in Set(names) {
            let scalars = Array(name.unicodeScalars)
            let tokens = Tokenizer.tokenize(scalars)
            guard let first = tokens.first else { continue }
            out[TokenInfo(scalars[first.start..<first.end]).lower, default: []].append((tokens.count, name))
        }
        for k in out.keys { out[k]!.sort { ($0.length, $0.name) > ($1.length, $1.name) } }
        return out
    }()

    /// The keys of `byFirstWord`, asked first: most capitalised words start no listed name,
    /// and this answers without hashing the word again.
    static let firstWords: HashSet64 = {
        var set = HashSet64(capacity: byFirstWord.count)
        for k in byFirstWord.keys { set.insert(k) }
        return set
    }()

    static let all: Set<String> = Set(names)
}
