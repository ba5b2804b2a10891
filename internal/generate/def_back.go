package generate

import (
	"strings"
	"unicode"
)

// A definition card teaches what a term is, so its back must be a
// description a reader could learn: a noun phrase or clause that says
// what the term is. The sentence patterns that find definitions ("X is a
// …", "X, a …,", "role, Name,") also match text that is no description:
// a possessive cut from its owner ("'s father"), the term's name in
// another script, another name, someone's words in quotation marks, or a
// phrase that points back to an earlier sentence ("the founder of that
// institute"). defBackOK keeps these off the back of a card.

// defBackOK reports whether def may be the back of a definition card for
// term, found in sentence s by rule.
func defBackOK(s *sentence, term, def, rule string) bool {
	r := []rune(strings.TrimSpace(def))
	if len(r) == 0 || !unicode.IsLetter(r[0]) && !unicode.IsDigit(r[0]) {
		return false // "'s father", "“real problem”"
	}
	if strings.ContainsAny(def, "\"“”‘’'") && !possessiveOnly(def) {
		return false // a quotation, or a fragment of one
	}
	if mainScript(term) != mainScript(def) {
		return false // a name in another script, or its transliteration
	}
	if pointsBack(def) {
		return false
	}
	if rule != "acronym" && bareName(def) {
		return false // another name of the term says nothing of what it is
	}
	if s != nil && (rule == "is-a" || rule == "called") && quotedSpeech(s) {
		// "X is a …" in someone's words is their view, not a definition.
		return false
	}
	if s != nil && termQuoted(s.text, term) {
		return false
	}
	return true
}

// possessiveOnly reports whether every apostrophe in text marks a
// possessive inside a word ("Germany’s top diplomat"), not a quotation.
func possessiveOnly(text string) bool {
	r := []rune(text)
	for i, c := range r {
		switch c {
		case '"', '“', '”':
			return false
		case '\'', '’', '‘':
			if i == 0 || i+1 >= len(r) || !unicode.IsLetter(r[i-1]) || !unicode.IsLetter(r[i+1]) {
				return false
			}
		}
	}
	return true
}

// mainScript names the writing system most of a text's letters are in:
// "Latin", "Cyrillic", "Greek", … or "" for a text without letters.
func mainScript(text string) string {
	count := map[string]int{}
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		name := "other"
		for n, tab := range scripts {
			if unicode.Is(tab, r) {
				name = n
				break
			}
		}
		count[name]++
	}
	best, n := "", 0
	for _, name := range scriptOrder {
		if count[name] > n {
			best, n = name, count[name]
		}
	}
	return best
}

var scripts = map[string]*unicode.RangeTable{
	"Latin": unicode.Latin, "Cyrillic": unicode.Cyrillic, "Greek": unicode.Greek,
	"Han": unicode.Han, "Arabic": unicode.Arabic, "Hebrew": unicode.Hebrew,
	"Devanagari": unicode.Devanagari, "Hiragana": unicode.Hiragana, "Katakana": unicode.Katakana,
	"Hangul": unicode.Hangul, "Thai": unicode.Thai, "Armenian": unicode.Armenian, "Georgian": unicode.Georgian,
}

var scriptOrder = []string{"Latin", "Cyrillic", "Greek", "Han", "Arabic", "Hebrew", "Devanagari",
	"Hiragana", "Katakana", "Hangul", "Thai", "Armenian", "Georgian", "other"}

// pointsBack reports whether a description leans on what came before it:
// a pronoun or a demonstrative ("the founder of that institute", "his
// brother", "these ships").
func pointsBack(def string) bool {
	f := strings.Fields(strings.ToLower(def))
	for i, w := range f {
		w = strings.Trim(w, ",;:.()")
		switch w {
		case "it", "they", "them", "he", "him", "she", "hers", "theirs", "such":
			return true
		case "its", "their", "his", "her":
			// "His father": whose? "A post with its own laws" is the
			// term's own.
			if i == 0 {
				return true
			}
		case "this", "that", "these", "those":
			// "that institute": a determiner; "a tool that cuts": a
			// relative pronoun, which opens a clause about the noun.
			if i+1 < len(f) && !(i > 0 && !isDeterminerSlot(f[i-1])) {
				return true
			}
		}
	}
	return false
}

// isDeterminerSlot reports whether a word may stand before a determiner
// "that" ("of that institute", "in these ports") rather than before a
// relative "that" (after a noun: "a tool that cuts").
func isDeterminerSlot(w string) bool {
	return smallTitleWords[w] || w == "about" || w == "over" || w == "under" || w == "through" || w == "after" || w == "before" || w == "during"
}

// bareName reports whether a description is only a name: every word
// capitalised or a small joining word, and no determiner before it ("The
// president of South Vietnam" is a description; "Abram Koval", "Jurij
// Koval" are names).
func bareName(def string) bool {
	f := strings.Fields(def)
	if len(f) == 0 {
		return true
	}
	if w := strings.ToLower(f[0]); w == "a" || w == "an" || w == "the" {
		return false
	}
	for _, w := range f {
		w = strings.Trim(w, ",;:.()")
		if w == "" || smallTitleWords[strings.ToLower(w)] {
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
	}
	return true
}

// termQuoted reports whether the term's first mention in a sentence is
// inside quotation marks: a phrase someone said, not a term the article
// defines.
func termQuoted(text, term string) bool {
	i := strings.Index(strings.ToLower(text), strings.ToLower(term))
	if i < 0 {
		return false
	}
	before := text[:i]
	return strings.Count(before, `"`)%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

// cutList reports whether an appositive cut at the comma ending at byte
// at of s stops inside a list: the text after the cut goes on with more
// members and an "and" or "or" ("a consortium of the museums commission,
// delegates of the king, and curators of …"), before any verb, so the back
// would stop half-way. A verb first ("…, said that …, and …") ends the
// appositive.
func cutList(s *sentence, at int) bool {
	commas := 0
	for i, t := range s.toks {
		if t.start < at {
			continue
		}
		// "delegates of the king": a noun the tagger took for a verb.
		nounOf := i+1 < len(s.toks) && s.toks[i+1].text == "of"
		if (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") && !nounOf {
			return false
		}
		if t.text == "," {
			commas++
			if commas > 3 {
				return false
			}
			if i+1 < len(s.toks) && (s.toks[i+1].text == "and" || s.toks[i+1].text == "or") {
				return true
			}
		}
	}
	return false
}

// dropExamples cuts a list of examples off the end of a description:
// "a key component for innovations including 5G networks" (the list goes
// on past the comma) becomes "a key component for innovations".
func dropExamples(desc string) string {
	ld := strings.ToLower(desc)
	for _, w := range []string{" including ", " such as ", " among them "} {
		if i := strings.Index(ld, w); i > 0 {
			return strings.TrimRight(desc[:i], ", ")
		}
	}
	return desc
}
