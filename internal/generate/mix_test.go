package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// mixArticle is a short article of our own: a term defined and used
// again, a term defined once, two towns and a figure.
func mixArticle(t *testing.T) *article {
	t.Helper()
	x, err := analyse([]string{
		"A tidal mill is a mill driven by the rise and fall of the tide. The Brennock tidal mill opened in 1781 beside the Carrow estuary. " +
			"A sluice gate, a wooden door in the dam, held the water back until the tide turned.",
		"Millers in Brennock and Falsby ground 40 tonnes of grain a week. The tidal mill at Falsby closed first, in 1902.",
	})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestWeakBuild(t *testing.T) {
	x := mixArticle(t)
	name := x.byKey["falsby"]
	num := x.byKey["40 tonnes"]
	year := x.byKey["1902"]
	if len(name) == 0 || len(num) == 0 || len(year) == 0 {
		t.Fatalf("spans not found; have %v", x.keys)
	}
	for _, tc := range []struct {
		it   item
		want bool
	}{
		// Names as options, swapped names, names on cards: held back.
		{item{rule: "cloze-single/place", sp: name[0], sent: name[0].sent}, true},
		{item{rule: "truefalse-swap/place", sp: name[0], sent: name[0].sent}, true},
		{item{rule: "cloze-card/place", sp: name[0], sent: name[0].sent}, true},
		// A name asked as a short answer, figures in any build: kept.
		{item{rule: "cloze-short/place", sp: name[0], sent: name[0].sent}, false},
		{item{rule: "truefalse-swap/number", sp: num[0], sent: num[0].sent}, false},
		{item{rule: "cloze-single/number", sp: num[0], sent: num[0].sent}, false},
		// A false statement that moves the event to another year, and a
		// year asked as a choice: held back; a year on a card: kept.
		{item{rule: "truefalse-swap/year", sp: year[0], sent: year[0].sent}, true},
		{item{rule: "truefalse-swap/article-year", sp: year[0], sent: year[0].sent}, true},
		{item{rule: "cloze-single/year", sp: year[0], sent: year[0].sent}, true},
		{item{rule: "cloze-card/year", sp: year[0], sent: year[0].sent}, false},
		// A true statement quoted whole is the backbone.
		{item{rule: "truefalse-true", sent: num[0].sent}, false},
		// A definition of a term the article uses again in another
		// paragraph is kept; one of a term met once is not.
		{item{rule: "definition-is-a", answer: "tidal mill", sent: x.sents[0]}, false},
		{item{rule: "definition-appositive", answer: "sluice gate", sent: x.sents[2]}, true},
	} {
		if got := x.weakBuild(&tc.it); got != tc.want {
			t.Errorf("weakBuild(%s on %q) = %v, want %v", tc.it.rule, tc.it.answer, got, tc.want)
		}
	}
	if x.termRecurs("") {
		t.Errorf("the empty term recurs")
	}
}

func TestFairTrueFalse(t *testing.T) {
	for _, tc := range []struct {
		t, f int
		want bool
	}{
		{3, 0, true},  // fewer than four: any mix
		{4, 0, false}, // all True
		{3, 1, false}, // three true in four
		{5, 1, false}, // five true to one false
		{6, 2, false},
		{3, 2, true}, // three true in five
		{2, 2, true},
		{1, 3, false}, // three false in four
		{2, 3, true},  // three false in five
		{6, 4, true},
	} {
		if got := fairTrueFalse(tc.t, tc.f); got != tc.want {
			t.Errorf("fairTrueFalse(%d, %d) = %v, want %v", tc.t, tc.f, got, tc.want)
		}
	}
}

// TestBackboneTrueStatements: a theme drafts true statements beyond
// those that balance a false one, and proposes no theme whose
// true/false items are all True.
func TestBackboneTrueStatements(t *testing.T) {
	text := strings.Join([]string{
		"The Brennock tidal mill ground grain for the villages of the Carrow estuary for more than a century. " +
			"The tidal mill used the rise and fall of the tide to turn its wheel twice a day. " +
			"Water filled the mill pond at high tide and was released through the wheel as the tide fell.",
		"The tidal mill needed no wind and no river, so the millers of the estuary could work in any season. " +
			"The mill pond of the tidal mill covered four acres of the estuary's salt marsh. " +
			"Engineers from the estuary towns copied the tidal mill's sluices for their own ponds.",
		"The tidal mill closed in 1902, when steam mills in the towns ground grain more cheaply. " +
			"The tidal mill building still stands on the estuary and houses a museum of milling.",
	}, "\n\n")
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	trues := 0
	for _, d := range res.Drafts {
		if d.Rule == "truefalse-true" {
			trues++
		}
	}
	if trues < 3 {
		t.Errorf("%d true statements drafted, want at least 3", trues)
	}
	prop, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	per := map[string][2]int{}
	for _, d := range prop.Drafts {
		if q := d.Question; q != nil && q.Type == quiz.TrueFalse {
			c := per[d.Theme]
			if q.Options[0].Correct {
				c[0]++
			} else {
				c[1]++
			}
			per[d.Theme] = c
		}
	}
	for th, c := range per {
		if !fairTrueFalse(c[0], c[1]) {
			t.Errorf("theme %s: %d true and %d false statements proposed", th, c[0], c[1])
		}
	}
}

func TestBackboneWorthy(t *testing.T) {
	for _, tc := range []struct {
		score float64
		para  int
		want  bool
	}{
		{0.4, 2, false}, // peripheral, past the lead
		{0.6, 3, true},  // central
		{0.2, 1, true},  // in the lead paragraph
	} {
		s := &sentence{score: tc.score, para: &para{n: tc.para}}
		if got := backboneWorthy(s); got != tc.want {
			t.Errorf("backboneWorthy(score %.1f, paragraph %d) = %v, want %v", tc.score, tc.para, got, tc.want)
		}
	}
}

// TestContrastOpeners: a sentence opening on "Others" or "Both" points
// back to the one before and is not quoted whole.
func TestContrastOpeners(t *testing.T) {
	x, err := analyse([]string{"Some ferries on the Varden line are built of timber. Others are built of steel at the Ostby yard. " +
		"Both carry about 300 passengers on each crossing. The Varden line opened in 1987 between Varden and Ostby."})
	if err != nil {
		t.Fatal(err)
	}
	want := []bool{false, true, true, false}
	for i, s := range x.sents {
		if i < len(want) && needsContext(s) != want[i] {
			t.Errorf("needsContext(%q) = %v, want %v", s.text, !want[i], want[i])
		}
	}
}

func TestKeyTerm(t *testing.T) {
	x := mixArticle(t)
	span := func(k string) *span {
		if sps := x.byKey[k]; len(sps) > 0 {
			return sps[0]
		}
		return &span{kind: kTerm, key: k, text: k, sent: x.sents[len(x.sents)-1]}
	}
	for _, tc := range []struct {
		answer string
		want   bool
	}{
		{"tidal mill", true},   // defined and used in another paragraph
		{"sluice gate", false}, // defined, met in one paragraph
		{"grain", false},       // repeated or not, never defined
		{"falsby", false},      // a name
		{"40 tonnes", false},   // a figure
	} {
		it := item{rule: "cloze-short/x", answer: tc.answer, sp: span(tc.answer)}
		it.sent = it.sp.sent
		if got := x.keyTerm(&it); got != tc.want {
			t.Errorf("keyTerm(%q) = %v, want %v", tc.answer, got, tc.want)
		}
	}
}

func TestShortAnswerComesLast(t *testing.T) {
	x := mixArticle(t)
	num := x.byKey["40 tonnes"]
	if len(num) == 0 {
		t.Fatalf("spans not found; have %v", x.keys)
	}
	s := num[0].sent
	items := []item{
		{rule: "cloze-short/number", answer: "40 tonnes", sp: num[0], sent: s, q: &quiz.Question{}},
		{rule: "cloze-single/number", answer: "40 tonnes", sp: num[0], sent: s, q: &quiz.Question{}},
	}
	ranked := x.rank(rankCtx{}, items, Options{MaxQuestionsPerTheme: 10, MaxCardsPerTheme: 10})
	if ranked[len(ranked)-1].rule != "cloze-short/number" {
		t.Errorf("the short answer on a figure is ranked %v, want last", ranked)
	}
}
