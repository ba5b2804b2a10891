package generate

import (
	"strings"
	"testing"
)

// Sentences of the shapes whose blanks judges would reject: an adverb or
// a listed adjective left outside the blank, a name's suffix, and the
// source a claim closes on.
const blankShapeText = "Margaret Ellison, Jr. (March 2, 1841 – May 9, 1910) was an American engraver and printer.\n\n" +
	"A keen gardener, a loyal friend, and a deeply jealous brother, Tom Ellison was seen by her biographers as the model for her villains. " +
	"Her early novels are bleak, gothic small-town stories about grief and debt.\n\n" +
	"The town's plans to widen the harbour will go ahead in 1999, local papers report.\n\n" +
	"While Ellison was still a small child, her mother opened a print shop in the harbour."

func TestBlankShape(t *testing.T) {
	x := analyseText(t, blankShapeText)
	for _, c := range []struct{ sub, k string }{
		{"deeply jealous", "jealous brother"},
		{"bleak, gothic", "gothic small-town stories"},
		{"Margaret Ellison", "jr"},
		{"widen the harbour", "local papers report"},
		{"still a small child", "small child"},
	} {
		s, sp := spanIn(t, x, c.sub, c.k)
		if x.blankableRead(s, sp) != nil {
			t.Errorf("a blank drafted over %q", c.k)
		}
	}
}

// The science explainer's card on "human activities--the release": a
// blank across a dash written as two hyphens.
func TestDashBreakBlank(t *testing.T) {
	x := analyseText(t, devArticle(t, "science-explainer.txt"))
	s, sp := spanIn(t, x, "is the result of human activities", "human activities--the release")
	if x.blankableRead(s, sp) != nil {
		t.Error("a blank drafted across the dash")
	}
}

// TestOfficeHalfBlank: a blank over the first half of an office's name
// joined by "and" ("_____ and Pensions Secretary") is no blank; a name
// in a list before "and" still is.
func TestOfficeHalfBlank(t *testing.T) {
	x := analyseText(t, "The agency will be scrapped if it fails to improve, Work and Pensions Secretary Alan Jones has warned.\n\n"+
		"Paris and Lyon voted against the plan to close the rail line in the spring.")
	s, sp := spanWhere(t, x, "Pensions Secretary", "Work", func(sp *span) string { return sp.text }, func(a, b string) bool { return a == b })
	if !nameHalf(s, sp) {
		t.Errorf("nameHalf(%q in %q) = false; want the half of an office's name", sp.text, s.text)
	}
	s, sp = spanWhere(t, x, "Paris and Lyon", "Paris", func(sp *span) string { return sp.text }, func(a, b string) bool { return a == b })
	if nameHalf(s, sp) {
		t.Errorf("nameHalf(%q in %q) = true; want a name of a list kept", sp.text, s.text)
	}
}

// TestOrdinalNameBlank: no blank over half of a name an ordinal numbers
// ("the 1st _____" for "Division", "the _____ Kentucky" for "8th").
func TestOrdinalNameBlank(t *testing.T) {
	text := "Tom Reed was a clerk and soldier from Melbourne.\n\n" +
		"Shortly after the war began, Reed joined the army and became a sergeant working for Hale in the headquarters of the 1st Division in Cairo. " +
		"His brother served as a captain of the 8th Kentucky in the same campaign."
	x := analyseText(t, text)
	for _, c := range []struct {
		sub  string
		want bool
	}{{"Division", true}, {"8th", true}, {"Cairo", false}} {
		s := sentenceWith(t, x, c.sub)
		i := strings.Index(s.text, c.sub)
		sp := &span{sent: s, start: i, end: i + len(c.sub), text: c.sub}
		if got := ordinalNameBlank(s, sp); got != c.want {
			t.Errorf("ordinalNameBlank(%q) = %v, want %v", c.sub, got, c.want)
		}
	}
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		if p := promptOf(d); strings.Contains(p, "1st _____") || strings.Contains(p, "_____ Kentucky") {
			t.Errorf("%s blanks half a numbered name: %s", d.Rule, p)
		}
	}
}

// TestChamberAndDescribedBlank: no blank over an assembly named by its
// kind alone ("in _____" for "the Senate"), nor over a word of someone's
// description of a person ("described Reed as a … fellow").
func TestChamberAndDescribedBlank(t *testing.T) {
	text := "Tom Reed was a farmer and politician from Ohio.\n\n" +
		"Reed was elected in 1850 and soon led the opposition to the railway tax in the Senate. " +
		"The editor Ann Hale described Reed as a loud and tireless man who is always raising objections to delay the Whigs in committee. " +
		"Reed lost his seat in 1856 and went back to his farm near Dayton."
	x := analyseText(t, text)
	s := sentenceWith(t, x, "in the Senate")
	i := strings.Index(s.text, "the Senate")
	if sp := (&span{sent: s, start: i, end: i + len("the Senate"), text: "the Senate", key: "the senate"}); !chamberBlank(sp) {
		t.Errorf("chamberBlank(%q) = false", sp.text)
	}
	d := sentenceWith(t, x, "described Reed")
	for _, c := range []struct {
		sub  string
		want bool
	}{{"committee", true}, {"Ann Hale", false}} {
		i := strings.Index(d.text, c.sub)
		sp := &span{sent: d, start: i, end: i + len(c.sub), text: c.sub, key: key(c.sub)}
		if got := describedAsBlank(d, sp); got != c.want {
			t.Errorf("describedAsBlank(%q) = %v, want %v", c.sub, got, c.want)
		}
	}
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, dr := range append(res.Drafts, res.Held...) {
		p := promptOf(dr)
		if dr.Question == nil || !strings.Contains(p, "_____") {
			continue
		}
		if strings.Contains(p, "in _____.") && strings.Contains(dr.Answer, "Senate") || strings.Contains(p, "described Reed") {
			t.Errorf("%s: %s (%s)", dr.Rule, p, dr.Answer)
		}
	}
}
