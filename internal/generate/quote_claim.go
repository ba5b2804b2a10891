package generate

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A quoted claim, a word that points outside the sentence, and a blank
// over the title of a person named just before. Both blind judges of a
// report on advertising on file-sharing networks edited a card that
// opened on the article's stray quotation mark ("'Networks like eDonkey,
// Kazaa and Grokster facilitate _____.", the BPI's words, their closing
// mark a sentence later), rejected a statement that leaned on what came
// before ("OneTel adverts were spotted on eDonkey this week and its
// response was typical") and a blank over a job title ("Paul Myers,
// _____ of Wippit …"). Such items are held back, not dropped: they stay
// under "More drafts".

// quoteClaimHeld reports whether item it is held back for a quotation
// mark with no partner that no speaker can be named for, or for a
// comparison with what the article tells elsewhere; an item on a
// quotation whose speaker is plain is rewritten to name them
// (attributeQuote).
func quoteClaimHeld(it *item) bool {
	return strayQuote(it.sent) && !attributeQuote(it) || outsideComparison(it.sent)
}

// strayQuote reports whether sentence s carries a quotation mark with no
// partner in it: an odd number of straight double marks, opening and
// closing curly marks that do not pair, or a single mark opening the
// sentence that nothing after it closes. An item copies the mark, and
// states as the article's own a claim the next sentence gives a speaker.
func strayQuote(s *sentence) bool {
	if s == nil {
		return false
	}
	t := strings.TrimSpace(s.text[datelineEnd(s.text):])
	if strings.Count(t, `"`)%2 == 1 || strings.Count(t, "“") != strings.Count(t, "”") {
		return true
	}
	r, n := utf8.DecodeRuneInString(t)
	if r != '\'' && r != '‘' {
		return false
	}
	rest := t[n:]
	for i, c := range rest {
		if c != '\'' && c != '’' {
			continue
		}
		// A closing mark ends a word and is not followed by a letter:
		// "it's" and "O'Neill" are no closing marks.
		prev, _ := utf8.DecodeLastRuneInString(rest[:i])
		next, _ := utf8.DecodeRuneInString(rest[i+utf8.RuneLen(c):])
		if i > 0 && !unicode.IsSpace(prev) && !unicode.IsLetter(next) {
			return false
		}
	}
	return true
}

// outsideComparison reports whether s judges its subject against
// something the article tells elsewhere, outside any quotation:
// "similarly", or "typical" said of it with nothing after to say of what
// ("its response was typical"; not "typical of the era").
func outsideComparison(s *sentence) bool {
	if s == nil {
		return false
	}
	for i, t := range s.toks {
		w := strings.ToLower(t.text)
		if w != "similarly" && w != "typical" || quotedAt(s.text, t.start) {
			continue
		}
		switch w {
		case "similarly":
			return true
		case "typical":
			if i == 0 || !beForms[strings.ToLower(s.toks[i-1].text)] {
				continue
			}
			if i+1 >= len(s.toks) {
				return true
			}
			switch s.toks[i+1].text {
			case ".", ",", ";", "!", "and", "but":
				return true
			}
		}
	}
	return false
}

// beForms are the forms of "be" that put "typical" after its subject.
var beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true}

// appositiveTitleBlank reports whether the blank sp sits in an
// apposition just after a person's name, before any verb: the title
// ("Paul Myers, _____ of Wippit") or the organisation it is of ("Paul
// Myers, chief executive of _____"). What the sentence teaches is what
// the person says or does.
func appositiveTitleBlank(s *sentence, sp *span) bool {
	if s == nil || sp == nil || sp.kind == kPerson {
		return false
	}
	start := sp.blankStart()
	var person *span
	for _, o := range s.spans {
		if o.kind == kPerson && o.end <= start && (person == nil || o.end > person.end) {
			person = o
		}
	}
	if person == nil || !strings.HasPrefix(s.text[person.end:], ",") {
		return false
	}
	words := 0
	for _, t := range s.toks {
		if t.start < person.end || t.start >= start {
			continue
		}
		if t.start > person.end && t.text == "," || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
			return false
		}
		words++
	}
	if words > 6 {
		return false
	}
	// The title is lowercase words: "chief executive", not a second name.
	if sp.kind == kTerm {
		f := strings.Fields(sp.text)
		return len(f) > 0 && isLowerWord(f[0])
	}
	return words > 1
}

// closeSaidRE: a quotation's closing mark and who said it: `…," it said`,
// `…," Mr Mulligan added`.
var closeSaidRE = regexp.MustCompile(`["”’']\s*,?\s+(?:(he|she|it|they)|((?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+(?:said|says|added|adds)\b`)

// quoteSpeaker is who says the quotation s opens and does not close, where
// the article says it plainly: a later sentence of the paragraph closes it
// before "he said" or "Mr Mulligan added", and a pronoun stands for what
// the sentence before s opens on (a person for "he" or "she", else an
// organisation): "The BPI is equally quick to condemn …" before
// "'Networks like eDonkey, Kazaa and Grokster facilitate illegal
// filesharing." and "… through their advertising revenue," it said in a
// statement." gives "The BPI". "" otherwise.
func quoteSpeaker(s *sentence) string {
	if s == nil || s.para == nil || datelineEnd(s.text) != 0 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s.text)
	if !strings.ContainsRune(`"“'‘`, r) {
		return ""
	}
	k := slices.Index(s.para.sents, s)
	if k < 1 {
		return ""
	}
	var m []string
	for _, o := range s.para.sents[k+1:] {
		if m = closeSaidRE.FindStringSubmatch(o.text); m != nil || strings.ContainsAny(o.text, `"“”`) {
			break
		}
	}
	if m == nil {
		return ""
	}
	if m[2] != "" {
		return m[2]
	}
	prev := s.para.sents[k-1]
	if len(prev.spans) == 0 {
		return ""
	}
	sp := prev.spans[0]
	if lead := prev.text[:sp.blankStart()]; lead != "" && lead != "The " {
		return ""
	}
	switch {
	case (m[1] == "he" || m[1] == "she") && sp.kind == kPerson:
	case (m[1] == "it" || m[1] == "they") && sp.kind == kOrg:
	default:
		return ""
	}
	return prev.text[:sp.end]
}

// attributeQuote rewrites an item on a quotation s opens and does not
// close to say whose claim it is, "The BPI says networks like …", and
// reports whether it did.
func attributeQuote(it *item) bool {
	s := it.sent
	who := quoteSpeaker(s)
	if who == "" {
		return false
	}
	_, n := utf8.DecodeRuneInString(s.text)
	f := strings.Fields(s.text[n:])
	if len(f) < 3 {
		return false
	}
	first := f[0]
	said := first
	proper := false
	for _, sp := range s.spans {
		if sp.start == n && sp.kind.proper() {
			proper = true
		}
	}
	if !proper && first != "I" {
		r, w := utf8.DecodeRuneInString(first)
		said = string(unicode.ToLower(r)) + first[w:]
	}
	old := s.text[:n] + first
	repl := who + " says " + said
	done := false
	for _, p := range []*string{itemPromptPtr(it), itemFrontPtr(it)} {
		if p != nil && strings.Contains(*p, old) {
			*p = strings.Replace(*p, old, repl, 1)
			done = true
		}
	}
	return done
}

func itemPromptPtr(it *item) *string {
	if it.q == nil {
		return nil
	}
	return &it.q.Prompt
}

func itemFrontPtr(it *item) *string {
	if it.c == nil {
		return nil
	}
	return &it.c.Front
}
