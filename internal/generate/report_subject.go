package generate

import "strings"

// A report names its subject in the lead and goes on with a description
// of it: "Ann Dale, who built the Rowan games group, has bought it back.
// The veteran games developer has taken over two of its studios." Read
// alone, the second sentence leaves the learner asking which developer.
// Where the sentence before opens on exactly one name of the kind the
// description stands for (a person for "developer", "entrepreneur"; an
// organisation for "maker", "firm"), the name is put in, as the
// biography pronoun rule does ("Ann Dale has taken over …"); where it
// does not, a description of a person is held back like one of an
// organisation (epithetSubject).

// personHeads are the nouns a report uses to describe a person named
// before: "the veteran games developer", "the former chief executive".
var personHeads = set(`developer|founder|entrepreneur|businessman|businesswoman|tycoon|executive|boss|chief|
billionaire|millionaire|magnate|investor|designer|inventor|engineer|programmer|director|chairman|chairwoman|
star|singer|actor|actress|player|striker|midfielder|defender|goalkeeper|coach|manager|champion|athlete|
politician|minister|senator|leader|campaigner|activist|author|writer|novelist|artist|musician|scientist|
researcher|economist|analyst|banker|lawyer|judge|officer|veteran|pioneer`)

// describedOpening finds a sentence after the first opening on "The", one
// or more modifiers and a noun naming a person or an organisation before
// its verb: the words of the description and whether they describe a
// person, an organisation or both.
func describedOpening(s *sentence) (desc string, person, org, ok bool) {
	if s.idx == 0 {
		return "", false, false, false
	}
	h, mods, _, ok := openingDescription(s)
	if !ok || mods == 0 {
		// "The UK Independence Party member", "The 61-year-old"
		// (news_context.go).
		if d, ok := personDescription(s); ok {
			return d, true, false, true
		}
		// "The 27 year old", "The Kenyan" (sport_epithet.go).
		if d, ok := sportEpithet(s); ok {
			return d, true, false, true
		}
		return "", false, false, false
	}
	head := strings.ToLower(s.toks[h].text)
	person, org = personHeads[head], epithetHeads[head]
	if !person && !org {
		if d, ok := personDescription(s); ok {
			return d, true, false, true
		}
		if d, ok := sportEpithet(s); ok {
			return d, true, false, true
		}
		return "", false, false, false
	}
	i := openingTokens(s)
	return s.text[s.toks[i].start:s.toks[h].end], person, org, true
}

// describedSubject returns the edit that puts the name of the report's
// subject for a description of it opening sentence s: the sentence just
// before, in the same paragraph or at the end of the one before, opens on
// a name of the kind described and names no other of that kind.
func (a *article) describedSubject(s *sentence) (edit, bool) {
	if e, ok := a.describedNamed(s); ok {
		return e, true
	}
	// "The South African archbishop" after "Archbishop Desmond Tutu"
	// (titled_subject.go).
	if e, ok := a.titledSubject(s); ok {
		return e, true
	}
	// "The 27 year old" for the person the lead names (sport_epithet.go).
	return a.subjectEpithet(s)
}

// describedNamed is describedSubject's edit where the sentence before
// names the subject.
func (a *article) describedNamed(s *sentence) (edit, bool) {
	desc, _, _, ok := describedOpening(s)
	if !ok || s.idx-1 >= len(a.sents) {
		return edit{}, false
	}
	p := a.sents[s.idx-1]
	if p.para != s.para && (len(s.para.sents) == 0 || s.para.sents[0] != s) {
		return edit{}, false
	}
	i := openingTokens(p)
	if i >= len(p.toks) {
		return edit{}, false
	}
	var subj *span
	for _, sp := range p.spans {
		// A name of two words or more read as a place ("Ann Dale") is
		// taken as a name too: the tagger tells names apart loosely.
		if sp.start == p.toks[i].start && (sp.kind == kPerson || sp.kind == kOrg || sp.kind == kPlace && len(strings.Fields(sp.text)) >= 2) {
			subj = sp
			break
		}
	}
	if subj == nil {
		return edit{}, false
	}
	for _, sp := range p.spans {
		// The tagger tells people from firms loosely: any other name of
		// either kind leaves the description open.
		if sp != subj && (sp.kind == kPerson || sp.kind == kOrg) && sp.key != subj.key && !containsWords(subj.key, sp.key) {
			return edit{}, false
		}
	}
	// The name must end its own phrase: "Jez San, the man …" or "Jez San
	// has …", not the modifier of a longer one.
	if subj.end < len(p.text) {
		rest := strings.TrimLeft(p.text[subj.end:], " ")
		if rest == "" || !(rest[0] == ',' || rest[0] == '(' || startsLowerWord(rest)) {
			return edit{}, false
		}
	}
	return edit{desc, reportedName(subj)}, true
}

// startsLowerWord reports whether text opens on a lowercase letter.
func startsLowerWord(text string) bool {
	for _, r := range text {
		return r >= 'a' && r <= 'z'
	}
	return false
}

// describedPersonBack reports a sentence opening on a description of a
// person the sentence before does not name plainly: held back.
func (a *article) describedPersonBack(s *sentence) bool {
	_, person, org, ok := describedOpening(s)
	if !ok || !person || org {
		return false
	}
	_, resolved := a.describedSubject(s)
	return !resolved
}

// describedStatement returns the text of sentence s quoted as a true
// statement with the subject's name for its opening description, or "".
func (a *article) describedStatement(s *sentence) string {
	e, ok := a.describedSubject(s)
	if !ok {
		return ""
	}
	edits, ok := a.contextEdits(s)
	if !ok || len(edits) != 1 || edits[0] != e {
		return ""
	}
	return strings.Replace(s.text, e.old, e.new, 1)
}

// describedEdit reports whether edit e only puts the subject's name for
// the description opening the item's sentence, and the statement as shown
// holds the name already.
func (a *article) describedEdit(it *item, e edit) bool {
	d, ok := a.describedSubject(it.sent)
	return ok && d == e && it.q != nil && strings.Contains(it.q.Prompt, e.new) && !strings.Contains(it.q.Prompt, e.old)
}

// describedResolves reports whether the description opening s takes the
// name of the report's subject (describedSubject).
func (a *article) describedResolves(s *sentence) bool {
	_, ok := a.describedSubject(s)
	return ok
}
