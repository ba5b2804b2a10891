package generate

import "strings"

// Word lists used to type names that the NER model labels unreliably. They
// are deliberately small: a name not listed falls back to the model's label
// and to the cues in nlp.go.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(words, "|") {
		if w = strings.TrimSpace(w); w != "" {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// Place subkinds, so that a country is offered against countries.
const (
	subCountry = "country"
	subCity    = "city"
	subRegion  = "region"
	subFeature = "feature"
	subState   = "state"  // a state of a federation: Florida, Bavaria
	subCounty  = "county" // a county, district or province: Escambia County
)

var countries = set(`Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|
Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|
Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|
Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|
Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|
Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|
Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|
Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|
Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|
South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|
Tanzania|Thailand|Togo|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|
United States|United States of America|U.S.|US|USA|U.K.|UK|Britain|Great Britain|England|Scotland|Wales|
Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Soviet Union|USSR|Korea`)

var cities = set(`Beijing|Shanghai|Hong Kong|Moscow|St Petersburg|Saint Petersburg|Washington|New York|London|Paris|
Berlin|Rome|Madrid|Lisbon|Porto|Barcelona|Brussels|Amsterdam|Vienna|Prague|Warsaw|Budapest|Athens|Istanbul|Ankara|
Kyiv|Kiev|Minsk|Tokyo|Seoul|Delhi|New Delhi|Mumbai|Karachi|Tehran|Baghdad|Cairo|Lagos|Nairobi|Johannesburg|
Cape Town|Sydney|Melbourne|Toronto|Montreal|Vancouver|Chicago|Los Angeles|San Francisco|Boston|Seattle|Mexico City|
São Paulo|Rio de Janeiro|Buenos Aires|Lima|Bogotá|Santiago|Geneva|Zurich|Stockholm|Oslo|Copenhagen|Helsinki|
Dublin|Edinburgh|Manchester|Munich|Frankfurt|Hamburg|Milan|Naples|Venice|Florence|Marseille|Lyon|Jerusalem|
Tel Aviv|Dubai|Riyadh|Doha|Singapore|Jakarta|Bangkok|Manila|Hanoi|Kabul|Islamabad|Dhaka|Pyongyang|Taipei|
Vladivostok|Hague|The Hague|Brasília|Canberra|Ottawa|Wellington|Strasbourg|Luxembourg`)

var regions = set(`Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Arctic|
Oceania|Australasia|Middle East|Near East|Far East|Balkans|Caucasus|Central Asia|East Asia|South Asia|
Southeast Asia|Eastern Europe|Western Europe|Central Europe|Scandinavia|Siberia|Sahara|Sahel|Caribbean|
Mediterranean|Pacific|Atlantic|Indian Ocean|Pacific Ocean|Atlantic Ocean|Arctic Ocean|Black Sea|Baltic|
South China Sea|Persian Gulf|Gulf|Himalayas|Alps|Andes|Amazon|Greenland|Crimea|Donbas|Kashmir|Tibet|Xinjiang|
West|East|Global South`)

// States of federations, offered against states (not countries or
// cities).
var states = set(`Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|
Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|
Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
West Virginia|Wisconsin|Wyoming|Bavaria|Saxony|Quebec|Ontario|Alberta|British Columbia|Queensland|Victoria|
New South Wales|Tasmania|Catalonia|Andalusia|Lombardy|Tuscany|Sicily|Sardinia|Brittany|Normandy`)

// Last words of an administrative area below a state.
var adminWords = set(`county|counties|province|district|parish|borough|prefecture|oblast|canton|municipality|township`)

var celestial = set(`Earth|Mars|Moon|Sun|Venus|Jupiter|Saturn|Mercury|Neptune|Uranus|Pluto|Milky Way`)

// placeSub returns the subkind of a known place name, or "".
func placeSub(key string) string {
	key = strings.TrimPrefix(key, "the ")
	switch {
	case countries[key]:
		return subCountry
	case cities[key]:
		return subCity
	case regions[key]:
		return subRegion
	case celestial[key]:
		return "celestial"
	case states[key]:
		return subState
	}
	if f := strings.Fields(key); len(f) > 1 && adminWords[f[len(f)-1]] {
		return subCounty // "Escambia County", "Santa Rosa County"
	}
	if f := strings.Fields(key); len(f) > 0 && featureWords[f[len(f)-1]] && (len(f) > 1 || rangeNames[f[0]]) {
		return subFeature // "the Białowieża Forest", "the Southern Carpathians"
	}
	return ""
}

// Last words that make a capitalised phrase a natural feature (or a park),
// offered against features rather than countries or cities.
var featureWords = set(`forest|forests|mountains|mountain|hills|highlands|river|lake|lakes|sea|ocean|valley|desert|plain|plains|
island|islands|peninsula|basin|delta|coast|bay|gulf|strait|straits|park|range|alps|carpathians|himalayas|andes|
rockies|pyrenees|urals|caucasus|glacier|falls|marshes|wetlands|steppe|plateau|canyon|reef`)

// Mountain ranges named by one word.
var rangeNames = set(`alps|carpathians|himalayas|andes|rockies|pyrenees|urals|caucasus`)

// Last words that make a capitalised phrase an organisation.
var orgWords = set(`Inc|Inc.|Ltd|Ltd.|Corp|Corp.|Corporation|Company|Co|Co.|plc|LLC|GmbH|AG|SA|Group|Holdings|Bank|Fund|
Nations|Union|Organization|Organisation|Association|Council|Ministry|Department|Agency|Institute|Institution|
University|College|School|Academy|Committee|Commission|Party|Forum|Court|Parliament|Congress|Senate|Assembly|
Authority|Bureau|Office|Service|Services|Board|Foundation|Society|Federation|League|Club|Airlines|Airways|Motors|
Systems|Technologies|Labs|Laboratory|Press|Times|News|Network|Works|Transit|Railways|Police|Army|Navy|Force|
Forces|Guard|Church|Trust|Alliance|Coalition|Movement|Cooperation|Partners|Industries|Energy|Petroleum|Oil|Gas|
Pharmaceuticals|Media|Broadcasting|Exchange|Reserve|Treasury|Cabinet|Government|Administration|Council|Secretariat|
Rescue|Patrol|Division|Brigade|Squad`)

// Last words that make a capitalised phrase an event, plan or law.
var eventWords = set(`Initiative|Treaty|Agreement|Accord|Accords|Plan|Act|Bill|Law|Programme|Program|Project|Strategy|
Doctrine|Summit|Conference|Convention|War|Revolution|Crisis|Conflict|Games|Olympics|Cup|Championship|Prize|
Award|Declaration|Charter|Protocol|Deal|Pact|Directive|Reform|Reforms|Mission|Campaign|Operation|
Show|Expo|Exhibition|Fair|Festival|Symposium`)

// Last words that make a capitalised phrase a place built by people.
var facilityWords = set(`Line|Station|Bridge|Tunnel|Airport|Quay|Street|Road|Avenue|Square|Tower|Dam|Canal|Port|Harbour|
Harbor|Hall|Palace|Stadium|Museum|Hospital|Park|Centre|Center|Building|Cathedral|Castle|Wall|Metro|Railway|
Highway|Pipeline|Plant|Mine|Base|Circle|Boulevard|Drive|Lane|Interstate|Kontor|Kontors|Steelyard`)

// Last words that make a capitalised phrase a craft or instrument: a
// telescope is no organisation and no person.
var craftWords = set(`Telescope|Observatory|Satellite|Probe|Rover|Spacecraft|Rocket|Shuttle|Lander|Orbiter|Ship|
Submarine|Aircraft|Reactor|Collider`)

// First words that make a capitalised phrase an event: "Hurricane Ivan".
var eventFirstWords = set(`Hurricane|Typhoon|Cyclone|Storm|Tropical`)

// Nouns that, after "X, the …", make X a person: "Ashton Hayward, the mayor
// of Pensacola".
var roleNouns = set(`mayor|governor|president|director|chief|head|spokesman|spokeswoman|spokesperson|superintendent|
senator|minister|secretary|founder|ceo|chairman|chairwoman|chair|professor|scientist|author|leader|manager|
commissioner|sheriff|officer|official|researcher|economist|analyst|historian|engineer|astronomer|king|queen|
emperor|pope|general|captain|deputy|owner|resident|teacher|student|farmer|doctor|lawyer|judge|writer|poet`)

// Words that introduce a person's name.
var honorifics = set(`Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|President|Vice-President|
Premier|Minister|Chancellor|Senator|Governor|Mayor|General|Gen.|Admiral|Colonel|Captain|King|Queen|Prince|
Princess|Pope|Judge|Justice|Chairman|Chairwoman|Chair|Director|Secretary|Ambassador|Commissioner|Rep.|Sen.|
Bishop|Rabbi|Imam|Father|Sister|Saint|Chief|Inspector|Detective|Officer|Sergeant|Coach|Leader|Gov|Gov.|
Senators|Superintendent|Sheriff|Deputy|Representative|Congressman|Congresswoman|Emperor|Empress|Tsar|Czar|Sultan|
CEO|CFO|COO|CTO|Founder|Chairperson|Corporal|Private|Lieutenant|Major|Ensign|Commodore`)

// Common first names, a cue for PERSON when the model misses one.
var firstNames = set(`Adam|Alan|Alex|Alexander|Alexei|Ali|Alice|Amir|Ana|Anna|Andrew|Angela|Anne|Anthony|Antonio|Barack|
Ben|Bill|Boris|Carlos|Catherine|Charles|Chris|Christopher|Daniel|David|Donald|Elena|Elizabeth|Emma|Emmanuel|
Eric|Fatima|Francis|Frank|George|Hans|Helen|Henry|Hugo|Ian|Igor|Ivan|Jack|James|Jane|Javier|Jean|Jennifer|Jim|
Joe|John|Jose|José|Joseph|Juan|Julia|Karl|Kate|Laura|Lee|Li|Linda|Lucy|Luis|Maria|Marie|Mark|Martin|Mary|Matteo|
Michael|Mohammed|Muhammad|Narendra|Natalia|Nicolas|Nikolai|Olaf|Olga|Paul|Paulo|Pedro|Peter|Pierre|Rachel|
Richard|Robert|Sarah|Sergei|Sophie|Stephen|Steven|Susan|Thomas|Tomas|Tom|Vladimir|Wang|William|Xi|Yuri|Zhang`)

// Capitalised words that are never names on their own.
var notNames = set(`I|The|A|An|This|That|These|Those|It|Its|He|She|They|We|You|His|Her|Their|Our|My|Your|But|And|Or|
If|When|While|Although|Though|However|As|In|On|At|By|For|From|With|Without|After|Before|During|Since|Until|
Not|No|Yes|One|Some|Many|Most|All|Both|Each|Every|Other|Such|Also|Yet|Still|So|Then|There|Here|What|Which|Who|
Whom|Whose|Why|How|Where|Together|Meanwhile|Moreover|Furthermore|Instead|Indeed|Today|Tomorrow|Yesterday|
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|
September|October|November|December|Mayor|Professor|President|Minister|Celsius|Fahrenheit|Kelvin|CE|BCE|AD|BC`)

var months = set(`January|February|March|April|May|June|July|August|September|October|November|December`)

// Demonyms and other proper adjectives: capitalised but not answers.
var demonymSuffixes = []string{"ern", "ian", "ean", "ese", "ish", "an"}

// Units that belong with a number in a blank ("22 months", "12 km").
var numberUnits = set(`years|year|months|month|weeks|week|days|day|hours|hour|minutes|minute|seconds|decades|
centuries|kilometres|kilometers|kilometre|kilometer|km|miles|mile|metres|meters|metre|meter|millimetres|
millimeters|centimetres|centimeters|tonnes|tons|tonne|kilograms|kg|grams|degrees|litres|liters|hectares|acres|
barrels|megawatts|gigawatts|MW|GW|inches|inch|feet|foot|yards|yard|calls|people|counties|times`)

var stopwords = set(`a|about|above|after|again|against|all|almost|also|although|always|am|among|an|and|any|are|as|at|
be|because|been|before|being|below|between|both|but|by|can|cannot|could|did|do|does|doing|down|during|each|
either|else|enough|even|ever|every|few|for|from|further|had|has|have|having|he|her|here|hers|herself|him|
himself|his|how|however|i|if|in|into|is|it|its|itself|just|least|less|like|made|make|makes|many|may|me|might|
more|most|much|must|my|myself|neither|no|nor|not|now|of|off|often|on|once|one|only|or|other|others|ought|our|
ours|ourselves|out|over|own|per|perhaps|quite|rather|really|same|several|shall|she|should|since|so|some|such|
than|that|the|their|theirs|them|themselves|then|there|these|they|this|those|though|through|thus|to|too|under|
until|up|upon|us|very|was|we|were|what|when|where|whether|which|while|who|whom|whose|why|will|with|within|
without|would|yet|you|your|yours|yourself|said|says|say|also|still|well|back|away|onto|toward|towards|via|
across|along|around|behind|beyond|despite|amid|s|t|ll|re|ve|d|m`)

// Nouns too general to be worth a blank or a title.
var weakNouns = set(`way|ways|thing|things|part|parts|lot|lots|kind|kinds|sort|sorts|type|types|number|numbers|end|
time|times|year|years|day|days|month|months|week|weeks|fact|case|cases|place|places|point|points|area|areas|
matter|matters|issue|issues|question|questions|something|anything|nothing|everything|someone|anyone|people|
result|results|side|term|terms|level|levels|aspect|form|forms|example|examples|range|set|couple|bit|amount|
reason|reasons|context|sense|moment|other|others|one|ones|course|decades|century|centuries|deal|use|hand|
perspective|addition|manner|regard|respect|instance|lack|basis|extent|degree|role|certainty|answer|answers|
focus|need|needs|interest|interests`)

// Adjectives that add nothing to a noun phrase.
var weakAdjectives = set(`such|other|many|much|more|most|several|various|certain|own|same|few|little|main|major|
particular|significant|important|new|whole|entire|real|true|recent|current|further|additional|key|essential|
notable|considerable|latest|last|first|next|only|different|possible|likely|clear`)

// Words that open a sentence that cannot stand on its own.
var danglingStarts = set(`this|these|that|those|it|its|they|their|them|he|she|his|her|such|however|also|but|and|or|
so|then|thus|therefore|yet|still|here|there|both|together|instead|moreover|furthermore|meanwhile|nonetheless|
nevertheless|as a result|in addition|for example|for instance`)

// vagueHeads are head nouns of phrases that name no particular thing:
// blanking "a competitive option" or "the economic impacts" tests wording,
// not content, and many other phrases fit the blank.
var vagueHeads = set(`option|impact|connection|community|politics|politic|focus|affair|implication|relation|
approach|context|situation|element|factor|role|effort|sense|perspective|manner|regard|respect|work`)

// vagueModifiers open phrases that point back into the text instead of
// naming something: "a similar line", "the extra water".
var vagueModifiers = set(`similar|other|same|different|certain|various|extra|single|several|many|few|whole|entire|
particular|specific|such|further|additional|final|successive|subsequent|respective|consecutive`)

// contextWords make a sentence lean on the sentences around it: a true or
// false statement with "they" or "therefore" cannot be judged alone.
var contextWords = set(`they|them|therefore|thus|hence|consequently|accordingly`)
