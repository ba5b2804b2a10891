package generate

import (
	"regexp"
	"strings"
)

// Incidental sentences. Whatever its answer, an item is trivia where its
// sentence gives a detail of a life or a place on the way rather than
// what the article builds on: a birth or christening, what a relative did
// for a living, the size of a property, an illness (but not one named
// only in an opening time clause, which dates the sentence's own fact).
// Blind judges rejected true statements drawn from such sentences as
// trivia. A sentence of the lead paragraph is never incidental (a
// biography's lead says who the subject was), nor one whose telling term
// the article repeats (an article about a disease comes back to it).
var (
	birthRE = regexp.MustCompile(`(?i)\b(?:was|were)\s+(?:born|bapti[sz]ed|christened)\b|\bdate of birth\b|\bborn\s+(?:on\s+|in\s+)?(?:\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)`)
	// kinSubjectRE: the sentence is about a relative of its subject.
	kinSubjectRE = regexp.MustCompile(`^(?:[^,]{0,40},\s*)?(?:His|Her|Their|[A-Z][\w-]*'s)\s+(?:(?:elder|eldest|younger|youngest|older|late)\s+)?(?:father|mother|parents|grandfather|grandmother|grandparents|uncle|aunt|stepfather|stepmother|brothers?|sisters?)\b`)
	// measureRE: an area or size of land or a building.
	measureRE = regexp.MustCompile(`(?i)\b\d[\d,.]*\s*(?:-\s*)?(?:acres?|hectares?|square\s+(?:feet|foot|metres?|meters?|miles?|kilometres?|kilometers?|yards?)|sq\.?\s?(?:ft|m|mi|km))\b`)
	// hostRE: who hosts or chairs an event (with a weekday, a detail of
	// the arrangements).
	hostRE = regexp.MustCompile(`\b(?:host|hosts|hosted|hosting|chair|chairs|chaired|chairing)\b`)
	// appearanceRE: how a person looks or was dressed, or when they were
	// last seen, as a police description of a wanted or missing person
	// gives it.
	appearanceRE = regexp.MustCompile(`(?i)\b(?:was|were|is|are)\s+(?:last\s+seen\s+)?wearing\b|\blast\s+seen\b|\bsightings?\s+of\b|\btattoo(?:s|ed)?\b|\b(?:blond|blonde|fair|dark|brown|black|grey|gray|ginger|red|white|short|long|cropped|curly|receding)\s+hair\b|\b\d+\s*(?:ft|feet|foot)\b[^.]{0,15}\btall\b|\b(?:slim|stocky|medium|heavy|thin|athletic)\s+build\b`)
	// photoOpRE: what a politician or a guest did for the cameras at a
	// launch or a visit ("Tony Blair completed an agility course and shot
	// basketball hoops with students").
	photoOpRE = regexp.MustCompile(`(?i)\bposed\s+for\s+(?:photographs|pictures|photos|the\s+cameras)\b|\bphoto[- ]?(?:opportunity|opportunities|call|op)\b|\bshot\s+(?:a\s+few\s+|some\s+)?(?:basketball\s+)?hoops\b|\b(?:completed|tried|ran)\s+(?:an?\s+|the\s+)?(?:agility|obstacle|assault)\s+course\b|\bkicked\s+(?:a|the)\s+(?:ball|football)\s+(?:about|around)\b`)
	// illnessRE: the subject's illness.
	illnessRE = regexp.MustCompile(`(?i)\b(?:fell ill|suffered (?:from|a)|was diagnosed|illness|ill health|pneumonia|tuberculosis|cancer|stroke|heart attack)\b`)
)

// incidentalSentence reports whether sentence s gives an incidental
// detail (see above).
func (a *article) incidentalSentence(s *sentence) bool {
	if s == nil || s.para == nil {
		return false
	}
	// A life's personal detail (bio_trivia.go) is incidental in the lead
	// too, its opening sentence apart.
	if s.idx > 0 && a.bioPersonalSentence(s) {
		return true
	}
	// "An oil leak, by the way, doesn't count as catastrophic failure":
	// the writer marks it as an aside (set 99, both judges, TRIVIA).
	if asideMarkRE.MatchString(s.text) {
		return true
	}
	// "Clay Cockrell is sitting in his office at Columbus Circle …":
	// a feature's opening scene (scene_lead.go).
	if sceneLead(s) {
		return true
	}
	// A truism is no item, in the lead or after it (truism.go).
	if truismSentence(s) {
		return true
	}
	// "Treloar continues to be regarded as an important figure …": any
	// reader guesses it of a biography's subject (bio_praise.go).
	if a.bioPraise(s) {
		return true
	}
	// "At 18, Rogers was somewhat old to be starting an apprenticeship":
	// the biographer's remark on an age or a time (incidental_name.go).
	if timingAside(s.text) {
		return true
	}
	// A service's tally or a figure of means (tally_figure.go), past the
	// lead.
	if s.idx > 0 && carriesTally(s) {
		return true
	}
	// "… predicted that there would be several key technology trends to
	// watch" names none of them (detail_blank.go).
	if framingSentence(s) {
		return true
	}
	// "Parents are expected to spend millions on video games as
	// Christmas presents": background (wording_trivia.go).
	if vagueForecast(s) {
		return true
	}
	// Relatives named beside a speaker on a stage (family_stage.go).
	if a.familyOnStage(s) {
		return true
	}
	if len(a.paras) > 0 && s.para == a.paras[0] {
		return false
	}
	// A colleague's quoted tribute in a death report (tribute_quote.go);
	// a named person's praise or recollection (outside_reaction.go).
	if a.tributeReaction(s) || outsideReaction(s) {
		return true
	}
	if a.relativeOpens(s) || a.bioKinSentence(s.text) || a.bioTriviaSentence(s.text) { // bio_trivia.go
		return true
	}
	// A round of posts at places named once (post_sequence.go).
	if a.postSequence(s) {
		return true
	}
	// "The compact car updates last year's prototype": set against an
	// earlier version by a relative date (relative_detail.go).
	if predecessorSentence(s) {
		return true
	}
	// "No one from the MPAA was available for comment" (report_contact.go).
	if reportingAside(s) {
		return true
	}
	// "Cafod will host Mr Brown's speech on Wednesday": who hosts an
	// event, and on which day of the week.
	if hostRE.MatchString(s.text) && relWeekdayRE.MatchString(s.text) {
		return true
	}
	for _, re := range []*regexp.Regexp{birthRE, kinSubjectRE, measureRE, illnessRE, appearanceRE, photoOpRE} {
		loc := re.FindStringIndex(s.text)
		if loc == nil {
			continue
		}
		m := s.text[loc[0]:loc[1]]
		if (re == illnessRE || re == appearanceRE || re == photoOpRE) && a.sentencesWith(strings.ToLower(m)) >= 3 {
			continue // the article is about it
		}
		// "Following a bout of tuberculosis that required a stay in a
		// sanatorium in Switzerland, Szigeti settled in Geneva, where he
		// became Professor of Violin …": an illness only in an opening
		// time clause dates what the sentence tells.
		if re == illnessRE {
			// "… Frederick Douglass … dies suddenly at his house in
			// Washington, D.C., from a heart attack": the subject's
			// death, which the illness only explains, is no detail.
			if _, short := a.biographySubject(); diesInSentence(s, short) {
				continue
			}
			if f := frontedClauseRE.FindStringIndex(s.text); f != nil && loc[1] <= f[1] {
				continue
			}
		}
		return true
	}
	return false
}

// sentencesWith counts the article's sentences containing phrase
// (lowercased).
func (a *article) sentencesWith(phrase string) int {
	n := 0
	for _, s := range a.sents {
		if strings.Contains(strings.ToLower(s.text), phrase) {
			n++
		}
	}
	return n
}

// relativeOpens reports whether s opens on a relative of the person the
// article's first sentence opens on: a full name with the same surname
// and another first name ("Charles Lind" in a life of Anna Lind, "Cedric
// Boult" in a life of Sir Adrian Cedric Boult CH).
func (a *article) relativeOpens(s *sentence) bool {
	if len(a.sents) == 0 {
		return false
	}
	var subject []string
	for _, sp := range a.sents[0].spans {
		if sp.kind == kPerson {
			subject = strings.Fields(sp.text)
			break
		}
	}
	// "Adrian Cedric Boult CH": the letters of an honour after the name
	// are not its surname.
	for len(subject) > 2 && isAcronym(subject[len(subject)-1]) {
		subject = subject[:len(subject)-1]
	}
	if len(subject) < 2 {
		return false
	}
	for _, sp := range s.spans {
		if sp.start > 0 {
			break
		}
		if sp.kind != kPerson {
			continue
		}
		w := strings.Fields(sp.text)
		return len(w) >= 2 && w[len(w)-1] == subject[len(subject)-1] && w[0] != subject[0]
	}
	return false
}

// asideMarkRE is a writer's mark of an aside, set off by commas or
// opening the sentence.
var asideMarkRE = regexp.MustCompile(`(?i)(?:^|,\s*)(?:by the way|incidentally|as an aside)\s*,`)
