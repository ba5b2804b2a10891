package generate

import (
	"regexp"
	"strings"
)

// A sports report names the person it is about in its lead, then calls
// them by an epithet: "The 27 year old has run well this winter", "The
// Ulsterman beat the champion", "But the Olympic silver medallist would
// not say more". Read alone, such a sentence leaves the learner asking
// who is meant (set 61's judges asked for the name: CONTEXT).
// personDescription (news_context.go) reads "The 61-year-old" and a
// description headed by a noun naming a person where the sentence before
// opens on the name; sportEpithet adds the age written in three words, a
// nationality or home used as a noun ("the Kenyan", "the Briton", "the
// Ulsterman") and the nouns a report describes an athlete by ("the world
// record holder", "the former champion"). subjectEpithet puts in the
// report's subject, the one person its lead names, where the last person
// the article names before the sentence is that subject; otherwise the
// sentence is held back, as any description of a person the article does
// not resolve plainly (describedPersonBack).

// sportPersonHeads are the nouns a report describes an athlete by, beside
// personHeads (report_subject.go).
var sportPersonHeads = set(`medallist|medalist|sprinter|runner|hurdler|jumper|thrower|vaulter|holder|winner|
marathoner|swimmer|cyclist|boxer|golfer|rider|jockey|skipper|captain|batsman|bowler|forward|winger|olympian|
teenager|youngster|heptathlete|decathlete|skier|skater|rower|sailor|fighter|finalist|favourite|titleholder|
debutant|newcomer|stalwart|international|all-rounder|full-back|fly-half|scrum-half|prop|hooker|keeper|
goalkeeper|quarterback|pitcher|driver|racer|walker|allrounder`)

// epithetNouns are the nationalities and homes a report calls a person
// by: "the Kenyan", "the Ulsterman". A word of these written with a
// capital and used as a noun names one person of the place.
var epithetNouns = set(`briton|scot|englishman|englishwoman|irishman|irishwoman|welshman|welshwoman|scotsman|
scotswoman|ulsterman|ulsterwoman|frenchman|frenchwoman|dutchman|dutchwoman|kiwi|aussie|yorkshireman|
yorkshirewoman|cornishman|corkman|corkwoman|dubliner|londoner|glaswegian|spaniard|dane|swede|finn|pole|
kenyan|ethiopian|moroccan|algerian|tunisian|nigerian|ghanaian|jamaican|american|canadian|australian|
brazilian|argentine|argentinian|chilean|colombian|mexican|russian|ukrainian|belarusian|german|italian|
austrian|hungarian|romanian|bulgarian|serbian|croatian|slovenian|slovakian|czech|norwegian|belgian|
portuguese|greek|turk|israeli|iranian|iraqi|indian|pakistani|sri|bangladeshi|chinese|japanese|korean|
south african|zimbabwean|zambian|ugandan|tanzanian|eritrean|namibian|new zealander|bahamian|barbadian|
trinidadian|cuban|venezuelan|peruvian|uruguayan|paraguayan|ecuadorian|estonian|latvian|lithuanian|
georgian|armenian|kazakh|uzbek|filipino|indonesian|malaysian|thai|vietnamese|egyptian|senegalese|cameroonian`)

// epithetOffices are the heads of personHeads that name an office or a
// calling rather than an athlete: "The minister said" is left to the rules
// for offices and speakers (titled_subject.go, describedPersonBack), which
// ask it only where the article names whom it means.
var epithetOffices = set(`minister|senator|politician|leader|chairman|chairwoman|chief|director|executive|
boss|officer|judge|lawyer|banker|analyst|economist|researcher|scientist`)

// spacedAgeRE is an age written as three words, as a report without
// hyphens writes it: "27 year old".
var spacedAgeRE = regexp.MustCompile(`^\d{1,3} year old\b`)

// sportEpithet finds a sentence after the first opening on "The" (or "But
// the", "And the") and an epithet for a person right before its verb: an
// age ("The 27 year old has"), a nationality or home used as a noun ("The
// Kenyan won"), or up to five modifiers and a noun naming an athlete
// ("The Olympic silver medallist said"). It returns the words of the
// epithet, from "The" or "the".
func sportEpithet(s *sentence) (string, bool) {
	if s.idx == 0 {
		return "", false
	}
	i := openingTokens(s)
	if i < len(s.toks) && (s.toks[i].text == "But" || s.toks[i].text == "And") {
		i++
	}
	if i+2 >= len(s.toks) || s.toks[i].text != "The" && s.toks[i].text != "the" {
		return "", false
	}
	if i > openingTokens(s) && s.toks[i].text != "the" {
		return "", false
	}
	verbAt := func(j int) bool {
		if j >= len(s.toks) {
			return false
		}
		t := s.toks[j].tag
		return strings.HasPrefix(t, "VB") && s.toks[j].text != "old" || t == "MD"
	}
	from := s.toks[i].start
	j := i + 1
	// "The 27 year old has", "The 27 year old 800 metres runner has".
	if spacedAgeRE.MatchString(s.text[s.toks[j].start:]) || ageHeadRE.MatchString(strings.ToLower(s.toks[j].text)) {
		k := j
		if !ageHeadRE.MatchString(strings.ToLower(s.toks[j].text)) {
			k = j + 2
		}
		if verbAt(k + 1) {
			return s.text[from:s.toks[k].end], true
		}
		for h := k + 1; h < len(s.toks)-1 && h <= k+4; h++ {
			w := strings.ToLower(s.toks[h].text)
			if (sportPersonHeads[w] || personHeads[w]) && verbAt(h+1) {
				return s.text[from:s.toks[h].end], true
			}
		}
		return "", false
	}
	// "The Kenyan won": one capitalised word naming a person of a place.
	if startsUpper(s.toks[j].text) && epithetNouns[strings.ToLower(s.toks[j].text)] && verbAt(j+1) {
		return s.text[from:s.toks[j].end], true
	}
	// "The Olympic silver medallist said", "the former champion will".
	for h := j; h < len(s.toks)-1 && h <= j+5; h++ {
		t := s.toks[h]
		w := strings.ToLower(t.text)
		// A head with a capital names a body: "The Scottish Executive".
		if (sportPersonHeads[w] || personHeads[w] && !epithetOffices[w]) && isLowerWord(t.text) && !strings.HasSuffix(t.tag, "S") && verbAt(h+1) {
			return s.text[from:t.end], true
		}
		if !strings.HasPrefix(t.tag, "NN") && !strings.HasPrefix(t.tag, "JJ") && t.tag != "CD" && t.tag != "HYPH" {
			return "", false
		}
	}
	return "", false
}

// subjectEpithet returns the edit that puts the report's subject for the
// epithet opening sentence s (sportEpithet): the lead, the article's first
// sentence, names exactly one person, whom the article names again, and
// the last person named before s is that subject, with no other person
// named in between ("Tom Brady …. The 27 year old has run well" gives "Tom
// Brady has run well"; after "New coach Ann Lee has helped him" the
// epithet is left open).
func (a *article) subjectEpithet(s *sentence) (edit, bool) {
	desc, ok := sportEpithet(s)
	if !ok || s.idx >= len(a.sents) || len(a.sents) == 0 {
		return edit{}, false
	}
	lead := a.sents[0]
	var subj *span
	for _, sp := range lead.spans {
		if sp.kind != kPerson {
			continue
		}
		if subj != nil && sp.key != subj.key {
			return edit{}, false
		}
		subj = sp
	}
	if subj == nil || len(strings.Fields(subj.text)) < 2 {
		return edit{}, false
	}
	isSubj := func(sp *span) bool {
		return sp.key == subj.key || strings.HasSuffix(" "+subj.key, " "+sp.key)
	}
	mentions := 0
	for _, o := range a.sents[1:] {
		for _, sp := range o.spans {
			if sp.kind == kPerson && isSubj(sp) {
				mentions++
			}
		}
	}
	if mentions == 0 {
		return edit{}, false
	}
	// Back from the sentence before: the first person met must be the
	// subject. A quotation's people are the speaker's and count too.
	for k := s.idx - 1; k >= 0; k-- {
		o := a.sents[k]
		var last *span
		for _, sp := range o.spans {
			if sp.kind == kPerson {
				last = sp
				if !isSubj(sp) {
					return edit{}, false
				}
			}
		}
		if last != nil {
			break
		}
	}
	return edit{desc, unroledName(reportedName(subj))}, true
}

// unroledName is a name without the role or nationality the model took in
// with it: "Sprinter Ann Lee", "Kenyan Ann Lee" give "Ann Lee", where two
// words or more are left.
func unroledName(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 3 {
		return name
	}
	w := strings.ToLower(ws[0])
	if sportPersonHeads[w] || personHeads[w] || epithetNouns[w] || isDemonym(w) {
		return strings.Join(ws[1:], " ")
	}
	return name
}

// epithetReads reports whether sentence s, which needs context only for
// its epithet and the pronouns after it ("The 27 year old received the
// ban for her part in it"), reads alone once the subject's name is put in
// for the epithet: blanks on it are drafted, the name written in.
func (a *article) epithetReads(s *sentence) bool {
	e, ok := a.subjectEpithet(s)
	if !ok {
		return false
	}
	at := strings.Index(s.text, e.old) + len(e.old)
	for _, t := range s.toks {
		if isPersonalPronoun(strings.ToLower(t.text)) && t.start < at {
			return false
		}
	}
	return !needsContextOnceNamed(s)
}

// isEpithetEdit reports whether e puts the report's subject for the
// epithet opening s: a statement, true or false, takes the name too.
func (a *article) isEpithetEdit(s *sentence, e edit) bool {
	se, ok := a.subjectEpithet(s)
	return ok && se == e
}
