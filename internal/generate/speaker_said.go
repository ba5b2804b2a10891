package generate

import (
	"regexp"
	"sort"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// What a report's speaker said, told after a pronoun. A short report
// built on one person's words names the speaker once ("…, Michael Howard
// has said.", "Andy Williams, chief executive of Powys Local Health
// Board, had said …") and then goes on with "he said": "The Tories, he
// said, can cut crime and improve public services without asking people
// to pay more taxes." Read alone, "he" is vague, so the sentence was
// never quoted, and a report of one theme was left with one or two
// items though its speaker's claims are what a teacher asks. A teacher
// writing the item puts the speaker's name for the pronoun: "Michael
// Howard said the Tories can cut crime …".
//
// speakerSaidThemes does so for a theme still under four items, with
// room for a question, on sentences of its paragraphs that no proposed
// item asks and that hold no quotation, in one of three shapes: "He said
// (that) …", "…, he said, …" (the speech split by the attribution, its
// first part without a verb of its own) and "…, she said." The speaker
// is the person of the nearest sentence before that names one as the
// speaker (inSpeakerPhrase), within speakerBack sentences; the sentences
// between may name another person only where they too are told by "he
// said" (the chain goes on: "Mr Blair has failed to tackle these
// problems, he claimed"), may report no one else's words ("A spokesman
// said …", unnamedSpeaker), and the pronoun must agree with the title the
// article gives the speaker ("Mr Howard", "Ms Madden"). The speech must
// read alone: no pronoun or demonstrative that points back ("it",
// "they", "this", "these"), no "also" or "another", nothing the lean
// rules find (kindBack: "the measures"). No statement is made that
// would be the fourth true statement of a theme of true statements only,
// which a learner passes by answering True throughout.

// speakerBack is how many sentences back the speaker may be named.
const speakerBack = 15

// saidVerbs are the reporting verbs a pronoun's speech may be told by.
const saidVerbs = `said|says|added|argued|claimed|warned|insisted|stressed|believes`

var (
	// "He said (that) …"
	pronSaidOpenRE = regexp.MustCompile(`^(He|She) (` + saidVerbs + `) (.+)\.$`)
	// "The Tories, he said, can cut …"
	pronSaidSplitRE = regexp.MustCompile(`^([^,]+), (he|she) (` + saidVerbs + `), (.+)\.$`)
	// "The websites shared tips on …, she said."
	pronSaidEndRE = regexp.MustCompile(`^(.+), (he|she) (` + saidVerbs + `)\.$`)
	// A sentence told by a pronoun ("…, he claimed", "He added:",
	// "“…,” he said.").
	pronAttribRE = regexp.MustCompile(`(?:^|[,"”] )(?:he|she|He|She) (?:` + saidVerbs + `|told|pledged|went on|explained|responded)\b`)
)

// backWords point back to what a sentence before says; speech holding
// one does not read alone.
var backWords = set(`it|its|they|them|their|theirs|this|these|those|such|he|she|him|his|her|hers|also|too|another|
both|latter|former|same|then|there|here|however|again|still|instead|other|others|we|our|us|i|me|my|you|your`)

// pronounSpeech reads s in one of the three shapes above: the pronoun
// ("he" or "she"), the verb and the speech as a clause that may follow
// "<name> <verb>". ok is false for any other sentence.
func pronounSpeech(s *sentence) (pron, verb, speech string, ok bool) {
	text := strings.TrimSpace(s.text)
	if quotedSpeech(s) || strings.ContainsAny(text, ":;()") {
		return "", "", "", false
	}
	if m := pronSaidOpenRE.FindStringSubmatch(text); m != nil {
		return strings.ToLower(m[1]), m[2], m[3], true
	}
	// Speech that opens on a connective ("But rent controls alone were
	// not enough, he said.") answers the sentence before it: with the
	// speaker's name put in front it reads "… said but rent controls …".
	if danglingStarts[strings.ToLower(firstWord(text))] {
		return "", "", "", false
	}
	if m := pronSaidSplitRE.FindStringSubmatch(text); m != nil {
		// The first part is the speech's subject: no verb of its own;
		// the second opens on the speech's verb ("can cut").
		first, rest := m[1], m[4]
		if clauseHasVerb(s, 0, len(first)) || !opensOnFiniteVerb(s, len(text)-len(rest)-1) {
			return "", "", "", false
		}
		return m[2], m[3], lowerOpening(s, first) + " " + rest, true
	}
	if m := pronSaidEndRE.FindStringSubmatch(text); m != nil {
		if !clauseHasVerb(s, 0, len(m[1])) {
			return "", "", "", false
		}
		return m[2], m[3], lowerOpening(s, m[1]), true
	}
	return "", "", "", false
}

// clauseHasVerb reports whether a token of s between byte offsets from
// and to is a finite verb or a modal.
func clauseHasVerb(s *sentence, from, to int) bool {
	for _, t := range s.toks {
		if t.start >= from && t.end <= to && (finiteVerb(t.tag) || t.tag == "MD") {
			return true
		}
	}
	return false
}

// opensOnFiniteVerb reports whether the first token at or after byte
// offset at is a finite verb or a modal.
func opensOnFiniteVerb(s *sentence, at int) bool {
	for _, t := range s.toks {
		if t.start >= at {
			return finiteVerb(t.tag) || t.tag == "MD"
		}
	}
	return false
}

// lowerOpening is part, which opens s, with its first word in lower case
// unless it is a name or written in capitals ("The Tories" gives "the
// Tories"; "UKIP" stays).
func lowerOpening(s *sentence, part string) string {
	if len(s.toks) == 0 {
		return part
	}
	t := s.toks[0]
	if strings.HasPrefix(t.tag, "NNP") && t.text != "The" || strings.ToUpper(t.text) == t.text {
		return part
	}
	return strings.ToLower(part[:1]) + part[1:]
}

// speechReadsAlone reports whether speech holds no word that points back
// to a sentence before, and opens on no noun that sums up what was told
// before ("the problem had been caused by …": which problem?).
func speechReadsAlone(speech string) bool {
	f := strings.Fields(speech)
	for _, w := range f {
		if backWords[strings.ToLower(strings.Trim(w, ",.’'"))] {
			return false
		}
	}
	if len(f) > 1 && strings.EqualFold(f[0], "the") {
		head := strings.ToLower(f[1])
		if len(f) > 2 && !summingNouns[head] && !shellNouns[head] {
			head = strings.ToLower(f[2]) // one modifier: "the main issue"
		}
		if shellNouns[head] || summingNouns[head] {
			return false
		}
	}
	return true
}

// summingNouns, beside shellNouns, name what a report's speaker has been
// talking about.
var summingNouns = set(`problem|problems|issue|issues|situation|matter|case|row|dispute|project|programme|report|study|
survey|figures|group|party|body|organisation|company|firm|campaign|law|laws|bill|policy|system`)

// titleGender is the pronoun the title the article gives the person of
// the full name key k says: "he" for "Mr Howard", "she" for "Ms
// Madden", "" where the article gives no title, or both.
func (a *article) titleGender(k string) string {
	full := a.fullText(k)
	f := strings.Fields(full)
	if len(f) < 1 {
		return ""
	}
	// The title may stand before the surname or the last names
	// ("Mr Kilroy Silk" of Robert Kilroy Silk).
	var tails []string
	for i := 0; i < len(f); i++ {
		tails = append(tails, regexp.QuoteMeta(strings.Join(f[i:], " ")))
	}
	sur := "(?:" + strings.Join(tails, "|") + ")"
	he := regexp.MustCompile(`\b(?:Mr|Sir|Lord)\.? ` + sur + `\b`)
	she := regexp.MustCompile(`\b(?:Mrs|Ms|Miss|Dame|Lady)\.? ` + sur + `\b`)
	g := ""
	for _, s := range a.sents {
		h, w := he.MatchString(s.text), she.MatchString(s.text)
		switch {
		case h && w, h && g == "she", w && g == "he":
			return ""
		case h:
			g = "he"
		case w:
			g = "she"
		}
	}
	return g
}

// pronounSpeaker is the full name of the speaker the pronoun pron of s
// stands for, as described above, or "".
func (a *article) pronounSpeaker(s *sentence, pron string) string {
	for i := s.idx - 1; i >= 0 && i >= s.idx-speakerBack; i-- {
		o := a.sents[i]
		var persons []*span
		for _, sp := range o.spans {
			if sp.kind == kPerson && !sp.partial && !sp.modifier && !quotedAt(o.text, sp.start) {
				persons = append(persons, sp)
			}
		}
		if pronAttribRE.MatchString(o.text) {
			continue // told by the pronoun too: the chain goes on
		}
		if len(persons) == 0 {
			if unnamedSpeaker(o) {
				return "" // "A Home Office spokesman said …": "he" may be him
			}
			continue
		}
		p := persons[0]
		for _, q := range persons[1:] {
			if !a.sameActor(p.key, q.key) {
				return "" // two people: whose words?
			}
		}
		if !inSpeakerPhrase(o, p) {
			return "" // a person named, not as the speaker
		}
		full := a.identity(p.key)
		if a.fullText(full) == "" {
			full = a.fullNameOf(full)
		}
		if full == "" || a.titleGender(full) != pron {
			return ""
		}
		return a.fullText(full)
	}
	return ""
}

// fullNameOf is the one full name of a person the article gives that
// ends in the surname k ("taha idris" for "idris"), or "".
func (a *article) fullNameOf(k string) string {
	found := ""
	for _, s := range a.sents {
		for _, sp := range s.spans {
			id := a.identity(sp.key)
			// The tagger may read the full name as a place ("Taha Idris").
			if sp.kind != kPerson && sp.kind != kPlace && sp.kind != kName || !strings.HasSuffix(id, " "+k) || a.fullText(id) == "" {
				continue
			}
			if found != "" && found != id {
				return ""
			}
			found = id
		}
	}
	return found
}

// dropAlso is speech without its one "also" where a verb follows it
// ("Veritas would also announce detailed policies …"): the sentence is
// read alone, as subject_also.go reads a biography's (focusDropped).
func dropAlso(s *sentence, speech string) string {
	if strings.Count(" "+speech+" ", " also ") != 1 {
		return speech
	}
	for i, t := range s.toks {
		if t.text == "also" {
			if i+1 < len(s.toks) && strings.HasPrefix(s.toks[i+1].tag, "VB") && i > 0 && (s.toks[i-1].tag == "MD" || strings.HasPrefix(s.toks[i-1].tag, "VB")) {
				return strings.Replace(speech, " also ", " ", 1)
			}
			return speech
		}
	}
	return speech
}

// unnamedSpeaker reports whether o reports someone's words, outside a
// quotation, and names no person: "A Home Office spokesman said …",
// "Officials said …", "The party argues …". A pronoun after it may mean
// that speaker.
func unnamedSpeaker(o *sentence) bool {
	for _, t := range o.toks {
		if reportVerbs[strings.ToLower(t.text)] && finiteVerb(t.tag) && !quotedAt(o.text, t.start) {
			return true
		}
	}
	return false
}

// speakerSaid is the true statement on s described above, or nil.
func (a *article) speakerSaid(s *sentence) *item {
	if a.kindBack(s) || strings.ContainsAny(s.text, ":;()") {
		return nil
	}
	pron, verb, speech, ok := pronounSpeech(s)
	if !ok {
		return nil
	}
	speech = dropAlso(s, speech)
	if !speechReadsAlone(speech) {
		return nil
	}
	name := a.pronounSpeaker(s, pron)
	if name == "" {
		return nil
	}
	stmt := name + " " + verb + " " + speech + "."
	if n := len(strings.Fields(stmt)); n < 10 || n > 35 {
		return nil
	}
	it := thinTrueItem(s, stmt)
	it.named, it.dq = true, 0.8
	return it
}

// speakerSaidThemes gives each theme still under minProposed, with room
// for a question, the statements speakerSaid makes on sentences of its
// paragraphs that no proposed item asks, the most central first, until
// it proposes minProposed. themes are the course's themes; title is the
// course title.
func (a *article) speakerSaidThemes(items []item, themes []quiz.Theme, title string, opts Options) []item {
	return mapThemes(items, opts, func(its []item) []item {
		n, nq, t, f, _ := tallyProposed(its)
		slug := themeOf(its[0])
		if n == 0 || n >= minProposed || nq >= opts.MaxQuestionsPerTheme {
			return its
		}
		paras, asked := thinThemeSentences(themes, slug, its)
		others := 0 // proposed questions neither true nor false statements
		for i := range its {
			if tf, _ := isTrueFalse(&its[i]); its[i].proposed && its[i].q != nil && !tf {
				others++
			}
		}
		var adds []*item
		for _, s := range a.sents {
			if paras[s.para.n] && !asked[s.idx] {
				if it := a.speakerSaid(s); it != nil {
					adds = append(adds, it)
				}
			}
		}
		sort.SliceStable(adds, func(i, j int) bool { return adds[i].sent.score > adds[j].sent.score })
		for _, it := range adds {
			if n >= minProposed || nq >= opts.MaxQuestionsPerTheme {
				break
			}
			// Never a fourth true statement in a theme of true
			// statements only: a learner would pass it by answering True
			// throughout (the forty-first round's rule).
			if f == 0 && others == 0 && t+1 >= minProposed {
				break
			}
			a.proposeIn(it, slug, title)
			its = append(its, *it)
			n, nq, t = n+1, nq+1, t+1
		}
		return its
	})
}
