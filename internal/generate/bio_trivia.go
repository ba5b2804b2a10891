package generate

import (
	"regexp"
	"strings"
)

// Incidental details of a life. Blind judges rejected items drawn from a
// biography's early years that tell what is on the way rather than who
// the subject became: the position played in a college team, the name of
// a student club, the names of the subject's brothers or sisters. A
// sentence that gives one of these is incidental (incidental_sentence.go),
// in a biography only: an article about a sport or a society is about
// them.
var (
	// sportRE: a team sport, or a college team.
	sportRE = regexp.MustCompile(`(?i)\b(?:football|baseball|basketball|rugby|hockey|soccer|cricket|lacrosse|volleyball|varsity)\b`)
	// positionRE: the place played in a team ("playing left end", "as
	// quarterback").
	positionRE = regexp.MustCompile(`(?i)\b(?:playing|played|as(?:\s+an?|\s+the)?)\s+(?:(?:left|right|centre|center|inside|outside|first|second|third|wide|tight|defensive|offensive|starting)\s+)?(?:end|tackle|guard|quarterback|halfback|fullback|wing|winger|forward|goalkeeper|goalie|pitcher|catcher|shortstop|baseman|striker|midfielder|defender|receiver|linebacker|fly-half|scrum-half|wicket-keeper|wicketkeeper)\b`)
	// studentClubRE: a club or society of students.
	// nicknameRE: a nickname given for a trait or a habit ("becoming
	// known as Ee-ee because of her squeaky kiai"), or a college's sports
	// club ("Goldsmiths College karate club").
	nicknameRE    = regexp.MustCompile(`\b(?:[Bb]ecame|[Bb]ecoming|was|were)\s+(?:known|called|nicknamed)\s+(?:to\s+\w+\s+)?(?:as\s+)?["“'‘]?[A-Z][\w'’-]*["”'’]?\s+(?:because\s+of|for)\s+(?:her|his|their)\b|(?i:\bcollege\s+(?:karate|judo|boxing|fencing|rugby|football|hockey|tennis|cricket|rowing|athletics)\s+club\b)`)
	studentClubRE = regexp.MustCompile(`(?i)\b(?:eating|dining|glee|drama|debating|rowing|chess)\s+(?:club|society)\b|\b(?:fraternity|sorority|secret society)\b`)
	// siblingNamesRE: the names of brothers or sisters, two or more
	// ("all four boys, James, Paul and George"; "her brothers Boris and
	// Frank").
	siblingNamesRE = regexp.MustCompile(`\b(?:brothers|sisters|siblings|boys|girls)\b,?\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?:\s+\([^)]*\))?,?\s+)+(?:and\s+)?[A-Z][a-z]+`)
)

// bioTriviaSentence reports whether s, in a biography, gives a sport
// position, a student club, the subject's place among the children of a
// family or the names of the subject's siblings.
func (a *article) bioTriviaSentence(text string) bool {
	if _, short := a.biographySubject(); short == "" {
		return false
	}
	switch {
	case sportRE.MatchString(text) && positionRE.MatchString(text):
		return true
	case studentClubRE.MatchString(text):
		return true
	case nicknameRE.MatchString(text):
		return true
	case birthOrderRE.MatchString(text):
		return true
	case familyTenureRE.MatchString(text):
		return true
	case a.familyBackground(text):
		return true
	}
	// The siblings' names are the clause's subject ("her brothers Boris
	// and Frank were four and nine years younger"), not whom the subject
	// dealt with ("clashed with his brothers, Harry and Albert").
	if m := siblingNamesRE.FindStringIndex(text); m != nil {
		before := text[:m[0]]
		if i := strings.LastIndexAny(before, ";:"); i >= 0 {
			before = before[i+1:]
		}
		return len(strings.Fields(before)) <= 3
	}
	return false
}

// birthOrderRE: where the subject came among the children of a family
// ("was the second of their three sons", "the youngest of four
// children"). Blind judges rejected it as incidental, all the more where
// "their" leans on the parents named the sentence before.
var birthOrderRE = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|eldest|oldest|youngest|middle|elder|younger|older)\s+(?:(?:child|son|daughter|boy|girl)\s+)?of\s+(?:(?:their|his|her|the\s+couple's|the\s+family's)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:surviving\s+)?(?:children|sons|daughters|boys|girls|siblings)\b`)

// familyTenureRE: how long a family or its forebears had lived at or held
// a place ("The Rookwood family had lived at Stanningfield in Suffolk for
// 300 years", "his ancestors had farmed the land for generations"). Blind
// judges rejected it as background, not what the subject did.
var familyTenureRE = regexp.MustCompile(`(?i)\b(?:family|families|ancestors|forebears|forefathers|clan|house)\b[^.;:]{0,20}?\b(?:had|have|has)\s+(?:lived|been|owned|held|farmed|resided|settled|worked)\b[^.;:]*?\b(?:for\s+(?:(?:over|more\s+than|some|about|nearly|almost|around|at\s+least)\s+)?(?:\d+|[a-z]+|several|many)\s+(?:years|generations|centuries)|for\s+generations|since\s+the\s+\d+(?:st|nd|rd|th)\s+century)\b`)

// Personal detail of a life. Blind judges rejected, in every biography,
// items on what a reader does not take from the subject's career:
//   - the school the subject finished, or the year of it ("graduated from
//     Hillside High School in 1928"): a school below university is
//     incidental, where a degree that led to the career may not be, so
//     only schools of the closed class of levels below university count.
//     A sentence that goes on to what the subject did at the school
//     ("where he joined the drama club") may tell where the career began,
//     and one that goes on from the school to what came after ("After
//     leaving high school, he joined the studio") is about what came
//     after: neither counts;
//   - the family's moves in a childhood and the towns it lived in ("The
//     family moved to Dover before moving to Leeds in 1917"), and what a
//     parent worked on ("where his father worked on the building of a
//     bridge");
//   - how many times the subject married and how many children were born
//     ("was married twice and had five children").
//
// These hold in a biography's lead as well as after it, its opening
// sentence apart (bioPersonalSentence).
var (
	// schoolRE: a school below university, by its level or by the name
	// a state gives it ("Albert Park State School", "the common schools").
	schoolRE = regexp.MustCompile(`(?i)\b(?:high|secondary|grammar|primary|elementary|junior|middle|preparatory|prep|boarding|comprehensive|state|common|parish|village|board|infant|infants)\s+schools?\b|\bgymnasium\b|\blyc[ée]e\b`)
	// schoolVerbRE: going to, leaving or finishing a school.
	schoolVerbRE = regexp.MustCompile(`(?i)\b(?:graduated|graduating|graduation|attended|attending|went\s+to|was\s+(?:educated|sent|enrolled)|enrolled|left|leaving|finished|completed|matriculated)\b`)
	// schoolOnRE: the sentence goes on to what the subject did at the
	// school ("attended Hillside High School, where he joined the drama
	// club"), which may be where the career began, or the school is a
	// clause of a sentence about something else ("moved to Dover, where
	// she finished high school").
	schoolOnRE = regexp.MustCompile(`\b(?:where|which|who|whose)\b`)
	// schoolmateRE: the clause names only who else was at the school
	// ("where the singer John Coates was his slightly older
	// contemporary"), a detail of the schooling itself.
	schoolmateRE = regexp.MustCompile(`(?i)\b(?:contemporary|contemporaries|classmates?|schoolmates?|schoolfellows?|fellow\s+(?:pupils?|students?))\b`)
	// childTeacherRE / childhoodRE: who first taught the young subject
	// ("The young Delius was first taught the violin by a Mr.
	// Bauerkeller of the Hallé Orchestra").
	childTeacherRE = regexp.MustCompile(`\b(?:was|were)\s+(?:first\s+|initially\s+|early\s+)?taught\b[^.;]*?\bby\b|\b(?:lessons|studies|tuition)\s+(?:from|with|under)\b`)
	// enteredRE: the subject entered or attended a school or
	// conservatoire; who taught them there is their training, not a
	// childhood detail ("Messiaen entered the Paris Conservatoire at the
	// age of 11 and was taught by Paul Dukas, …").
	enteredRE   = regexp.MustCompile(`\b(?:entered|enrolled|attended|was\s+admitted\s+to)\b`)
	childhoodRE = regexp.MustCompile(`(?i)\b(?:the\s+young|as\s+a\s+(?:child|boy|girl)|in\s+(?:his|her)\s+childhood|at\s+the\s+age\s+of|aged\s+(?:\d+|five|six|seven|eight|nine|ten|eleven|twelve))\b`)
	// frontedClauseRE: a sentence opening on a time clause ("After
	// graduating from high school, ...").
	frontedClauseRE = regexp.MustCompile(`^(?:After|Upon|On|Before|Following|Having|When|Once|Soon after|Shortly after)\b[^,]*,`)
	// familyMoveRE: the family's moves, or the subject's moves with it.
	familyMoveRE = regexp.MustCompile(`(?i)\b(?:the|his|her|their)\s+family\s+(?:(?:then|later|soon|again|eventually|finally|first|had|often|frequently)\s+)?(?:moved|relocated|emigrated|settled|resettled|lived)\b|\bmoved\s+(?:(?:back|away)\s+)?with\s+(?:his|her|their)\s+(?:family|parents|mother|father)\b|\bthe\s+family's\s+(?:move|moves|homes?)\b`)
	// parentWorkRE: what a parent worked on, in a clause of the
	// subject's sentence.
	parentWorkRE = regexp.MustCompile(`\b(?:his|her|their)\s+(?:father|mother|parents)\s+(?:(?:then|later|also)\s+)?(?:worked|was\s+working|was\s+employed|built|was\s+building|ran|owned|managed)\b`)
	// marriagesCountRE / childrenCountRE: how many marriages, how many
	// children (two or more: "had a son" or "had no children" may be
	// what a succession turns on).
	marriagesCountRE = regexp.MustCompile(`(?i)\bmarried\s+(?:twice|(?:three|four|five|six|seven|\d+)\s+times)\b|\b(?:two|three|four|five|six|seven|\d+)\s+(?:marriages|husbands|wives)\b`)
	childrenCountRE  = regexp.MustCompile(`(?i)\bhad\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:(?:more|other)\s+)?(?:children|sons|daughters|grandchildren)\b|\b(?:father|mother)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b`)
)

// bioPersonalSentence reports whether s, a sentence of a biography,
// gives a school below university, the family's moves, a parent's work
// or the count of marriages or children (see above).
func (a *article) bioPersonalSentence(s *sentence) bool {
	full, short := a.biographySubject()
	if short == "" {
		return false
	}
	text := s.text
	if loc := schoolRE.FindStringIndex(text); loc != nil && schoolVerbRE.MatchString(text) && (!schoolOnRE.MatchString(text) || schoolmateRE.MatchString(text)) {
		if m := frontedClauseRE.FindStringIndex(text); m == nil || m[1] < loc[0] {
			return true
		}
	}
	// Childhood teachers the article names here and nowhere else.
	if childhoodRE.MatchString(text) && childTeacherRE.MatchString(text) && !enteredRE.MatchString(text) && !a.returnsToOthers(s, full, short) {
		return true
	}
	// A move the sentence ties to what another person named did
	// ("relocated to Dover, following the lead of his brother Tom
	// Lind, who opened a shop there") tells of that person.
	if familyMoveRE.MatchString(text) && !namesOther(s, full, short) {
		return true
	}
	return parentWorkRE.MatchString(text) || marriagesCountRE.MatchString(text) || childrenCountRE.MatchString(text)
}

// namesOther reports whether s names a person other than the subject of
// a biography, whose full name is the key full and whose short name is
// short.
func namesOther(s *sentence, full, short string) bool {
	own := set(strings.Join(append(strings.Fields(full), strings.ToLower(short)), "|"))
	for _, sp := range s.spans {
		if sp.kind != kPerson {
			continue
		}
		for _, w := range strings.Fields(sp.key) {
			if !own[w] {
				return true
			}
		}
	}
	return false
}

// honorificNameRE: a surname after a title ("a Mr. Bauerkeller").
var honorificNameRE = regexp.MustCompile(`\b(?:Mr|Mrs|Miss|Ms|Dr|Herr|Frau|Madame|Monsieur|Signor)\.?\s+([A-Z][\p{L}'-]+)`)

// returnsToOthers reports whether a person s names, other than the
// subject of a biography (full and short name), is named in another
// sentence of the article too.
func (a *article) returnsToOthers(s *sentence, full, short string) bool {
	own := set(strings.Join(append(strings.Fields(full), strings.ToLower(short)), "|"))
	var names []string
	for _, sp := range s.spans {
		if sp.kind != kPerson {
			continue
		}
		if ws := strings.Fields(sp.key); len(ws) > 0 && !own[ws[len(ws)-1]] {
			names = append(names, ws[len(ws)-1])
		}
	}
	for _, m := range honorificNameRE.FindAllStringSubmatch(s.text, -1) {
		names = append(names, strings.ToLower(m[1]))
	}
	for _, n := range names {
		if a.sentencesWith(n) >= 2 {
			return true
		}
	}
	return false
}

// A family's background on the way to its member's life: the colours
// of its coat of arms and what they stand for ("The family coat of arms
// shows two silver fish on a blue field. Blue stood for loyalty …"), the
// century it rose to prominence ("The family had become prominent in the
// 14th century"), the parents' names with a count of the children
// ("the son of Tomas Vik and Anna Berg, one of eleven children"). Blind
// judges rejected all three as incidental in every biography they saw.
// Where the subject does it ("Vik was granted a coat of arms in 1825",
// "He restored the family's standing in the 18th century") the
// sentence is the subject's and stays.

var (
	// heraldryRE: a coat of arms or its language.
	heraldryRE = regexp.MustCompile(`(?i)\bcoats?\s+of\s+arms\b|\bheraldr?(?:y|ic)\b|\bescutcheon\b|\bcrest\b|\bblazon(?:ed)?\b`)
	// colourMeaningRE: a colour opening a clause and what it stands for
	// ("Blue stood for loyalty", "the purple represented …").
	colourMeaningRE = regexp.MustCompile(`(?i)^(?:[^,]{0,30},\s*)?(?:the\s+)?(?:colou?r\s+)?(?:blue|red|gold|golden|silver|green|purple|black|white|azure|gules|argent|or|vert|sable|purpure)\b[^.;]{0,30}?\b(?:stood|stands|represented|represents|symboli[sz]ed|symboli[sz]es|signified|signifies|meant|means|denoted|denotes)\b`)
	// familyRiseRE: a family's rise, with the century it came in.
	familyRiseRE  = regexp.MustCompile(`(?i)\b(?:family|families|ancestors|forebears|lineage|clan|house)\b`)
	riseRE        = regexp.MustCompile(`(?i)\b(?:prominen(?:t|ce)|ennobled|nobility|distinguished|influential|powerful|rose\s+to|risen\s+to|wealth|fortune)\b`)
	centuryNameRE = regexp.MustCompile(`(?i)\b(?:\d{1,2}(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth))[- ]century\b`)
	// parentsCountRE: two parents named, and a count of their children.
	parentsNamedRE = regexp.MustCompile(`\b(?:son|daughter|child)\s+of\s+(?:[A-Z][\p{L}'’-]*\s+){0,4}[A-Z][\p{L}'’-]*,?\s+and\s+(?:[a-z]{1,3}\s+)?[A-Z]`)
	// parentageRE: the sentence's clause is whose child the subject was
	// ("Named after a saint, Vik was the son of …").
	parentageRE = regexp.MustCompile(`^(?:[^,]{0,60},\s*)?(?:[A-Z][\p{L}'’-]*\s+){1,3}(?:was|is)\s+(?:the\s+|a\s+)?(?:(?:first|second|third|fourth|fifth|eldest|oldest|youngest|only|elder|younger)\s+)?(?:son|daughter|child)\s+of\s+`)
	// siblingsHadRE: the brothers and sisters the subject had ("Vik had
	// an elder sister, Ada, and three half-brothers").
	siblingsHadRE = regexp.MustCompile(`\bhad\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:(?:elder|older|younger|twin|surviving)\s+)?(?:half-)?(?:sisters?|brothers?|siblings)\b`)
	childCountRE  = regexp.MustCompile(`(?i)\b(?:one|the\s+\w+)\s+of\s+(?:(?:their|his|her|the)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\d+)\s+(?:surviving\s+)?(?:children|sons|daughters|boys|girls|siblings|brothers|sisters)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:brothers|boys|sons)\s+and\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:sisters|girls|daughters)\b|\bhad\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:siblings|brothers|sisters)\b`)
)

// familyBackground reports whether text, in a biography, tells its
// subject's family background (see above) and not what the subject did.
func (a *article) familyBackground(text string) bool {
	_, short := a.biographySubject()
	if short == "" {
		return false
	}
	// The parents' names with a count of the children, or as all the
	// sentence says ("Vik was the son of Olav Vik and Anna Berg"), and
	// the brothers and sisters the subject had.
	if m := parentsNamedRE.FindStringIndex(text); m != nil {
		if childCountRE.MatchString(text) || parentageRE.MatchString(text[:m[1]]) && len(strings.Fields(text[m[1]:])) <= 8 {
			return true
		}
	}
	if siblingsHadRE.MatchString(text) {
		return true
	}
	// The subject's own act: the sentence opens on the subject.
	f := strings.Fields(strings.TrimLeft(text, "\"“‘'("))
	if len(f) > 0 {
		if w := strings.Trim(f[0], ",;:"); w == "He" || w == "She" || w == short || strings.HasPrefix(text, short+" ") && !strings.HasPrefix(text, short+" family") {
			return false
		}
	}
	switch {
	case heraldryRE.MatchString(text), colourMeaningRE.MatchString(text):
		return true
	case familyRiseRE.MatchString(text) && riseRE.MatchString(text) && centuryNameRE.MatchString(text):
		return true
	}
	return false
}
