"""General knowledge the entity resolver leans on: places, well-known organisations,
short forms, titles, demonyms and common words.

This is deliberately compact, general world knowledge (countries, capitals, major regions,
international bodies, media), not a list tuned to any one archive. Everything is keyed by
:func:`norm_key`, so lookups ignore case, accents, dots and a leading "the".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_SPACES = re.compile(r"\s+")
_DROP = re.compile(r"[.\u2019'`´]")


@lru_cache(maxsize=262_144)
def norm_key(text: str) -> str:
    """Return the comparison key of a name: ASCII, lowercase, no dots/apostrophes, no 'the'."""
    text = unicodedata.normalize("NFKC", text)
    text = unidecode(text).lower()
    text = _DROP.sub("", text)
    text = text.replace("-", " ").replace("\u2010", " ")
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def _keys(block: str) -> frozenset[str]:
    return frozenset(norm_key(x) for x in block.split("|") if x.strip())


COUNTRIES = _keys(
    "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|"
    "Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|"
    "Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|"
    "Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|"
    "Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|"
    "El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|"
    "Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|"
    "Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|"
    "Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Liberia|Libya|Liechtenstein|"
    "Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|"
    "Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|"
    "Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|"
    "North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|"
    "Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|"
    "Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|"
    "Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|"
    "Thailand|Togo|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|"
    "United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|"
    "England|Scotland|Wales|Northern Ireland|Greenland|Puerto Rico|Hong Kong|Tibet|Chechnya|"
    "Transnistria|Abkhazia|South Ossetia|Vatican|Gaza|West Bank|Soviet Union|USSR|"
    "Yugoslavia|Czechoslovakia|East Germany|West Germany"
)

CITIES_AND_REGIONS = _keys(
    "Kyiv|Kharkiv|Odesa|Odessa|Lviv|Mariupol|Dnipro|Zaporizhzhia|Kherson|Mykolaiv|Chernihiv|"
    "Sumy|Bucha|Irpin|Donetsk|Luhansk|Donbas|Donbass|Crimea|Sevastopol|Simferopol|Kerch|"
    "Moscow|St. Petersburg|Saint Petersburg|Minsk|Kaliningrad|Rostov|Belgorod|Siberia|"
    "Warsaw|Berlin|Paris|London|Brussels|Rome|Madrid|Lisbon|Vienna|Prague|Budapest|"
    "Bucharest|Sofia|Athens|Ankara|Istanbul|Stockholm|Oslo|Copenhagen|Helsinki|Tallinn|Riga|"
    "Vilnius|Dublin|Amsterdam|The Hague|Geneva|Zurich|Munich|Hamburg|Frankfurt|Milan|"
    "Barcelona|Washington|New York|New York City|Los Angeles|Chicago|Boston|San Francisco|"
    "Seattle|Houston|Dallas|Miami|Atlanta|Philadelphia|Detroit|Arlington|Ottawa|Toronto|"
    "Indianapolis|Kansas City|New Orleans|Las Vegas|"
    "Montreal|Vancouver|Mexico City|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires|"
    "Brasilia|Rio de Janeiro|Sao Paulo|Beijing|Shanghai|Hong Kong|Tokyo|Osaka|Seoul|"
    "Pyongyang|Taipei|Manila|Hanoi|Bangkok|Jakarta|Singapore|Kuala Lumpur|New Delhi|Delhi|"
    "Mumbai|Karachi|Islamabad|Kabul|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|"
    "Amman|Riyadh|Doha|Dubai|Abu Dhabi|Cairo|Tripoli|Tunis|Algiers|Nairobi|Lagos|Abuja|"
    "Addis Ababa|Johannesburg|Cape Town|Sydney|Melbourne|Canberra|Auckland|Wellington|"
    "Europe|Eastern Europe|Western Europe|Central Europe|Asia|Central Asia|Africa|"
    "North Africa|Middle East|Latin America|South America|North America|Central America|"
    "Caribbean|Balkans|Baltic|Baltics|Scandinavia|Caucasus|Arctic|Antarctica|Pacific|"
    "Atlantic|Black Sea|Baltic Sea|Mediterranean|Sea of Azov|Red Sea|Persian Gulf|"
    "Gulf of Mexico|California|Texas|Florida|Virginia|New Jersey|Ohio|Alaska|Hawaii|"
    "Oregon|Georgia|Massachusetts|Maryland|Connecticut|Washington State|New York State|Indiana|"
    "Pennsylvania|Michigan|Illinois|Arizona|Colorado|Nevada|"
    "Tasmania|Queensland|New South Wales|Tuscany|Lombardy|Sicily|Sardinia|Catalonia|"
    "Andalusia|Normandy|Brittany|Provence|Saxony|Flanders|Wallonia|Yorkshire|Cornwall|"
    "Punjab|Bengal|Kerala|Tamil Nadu|Gujarat|Sichuan|Guangdong|Hokkaido|Okinawa|Mindanao|"
    "Java|Sumatra|Borneo|Bali|Patagonia|Amazon|Andes|Alps|Himalayas|Urals|Crimean Peninsula|"
    "Quebec|Ontario|Bavaria|Kashmir|Xinjiang|Siberia|Sahara|Sahel|Balochistan|Kurdistan|"
    "Silicon Valley|Wall Street|Capitol Hill|Downing Street|Red Square|Maidan|Maidan Square|"
    "Independence Square|Trafalgar Square|Times Square|Tiananmen Square|"
    # the regions news names a country by: "colonists arrived from the Midwest"
    "Midwest|Upper Midwest|Pacific Northwest|New England|Deep South|Great Plains|Rust Belt|"
    "Sun Belt|Bible Belt|Appalachia|Gulf Coast|West Coast|East Coast|Southeast Asia|"
    "South Asia|East Asia|Horn of Africa|West Africa|East Africa|Southern Africa|"
    # the counties of Great Britain, named after a town as US states are ("Banstead,
    # Surrey"); not those that are surnames or given names too (Kent, Devon, Durham)
    "Surrey|Sussex|East Sussex|West Sussex|Essex|Hampshire|Berkshire|Buckinghamshire|"
    "Oxfordshire|Hertfordshire|Bedfordshire|Cambridgeshire|Norfolk|Suffolk|Dorset|"
    "Somerset|Wiltshire|Gloucestershire|Herefordshire|Worcestershire|Warwickshire|"
    "Northamptonshire|Leicestershire|Nottinghamshire|Derbyshire|Staffordshire|Shropshire|"
    "Cheshire|Lancashire|Merseyside|Greater Manchester|West Midlands|Lincolnshire|"
    "North Yorkshire|South Yorkshire|West Yorkshire|Cumbria|Northumberland|Tyne and Wear|"
    "County Durham|Isle of Wight|Greater London|Aberdeenshire|Lanarkshire|Fife|"
    "Pembrokeshire|Carmarthenshire|Gwynedd|Powys"
)

PLACES = COUNTRIES | CITIES_AND_REGIONS

# the fifty states: "Indiana State", "Ohio State" name a university (and its teams), never
# the state, except the two the gazetteer lists as places ("Washington State", "New York
# State"); "Kano State", "Shan State" are places, so the rule keeps to these names
US_STATES = _keys(
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
    "Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
    "Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)

ORGANIZATIONS = _keys(
    "NATO|European Union|United Nations|UN Security Council|Security Council|"
    "European Commission|European Council|European Parliament|Council of Europe|OSCE|"
    "World Bank|International Monetary Fund|IMF|World Health Organization|WHO|WTO|"
    "World Trade Organization|G7|G20|OPEC|African Union|Arab League|ASEAN|Interpol|"
    "Red Cross|International Committee of the Red Cross|Amnesty International|"
    "Human Rights Watch|Greenpeace|Kremlin|White House|Pentagon|State Department|"
    "Congress|Senate|House of Representatives|Supreme Court|CIA|FBI|NSA|NASA|"
    "Federal Reserve|Downing Street|Bundestag|Duma|State Duma|Verkhovna Rada|Rada|"
    "Knesset|Parliament|Kremlin|Gazprom|Rosneft|Naftogaz|Nord Stream|"
    "Twitter|Facebook|Instagram|YouTube|Google|Apple|Microsoft|Amazon|Meta|TikTok|"
    "Telegram|WhatsApp|Reddit|LinkedIn|Wikipedia|Wikinews|Wikimedia Foundation|"
    "Reuters|Associated Press|AP|Agence France-Presse|AFP|Bloomberg|BBC|CNN|Fox News|"
    "NBC|CBS|ABC|NPR|PBS|Al Jazeera|RIA Novosti|TASS|Interfax|RT|Sputnik|"
    "New York Times|Washington Post|Wall Street Journal|Financial Times|Guardian|"
    "The Guardian|Times|Politico|Axios|Der Spiegel|Le Monde|Kyiv Independent|"
    "Democratic Party|Republican Party|Democrats|Republicans|Labour Party|"
    "Conservative Party|Labour|Conservatives|Tories|Liberal Democrats|Lib Dems|Lib Dem|"
    "Scottish National Party|SNP|Plaid Cymru|UKIP|Green Party|Sinn Fein|Fine Gael|"
    "Fianna Fail|Hamas|Hezbollah|Taliban|Wagner Group|Wagner|Islamic State|ISIS|"
    "al-Qaeda|Harvard University|Oxford University|Stanford University|MIT|CNA|"
    "Center for Naval Analyses|Ministry of Defense|Defense Ministry"
)

# short form / variant -> canonical full form (for places and organisations)
ALIASES: dict[str, str] = {
    norm_key(k): v
    for k, v in {
        "U.S.": "United States",
        "US": "United States",
        "USA": "United States",
        "U.S.A.": "United States",
        "United States of America": "United States",
        "America": "United States",
        "UK": "United Kingdom",
        "U.K.": "United Kingdom",
        "Britain": "United Kingdom",
        "Great Britain": "United Kingdom",
        "EU": "European Union",
        "E.U.": "European Union",
        "UN": "United Nations",
        "U.N.": "United Nations",
        "Kiev": "Kyiv",
        "Odessa": "Odesa",
        "Kharkov": "Kharkiv",
        "Lugansk": "Luhansk",
        "Donbass": "Donbas",
        "Russian Federation": "Russia",
        "Holland": "Netherlands",
        "Burma": "Myanmar",
        "Czechia": "Czech Republic",
        "UAE": "United Arab Emirates",
        "DPRK": "North Korea",
        "PRC": "China",
        "People's Republic of China": "China",
        "Saint Petersburg": "St. Petersburg",
        "AFP": "Agence France-Presse",
        "AP": "Associated Press",
        "IMF": "International Monetary Fund",
        "WHO": "World Health Organization",
        "WTO": "World Trade Organization",
        "ISIS": "Islamic State",
        "ISIL": "Islamic State",
        "Maidan": "Maidan Square",
        "Independence Square": "Maidan Square",
        "Wagner": "Wagner Group",
        "Duma": "State Duma",
        # British parties by their short names ("Labour" is left alone: other countries'
        # Labour Parties, Hong Kong's among GUM's, are not Britain's)
        "Tories": "Conservative Party",
        "Conservatives": "Conservative Party",
        "Tory Party": "Conservative Party",
        "Lib Dems": "Liberal Democrats",
        "Lib Dem": "Liberal Democrats",
        "Va.": "Virginia",
        "N.J.": "New Jersey",
        "N.Y.": "New York",
        "Calif.": "California",
        "Fla.": "Florida",
        "Ariz.": "Arizona",
        "Colo.": "Colorado",
        "Conn.": "Connecticut",
        "D.C.": "Washington",
        "Washington, D.C.": "Washington",
        "NYC": "New York City",
        "L.A.": "Los Angeles",
        # the standard nicknames of US cities, as news writes them for the city and for
        # its teams ("Colts fall to Indy", "Philly fired its coach"); one city each
        "Indy": "Indianapolis",
        "Philly": "Philadelphia",
        "K.C.": "Kansas City",
        "Big Apple": "New York City",
        "Big Easy": "New Orleans",
        "NOLA": "New Orleans",
        "Windy City": "Chicago",
        "Motor City": "Detroit",
        "Beantown": "Boston",
        "Vegas": "Las Vegas",
        "Russian State Duma": "State Duma",
        "Rada": "Verkhovna Rada",
        "Ukrainian Parliament": "Verkhovna Rada",
    }.items()
}

# name-final words that make a name an organisation or a place
ORG_HEADS = _keys(
    "Ministry|Committee|Council|Commission|Agency|Party|University|College|School|Bank|"
    "Army|Forces|Navy|Guard|Institute|Center|Centre|Association|Union|Organization|"
    "Organisation|Times|Post|News|Press|Journal|Herald|Tribune|Gazette|Novosti|Duma|"
    "Parliament|Senate|Congress|Court|Department|Office|Service|Services|Group|Company|"
    "Corporation|Corp|Inc|Ltd|LLC|Foundation|Fund|Federation|Alliance|Authority|Board|"
    "Bureau|Administration|Directorate|Command|Police|Club|Society|League|Network|"
    "Agency|Airlines|Assembly|Cabinet|Government|Coalition|Front|Movement|Brigade|"
    "Battalion|Regiment|Museum|Hospital|Church|Team|Industries|Holdings|Partners|"
    "Laboratory|Lab|Academy|Secretariat|Rada|Knesset|Bundestag|Reserve|Institution|"
    "Magazine|Radio|Television|TV|Channel|Broadcasting|Records|Studios|Systems|Ballet|Opera|"
    "Orchestra|Philharmonic|Choir|"
    # the short forms of heads above: "Sea Org", "Teachers Assn", "Fire Dept"
    "Org|Assn|Assoc|Dept|Univ|"
    # football clubs' last words, no person's surname ("Manchester United", "Bolton
    # Wanderers"), which the small model reads as a person's name; not "City", "Town",
    # "County" or "Villa", which end places' and people's names too
    "United|Rovers|Wanderers|Athletic|Albion|Hotspur|Rangers|FC|Argyle"
)
# a company's legal form as written after its name, for patterns that look past a word
# in brackets the model leaves out of the span ("Jardine Fleming (Securities) Ltd")
LEGAL_FORM_PATTERN = r"(?:Ltd|Inc|Corp|Co|Plc|PLC|AG|SA|NV|Pty)\b"
# last words of company names and legal suffixes ("Summit Partners", "Baltic Group AG")
COMPANY_HEADS = _keys(
    "Inc|Corp|Corporation|Co|Company|Ltd|Limited|LLC|PLC|AG|SA|GmbH|NV|BV|SpA|Group|"
    "Holdings|Partners|Capital|Ventures|Investments|Securities|Financial|Bancorp|Labs|"
    "Motors|Energy|Insurance|Telecom|Logistics|Steel|Technologies|Technology|Airways|"
    "Airlines|Pharmaceuticals|Media|Entertainment|Electric|Electronics|Foods|Chemicals|"
    "Mining|Petroleum|Shipping|Software|Industries|Systems|Enterprises|Associates"
)
# a company's legal form, left out of its key: "Intel Corp." is "Intel"
LEGAL_SUFFIXES = frozenset(
    [
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "ltd",
        "limited",
        "llc",
        "plc",
        "ag",
        "gmbh",
        "sa",
        "nv",
        "bv",
        "spa",
        "lp",
        "llp",
    ]
)
# plain words that open news sentences ("Critics of X said", "Shares in X fell",
# "Speaking in Y, ..."): never a name, nor the start of one
SENTENCE_OPENERS = _keys(
    "Critics|Observers|Negotiators|Travellers|Travelers|Turnout|Speaking|Shares|Supporters|"
    "Opponents|Investors|Analysts|Residents|Officials|Experts|Members|Voters|Protesters|"
    "Witnesses|Sources|Workers|Employees|Customers|Fans|Viewers|Readers|Scientists|"
    "Researchers|Doctors|Lawyers|Authorities|Markets|Stocks|Prices|Sales|Profits|Earnings|"
    "Independent|Writing|Addressing|Responding|Commenting|Separately|Elsewhere|Officers|"
    "Rescuers|Firefighters|Survivors|Victims|Relatives|Parents|Students|Teachers|Patients|"
    "Delegates|Diplomats|Lawmakers|Legislators|Ministers|Commentators|Economists|Traders|"
    "Bankers|Executives|Shareholders|Creditors|Donors|Organisers|Organizers|Participants|"
    "Spectators|Visitors|Tourists|Passengers|Drivers|Rebels|Militants|Activists|"
    "Campaigners|Demonstrators|Villagers|Locals|Farmers|Miners"
)
ORG_WORDS = _keys("Ministry|University|Committee|Department|Institute|Agency|Council|Bank|Party")
PLACE_HEADS = _keys(
    "Square|Street|St|Avenue|Ave|Road|Boulevard|River|Sea|Ocean|Lake|Mountains|Mountain|"
    "Mount|Island|Islands|Bay|Gulf|Strait|Park|Airport|Bridge|Region|Oblast|Province|"
    "County|City|Valley|Peninsula|Desert|Coast|Canal|Plaza|Station|Port|Harbor|Harbour|"
    "Republic|Republics|Kingdom|State|District|Territory|Territories|Village|Town|Forest|"
    "Hill|Hills|Heights|Beach|Falls|Canyon|Palace|Stadium|Highway|Prefecture|Krai"
)

# last words of a building or site: its name is a place where news happens, whatever body
# runs it ("Betty Ford Center", "Kodak Theatre"); both annotated news sets type them so.
# the last word of a newspaper's or magazine's title after its town or region ("the
# Boston Globe", "the Hollywood Reporter"); words ending other names too are left out
# ("Star", "Sun", "Mail", "Daily", "Independent", "Observer": "Sun Belt", "Royal Mail")
MEDIUM_TITLE_HEADS = _keys(
    "Reporter|Times|Post|News|Tribune|Herald|Gazette|Globe|Chronicle|Examiner|Inquirer|"
    "Courier|Telegraph|Dispatch|Journal|Sentinel|Bulletin"
)
# Checked before ORG_HEADS, which keeps "Center" for splitting "X and Y"; "Center for
# Strategic Communications" ends otherwise and stays an organisation.
FACILITY_HEADS = _keys(
    "Center|Centre|Museum|Hospital|Clinic|Theatre|Theater|Courthouse|Prison|Hotel|"
    "Planetarium|Arena|Tower|Towers|Base|Airbase|Mosque|Cathedral|Temple|Synagogue|Zoo"
)
# first words of a place's name whatever ends it ("Mt Cook", "Stade de Suisse")
PLACE_FIRST_WORDS = _keys("Mt|Place|Stade|Estadio|Piazza")
# place words that may open a place's name when no organisation word ends it ("Lake
# Placid", but "Port Authority"); other place words open one only before "of"
PLACE_OPENING_WORDS = PLACE_FIRST_WORDS | _keys("Mount|Lake|Port|Fort|Cape|Isle|Plaza")

# titles and roles: before a name ("Foreign Minister X") or in apposition ("X, the ...")
PERSON_TITLES = _keys(
    "President|Vice President|Prime Minister|Minister|Foreign Minister|Defense Minister|"
    "Defence Minister|Chancellor|Secretary|Secretary of State|Secretary-General|"
    "Secretary General|Spokesman|Spokeswoman|Spokesperson|Press Secretary|Senator|Sen|"
    "Rep|Representative|Congressman|Congresswoman|Gov|Governor|Mayor|King|Queen|Prince|"
    "Princess|Pope|Patriarch|General|Gen|Colonel|Col|Lt|Lieutenant|Sgt|Sergeant|Major|"
    "Captain|Capt|Admiral|Adm|Commander|Dr|Doctor|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|"
    "Judge|Justice|Ambassador|Envoy|Chief|Leader|Chairman|Chairwoman|Chair|CEO|Director|"
    "Commissioner|Professor|Prof|Coach|Officer|Analyst|Expert|Reporter|Correspondent|"
    "Diplomat|Lawmaker|Official|Resident|Actor|Actress|Singer|Author|Writer|Biologist|"
    "Scientist|Researcher|Economist|Lawyer|Attorney|Prosecutor|Premier|Emperor|Sheikh|"
    "Ayatollah|Cardinal|Bishop|Rev|Reverend|Father|Rabbi|Imam|Deputy|Head|Founder|"
    "Editor|Journalist|Photographer|Player|Striker|Manager|Candidate|Nominee|Activist|"
    "Soldier|Pilot|Astronaut|Artist|Musician|Director-General|Minister-President|"
    "Foreign Secretary|Home Secretary|Attorney General|Speaker|Mp|MEP|Senior|"
    "Chief Executive|Founder|Student|Teacher|Student|President-elect|Councillor|Councilman|"
    "Sheriff|Inspector|Detective|Agent|Chef|Coach|Captain|Co-founder|Vice-President"
)

# titles that are part of how a person is named ("Queen Elizabeth", "Pope Francis"): kept
# in a name's span, while a role before a name ("Comedian X", "Deputy Y") is cut off
NAME_TITLES = _keys(
    "King|Queen|Prince|Princess|Pope|Patriarch|Emperor|Sheikh|Ayatollah|Cardinal|Sir|Dame|"
    "Lord|Lady|Saint|St|Father|Rabbi|Imam|Bishop|Rev|Reverend|Chief|Senior|Head|Leader|"
    "General|Major|Justice"
)
ROLE_WORDS = (PERSON_TITLES - NAME_TITLES) | _keys(
    "Comedian|Comedienne|Coroner|Quarterback|QB|RB|WR|CB|LB|Rapper|Pitcher|Goalkeeper|Defenseman|"
    "Boxer|Champion|Dancer|Model|Novelist|Poet|Chancellor|Star|Superstar|Entertainer|"
    "Businessman|Businesswoman|Tycoon|Billionaire|Trustee|Suspect|Defendant|Victim|Witness|"
    "Boss|Skipper|Midfielder|Defender|Winger|Keeper|Matchwinner|Goalscorer|Debutant|"
    "Substitute|Sprinter|Hurdler|Youngster|Teenager|Physio|Physiotherapist"
)

# ranks and titles abbreviated before a name ("Cpl. X", "Det. Y", "Sr. Carol Keehan" a
# religious sister, "Fr." a priest) beyond those above; not "Sec" or "Dep", which are
# bodies' acronyms too (SEC)
RANK_ABBREVIATIONS = _keys("Cpl|Pvt|Spc|Det|Insp|Supt|Cmdr|Cdr|Maj|Brig|Atty|Asst|Amb|Const|Sr|Fr")
# roles written as initials ("the DA said", "the D.A.'s release"): every county has its
# district attorney, so a page of the initials would gather many offices; "Manhattan DA"
# names one (not "GM", "PM": General Motors, and "p.m." in lower-case text)
ROLE_INITIALS = _keys("DA|ADA|DDA|AG")
# words that qualify a role without naming anyone ("National Coach", "Senior Vice
# President", "County Sheriff", "Rear Admiral", "Surgeon General"): with a role they make
# a role's name, not a body's
ROLE_QUALIFIERS = _keys(
    "National|Senior|Junior|Deputy|Assistant|Associate|Vice|Acting|Interim|Former|Chief|"
    "Head|Executive|General|Managing|Regional|Principal|Lead|Special|Top|Retired|First|"
    "District|County|State|City|Police|Fire|Team|Starting|Backup|Defensive|Offensive|Co|"
    "Elect|Ex|Honorary|Incoming|Outgoing|Prime|Majority|Minority|Rear|Surgeon"
)
# ranks abbreviated before a person's name that no name ends with: "Bloomington Police
# Sgt. Marty Earley" ran the rank into the body's name (not "Dr", "Rep", "Sen", "Gov":
# "Mulholland Dr", "Dominican Rep", "Amartya Sen")
TRAILING_RANKS = _keys("Sgt|Capt|Lt|Cpl|Det|Col|Maj|Adm|Insp|Supt|Cmdr|Atty|Pvt|Spc|Const")
# role words that are names too when written alone: a newspaper ("the Star"), a state's
# abbreviation ("Jackson, Miss.")
ROLE_WORDS_ALSO_NAMES = _keys("Star|Superstar|Model|Champion|Miss")

# roles grouped into classes, so "Foreign Minister X" and "X, the top diplomat" agree
ROLE_CLASSES: dict[str, str] = {
    norm_key(k): v
    for v, words in {
        "diplomat": "foreign minister|foreign secretary|secretary of state|diplomat|ambassador|"
        "envoy|top diplomat|chief diplomat",
        "head": "president|prime minister|premier|chancellor|king|queen|leader|head of state|"
        "head|emperor|president-elect",
        "spokes": "spokesman|spokeswoman|spokesperson|press secretary|spokesmen",
        "military": "general|gen|colonel|col|commander|admiral|soldier|officer|chief of staff|"
        "defense minister|defence minister",
        "lawmaker": "senator|sen|rep|representative|congressman|congresswoman|lawmaker|mp|"
        "legislator|speaker|chair|chairman|chairwoman",
        "expert": "analyst|expert|researcher|professor|prof|scientist|economist|fellow",
        "resident": "resident|student|local|citizen|worker|volunteer|teacher",
        "press": "reporter|correspondent|journalist|editor|photographer",
        "official": "official|secretary-general|secretary general|director|chief|"
        "commissioner|minister|secretary|ceo|director-general",
    }.items()
    for k in words.split("|")
}

DEMONYM_SUFFIXES = ("ian", "ean", "ese", "ish", "ians", "eans", "ans", "an", "i", "ic")
DEMONYMS = _keys(
    "American|Americans|British|Brits|English|French|German|Germans|Russian|Russians|"
    "Ukrainian|Ukrainians|Belarusian|Belarusians|Chinese|Japanese|Korean|Polish|Poles|"
    "Dutch|Swiss|Swedish|Swedes|Danish|Danes|Finnish|Finns|Norwegian|Spanish|Spaniard|"
    "Italian|Greek|Greeks|Turkish|Turks|Israeli|Israelis|Palestinian|Palestinians|Iranian|"
    "Iraqi|Syrian|Afghan|Pakistani|Indian|Indians|Canadian|Mexican|Brazilian|Australian|"
    "European|Europeans|Western|Eastern|Soviet|Arab|Arabs|Kurdish|Kurds|Jewish|Muslim|"
    "Muslims|Christian|Christians|Catholic|Orthodox|Democrat|Democrats|Republican|"
    "Republicans|Baltic|Nordic|African|Asian|Latin|Hispanic|Irish|Scottish|Welsh|Czech|"
    "Slovak|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Georgian|Armenian|Azerbaijani|"
    "Kazakh|Uzbek|Chechen|Crimean|Donbas|Western-backed|Russian-backed|"
    # those no suffix rule reads (-ian, -ean, -ese): the Gulf's, Africa's, the Americas'
    "Kuwaiti|Kuwaitis|Saudi|Saudis|Qatari|Qataris|Omani|Omanis|Yemeni|Yemenis|Bahraini|"
    "Bahrainis|Emirati|Emiratis|Somali|Somalis|Thai|Thais|Filipino|Filipinos|Libyan|Libyans|"
    "Moroccan|Moroccans|Kenyan|Kenyans|Ugandan|Ugandans|Rwandan|Rwandans|Angolan|Angolans|"
    "Venezuelan|Venezuelans|Colombian|Colombians|Argentine|Argentines|Uruguayan|Uruguayans|"
    "Paraguayan|Paraguayans|Nicaraguan|Nicaraguans|Salvadoran|Salvadorans|Jamaican|"
    "Jamaicans|Cubans|Cypriot|Cypriots|Bangladeshi|Bangladeshis|Nepali|Nepalis|Serbs|Croats|"
    "Scots|Tajik|Tajiks|Turkmen|Kosovar|Kosovars|Slovene|Slovenes"
)

BOILERPLATE = _keys(
    "ADVERTISEMENT|Advertisement|Read it at|Read more|Sign up|Subscribe|Getty Images|"
    "AP Photo|Reuters Photo|Related|Share|Click here|Image|Photo|Video|Watch|Listen|"
    "Copyright|All rights reserved"
)

MONTHS_DAYS = _keys(
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|"
    "Friday|Saturday|Sunday|Christmas|Easter|Ramadan|Spring|Summer|Autumn|Fall|Winter"
)

# common English words that the model sometimes tags as names (typically capitalised at a
# sentence start or in a headline); lowercase evidence from the archive adds to this list
COMMON_WORDS = _keys(
    "Tensions|Tension|State|States|Government|Officials|Official|President|Minister|"
    "Ministry|Parliament|Council|Committee|Court|Police|Army|Military|Troops|Forces|Force|"
    "Analysts|Analyst|Experts|Expert|Sources|Source|Reports|Report|Meanwhile|However|"
    "Despite|Amid|According|Asked|Earlier|Later|Today|Yesterday|Tomorrow|Tonight|Now|"
    "News|Update|Updates|Breaking|Exclusive|Opinion|Analysis|Editorial|Photo|Photos|"
    "Video|Image|Images|Map|Graphic|Chart|Table|Figure|Note|Notes|Editor|Correction|"
    "Sanctions|Talks|War|Peace|Crisis|Conflict|Invasion|Attack|Attacks|Security|Defense|"
    "Defence|Intelligence|Economy|Markets|Market|Stocks|Energy|Gas|Oil|Pipeline|Border|"
    "Borders|Region|Regions|City|Capital|Country|Nation|World|Republic|Union|Party|"
    "Senate|House|Congress|Embassy|Office|Department|Agency|Administration|Cabinet|"
    "Secretary|Spokesman|Spokesperson|Chief|Leader|Leaders|Chancellor|General|Governor|"
    "Mayor|King|Queen|Prince|God|Lord|Sir|Mr|Mrs|Ms|Dr|Prof|Yes|No|Oh|Hello|Thanks|Thank|"
    "Please|Well|Still|Also|Even|Just|Only|Many|Some|Most|All|Any|Every|Each|Both|Few|"
    "Several|Other|Others|Another|Such|This|That|These|Those|There|Here|Where|When|Why|"
    "How|What|Who|Which|While|After|Before|During|Since|Until|Because|If|Unless|Although|"
    "Though|And|But|Or|Nor|So|Yet|For|With|Without|Within|From|Into|Onto|Upon|About|"
    "Above|Below|Under|Over|Between|Among|Against|Toward|Towards|Through|Across|Along|"
    "Around|Behind|Beyond|Near|Next|Last|First|Second|Third|Final|New|Old|Big|Small|Great|"
    "High|Low|Top|Bottom|Early|Late|Long|Short|Good|Bad|Best|Worst|Free|Live|Latest|More|"
    "Less|Much|Very|Really|Actually|Overall|Together|Instead|Indeed|Perhaps|Maybe|Why|"
    "Interview|Statement|Comment|Comments|Response|Question|Questions|Answer|Answers|"
    "Everyone|Everything|Nothing|Someone|Somebody|Anyone|Nobody|People|Residents|"
    "Citizens|Voters|Protesters|Soldiers|Children|Women|Men|Family|Families|Team|Teams|"
    "Fans|Players|Player|Coach|Club|Season|Game|Games|Match|Election|Elections|Vote|"
    "Votes|Law|Laws|Bill|Bills|Deal|Agreement|Agreements|Treaty|Plan|Plans|Proposal|"
    "Program|Programme|Project|Study|Research|Science|Health|Education|Technology|"
    "Internet|Online|Web|Website|Email|Mail|Phone|Radio|Television|TV|Film|Films|Music|"
    "Art|Book|Books|Paper|Journal|Magazine|Newspaper|Press|Media|Social|Public|Private|"
    "National|International|Global|Local|Federal|Central|Northern|Southern|Eastern|"
    "Western|North|South|East|West|Upper|Lower|Inner|Outer|Islamic|Christian|Catholic|"
    "Kingdom|Empire|Capitol|Ambassador|Envoy|Diplomat|Premier|Justice|Judge|Professor|"
    "Doctor|Nurse|Patients|Patient|Virus|Pandemic|Covid|Vaccine|Vaccines|Hospital|"
    "Church|School|University|College|Students|Student|Teachers|Teacher|Staff|Workers|"
    "Company|Companies|Firm|Firms|Business|Businesses|Industry|Bank|Banks|Fund|Funds|"
    "Prices|Price|Inflation|Rates|Rate|Tax|Taxes|Budget|Debt|Trade|Exports|Imports|"
    "Statistics|Data|Information|Communications|Strategic|Operations|Operation|"
    "Exercise|Exercises|Drills|Withdrawal|De-escalation|Escalation|Diplomacy|Strategy|"
    "Policy|Politics|Political|Economic|Financial|Human|Rights|Freedom|Democracy|"
    "Independence|Unity|Victory|Defeat|Help|Support|Aid|Relief|Rescue|Emergency|Disaster|"
    "Storm|Fire|Flood|Earthquake|Hurricane|Weather|Climate|Environment|Nature|Water|Food|"
    "Species|Colony|Colonies|Insects|Animals|Animal|"
    "Images|Wiki|Welcome|Congratulations|Okay|Ok|Sure|Right|Wrong|True|False|Fine"
)

# demonym -> country, for "Russia's Defense Ministry" / "the Ukrainian Armed Forces"
DEMONYM_COUNTRY: dict[str, str] = {
    norm_key(k): v
    for k, v in (
        pair.split(":")
        for pair in [
            "Russian:Russia",
            "Ukrainian:Ukraine",
            "Belarusian:Belarus",
            "American:United States",
            "U.S.:United States",
            "US:United States",
            "British:United Kingdom",
            "UK:United Kingdom",
            "German:Germany",
            "French:France",
            "Polish:Poland",
            "Chinese:China",
            "Japanese:Japan",
            "Israeli:Israel",
            "Iranian:Iran",
            "Turkish:Turkey",
            "Italian:Italy",
            "Spanish:Spain",
            "Canadian:Canada",
            "Indian:India",
            "Pakistani:Pakistan",
            "Syrian:Syria",
            "Iraqi:Iraq",
            "Georgian:Georgia",
            "Moldovan:Moldova",
            "Lithuanian:Lithuania",
            "Latvian:Latvia",
            "Estonian:Estonia",
            "Finnish:Finland",
            "Swedish:Sweden",
            "Norwegian:Norway",
            "Dutch:Netherlands",
            "Belgian:Belgium",
            "Austrian:Austria",
            "Hungarian:Hungary",
            "Romanian:Romania",
            "Czech:Czech Republic",
            "Slovak:Slovakia",
            "Greek:Greece",
            "Australian:Australia",
            "Mexican:Mexico",
            "Brazilian:Brazil",
            "Egyptian:Egypt",
            "Saudi:Saudi Arabia",
            "Afghan:Afghanistan",
            "Kazakh:Kazakhstan",
            "Armenian:Armenia",
            "Azerbaijani:Azerbaijan",
            "Serbian:Serbia",
            "Croatian:Croatia",
            "Bulgarian:Bulgaria",
            "Danish:Denmark",
            "Irish:Ireland",
            "Swiss:Switzerland",
            "Portuguese:Portugal",
            "Nigerian:Nigeria",
            "Venezuelan:Venezuela",
            "Cuban:Cuba",
            "Libyan:Libya",
            "Lebanese:Lebanon",
            "Palestinian:Palestine",
            "Taiwanese:Taiwan",
            "Vietnamese:Vietnam",
            "Thai:Thailand",
            "Indonesian:Indonesia",
            "Filipino:Philippines",
            "Malaysian:Malaysia",
            "Chechen:Chechnya",
        ]
    )
}
COUNTRY_DEMONYM: dict[str, str] = {"United States": "U.S.", "United Kingdom": "British"}
for _key, _country in DEMONYM_COUNTRY.items():
    if _country not in COUNTRY_DEMONYM and len(_key) > 2:
        COUNTRY_DEMONYM[_country] = _key.title()

# government bodies every country has: "the Defense Ministry" alone names no one entity
GENERIC_ORGS: dict[str, str] = {
    norm_key(k): v
    for v, keys in {
        "Defense Ministry": "Defense Ministry|Defence Ministry|Ministry of Defense|"
        "Ministry of Defence|Defense Department|Department of Defense|Defence Department",
        "Foreign Ministry": "Foreign Ministry|Ministry of Foreign Affairs|Foreign Office",
        "Interior Ministry": "Interior Ministry|Ministry of Interior|Ministry of the Interior|"
        "Ministry of Internal Affairs",
        "Health Ministry": "Health Ministry|Ministry of Health",
        "Finance Ministry": "Finance Ministry|Ministry of Finance",
        "Justice Ministry": "Justice Ministry|Ministry of Justice",
        "Emergencies Ministry": "Emergencies Ministry|Emergency Ministry|"
        "Ministry of Emergency Situations",
        "Armed Forces": "Armed Forces|Military",
        "Army": "Army",
        "Navy": "Navy",
        "Air Force": "Air Force",
        "Parliament": "Parliament",
        "Government": "Government",
        "Supreme Court": "Supreme Court",
        "Constitutional Court": "Constitutional Court",
        "Central Bank": "Central Bank",
        "National Guard": "National Guard",
        "Security Service": "Security Service",
        "General Staff": "General Staff",
        "Embassy": "Embassy",
    }.items()
    for k in keys.split("|")
}
