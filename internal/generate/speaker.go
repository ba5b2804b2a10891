package generate

import (
	"strings"
)

// Who said it. A report quotes people: "A spokesman for the bank said
// the risk was small", "..., analyst Jane Roe said". A blank or a swap on
// the speaker's name, or on a word of the speaker's description ("a
// spokesman for the body which represents _____'s industry"), asks who
// spoke, not what was said; teachers ask what was said, and the judges
// rejected every such item as trivia. So does a name introduced by the
// role of someone who comments ("historian _____", "analyst _____"):
// the point of the sentence is the view, not its holder. The speaker
// may still be asked where the speaker is what the article is about (its
// main subject, or a name of its headline), or where the speech is the
// lead's news ("…, the minister has warned.").

// speechVerbs report speech or a view.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true,
	"added": true, "adds": true, "warned": true, "warns": true, "argued": true,
	"argues": true, "claimed": true, "noted": true,
	"stated": true, "explained": true, "explains": true,
	"insisted": true, "insists": true, "believes": true, "believed": true,
	"suggested": true, "suggests": true, "welcomed": true, "welcomes": true,
	"commented": true, "predicted": true, "predicts": true,
	"conjectures": true, "conjectured": true, "contends": true, "contended": true,
	"maintains": true, "maintained": true, "asserted": true, "asserts": true,
	"admitted": true, "admits": true,
	"reckons": true, "reckoned": true, "thinks": true,
}

// commentRoles are the roles of people quoted for a view on what a text
// reports, not for what they did.
var commentRoles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "analyst": true,
	"analysts": true, "historian": true, "historians": true, "scholar": true,
	"scholars": true, "critic": true, "critics": true, "commentator": true,
	"economist": true, "economists": true, "expert": true, "experts": true,
	"biographer": true, "researcher": true, "researchers": true, "observer": true,
	"columnist": true, "strategist": true, "pollster": true, "classicist": true,
}

// speakerAnswer reports whether answer sp of s names or describes who
// speaks rather than what is said (see above). title is the course
// title, as a key.
func (a *article) speakerAnswer(s *sentence, sp *span, title string) bool {
	if !sp.kind.proper() && sp.kind != kTerm {
		return false
	}
	if a.subject(sp.key) || title != "" && hasWord(title, sp.key) {
		return false
	}
	// "…, according to industry experts.": the source of a claim is who
	// said it even in the lead, whose news is the claim.
	if accordingSource(s, sp) {
		return true
	}
	if a.leadSentence(s) {
		return false
	}
	// "historian _____", "analyst _____": a person known by a role of
	// comment.
	if sp.kind == kPerson {
		if p := prevTok(s, sp.blankStart()); p != nil && commentRoles[strings.ToLower(p.text)] {
			return true
		}
	}
	return inSpeakerPhrase(s, sp)
}

// inSpeakerPhrase reports whether the answer lies in the part of a
// reporting sentence that says who speaks: before the reporting verb
// when the speech follows it ("A spokesman for X said the risk…"), in
// the closing clause when the speech comes first ("…, X said."), after
// an inverted verb ("…, said X."), or in "according to X".
func inSpeakerPhrase(s *sentence, sp *span) bool {
	text := s.text
	if accordingSource(s, sp) {
		return true
	}
	for ti, t := range s.toks {
		if !speechVerbs[t.text] {
			continue
		}
		// The verb opens a clause of its own only after its subject:
		// "said" as a participle ("the said bank") or the object of a
		// preposition is no report.
		if ti == 0 {
			continue
		}
		before := strings.TrimRight(text[:t.start], " ")
		after := strings.TrimSpace(text[t.end:])
		afterWords := len(strings.Fields(strings.Trim(after, " .!?\"”’'")))
		closing := strings.HasSuffix(before, ",") || strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "”")
		switch {
		case closing && sp.blankStart() >= t.end && afterWords <= 12 && !strings.ContainsAny(text[t.end:sp.blankStart()], ",;:"):
			// "…, said Mr Roe, the firm's chief."
			return true
		case sp.end <= t.start && afterWords >= 3:
			// The speech follows the verb: all before it is the speaker
			// and a description of the speaker, unless a clause of the
			// report's own stands between ("In 2004 the firm grew, its
			// chief said that…").
			head := text[datelineEnd(text):sp.blankStart()]
			if strings.ContainsAny(head, ";:") {
				return false
			}
			// "Sumitomo, which has said it would bid, tabled…": the
			// verb belongs to a clause about the answer.
			mid := " " + strings.ToLower(text[sp.end:t.start]) + " "
			for _, w := range []string{" which ", " who ", " that ", " whose "} {
				if strings.Contains(mid, w) {
					return false
				}
			}
			return true
		case sp.end <= t.start && afterWords < 3:
			// The speech comes first: the speaker is the clause that
			// closes the sentence ("…, the firm's Jane Roe said.").
			cut := strings.LastIndexAny(before, ",\"”")
			return cut >= 0 && sp.blankStart() > cut
		}
		return false
	}
	return false
}

// accordingSource reports whether the answer sp lies in the "according
// to X" phrase of s, up to the next comma or stop.
func accordingSource(s *sentence, sp *span) bool {
	i := strings.Index(strings.ToLower(s.text), "according to ")
	if i < 0 || sp.blankStart() < i {
		return false
	}
	end := strings.IndexAny(s.text[i:], ",;:.")
	return end < 0 || i+end >= sp.end
}

// commentQuote reports whether s quotes a commentator's own words
// ("Health analyst Jo Roe, from the institute, called the targets
// "reasonably impressive""): quoted whole as a true statement it tests
// who said which words. The judges rejected such statements as trivia.
func commentQuote(s *sentence) bool {
	q := strings.IndexAny(s.text, "\"“")
	if q < 0 {
		return false
	}
	for _, t := range s.toks {
		if t.start >= q {
			break
		}
		if commentRoles[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}
