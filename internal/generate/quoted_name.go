package generate

import (
	"regexp"
	"strings"
)

// A kind named in quotation marks the sentence before. A report gives a
// thing its name in quotation marks once and then calls it by its kind:
// `The open leaf like "i unit" vehicle is the latest version … Built
// using …, the single passenger unit is equipped …`; `… or apply for a
// Home Office 'certificate of marriage approval'. To get a certificate,
// costing £135, applicants …`. Quoted alone, the second sentence says
// neither which unit nor which certificate (blind judges: E CONTEXT,
// "name Toyota's i unit", "'A certificate' needs naming as the
// certificate of marriage approval").
//
// quotedNameEdit puts the name in where the sentence right before, in
// the same paragraph, quotes exactly one short name whose kind is the
// phrase's head noun: the name's last word ("i unit" for "the single
// passenger unit") or, in a name of the form "<kind> of …", its first
// ("certificate of marriage approval" for "a certificate"). A name
// ending in the kind keeps its quotation marks, which mark it as a name
// ("the "i unit""); a "<kind> of …" name is a fuller description of the
// kind and is written as words ("a certificate of marriage approval").
// The phrase is "the" with up to three modifiers and the noun, or, for a
// "<kind> of …" name, "a" or "an" and the noun alone; a phrase that says
// which one itself ("the unit at the show", "the unit's maker") is left
// as it is. A run of words in quotation marks is a name only where it
// has no more than four words and no verb of saying comes before it in
// its sentence or just after it: a speaker's "clear choice" is words,
// not a name.

// quotedRunRE finds a short run in quotation marks: straight or curly,
// double or single.
var quotedRunRE = regexp.MustCompile(`(?:"([^"]{1,40})"|“([^”]{1,40})”|'([^']{1,40})'|‘([^’]{1,40})’)`)

// quotedName is a name the sentence before quotes.
type quotedName struct {
	quoted string // as written, with its marks: `"i unit"`
	words  string // without them: `i unit`
	last   bool   // the kind is its last word, not its first
}

// quotedNamesOf lists the short quoted names of sentence p whose kind is
// noun.
func quotedNamesOf(p *sentence, noun string) []quotedName {
	var out []quotedName
	for _, m := range quotedRunRE.FindAllStringSubmatchIndex(p.text, -1) {
		words := ""
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				words = p.text[m[g]:m[g+1]]
			}
		}
		f := strings.Fields(words)
		if len(f) == 0 || len(f) > 4 || words != strings.TrimSpace(words) {
			continue
		}
		// An apostrophe inside a word is no quotation mark: "Britain's
		// 'bot nets'" is matched from its real marks only.
		if m[0] > 0 && isLetterByte(p.text[m[0]-1]) {
			continue
		}
		if saidNear(p, m[0], m[1]) {
			continue
		}
		q := quotedName{quoted: p.text[m[0]:m[1]], words: words}
		switch {
		case strings.EqualFold(f[len(f)-1], noun) && len(f) > 1:
			q.last = true
		case len(f) > 2 && strings.EqualFold(f[0], noun) && f[1] == "of":
		default:
			continue
		}
		out = append(out, q)
	}
	return out
}

// isLetterByte reports whether b is an ASCII letter.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// saidNear reports whether a verb of saying stands before byte i of p or
// in the two words after byte j: then the run in quotation marks between
// them may be somebody's words, and is not taken for a name.
func saidNear(p *sentence, i, j int) bool {
	qi, qj := len(p.toks), len(p.toks)
	for k, t := range p.toks {
		if t.start >= i && qi == len(p.toks) {
			qi = k
		}
		if t.start >= j && qj == len(p.toks) {
			qj = k
		}
	}
	for k, t := range p.toks {
		w := strings.ToLower(t.text)
		if !speechVerbs[w] && !reportVerbs[w] {
			continue
		}
		if k < qi || k >= qj && k <= qj+1 {
			return true
		}
	}
	return false
}

// quotedNameEdit is the edit putting in the quoted name the sentence
// before gave the thing s calls by its kind; ok is false where there is
// none, or more than one.
func (a *article) quotedNameEdit(s *sentence) (edit, bool) {
	if s == nil || s.para == nil || s.idx == 0 || s.idx-1 >= len(a.sents) {
		return edit{}, false
	}
	p := a.sents[s.idx-1]
	if p.para != s.para {
		return edit{}, false
	}
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		det := strings.ToLower(toks[i].text)
		if det != "the" && det != "a" && det != "an" || quotedAt(s.text, toks[i].start) {
			continue
		}
		head := -1
		j := i + 1
		for ; j < len(toks) && j <= i+4; j++ {
			tg := toks[j].tag
			if (tg == "NN" || tg == "NNS") && isLowerWord(toks[j].text) {
				head = j
				continue
			}
			if (tg == "JJ" || tg == "VBN") && head < 0 && isLowerWord(toks[j].text) {
				continue
			}
			break
		}
		if head < 0 || head != j-1 {
			continue
		}
		if j < len(toks) && (toks[j].tag == "POS" || strings.HasPrefix(toks[j].tag, "NN")) || restrictedAfter(s.text[toks[head].end:]) {
			continue
		}
		noun := strings.ToLower(toks[head].text)
		if len(noun) < 3 {
			continue
		}
		names := quotedNamesOf(p, noun)
		if len(names) != 1 {
			continue
		}
		q := names[0]
		if strings.Contains(strings.ToLower(s.text), strings.ToLower(q.words)) {
			continue // the sentence names it itself
		}
		old := s.text[toks[i].start:toks[head].end]
		switch {
		case q.last && det == "the":
			return edit{old, toks[i].text + " " + q.quoted}, true
		case !q.last && det != "the" && head == i+1:
			art := "a"
			if strings.ContainsRune("aeiou", rune(strings.ToLower(q.words)[0])) {
				art = "an"
			}
			if startsUpper(toks[i].text) {
				art = upperFirst(art)
			}
			return edit{old, art + " " + q.words}, true
		}
	}
	return edit{}, false
}

// isQuotedNameEdit reports whether e is the edit quotedNameEdit makes
// for s: a true or false statement may carry it, as it carries a name
// put in for "The report".
func (a *article) isQuotedNameEdit(s *sentence, e edit) bool {
	q, ok := a.quotedNameEdit(s)
	return ok && q == e
}
