package generate

import (
	"regexp"
	"strings"
	"testing"
)

// A text of my own: a harbour town's fish market, with connectives
// inside its sentences.
const fishMarket = "The harbour board opened a new fish market in Port Wenna in 2019. " +
	"The traders, however, said the rents were too high for small boats. " +
	"Until the new rents are published, however, the old stalls will stay open. " +
	"The board meanwhile agreed a loan of £40,000 with the county council. " +
	"Most of the catch is sold to hotels in the county town though. " +
	"Buyers from the city, on the other hand, pay more for crab. " +
	"The harbour master was sacked in 2021. " +
	"Soon the market was losing money every month. " +
	"By then the board had borrowed £90,000 from the bank."

func TestInnerConnectiveDropped(t *testing.T) {
	x := analyseText(t, fishMarket)
	cases := []struct{ sent, want string }{
		{"The traders, however,", "True or false? The traders said the rents were too high for small boats."},
		{"Until the new rents", "True or false? Until the new rents are published, the old stalls will stay open."},
		{"The board meanwhile", "True or false? The board agreed a loan of £40,000 with the county council."},
		{"Most of the catch", "True or false? Most of the catch is sold to hotels in the county town."},
		{"Soon the market", "True or false? The market was losing money every month."},
	}
	for _, c := range cases {
		s := sentenceWith(t, x, c.sent)
		it := trueItem(s)
		it.proposed = true
		items := []item{*it}
		x.withLeanContext(items, Options{})
		if got := items[0].q.Prompt; got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.sent, got, c.want)
		}
		if !items[0].proposed {
			t.Errorf("%q: held back", c.sent)
		}
	}
	// A card whose blank sits beside the connective keeps its blank.
	s := sentenceWith(t, x, "The traders, however,")
	card := clozeItem(s, "the rents")
	items := []item{card}
	x.withLeanContext(items, Options{})
	if got, want := items[0].c.Front, "The traders said _____ were too high for small boats."; got != want {
		t.Errorf("card: got %q, want %q", got, want)
	}
	// A blank over the word after an opening "Soon" leaves it be.
	s = sentenceWith(t, x, "Soon the market")
	card = clozeItem(s, "the market")
	items = []item{card}
	x.withLeanContext(items, Options{All: true})
	if got := items[0].c.Front; !strings.HasPrefix(got, "Soon _____") {
		t.Errorf("card over the opening: %q", got)
	}
}

func TestInnerContrastHeld(t *testing.T) {
	x := analyseText(t, fishMarket)
	s := sentenceWith(t, x, "on the other hand")
	if !innerContrast(s) {
		t.Fatalf("no contrast read in %q", s.text)
	}
	it := trueItem(s)
	it.proposed = true
	items := []item{*it}
	x.withLeanContext(items, Options{})
	if items[0].proposed {
		t.Errorf("contrast proposed: %q", items[0].q.Prompt)
	}
	if innerContrast(sentenceWith(t, x, "The traders, however,")) {
		t.Errorf("however read as a contrast")
	}
}

func TestSequenceTimeOpening(t *testing.T) {
	x := analyseText(t, fishMarket)
	s := sentenceWith(t, x, "By then")
	f := x.features(rankCtx{}, s, nil, "", 0, "tf-true")
	if f[9] != 1 {
		t.Errorf("%q not read as leaning back", s.text)
	}
	if e := innerConnectiveEdits(s); len(e) != 0 {
		t.Errorf("%q: edits %v", s.text, e)
	}
}

func TestLooseThough(t *testing.T) {
	x := analyseText(t, "Port Wenna has a small harbour. The fishing trade is taking on a new shape though with bigger boats that stay out longer. Even though the rents rose, the stalls stayed full.")
	if !looseThough(sentenceWith(t, x, "new shape")) {
		t.Errorf("loose though not read")
	}
	if looseThough(sentenceWith(t, x, "Even though")) {
		t.Errorf("even though read as loose")
	}
	if !sceneSetting(sentenceWith(t, x, "new shape")) {
		t.Errorf("no scene setting")
	}
}

// innerConnectiveLeftOut reports whether statement got is sentence sent
// with connectives inside it left out (inner_connective.go), perhaps
// with an earlier round's repair as well.
func innerConnectiveLeftOut(got, sent string) bool {
	strip := func(x string) string {
		x = withoutInnerConnectives(x)
		for c := range sequenceOpeners {
			for _, p := range []string{upperFirst(c) + ", ", upperFirst(c) + " "} {
				if rest, ok := strings.CutPrefix(x, p); ok {
					x = upperFirst(rest)
				}
			}
		}
		// "Certainly, …", "In fact …": an opening left out
		// (unshown_referent.go).
		for _, o := range unshownDropOpeners {
			if len(x) > len(o) && strings.EqualFold(x[:len(o)], o) {
				x = upperFirst(x[len(o):])
			}
		}
		return strings.ReplaceAll(x, ",,", ",")
	}
	if len(got) >= len(sent) {
		return false
	}
	s := strip(sent)
	return strip(got) == s || repairedWhole(got, s)
}

func TestInnerConnectiveCommas(t *testing.T) {
	x := analyseText(t, "The harbour board met in Port Wenna in 2019. The old quay was, in turn, a gift of the Trevose family to the town. In 2020, however, the board sold the quay to a developer.")
	for _, c := range []struct{ sent, want string }{
		{"in turn", "The old quay was a gift of the Trevose family to the town."},
		{"In 2020", "In 2020, the board sold the quay to a developer."},
	} {
		s := sentenceWith(t, x, c.sent)
		got := s.text
		for _, e := range innerConnectiveEdits(s) {
			got = strings.Replace(got, e.old, e.new, 1)
		}
		if got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

// withoutInnerConnectives is x with the connectives inside it left out,
// in any case, as innerConnective reads them ("MeAnwhile" too).
func withoutInnerConnectives(x string) string {
	for c := range innerDroppable {
		q := regexp.QuoteMeta(c)
		x = regexp.MustCompile(`(?i), `+q+`,`).ReplaceAllString(x, ",")
		x = regexp.MustCompile(`(?i), `+q+`\.`).ReplaceAllString(x, ".")
		x = regexp.MustCompile(`(?i) `+q+`\.`).ReplaceAllString(x, ".")
		x = regexp.MustCompile(`(?i) `+q+` `).ReplaceAllString(x, " ")
	}
	return x
}
