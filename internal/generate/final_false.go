package generate

import (
	"sort"
	"strings"
)

// False statements for quizzes of true statements only, last.
//
// The passes over the whole article after the ranking (refill.go,
// fourth_item.go, true_another_way.go, thin_fill.go, …) fill thin themes
// with true statements, and the swaps of swapTrueOnly (strong_false.go)
// find a rival for few of them: on the development texts half the
// themes ended with a quiz a learner passes answering True throughout.
// Many of their sentences set two names of one kind against each other
// themselves: "Obama has called for tax increases …; Boehner has
// rejected any", "Romney won only one of the swing states, while Obama
// held …", "Compared to the likes of Google, Telepathy is a minnow".
// Exchanging the two names makes a statement the sentence itself
// plainly contradicts, of the kind judges accept (which of two sides
// did what), and never a trivial detail (exchangeSwap).
//
// falseLast runs at the end of Generate, once the themes' layout is
// decided and every other pass has settled. In a theme whose questions
// are true statements only, and in a theme of four true/false items or
// more over three in five true, it puts such a false statement in the
// place of the weakest true statement, one at a time, while the theme
// is still true-only or over the share: made from a proposed statement,
// it takes that statement's place; made from a held-back one, on a
// sentence no proposed question asks, it takes the weakest's.

// byTheme calls f with the items of each theme in turn, gathered in
// their order wherever they stand in items, and writes back what f changed.
func byTheme(items []item, f func([]item)) {
	var order []string
	at := map[string][]int{}
	for i := range items {
		t := themeOf(items[i])
		if _, ok := at[t]; !ok {
			order = append(order, t)
		}
		at[t] = append(at[t], i)
	}
	for _, t := range order {
		idx := at[t]
		its := make([]item, len(idx))
		for k, i := range idx {
			its[k] = items[i]
		}
		f(its)
		for k, i := range idx {
			items[i] = its[k]
		}
	}
}

// overTrue reports whether a theme proposes four true/false items or more
// of which over three in five are true.
func overTrue(items []item) bool {
	n, t := 0, 0
	for i := range items {
		if tf, tr := isTrueFalse(&items[i]); items[i].proposed && tf {
			n++
			if tr {
				t++
			}
		}
	}
	return n >= 4 && 5*t > 3*n
}

// falseLast applies falseFor to each theme, as described above.
func (a *article) falseLast(items []item) {
	byTheme(items, a.falseFor)
}

// falseFor puts exchanged false statements in a theme while it is true-only
// or over the share.
func (a *article) falseFor(items []item) {
	for tries := 0; tries < len(items) && (trueOnly(items) || overTrue(items)); tries++ {
		if !a.putExchange(items) {
			return
		}
	}
}

// putExchange puts one exchanged false statement in the theme, in the place
// described above, and reports whether it found one.
func (a *article) putExchange(items []item) bool {
	asked := map[int]int{} // sentence index -> proposed questions on it
	weak := -1
	for i := range items {
		it := &items[i]
		if !it.proposed || it.q == nil || it.sent == nil {
			continue
		}
		asked[it.sent.idx]++
		if tf, tr := isTrueFalse(it); tf && tr && (weak < 0 || it.score < items[weak].score) {
			weak = i
		}
	}
	if weak < 0 {
		return false
	}
	var order []int
	for i := range items {
		it := &items[i]
		tf, tr := isTrueFalse(it)
		if !tf || !tr || it.sent == nil {
			continue
		}
		if it.proposed || !it.holdBack() && !it.repeat && asked[it.sent.idx] == 0 {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(x, y int) bool { return items[order[x]].score > items[order[y]].score })
	for _, i := range order {
		sw := a.exchangeSwap(&items[i])
		if sw == nil && (items[i].proposed || asked[items[i].sent.idx] == 0) {
			sw = a.reversedStatement(items[i].sent) // reverse.go
		}
		if sw == nil {
			continue
		}
		at := i
		if !items[i].proposed {
			at = weak
			items[weak].proposed = false
			items[weak], items[i] = items[i], items[weak]
			// The held-back statement now stands where the weakest was;
			// the weakest, held back, where it stood.
			items[i].q.ID, items[weak].q.ID = items[weak].q.ID, items[i].q.ID
		}
		old := &items[at]
		sw.q.ID, sw.q.Theme, sw.q.Paragraphs = old.q.ID, old.q.Theme, old.q.Paragraphs
		sw.score, sw.feat, sw.proposed = old.score, old.feat, true
		items[at] = *sw
		return true
	}
	return false
}

// contrastMarks set what stands before a sentence's second name against
// what stands before its first.
var contrastMarks = []string{" while ", " whereas ", "; ", " but ", " than ", " unlike ", " rather than ", " instead of ", " compared with ", " compared to "}

// leadContrasts open a sentence whose first name is set against the rest.
var leadContrasts = []string{"compared to ", "compared with ", "unlike ", "while ", "whereas "}

// exchangeSwap rewrites the true statement it as a false one by exchanging
// two names of one kind the sentence sets against each other, or returns
// nil. The two are persons, organisations or places, each named once in
// the statement, neither quoted nor in brackets nor said who they are
// (a description stays by the name it describes), of two actors the
// article gives full names to; between them stands a contrast ("while",
// "whereas", a semicolon, "but", "than", "unlike", …), or the sentence
// opens on one ("Compared to the likes of Google, Telepathy …") and a
// comma parts them. A pair joined by "and", "or", "with" or a list
// comma is no contrast: "Obama and Romney debated" says the same both
// ways round.
func (a *article) exchangeSwap(it *item) *item {
	s := it.sent
	stmt, ok := a.swappableStatement(it)
	if !ok || stmt != s.text {
		return nil
	}
	fit := func(sp *span) bool {
		switch sp.kind {
		case kPerson, kOrg, kPlace:
		default:
			return false
		}
		if sp.modifier || sp.partial || sp.container || sp.writer || inBrackets(s, sp) || inQuote(s, sp) || strings.Count(stmt, sp.text) != 1 {
			return false
		}
		if sp.kind == kPerson && (describedBy(s, sp) || titled(s, sp) != "" || !strings.Contains(a.identity(sp.key), " ")) {
			return false
		}
		return true
	}
	for i, x := range s.spans {
		if !fit(x) {
			continue
		}
		for _, y := range s.spans[i+1:] {
			if y.kind != x.kind || y.start < x.end || !fit(y) || a.sameActor(x.key, y.key) || a.nestedBody(x.key, y.key) || a.nestedBody(y.key, x.key) {
				continue
			}
			if x.kind == kPlace && !a.peers(x.key, y.key) {
				continue
			}
			if strings.Contains(x.text, y.text) || strings.Contains(y.text, x.text) {
				continue
			}
			if !contrasted(s.text, x, y) {
				continue
			}
			// "The United States’s": a possessive that reads wrong.
			if strings.HasSuffix(y.text, "s") && possessiveS(s.text[x.end:]) || strings.HasSuffix(x.text, "s") && possessiveS(s.text[y.end:]) {
				continue
			}
			xt, yt := y.text, x.text
			if x.start == 0 {
				xt = upperFirst(xt)
			}
			text := s.text[:x.start] + xt + s.text[x.end:y.start] + yt + s.text[y.end:]
			q := falseStatement(s, text, x.text, y.text)
			q.Options[0].Feedback = "The article has " + quote(x.text) + " and " + quote(y.text) + " the other way round."
			return &item{sent: s, q: q, answer: x.text, rule: "truefalse-swap/exchange-" + x.kind.String(), sp: x, dq: 0.8, named: it.named, prevName: it.prevName}
		}
	}
	return nil
}

// contrasted reports whether the text between two names of sentence text
// sets them against each other, as exchangeSwap asks.
func contrasted(text string, x, y *span) bool {
	between := strings.ToLower(text[x.end:y.start])
	for _, j := range []string{" and ", " or ", " with ", " & ", " nor "} {
		if strings.HasPrefix(between, j) || strings.HasSuffix(between, j) {
			return false
		}
	}
	if strings.TrimSpace(between) == "," {
		return false
	}
	for _, m := range contrastMarks {
		if strings.Contains(between, m) {
			return true
		}
	}
	lead := strings.ToLower(text[:x.start])
	for _, m := range leadContrasts {
		if strings.HasPrefix(lead, m) || strings.HasPrefix(lead, "but "+m) {
			return strings.Contains(between, ",") && !strings.Contains(between, " and ")
		}
	}
	return false
}

// describedBy is described, but a comma before the name counts only where
// another follows it ("a woman, Sacagawea, …"): "In the presidential
// race, Romney won …" says nothing of who Romney is.
func describedBy(s *sentence, sp *span) bool {
	if !described(s, sp) {
		return false
	}
	if p := prevTok(s, sp.start); p != nil && p.text == "," && !strings.HasPrefix(s.text[sp.end:], ",") {
		pp := prevTok(s, p.start)
		return pp == nil || !(pp.tag == "NN" || pp.tag == "NNS") || strings.HasPrefix(strings.ToLower(strings.TrimLeft(s.text[sp.end:], " ")), ", ")
	}
	return true
}
