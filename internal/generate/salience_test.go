package generate

import (
	"strings"
	"testing"
)

// salienceArticle is a short report written for these tests: a lead, then
// paragraphs that come back to some names, figures and years and mention
// others once on the way.
var salienceArticle = []string{
	"The town of Harlow Bay voted in 2019 to rebuild its sea wall after the storm of 12 March 2018 flooded the harbour. " +
		"Mayor Ruth Calder led the campaign for the new wall.",
	"Ruth Calder said the wall would cost £18 million, paid over ten years. " +
		"Work began at 14 Quay Street, where engineers from Tessaly moved the first stones.",
	"The council's decision on 4 June to borrow the money was close. " +
		"A 2016 survey by the harbour board had warned that the old wall was failing. " +
		"In 2019 the harbour also lost its ferry to Norwick, which the storm had damaged.",
	"On the night of 2 May 2019 the finished section held back a spring tide. " +
		"The harbour's fuel price reached £1.4372 a litre that week, said Owen Pryce, the harbour master. " +
		"The chairman of the harbour board's finance committee, Ada Moss, said the savings were real.",
	"Ruth Calder opened the Norwick Ferry Terminal, rebuilt with the wall.",
}

func TestMinorDetail(t *testing.T) {
	x, err := analyse(salienceArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.sents {
		s.score = 0.6 // every sentence central: only salience counts here
	}
	title := key("Harlow Bay sea wall")
	for _, tc := range []struct {
		key  string
		want bool
		why  string
	}{
		{"ruth calder", false, "a protagonist: named again"},
		{"harlow bay", false, "in the lead and the title"},
		{"2019", false, "a year the article repeats"},
		{"12 march 2018", false, "a date in the lead"},
		{"18 million", false, "a figure in the main clause, not precise"},
		{"14", true, "a house number"},
		{"norwick", true, "a place named once, on the way"},
		{"owen pryce", true, "a person named once"},
		{"1.4372", true, "a figure to five significant digits, named once"},
		{"2016", true, "a year named once, labelling a survey"},
		{"4 june", true, "a date naming which decision"},
		{"finance committee", true, "part of who speaks"},
		{"2 may 2019", false, "a date whose year the article repeats"},
		{"norwick ferry terminal", true, "a landmark named once"},
		{"ruth calder", false, "a protagonist: named again"},
	} {
		sps := x.byKey[tc.key]
		if len(sps) == 0 {
			t.Errorf("%q not found; have %v", tc.key, x.keys)
			continue
		}
		sp := sps[len(sps)-1]
		if got := x.minorDetail(sp.sent, sp, title); got != tc.want {
			t.Errorf("minorDetail(%q in %q) = %v, want %v (%s)", tc.key, sp.sent.text, got, tc.want, tc.why)
		}
	}
}

func TestSigDigits(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"$1.2974", 5}, {"6,000", 1}, {"2.50", 3}, {"194", 3}, {"€40 million", 1}, {"0.05%", 1}, {"10,450", 4},
	} {
		if got := sigDigits(tc.in); got != tc.want {
			t.Errorf("sigDigits(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestYearLabel(t *testing.T) {
	for _, tc := range []struct {
		before, next string
		want         bool
	}{
		{"second place in the ", "election", true},
		{"the playwright's ", "play", true},
		{"carried the ", "passengers", false},
		{"met the ", "people", false},
		{"in ", "election", false},
	} {
		if got := yearLabel(tc.before, tc.next); got != tc.want {
			t.Errorf("yearLabel(%q, %q) = %v, want %v", tc.before, tc.next, got, tc.want)
		}
	}
	// Typed as a year, "the 2001 election" is swapped for years, not
	// halved into "the 1000 election".
	x, err := analyse([]string{"The Greens came second in the 2001 election, far behind the winners."})
	if err != nil {
		t.Fatal(err)
	}
	if sps := x.byKey["2001"]; len(sps) == 0 || sps[0].kind != kYear {
		t.Errorf("2001 in “the 2001 election” is not a year: %v", sps)
	}
}

func TestDateSwaps(t *testing.T) {
	x, err := analyse([]string{
		"The Harlow Bay ferry sank on the night of 24 April 1885 in a gale, and its crew were saved by the lifeboat from Norwick.",
		"The inquiry into the sinking opened on 30 June 1885 in Norwick.",
	})
	if err != nil {
		t.Fatal(err)
	}
	sp := x.byKey["24 april 1885"]
	if len(sp) == 0 {
		t.Fatalf("no date span; have %v", x.keys)
	}
	d := sp[0]
	if !dayOnlySwap(d, option{text: "14 April 1885"}) {
		t.Errorf("a look-alike changing only the day is allowed")
	}
	if dayOnlySwap(d, option{text: "26 April 1885", article: true}) {
		t.Errorf("a date of the article is refused")
	}
	if dayOnlySwap(d, option{text: "24 June 1885"}) {
		t.Errorf("a month shift is refused")
	}
	got := monthSwaps(d.num)
	if len(got) == 0 || got[0] != "24 June 1885" {
		t.Errorf("monthSwaps = %v, want 24 June 1885 first", got)
	}
	for _, s := range got {
		if s == "24 April 1885" {
			t.Errorf("monthSwaps gives the date itself")
		}
	}
	c := x.blankable(d.sent, d)
	if c == nil {
		t.Fatal("the date is not blankable")
	}
	if it := x.trueFalseSwap(c); it != nil {
		if p := it.q.Prompt; !strings.Contains(p, "June") && !strings.Contains(p, "February") {
			t.Errorf("the swap moves only the day: %s", p)
		}
	}
}

func TestLeadAdverbial(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"In the meantime, the council borrowed the money.", "The council borrowed the money."},
		{"Meanwhile, Ruth Calder led the campaign.", "Ruth Calder led the campaign."},
		{"Meanwhile, eBay sold the boats.", "eBay sold the boats."},
		{"The council in the meantime borrowed the money.", "The council in the meantime borrowed the money."},
	} {
		got, ok := applyEdits(tc.in, leadAdverbial(tc.in))
		if !ok || got != tc.want {
			t.Errorf("%q: got %q (%v), want %q", tc.in, got, ok, tc.want)
		}
	}
}

func TestBackReference(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"The issue was brought to a head when the mayor called a vote on the wall.", true},
		{"The ban was lifted in May after the harbour board protested.", true},
		{"Other analysts cited the cost of the new sea wall.", true},
		{"The ban on fishing in the bay was lifted in May.", false},
		{"The issue of the sea wall divided the town council for years.", false},
		{"The harbour board lifted the ban on fishing in May.", false},
		{"The council's decision was close, the mayor said.", false},
	} {
		x, err := analyse([]string{tc.in})
		if err != nil {
			t.Fatal(err)
		}
		if got := backReference(x.sents[0]); got != tc.want {
			t.Errorf("backReference(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestBackReferenceTopic(t *testing.T) {
	x, err := analyse([]string{
		"The crisis began when the harbour board ran out of money in 1997.",
		"The crisis spread to the ferry lines within a month.",
		"The town borrowed to pay the crews. The loan was repaid within ten years of the vote.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		i    int
		want bool
	}{{1, false}, {3, true}} {
		if got := x.backReference(x.sents[tc.i]); got != tc.want {
			t.Errorf("backReference(%q) = %v, want %v", x.sents[tc.i].text, got, tc.want)
		}
	}
}

func TestMinorDetailGloss(t *testing.T) {
	x, err := analyse([]string{
		"The town of Varden built the first sea wall in 1820.",
		"The crews crossed the river to the south side (Varden) where the old wall begins.",
		"The council of Varden still repairs the wall every spring.",
	})
	if err != nil {
		t.Fatal(err)
	}
	sps := x.byKey["varden"]
	if len(sps) < 3 {
		t.Fatalf("varden: %d mentions", len(sps))
	}
	if sp := sps[1]; !x.minorDetail(sp.sent, sp, "") {
		t.Errorf("a name in a bracketed gloss is not held back: %q", sp.sent.text)
	}
	if sp := sps[2]; x.minorDetail(sp.sent, sp, "") {
		t.Errorf("a recurring name in a main clause is held back: %q", sp.sent.text)
	}
}
