package generate

import (
	"strings"
	"testing"
)

// TestWholeArticleThemeTakesCourseTitle: a short report read as one theme
// is about what the article is about; its title is the course's, not its
// best key phrase.
func TestWholeArticleThemeTakesCourseTitle(t *testing.T) {
	text := `Library opens late on weekdays

The town library of Ostby will open until nine in the evening on weekdays from March, the council said on Monday.

Readers had asked for later hours in a survey last year. Most said they worked until six and could not reach the library before it closed.

The longer hours will cost the council about forty thousand crowns a year, paid from the culture budget.`
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Course
	if len(c.Themes) != 1 {
		t.Fatalf("%d themes, want one for a short report", len(c.Themes))
	}
	if got, want := c.Themes[0].Title, "Library opens late on weekdays"; got != want || c.Course.Title != want {
		t.Errorf("theme title %q, course title %q, want both %q", got, c.Course.Title, want)
	}
	// Proposing themes for the same paragraphs names the one theme as the
	// course would be named without its heading.
	_, paras := SplitArticle(text)
	themes := Themes(paras)
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	if len(themes) != 1 || themes[0].Title != a.courseTitle() {
		t.Errorf("Themes = %+v, want one theme titled %q", themes, a.courseTitle())
	}
	// With the course's title known, as on the new-course form, the one
	// theme takes it.
	themes, err = ProposeCourseThemes("Late Hours at the Library", paras)
	if err != nil || len(themes) != 1 || themes[0].Title != "Late Hours at the Library" {
		t.Errorf("ProposeCourseThemes = %+v, %v, want one theme titled as the course", themes, err)
	}
}

// titleOf is the title the rules give a theme of all the paragraphs of
// text, as one of two themes of a course titled course.
func titleOf(t *testing.T, text, course string) (string, []*titleCand) {
	t.Helper()
	a, err := analyse(SplitParagraphs(text))
	if err != nil {
		t.Fatal(err)
	}
	a.course = course
	g := allParas(len(a.paras))
	rankSentences(a.sentencesOf(g))
	return a.title(g, map[string]bool{}, ""), a.titleCandidates(g, "")
}

// TestThemeTitleNotTheCourse: a phrase all of whose words are in the
// course's title names the whole article, not one theme.
func TestThemeTitleNotTheCourse(t *testing.T) {
	text := `The banking crisis began when two large lenders failed in May. The banking crisis spread to the smaller savings banks within weeks.

Savings banks lost a third of their deposits as customers queued to withdraw cash. The central bank lent to the savings banks at a penalty rate.

The banking crisis ended when the savings banks were merged into one state lender, which repaid the central bank by 1995.`
	if got, _ := titleOf(t, text, "Nordic Banking Crisis"); strings.EqualFold(got, "Banking Crisis") {
		t.Errorf("title %q under the course Nordic Banking Crisis", got)
	}
	if got, _ := titleOf(t, text, "Savings in the North"); got != "Banking Crisis" {
		t.Errorf("title %q under another course, want Banking Crisis", got)
	}
	if !inTitle("banking crises", "Nordic Banking Crisis") || inTitle("savings banks", "Nordic Banking Crisis") {
		t.Error("inTitle: want every word, in any of its forms")
	}
}

// TestThemeTitleFullName: a person the theme calls by surname is titled
// by the full name the theme gives once; a name that only begins another
// is not taken for a short form of it.
func TestThemeTitleFullName(t *testing.T) {
	cands := []*titleCand{
		{text: "Putin", sp: &span{key: "putin", kind: kPerson}, mentions: 4},
		{text: "Vladimir Putin", sp: &span{key: "vladimir putin", kind: kPerson}, mentions: 1},
		{text: "Paris", sp: &span{key: "paris", kind: kPlace}, mentions: 3},
		{text: "the Paris Fire Brigade", sp: &span{key: "paris fire brigade", kind: kOrg}, mentions: 2},
		{text: "Moscow", sp: &span{key: "moscow", kind: kPlace}, mentions: 2},
	}
	got := nameFullForms(cands)
	var texts []string
	for _, c := range got {
		texts = append(texts, c.text+"|"+c.full)
	}
	if want := "Putin|Vladimir Putin;Paris|;the Paris Fire Brigade|;Moscow|"; strings.Join(texts, ";") != want {
		t.Errorf("nameFullForms = %s, want %s", strings.Join(texts, ";"), want)
	}
}

// TestThemeTitleForms: the singular and plural of a phrase are one
// candidate, counted together.
func TestThemeTitleForms(t *testing.T) {
	text := `A currency crisis hit the region in 1997, when three currencies lost half their value in a month.

Earlier currency crises had been local. This one spread because the region's banks had borrowed abroad.`
	_, cands := titleOf(t, text, "")
	n := 0
	for _, c := range cands {
		if titleStemPhrase(c.sp.key) == "currency crisis" {
			n++
			if c.mentions != 2 || len(c.paras) != 2 {
				t.Errorf("currency crisis: %d mentions in %d paragraphs, want 2 in 2", c.mentions, len(c.paras))
			}
		}
	}
	if n != 1 {
		t.Errorf("%d candidates for currency crisis and crises, want one", n)
	}
}

// TestThemeTitleShape: a title never ends on a preposition, conjunction
// or article, and has a letter.
func TestThemeTitleShape(t *testing.T) {
	for s, want := range map[string]bool{"Diem and": false, "Rise of": false, "1997": false, "Currency Crisis": true, "Fall of the Wall": true} {
		if got := titleShaped(s); got != want {
			t.Errorf("titleShaped(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestThemeTitleNameInFewParagraphs: a name met in one paragraph of a
// theme of four or more is scored down against a phrase that runs
// through them.
func TestThemeTitleNameInFewParagraphs(t *testing.T) {
	a := &article{}
	c := &titleCand{sp: &span{key: "anna berg", kind: kPerson}, paras: map[int]bool{2: true}}
	if f := a.titleFit(c, []int{1, 2, 3, 4}); f >= 1 {
		t.Errorf("a name in 1 of 4 paragraphs: fit %.2f, want less than 1", f)
	}
	if f := a.titleFit(c, []int{1, 2}); f != 1 {
		t.Errorf("a name in 1 of 2 paragraphs: fit %.2f, want 1", f)
	}
	c.paras = map[int]bool{1: true, 2: true}
	if f := a.titleFit(c, []int{1, 2, 3, 4}); f != 1 {
		t.Errorf("a name in 2 of 4 paragraphs: fit %.2f, want 1", f)
	}
}

// TestShortArticleOneTheme: a text under 500 words, a news report read in
// one sitting, is one theme; longer ones are cut as before.
func TestShortArticleOneTheme(t *testing.T) {
	for words, want := range map[int]int{120: 1, 381: 1, 399: 1, 450: 1, 499: 1, 520: 2, 600: 3, 1400: 6} {
		if got := themeCount(words); got != want {
			t.Errorf("themeCount(%d) = %d, want %d", words, got, want)
		}
	}
}

// TestThemeTitleNearUsed: a title holding another theme's title, or held
// in it, is passed over.
func TestThemeTitleNearUsed(t *testing.T) {
	used := map[string]bool{"global semiconductor supply chain": true, "ozone hole": true}
	for title, want := range map[string]bool{"Semiconductor Supply Chain": true, "Ozone Hole Recovery": true,
		"Supply Shortages": false, "Hole": true, "Ozone Layer": false} {
		if got := nearUsed(title, used); got != want {
			t.Errorf("nearUsed(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestThemeTitleHeadElsewhere: a phrase whose head noun is told more in
// the rest of the article than in the theme names another theme.
func TestThemeTitleHeadElsewhere(t *testing.T) {
	a, err := analyse([]string{
		"Anna Berg worked as a nursemaid in the city. She was praised after a house fire, years later.",
		"Berg was born in a village by the sea. She moved to the city at sixteen.",
		"The fire started in the shop below the flat. The fire spread up the stairs within minutes.",
		"Firemen put out the fire at dawn. Berg had carried three children out of the fire.",
	})
	if err != nil {
		t.Fatal(err)
	}
	c := &titleCand{sp: &span{key: "house fire", kind: kTerm}}
	if !a.headElsewhere(c, []int{1, 2}) {
		t.Error("house fire in the theme on her early years: want its head told elsewhere")
	}
	if a.headElsewhere(c, []int{3, 4}) {
		t.Error("house fire in the theme on the fire: want its head told here")
	}
}
