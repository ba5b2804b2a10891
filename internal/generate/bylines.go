package generate

import (
	"regexp"
	"strings"
)

// A column names its writer twice, and neither is what it says: a
// standfirst that ends on who argues it ("…, at least for some, argues
// technology analyst Bill Thompson.") and a closing note on who the
// writer is ("Bill Thompson is a regular commentator on the BBC World
// Service programme Go Digital.", "Clark Boyd is technology correspondent
// for The World, …"). A blank over the writer's name, or an item on the
// note, asks who wrote the piece. So markBylines finds them:
//   - an author's note is the article's last paragraph, short, one or
//     two sentences, opened by a name of two or three capitalised words
//     and "is" or "was", with a writing trade in it (writerRoles), whose
//     name the body never says: its sentences carry no item and title no
//     theme (sentence.byline);
//   - a standfirst's writer is a name of two or three capitalised words
//     that ends the first paragraph's sentence after a verb of view
//     ("argues", "writes") and lower-case words only, where the body
//     never says it: it makes no blank (span.writer).

// writerRoles are the trades of a piece's writer in an author's note.
var writerRoles = set(`commentator|correspondent|columnist|editor|writer|author|analyst|journalist|reporter|presenter|
contributor|broadcaster|blogger|critic`)

// noteOpen matches a note's opening name and verb: "Bill Thompson is ".
var noteOpen = regexp.MustCompile(`^((?:[A-Z][\p{L}'’.-]+ ){1,2}[A-Z][\p{L}'’-]+) (?:is|was) `)

// standfirstEnd matches a standfirst's end on its writer: ", argues
// technology analyst Bill Thompson."
var standfirstEnd = regexp.MustCompile(`[,;] (\p{Ll}+)((?: \p{Ll}[\p{Ll}-]*){0,4}) ((?:[A-Z][\p{L}'’.-]+ ){1,2}[A-Z][\p{L}'’-]+)\.$`)

// markBylines marks an author's note and a standfirst's writer (see
// above).
func (a *article) markBylines() {
	// "BBC Sport examines …": the outlet introducing the piece
	// (outlet_line.go).
	for _, s := range a.sents {
		if outletLine(s) {
			s.byline = true
		}
	}
	n := len(a.paras)
	if n < 3 {
		return
	}
	// bodySays reports whether a paragraph other than the first and the
	// note says name's last word.
	bodySays := func(name string, note int) bool {
		ws := strings.Fields(name)
		last := ws[len(ws)-1]
		for i, p := range a.paras {
			if i == 0 || i == note {
				continue
			}
			if hasWord(" "+key(p.text)+" ", key(last)) {
				return true
			}
		}
		return false
	}
	note := -1
	if p := a.paras[n-1]; len(p.sents) > 0 && len(p.sents) <= 2 && len(strings.Fields(p.text)) <= 40 {
		if m := noteOpen.FindStringSubmatch(p.sents[0].text); m != nil && !bodySays(m[1], n-1) {
			for _, w := range strings.Fields(strings.ToLower(p.sents[0].text[len(m[0]):])) {
				if writerRoles[strings.Trim(w, ".,;:")] {
					note = n - 1
					break
				}
			}
		}
	}
	if note >= 0 {
		for _, s := range a.paras[note].sents {
			s.byline = true
		}
	}
	for _, s := range a.paras[0].sents {
		m := standfirstEnd.FindStringSubmatchIndex(s.text)
		if m == nil {
			continue
		}
		verb := s.text[m[2]:m[3]]
		if !speechVerbs[verb] && verb != "writes" && verb != "asks" {
			continue
		}
		name := s.text[m[6]:m[7]]
		if bodySays(name, note) {
			continue
		}
		for _, sp := range s.spans {
			if sp.start >= m[6] && sp.end <= m[7] {
				sp.writer = true
			}
		}
	}
}
