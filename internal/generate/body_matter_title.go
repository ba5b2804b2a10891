package generate

import (
	"regexp"
	"strings"
)

// A body or an office alone. Short reports split in two were titled by
// the name of a body or an office their paragraphs mention: "Pensions
// Committee" over a report on a chief executive said to have quit and
// still in post, "Attorney General" over the calls to publish his advice
// and the denials, "Prime Minister" over a coalition deal falling apart.
// Blind judges called each bad: the paragraphs are about what is said
// or done, not about the body. lateBareTitle already took a bare office
// of a known shape ("Prime Minister", "Brown's Chancellor"); a body or
// office the report writes as a name, of any one word before its head
// ("Pensions Committee" of "the Commons Work and Pensions Committee",
// "Attorney General"), is one too (bodyOnlyTitle).
//
// A later theme so titled, where no quarrel titles it, is titled by what
// its most central sentences say of a person it names, in the report's
// own words: the possessive of a person with its noun, and the noun's
// object ("Sir Edward's Hopes of a Deal", "Smith's Departure";
// personMatterTitle). Where neither sentence has one, the title stays
// for the join (body_join.go).

// generalOffices are the offices named "… General": a title of one of
// them names an office, not a matter.
var generalOffices = set(`attorney|solicitor|surgeon|governor|secretary|inspector|auditor|comptroller|director|postmaster|advocate|registrar`)

// bodyOnlyTitle reports whether title t names a body or an office and
// nothing more: a title lateBareTitle takes, or one of up to three words
// (after a possessive) ending in a body's or an office's head
// (officeTitleHeads, officeHeads, "… General") that the report writes
// with capitals, as a name ("Pensions Committee", "Attorney General").
// A phrase the report writes in lower case ("budget committee") names
// the budget too.
func (a *article) bodyOnlyTitle(t string) bool {
	if lateBareTitle(t) {
		return true
	}
	ws := strings.Fields(strings.ToLower(withoutThe(t)))
	if len(ws) > 1 && (strings.HasSuffix(ws[0], "'s") || strings.HasSuffix(ws[0], "’s")) {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	last := ws[len(ws)-1]
	office := officeTitleHeads[last] || officeHeads[last] || last == "general" && len(ws) == 2 && generalOffices[ws[0]]
	if !office {
		return false
	}
	name := titleCase(strings.Join(ws, " "))
	for _, p := range a.paras {
		if strings.Contains(p.text, name) {
			return true
		}
	}
	return false
}

// possessiveMatter finds a person's possessive and its noun in a
// sentence: "Sir Edward's hopes of a deal", "Mr Smith's departure".
var possessiveMatter = regexp.MustCompile(`\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?:'s|’s) ([a-z]+)(?: of (a |an |the )?([a-z]+))?`)

// matterHeadsOff are nouns a possessive titles nothing by: the person's
// own circle, a word standing for anything, a part of speech the tagger
// may take for a noun.
var matterHeadsOff = set(`own|wife|husband|son|daughter|father|mother|brother|sister|family|friend|friends|colleague|colleagues|
aide|aides|successor|predecessor|deputy|lawyer|lawyers|office|spokesman|spokeswoman|spokesperson|view|views|words|comments|remarks|statement|part|side|way|thing|things|time|
first|last|second|new|old|former|latest|best|own|name|home|house`)

// personMatterTitle is the title of later theme g from the possessive
// of a person in one of its two most central sentences, outside
// quotation marks (see above), or "". The person must be named in
// the theme as a person, written once at least in full or after a
// title of address ("Doug Smith", "Mr Smith"); the noun must be a noun
// in the sentence, not an office or a body, and not a word of the
// person's circle; an object after "of" is kept where it is a noun that
// ends its phrase. The title keeps the name as the sentence writes it,
// but for "Mr", "Mrs", "Ms", "Miss" and "Dr".
func (a *article) personMatterTitle(g []int, used map[string]bool) string {
	sents := a.sentencesOf(g)
	if len(sents) == 0 {
		return ""
	}
	saved := make([]float64, len(sents))
	for i, s := range sents {
		saved[i] = s.score
	}
	rankSentences(sents)
	order := make([]*sentence, 0, len(sents))
	for _, s := range sents {
		if !strings.HasSuffix(s.text, "?") {
			order = append(order, s)
		}
	}
	for i, s := range sents {
		s.score, saved[i] = saved[i], s.score
	}
	// The two most central sentences, by the theme's own ranking.
	rank := map[*sentence]float64{}
	for i, s := range sents {
		rank[s] = saved[i]
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && rank[order[j]] > rank[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	if len(order) > 2 {
		order = order[:2]
	}
	people := map[string]bool{}
	for _, s := range sents {
		for _, sp := range s.spans {
			if sp.kind == kPerson {
				if sn := surname(sp.text); sn != "" {
					people[sn] = true
				}
			}
		}
	}
	full := a.fullNamed()
	for _, s := range order {
		for _, m := range possessiveMatter.FindAllStringSubmatchIndex(s.text, -1) {
			if inQuotes(s.text, m[0]) {
				continue
			}
			name := s.text[m[2]:m[3]]
			nameWs := strings.Fields(name)
			if addressTitles[strings.ToLower(nameWs[0])] && len(nameWs) > 1 && nameWs[0] != "Sir" && nameWs[0] != "Dame" && nameWs[0] != "Lord" && nameWs[0] != "Lady" {
				nameWs = nameWs[1:]
			}
			sn := surname(name)
			if sn == "" || !people[sn] || !full[sn] || len(nameWs) > 2 {
				continue
			}
			head := s.text[m[4]:m[5]]
			if matterHeadsOff[head] || heldOffice([]string{head}) || officeTitleHeads[head] || !a.nounIn(s, head) {
				continue
			}
			t := strings.Join(nameWs, " ") + "'s " + titleCase(head)
			if m[8] >= 0 {
				obj := s.text[m[8]:m[9]]
				if a.nounIn(s, obj) && !a.nounAfter(s, m[9]) && !matterHeadsOff[obj] {
					det := ""
					if m[6] >= 0 {
						det = s.text[m[6]:m[7]]
					}
					t += " of " + det + titleCase(obj)
					t = strings.Replace(t, " of A ", " of a ", 1)
					t = strings.Replace(t, " of An ", " of an ", 1)
					t = strings.Replace(t, " of The ", " of the ", 1)
				}
			}
			if used[strings.ToLower(t)] || nearUsed(t, used) || !titleShaped(t) {
				continue
			}
			return t
		}
	}
	return ""
}

// nounIn reports whether word w is tagged a noun in sentence s.
func (a *article) nounIn(s *sentence, w string) bool {
	for _, tk := range s.toks {
		if tk.text == w && strings.HasPrefix(tk.tag, "NN") && !strings.HasPrefix(tk.tag, "NNP") {
			return true
		}
	}
	return false
}

// nounAfter reports whether the word after byte offset i of s's text is
// a noun: the phrase goes on ("a deal breaker").
func (a *article) nounAfter(s *sentence, i int) bool {
	rest := strings.Fields(s.text[i:])
	if len(rest) == 0 {
		return false
	}
	w := strings.Trim(rest[0], ".,;:!?\"“”'’")
	if w == "" || w != rest[0] {
		return false
	}
	return a.nounIn(s, w)
}
