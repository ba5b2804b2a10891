package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Titles lifted from a quotation, said once, or vague alone. Short
// reports split in two or three were titled by a phrase of one speaker's
// quotation ("Crucial Test" of a shadow minister's "a crucial test of
// how firmly …", "Poverty Pay" of a premier's "poverty pay capped the
// aspiration …"), by a phrase one sentence of the theme says ("Windfall
// Tax", "Income Tax"), or by a word that names nothing alone ("Plans",
// "Labour's Election", "Knapman's Account"). Blind judges called every
// one bad: a detail, a phrase lifted from a quote, too vague. Once the
// split is decided (late_title.go), such a title of a short report under
// a sentence headline is given up: the opening takes the headline
// (openingHeadline), a later theme the noun compound its sentences keep
// saying outside quotation marks, in two of its paragraphs at least
// (lateTermTitle); where none does and the theme is thin it joins the
// theme before it (body_join.go, joinBareLater).

// vagueTitleHeads name nothing alone, or after a possessive: "Plans",
// "Labour's Election", "Knapman's Account".
var vagueTitleHeads = set(`plan|plans|test|tests|account|accounts|election|elections|proposal|proposals|issue|issues|matter|matters|move|moves|question|questions|case|remarks|comments|claims|view|views|idea|ideas|details|news`)

// lateWeakTitle reports whether title t of theme g, words after a
// possessive, names no matter of g's: a vague word alone
// (vagueTitleHeads), or, with no possessive, a phrase lifted from g's
// sentences that they say outside quotation marks in one sentence at
// most (none, where it is lifted from a quotation). A title composed of
// words no sentence says together ("Bridge Repairs") is not judged
// here.
func (a *article) lateWeakTitle(t string, g []int) bool {
	ws := strings.Fields(strings.ToLower(withoutThe(t)))
	owned := len(ws) > 1 && (strings.HasSuffix(ws[0], "'s") || strings.HasSuffix(ws[0], "’s"))
	if owned {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	if len(ws) == 1 && vagueTitleHeads[ws[0]] {
		return true
	}
	if owned {
		return a.ownedWeakTitle(t, g) || a.adjectiveOwnerTitle(t) // owned_weak_title.go, adjective_owner_title.go; "Hale's Promise" is not said
	}
	phrase := strings.Join(ws, " ")
	outside, said, named := 0, false, false
	for _, s := range a.sentencesOf(g) {
		low := strings.ToLower(s.text)
		out := false
		for _, at := range wordsAt(low, phrase) {
			said = true
			if s.text[at] >= 'A' && s.text[at] <= 'Z' && !sentenceStart(s.text, at) {
				named = true // a name the report writes with capitals
			}
			if !inQuotes(s.text, at) {
				out = true
			}
		}
		if out {
			outside++
		}
	}
	return said && !named && outside <= 1
}

// wordsAt returns where phrase stands as whole words in low (a
// lower-cased text), a plural "s" allowed after it.
func wordsAt(low, phrase string) []int {
	var at []int
	for i := 0; i < len(low); {
		j := strings.Index(low[i:], phrase)
		if j < 0 {
			break
		}
		k := i + j
		i = k + len(phrase)
		if wordBoundary(low, k, k+len(phrase)) {
			at = append(at, k)
		}
	}
	return at
}

// wordBoundary reports whether s[i:j] stands as whole words in s.
func wordBoundary(s string, i, j int) bool {
	letter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' }
	if i > 0 && letter(s[i-1]) {
		return false
	}
	if j < len(s) && letter(s[j]) && !(s[j] == 's' && (j+1 == len(s) || !letter(s[j+1]))) {
		return false
	}
	return true
}

// sentenceStart reports whether byte i of text opens it, past any
// opening quotation mark.
func sentenceStart(text string, i int) bool {
	return strings.TrimLeft(text[:i], "\"“‘' ") == ""
}

// lateTermTitle is the title of later theme g from the two-word noun
// compound its sentences say outside quotation marks in the most of
// them, two at least and in two of its paragraphs (one where g is one
// paragraph), not used and not near a used title; else "".
func (a *article) lateTermTitle(g []int, used map[string]bool) string {
	sents := a.sentencesOf(g)
	count, form, order := compounds(sents)
	inParas := map[string]map[*para]bool{}
	for _, s := range sents {
		c, _, _ := compounds([]*sentence{s})
		for k := range c {
			if inParas[k] == nil {
				inParas[k] = map[*para]bool{}
			}
			inParas[k][s.para] = true
		}
	}
	best := ""
	for _, k := range order {
		if count[k] < 2 || len(inParas[k]) < min(2, len(g)) {
			continue
		}
		t := titleCase(form[k])
		if used[strings.ToLower(t)] || nearUsed(t, used) || nearUsedStem(form[k], used) || !titleShaped(t) {
			continue
		}
		if best == "" || count[k] > count[best] {
			best = k
		}
	}
	if best == "" {
		return ""
	}
	return titleCase(form[best])
}

// weakJoinable reports whether later theme t of a report may join the
// theme before it though it proposes four items or more: its title is
// weak (lateWeakTitle) and the report is told through its people's
// words, two of its sentences at least saying who said what
// (reportVerbs), as every report the judges read that way was. An
// explainer titled by a phrase said once ("Fresh Water") keeps its
// split: joined whole, its one theme would ask too much of one kind.
func (a *article) weakJoinable(t quiz.Theme) bool {
	if !a.lateWeakTitle(t.Title, t.Paragraphs) {
		return false
	}
	n := 0
	for _, s := range a.sents {
		for _, tk := range s.toks {
			if reportVerbs[strings.ToLower(tk.text)] {
				n++
				break
			}
		}
	}
	return n >= 2
}
