package generate

import "strings"

// A fronted phrase that sums up another statement. A biography often
// opens a sentence on what the one before or after tells at length:
// "After studying architecture and then drama, Cartier began his career
// …" beside "Born in Vienna, Cartier initially studied to become an
// architect, before changing career paths and enrolling to study drama
// …". Quoted whole, the two true statements test the same fact, and
// judges rejected the second as a repeat (set 21). frontedRestates
// reports whether sentence x opens on a phrase set off by a comma (a
// preposition's or a participle's, of at most ten words) whose content
// words, two or more and none of them the subject's name, all stand in
// sentence y, in the same word or one of the same stem ("studying",
// "studied"; "architecture", "architect"). sameFact then holds the
// weaker of the two statements back.

// frontedRestates is described above.
func (a *article) frontedRestates(x, y *sentence) bool {
	if x == y || len(x.toks) < 4 {
		return false
	}
	switch t := x.toks[0].tag; {
	case t == "IN", t == "VBG", t == "VBN":
	default:
		return false
	}
	text := x.text[datelineEnd(x.text):]
	i := strings.Index(text, ", ")
	if i <= 0 {
		return false
	}
	phrase := strings.Fields(strings.ToLower(text[:i]))
	if len(phrase) > 10 {
		return false
	}
	_, short := a.biographySubject()
	var other []string
	for _, w := range strings.Fields(strings.ToLower(y.text)) {
		other = append(other, strings.Trim(w, `.,;:'"’“”()`))
	}
	content := 0
	for _, w := range phrase[1:] {
		w = strings.Trim(w, `.,;:'"’“”()`)
		if len(w) < 4 || stopwords[w] || frontedFunction[w] || short != "" && w == strings.ToLower(short) {
			continue
		}
		content++
		found := false
		for _, o := range other {
			if sameStem(w, o) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return content >= 2
}

// frontedFunction are words of a fronted phrase that carry no fact.
var frontedFunction = set(`then|also|both|first|later|after|before|during|while|being|having|with|from|into|their|there`)

// sameStem reports whether two words are one, or share a stem: a common
// beginning of at least four letters that leaves at most four letters of
// either word ("studying", "studied"; not "career", "carefully").
func sameStem(w, o string) bool {
	if w == o {
		return true
	}
	n := 0
	for n < len(w) && n < len(o) && w[n] == o[n] {
		n++
	}
	shorter := min(len(w), len(o))
	return n >= 4 && shorter >= 5 && len(w)-n <= 4 && len(o)-n <= 4
}
