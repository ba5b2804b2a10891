package generate

import (
	"strconv"
	"strings"
	"unicode"
)

// One figure asked again. A report turns on a figure it gives more than
// once ("the current 24 hour closure power", "close premises for only 24
// hours", "only for 24 hour periods"), and a figure swap drafts a false
// statement from each of its sentences, the same 24 for the same 12. A
// learner who has answered the first knows the others: judges reject the
// second and third as repeats, though their other words differ too much
// for the repeats rule's overlap (repeats.go). figureRepeat tells them:
//
//   - a false statement whose swapped figure, with the same noun ("24
//     hours", "24 hour closure"), or with the same figure swapped in, is
//     swapped by another proposed false statement;
//   - a false statement on a figure and noun that a proposed true
//     statement quotes, or a card or question asks as its answer;
//   - two items whose sentences share a figure and noun the article gives
//     in more than one sentence and name the same person or body.
//
// Of two such items the better scored stays, except that a false
// statement always gives way to the true statement or card that tests its
// figure. holdFigureRepeats holds them back after the repeats rule, never
// where the theme's true/false items would be left dishonest, and the
// theme's next held-back item takes the place.

// figureNouns are a text's "figure noun" pairs: a number in figures (not
// a year) and the stem of the word after it ("24 hours", "24-hour" and
// "24 hour" are all "24 hour").
func figureNouns(text string) map[string]bool {
	out := map[string]bool{}
	for _, f := range figureNounList(text) {
		out[f] = true
	}
	return out
}

// figureNounList is figureNouns in the order of the text.
func figureNounList(text string) []string {
	var ws []string
	for _, f := range strings.Fields(text) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if i := strings.IndexByte(f, '-'); i > 0 && f[0] >= '0' && f[0] <= '9' {
			ws = append(ws, f[:i], f[i+1:])
			continue
		}
		if f != "" {
			ws = append(ws, f)
		}
	}
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		w := ws[i]
		if w[0] < '0' || w[0] > '9' {
			continue
		}
		n, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil || !strings.Contains(w, ",") && n >= 1100 && n <= 2100 && n == float64(int(n)) {
			continue
		}
		noun := strings.ToLower(ws[i+1])
		if !hasLetter(noun) || stopwords[noun] || !isLetters(noun) {
			continue
		}
		out = append(out, strconv.FormatFloat(n, 'f', -1, 64)+" "+stem(noun))
	}
	return out
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// swappedFigure is the figure and noun a false statement made by a
// figure swap changed, and the text swapped in; ok is false for any other
// item.
func (a *article) swappedFigure(it *item) (fig, in string, ok bool) {
	if !strings.HasPrefix(it.rule, "truefalse-swap") || it.sp == nil || !it.sp.kind.numeric() || it.q == nil {
		return "", "", false
	}
	mine := figureNounList(it.sp.text)
	if len(mine) == 0 {
		// The noun follows the span: read it in the sentence.
		rest := it.sent.text
		if it.sp.end <= len(rest) {
			rest = rest[it.sp.start:min(len(rest), it.sp.end+30)]
		}
		mine = figureNounList(rest)
	}
	if len(mine) == 0 {
		return "", "", false
	}
	fig = mine[0]
	return fig, swappedIn(it.sent.text, strings.TrimPrefix(it.q.Prompt, "True or false? ")), true
}

// swappedIn is the text statement puts where sentence has other words:
// what is left of statement once the words the two begin and end with
// are taken off.
func swappedIn(sentence, statement string) string {
	_, put := differingWords(sentence, statement)
	return strings.Join(put, " ")
}

// differingWords are the words of a and of b left once the words the two
// begin and end with are taken off.
func differingWords(a, b string) ([]string, []string) {
	s, t := strings.Fields(a), strings.Fields(b)
	i := 0
	for i < len(s) && i < len(t) && s[i] == t[i] {
		i++
	}
	j := 0
	for j < len(s)-i && j < len(t)-i && s[len(s)-1-j] == t[len(t)-1-j] {
		j++
	}
	return s[i : len(s)-j], t[i : len(t)-j]
}

// testsFigure reports whether item y, proposed, tests figure and noun
// fig: a true statement quoting it, or an item whose answer it is.
func (a *article) testsFigure(y *item, fig string) bool {
	if y.rule == "truefalse-true" {
		return figureNouns(y.sent.text)[fig]
	}
	if strings.HasPrefix(y.rule, "truefalse") || y.sp == nil || !y.sp.kind.numeric() {
		return false
	}
	if figureNouns(y.answer)[fig] {
		return true
	}
	n := strings.SplitN(fig, " ", 2)[0]
	return strings.Contains(" "+key(y.answer)+" ", " "+n+" ") && figureNouns(y.sent.text)[fig]
}

// actors are the last words of the persons and bodies a sentence names
// ("Fox" of "Chris Fox" and of "Mr Fox").
func actors(s *sentence) map[string]bool {
	out := map[string]bool{}
	for _, sp := range s.spans {
		if sp.kind != kPerson && sp.kind != kOrg {
			continue
		}
		f := strings.Fields(sp.key)
		if len(f) > 0 {
			out[f[len(f)-1]] = true
		}
	}
	return out
}

// keyFigure reports whether the article gives figure and noun fig in
// more than one sentence.
func (a *article) keyFigure(fig string) bool {
	n := 0
	for _, s := range a.sents {
		if figureNouns(s.text)[fig] {
			if n++; n > 1 {
				return true
			}
		}
	}
	return false
}

// figureRepeat reports whether item x, proposed, asks a fact item y,
// also proposed, asks by its figure (see above), so that x is the one to
// hold back.
func (a *article) figureRepeat(x, y *item) bool {
	if x == y || x.sent == nil || y.sent == nil {
		return false
	}
	// A blank whose answer y shows (named_answer.go): of two that
	// show each other's, the worse scored.
	if shownAnswer(x, y) && !(shownAnswer(y, x) && x.score > y.score) {
		return true
	}
	better := y.score > x.score
	fx, inx, okx := a.swappedFigure(x)
	fy, iny, oky := a.swappedFigure(y)
	if okx && oky {
		return better && (fx == fy || inx != "" && inx == iny && strings.SplitN(fx, " ", 2)[0] == strings.SplitN(fy, " ", 2)[0])
	}
	if okx && a.testsFigure(y, fx) {
		return true
	}
	if oky && a.testsFigure(x, fy) {
		return false
	}
	if !better || x.sent == y.sent {
		return false
	}
	shared := false
	for f := range figureNouns(x.sent.text) {
		if figureNouns(y.sent.text)[f] && a.keyFigure(f) {
			shared = true
			break
		}
	}
	if !shared {
		return false
	}
	ay := actors(y.sent)
	for w := range actors(x.sent) {
		if ay[w] {
			return true
		}
	}
	return false
}

// figureRepeatsAny reports whether it repeats any of kept by its figure,
// either way round.
func (a *article) figureRepeatsAny(it *item, kept []*item) bool {
	for _, k := range kept {
		if a.figureRepeat(it, k) || a.figureRepeat(k, it) {
			return true
		}
	}
	return false
}

// holdFigureRepeats holds back the items of kept that repeat another
// kept item by its figure, and returns kept without them. A theme's
// repeats are held all together where its true/false items stay honest
// so (tally: true and false statements proposed per theme), else one by
// one, worst first, each only where they stay honest.
func (a *article) holdFigureRepeats(kept []*item, tally map[string]*[2]int) []*item {
	var cands []*item
	for _, x := range kept {
		for _, y := range kept {
			if a.figureRepeat(x, y) {
				cands = append(cands, x)
				break
			}
		}
	}
	if len(cands) == 0 {
		return kept
	}
	after := map[string][2]int{}
	for th, n := range tally {
		after[th] = *n
	}
	for _, x := range cands {
		if tf, tr := isTrueFalse(x); tf {
			n := after[themeOf(*x)]
			if tr {
				n[0]--
			} else {
				n[1]--
			}
			after[themeOf(*x)] = n
		}
	}
	held := map[*item]bool{}
	for i := len(cands) - 1; i >= 0; i-- {
		x := cands[i]
		tf, tr := isTrueFalse(x)
		th := themeOf(*x)
		if tf {
			if n := after[th]; !fairTrueFalse(n[0], n[1]) && !fairWithout(tally[th], tr) {
				continue
			}
			if tr {
				tally[th][0]--
			} else {
				tally[th][1]--
			}
		}
		held[x] = true
		x.proposed, x.repeat = false, true
	}
	out := kept[:0]
	for _, k := range kept {
		if !held[k] {
			out = append(out, k)
		}
	}
	return out
}
