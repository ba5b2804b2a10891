package generate

import (
	"regexp"
	"strings"
)

// Other names of an answer that the article itself uses. Blind judges
// asked a fill-in on "Downing Street" (the prime minister's office) to
// accept "Number 10" and "No 10", which the report wrote for it in
// other sentences, and a fill-in on "backbench Labour MPs" to accept
// "Labour MPs".

// numberTenRE finds the article's short names of the prime minister's
// office: "Number 10", "No 10", "No. 10".
var numberTenRE = regexp.MustCompile(`\b(?:Number|No\.?) 10\b`)

// officeForms are the other names of the prime minister's office for an
// answer that is one of them ("Downing Street", "Number 10", "No 10"),
// where the article writes a short name for it: the learner may type
// any. In an article that never writes "Number 10" or "No 10", "Downing
// Street" is only a street.
func (a *article) officeForms(text string) []string {
	k := key(text)
	k = strings.TrimPrefix(k, "the ")
	if k != "downing street" && k != "number 10" && k != "no 10" {
		return nil
	}
	short := false
	for _, s := range a.sents {
		if numberTenRE.MatchString(s.text) {
			short = true
			break
		}
	}
	if !short {
		return nil
	}
	var out []string
	for _, f := range []string{"Downing Street", "Number 10", "No 10"} {
		if key(f) != k {
			out = append(out, f)
		}
	}
	return out
}

// leadingAdjectiveForm is a group's name without the lowercase adjective
// before it: "Labour MPs" for "backbench Labour MPs", where a name and a
// plural noun follow the adjective (the name says which group; the
// adjective only narrows it). "" otherwise.
func leadingAdjectiveForm(text string) string {
	f := strings.Fields(text)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) != 3 || !isLowerWord(f[0]) || !startsUpper(f[1]) || allUpper(f[1]) || !pluralGroup(f[2]) {
		return ""
	}
	return f[1] + " " + f[2]
}

// qualifierForm is a name without the body that opens it, where the
// article itself writes it so: "Habitats Directive" for "EU Habitats
// Directive" in an article that also writes "the Habitats Directive"
// alone. The opening word is an acronym of two to five capitals, and what
// is left a name of two words or more.
func (a *article) qualifierForm(text string) string {
	f := strings.Fields(strings.TrimPrefix(text, "the "))
	if len(f) < 3 || len(f[0]) < 2 || len(f[0]) > 5 || !allUpper(f[0]) || !startsUpper(f[1]) || allUpper(f[1]) {
		return ""
	}
	rest := strings.Join(f[1:], " ")
	alone, whole := 0, 0
	for _, p := range a.paras {
		alone += strings.Count(p.text, rest)
		whole += strings.Count(p.text, f[0]+" "+rest)
	}
	if alone <= whole {
		return ""
	}
	return rest
}
