package generate

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

var articles = []string{"china-russia.txt", "harbour-rail.txt", "water-cycle.txt"}

func mustRead(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mustGenerate(t testing.TB, text string, opts Options) *Result {
	t.Helper()
	res, err := Generate(text, opts)
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return res
}

// TestInvariants checks what every generated course must satisfy.
func TestInvariants(t *testing.T) {
	for _, name := range articles {
		t.Run(name, func(t *testing.T) {
			res := mustGenerate(t, mustRead(t, name), Options{})
			c := res.Course
			if err := quiz.Validate(c); err != nil {
				t.Fatalf("course does not validate: %v", err)
			}
			if got, want := len(res.Drafts), len(c.Questions)+len(c.Cards); got != want {
				t.Fatalf("drafts = %d, want one per question and card (%d)", got, want)
			}
			owner := map[int]int{}
			for _, th := range c.Themes {
				for _, n := range th.Paragraphs {
					owner[n]++
				}
			}
			for _, p := range c.Paragraphs {
				if owner[p.N] != 1 {
					t.Errorf("paragraph %d is in %d themes, want 1", p.N, owner[p.N])
				}
			}
			perTheme := map[string][2]int{}
			seen := map[string]bool{}
			for i, d := range res.Drafts {
				p, ok := c.Paragraph(d.Paragraph)
				if !ok {
					t.Fatalf("draft %d cites paragraph %d, which does not exist", i, d.Paragraph)
				}
				if p.Text[d.SentenceStart:d.SentenceEnd] != d.Sentence {
					t.Errorf("draft %d: offsets [%d,%d) do not give the sentence %q", i, d.SentenceStart, d.SentenceEnd, d.Sentence)
				}
				if !strings.Contains(strings.ToLower(d.Sentence), strings.ToLower(d.Answer)) && d.Answer != "True" {
					t.Errorf("draft %d (%s): answer %q is not in its sentence %q", i, d.Rule, d.Answer, d.Sentence)
				}
				k := d.Sentence + "|" + key(d.Answer)
				if seen[k] {
					t.Errorf("draft %d (%s): answer %q tested twice from %q", i, d.Rule, d.Answer, d.Sentence)
				}
				seen[k] = true
				n := perTheme[d.Theme]
				if q := d.Question; q != nil {
					n[0]++
					if ps := quiz.ValidateQuestion(*q); len(ps) > 0 {
						t.Errorf("question %s: %v", q.ID, ps)
					}
					if q.Theme != d.Theme || len(q.Paragraphs) != 1 || q.Paragraphs[0] != d.Paragraph {
						t.Errorf("question %s: theme/paragraphs %q %v do not match the draft %q %d", q.ID, q.Theme, q.Paragraphs, d.Theme, d.Paragraph)
					}
					if q.Explanation == "" {
						t.Errorf("question %s has no explanation", q.ID)
					}
					checkOptions(t, a(t, name), d)
				} else {
					n[1]++
				}
				perTheme[d.Theme] = n
			}
			for th, n := range perTheme {
				if n[0] > 8 || n[1] > 6 {
					t.Errorf("theme %s has %d questions and %d cards, want at most 8 and 6", th, n[0], n[1])
				}
			}
		})
	}
}

var analysed = map[string]*article{}

// a returns the analysis of a testdata article, to check distractor kinds.
func a(t *testing.T, name string) *article {
	if x := analysed[name]; x != nil {
		return x
	}
	paras := SplitParagraphs(mustRead(t, name))
	if len(paras) > 1 && looksLikeHeading(paras[0]) {
		paras = paras[1:]
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	analysed[name] = x
	return x
}

// checkOptions checks a choice question's distractors: distinct, not
// overlapping the answer, absent from the sentence, and of the answer's
// kind when taken from the article.
func checkOptions(t *testing.T, art *article, d Draft) {
	q := d.Question
	if q.Type != quiz.Single {
		return
	}
	var answer string
	for _, o := range q.Options {
		if o.Correct {
			answer = o.Text
		}
	}
	if !strings.Contains(strings.ToLower(d.Sentence), strings.ToLower(answer)) {
		t.Errorf("question %s: correct option %q is not in the sentence", q.ID, answer)
	}
	ansKind := kNone
	if sps := art.byKey[key(answer)]; len(sps) > 0 {
		ansKind = sps[0].kind
	}
	sentKey := " " + key(d.Sentence) + " "
	seen := map[string]bool{}
	for _, o := range q.Options {
		k := key(o.Text)
		if seen[strings.Join(strings.Fields(strings.ToLower(o.Text)), " ")] {
			t.Errorf("question %s: option %q repeated", q.ID, o.Text)
		}
		seen[strings.Join(strings.Fields(strings.ToLower(o.Text)), " ")] = true
		if o.Correct {
			continue
		}
		if o.Feedback == "" {
			t.Errorf("question %s: wrong option %q has no feedback", q.ID, o.Text)
		}
		if equivalent(k, key(answer)) {
			t.Errorf("question %s: distractor %q overlaps the answer %q", q.ID, o.Text, answer)
		}
		if strings.Contains(sentKey, " "+k+" ") {
			t.Errorf("question %s: distractor %q occurs in the sentence", q.ID, o.Text)
		}
		if sps := art.byKey[k]; len(sps) > 0 && ansKind != kNone && sps[0].kind != ansKind {
			t.Errorf("question %s: distractor %q is a %s, the answer %q a %s", q.ID, o.Text, sps[0].kind, answer, ansKind)
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, name := range articles {
		text := mustRead(t, name)
		r1 := mustGenerate(t, text, Options{})
		r2 := mustGenerate(t, text, Options{})
		if !reflect.DeepEqual(r1, r2) {
			t.Errorf("%s: two runs differ", name)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
	}{
		{"empty", ""},
		{"blank", " \n\t\n "},
		{"nul", "The council met on Monday.\x00\x01\x02 It voted."},
		{"invalid utf-8", "The council met \xff\xfe on Monday and voted for the plan."},
		{"binary", string([]byte{0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'})},
		{"symbols", "1234 5678 !!!! ???? #### $$$$ %%%% 9999 0000 ---- ++++ ==== 4321 8765"},
		{"no sentences", "Budget\nTimeline\nRisks and mitigations\nNext steps"},
		{"fragments", "apples, pears, plums\ncarrots and peas\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Generate(tc.text, Options{})
			if err == nil {
				t.Fatalf("Generate(%q) = %d questions, want an error", tc.text, len(res.Course.Questions))
			}
			if got := quiz.KindOf(err); got != quiz.EInvalid {
				t.Errorf("error kind = %q (%v), want %q", got, err, quiz.EInvalid)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	wrapped := "Title line here\n\nThe first paragraph is\nwrapped over two lines.\n\nThe second one is not.\n"
	if got, want := SplitParagraphs(wrapped), []string{"Title line here", "The first paragraph is wrapped over two lines.", "The second one is not."}; !reflect.DeepEqual(got, want) {
		t.Errorf("blank-line paragraphs = %q, want %q", got, want)
	}
	lines := "One paragraph.\r\nAnother  paragraph.\n"
	if got, want := SplitParagraphs(lines), []string{"One paragraph.", "Another paragraph."}; !reflect.DeepEqual(got, want) {
		t.Errorf("line paragraphs = %q, want %q", got, want)
	}
}

// TestParagraphsLineOrWrapped checks the cases where blank lines exist
// but do not separate every paragraph: lines that read as whole
// paragraphs stay apart, hard-wrapped lines are joined.
func TestParagraphsLineOrWrapped(t *testing.T) {
	long1 := "Lake Baikal in Siberia is the deepest lake on Earth, reaching 1,642 metres, and the oldest, at some twenty-five million years."
	long2 := "It holds about a fifth of the world's unfrozen fresh water, more than all the North American Great Lakes together."
	long3 := "The nerpa, a freshwater seal, lives only in Baikal, and scientists still debate how it arrived there from the sea."
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"heading, blank line, one paragraph per line",
			"Lake Baikal\n\n" + long1 + "\n" + long2 + "\n" + long3 + "\n",
			[]string{"Lake Baikal", long1, long2, long3}},
		{"one blank line between paragraphs on lines",
			long1 + "\n" + long2 + "\n\n" + long3,
			[]string{long1, long2, long3}},
		{"a heading inside a block of long lines",
			"Lake Baikal\n" + long1 + "\nWildlife\n" + long3 + "\n\nThe end.",
			[]string{"Lake Baikal", long1, "Wildlife", long3, "The end."}},
		{"short sentences, one per line, after a heading",
			"Facts\n\nBaikal is deep.\nBaikal is old.\nBaikal is cold.",
			[]string{"Facts", "Baikal is deep.", "Baikal is old.", "Baikal is cold."}},
		{"most blocks single lines, one block of two",
			"Baikal is deep.\n\nBaikal is old.\nBaikal is cold.\n\nThe nerpa lives there.\n\nSo do fish.",
			[]string{"Baikal is deep.", "Baikal is old.", "Baikal is cold.", "The nerpa lives there.", "So do fish."}},
		{"hard-wrapped paragraphs",
			"Lake Baikal\n\nLake Baikal in Siberia is the deepest lake on Earth, reaching\n1,642 metres. It is also the oldest.\n\nThe nerpa, a freshwater seal, lives only in Baikal, and\nscientists still debate how it arrived there.\n",
			[]string{"Lake Baikal", "Lake Baikal in Siberia is the deepest lake on Earth, reaching 1,642 metres. It is also the oldest.",
				"The nerpa, a freshwater seal, lives only in Baikal, and scientists still debate how it arrived there."}},
		{"a wrapped line that happens to end a sentence",
			"Heading\n\nThe lake is deep. It is the deepest lake on Earth.\nIt is also old.\n\nThe nerpa lives in it, and\nnowhere else.",
			[]string{"Heading", "The lake is deep. It is the deepest lake on Earth. It is also old.", "The nerpa lives in it, and nowhere else."}},
		{"whitespace-only lines are blank",
			"First paragraph is\n  wrapped here.\n \t \nSecond  one.",
			[]string{"First paragraph is wrapped here.", "Second one."}},
	} {
		if got := SplitParagraphs(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
	for _, name := range []string{"water-cycle.txt", "harbour-rail.txt"} {
		text := mustRead(t, name)
		blocks := 0
		for _, b := range strings.Split(strings.TrimSpace(text), "\n\n") {
			if strings.TrimSpace(b) != "" {
				blocks++
			}
		}
		if got := len(SplitParagraphs(text)); got != blocks {
			t.Errorf("%s: %d paragraphs, want one per block, %d", name, got, blocks)
		}
	}
}

func TestOptions(t *testing.T) {
	res := mustGenerate(t, mustRead(t, "china-russia.txt"), Options{Title: "Xi and Putin", Slug: "xi-putin", MaxQuestionsPerTheme: 2, MaxCardsPerTheme: 1})
	c := res.Course
	if c.Course.Title != "Xi and Putin" || c.Course.Slug != "xi-putin" {
		t.Errorf("course = %q %q, want the given title and slug", c.Course.Title, c.Course.Slug)
	}
	q, cards := map[string]int{}, map[string]int{}
	for _, x := range c.Questions {
		q[x.Theme]++
	}
	for _, x := range c.Cards {
		cards[x.Theme]++
	}
	for _, th := range c.Themes {
		if q[th.Slug] > 2 || cards[th.Slug] > 1 {
			t.Errorf("theme %s: %d questions, %d cards; want at most 2 and 1", th.Slug, q[th.Slug], cards[th.Slug])
		}
	}
}

func TestThemes(t *testing.T) {
	paras := SplitParagraphs(mustRead(t, "china-russia.txt"))
	themes := Themes(paras)
	if len(themes) < 2 {
		t.Fatalf("got %d themes, want several", len(themes))
	}
	next := 1
	slugs := map[string]bool{}
	for _, th := range themes {
		if !quiz.ValidSlug(th.Slug) || slugs[th.Slug] {
			t.Errorf("theme slug %q is invalid or repeated", th.Slug)
		}
		slugs[th.Slug] = true
		if th.Title == "" || th.Summary == "" {
			t.Errorf("theme %s lacks a title or summary", th.Slug)
		}
		for _, n := range th.Paragraphs {
			if n != next {
				t.Fatalf("theme %s has paragraph %d, want %d (themes are consecutive runs)", th.Slug, n, next)
			}
			next++
		}
	}
	if next != len(paras)+1 {
		t.Errorf("themes cover %d paragraphs, want %d", next-1, len(paras))
	}
	// 1,000 words: 3 to 8 themes of roughly 150 to 400 words, less one
	// for each theme too thin to quiz merged into a neighbour (up to
	// maxMergedWords).
	if n := len(themes); n < 2 || n > 8 {
		t.Errorf("%d themes for %d words", n, len(strings.Fields(strings.Join(paras, " "))))
	}
	for _, th := range themes {
		if w := wordsIn(paras, th.Paragraphs); w < 120 || w > maxMergedWords {
			t.Errorf("theme %q has %d words", th.Title, w)
		}
	}
}

// TestThemeTitleNotAQuote: a phrase said once, inside a quotation, does
// not title a theme, however distinctive.
func TestThemeTitleNotAQuote(t *testing.T) {
	paras := []string{
		"The river flood reached the town of Milton on Monday, and the flood waters rose through the night.",
		"\"There were insane amounts of wind,\" said one resident of the town.",
		"The flood waters closed the main road, and the flood defences of Milton failed in two places.",
	}
	themes := Themes(paras)
	if len(themes) != 1 || strings.EqualFold(themes[0].Title, "Insane Amounts") {
		t.Errorf("themes %+v", themes)
	}
}

// TestGenerateTheme regenerates a theme keeping some items: nothing new
// repeats a kept item's sentence and answer, id, prompt or front.
func TestGenerateTheme(t *testing.T) {
	res := mustGenerate(t, mustRead(t, "harbour-rail.txt"), Options{})
	c := res.Course
	theme := c.Themes[1].Slug
	kept := *c
	kept.Questions = nil
	kept.Cards = nil
	var keptDrafts []Draft
	for _, d := range res.Drafts {
		if d.Theme != theme {
			continue
		}
		if d.Question != nil && len(kept.Questions) < 3 {
			kept.Questions = append(kept.Questions, *d.Question)
			keptDrafts = append(keptDrafts, d)
		}
		if d.Card != nil && len(kept.Cards) < 2 {
			kept.Cards = append(kept.Cards, *d.Card)
			keptDrafts = append(keptDrafts, d)
		}
	}
	drafts, err := GenerateThemeDrafts(&kept, theme, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) == 0 {
		t.Fatal("no new items")
	}
	merged := kept
	for _, d := range drafts {
		for _, k := range keptDrafts {
			if d.Sentence == k.Sentence && key(d.Answer) == key(k.Answer) {
				t.Errorf("new item %s repeats kept item on %q / %q", d.Rule, d.Answer, d.Sentence)
			}
		}
		if d.Theme != theme {
			t.Errorf("new item in theme %q, want %q", d.Theme, theme)
		}
		if d.Question != nil {
			merged.Questions = append(merged.Questions, *d.Question)
		} else {
			merged.Cards = append(merged.Cards, *d.Card)
		}
	}
	if err := quiz.Validate(&merged); err != nil {
		t.Errorf("merged course does not validate: %v", err)
	}
	qs, cs, err := GenerateTheme(&kept, theme, Options{})
	if err != nil || len(qs)+len(cs) != len(drafts) {
		t.Errorf("GenerateTheme = %d+%d items, %v; want %d", len(qs), len(cs), err, len(drafts))
	}
	// Keeping every item of a theme, drafting it again repeats none of
	// them, whatever their type.
	for _, th := range c.Themes {
		all := *c
		all.Questions, all.Cards = nil, nil
		var every []Draft
		for _, d := range res.Drafts {
			if d.Theme != th.Slug {
				continue
			}
			every = append(every, d)
			if d.Question != nil {
				all.Questions = append(all.Questions, *d.Question)
			} else {
				all.Cards = append(all.Cards, *d.Card)
			}
		}
		more, err := GenerateThemeDrafts(&all, th.Slug, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range more {
			for _, k := range every {
				if d.Sentence == k.Sentence && key(d.Answer) == key(k.Answer) {
					t.Errorf("drafting %s again: %s repeats %s on %q / %q", th.Slug, d.Rule, k.Rule, d.Answer, d.Sentence)
				}
			}
		}
	}
	if _, _, err := GenerateTheme(&kept, "no-such-theme", Options{}); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("unknown theme: error %v, want not found", err)
	}
}

// TestDraftThemes drafts every theme of a course at once and gets what
// drafting each theme alone gives, in theme order.
func TestDraftThemes(t *testing.T) {
	res := mustGenerate(t, mustRead(t, "harbour-rail.txt"), Options{})
	bare := *res.Course
	bare.Questions, bare.Cards = nil, nil
	var slugs []string
	var want []Draft
	for _, th := range bare.Themes {
		slugs = append(slugs, th.Slug)
		ds, err := GenerateThemeDrafts(&bare, th.Slug, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, ds...)
	}
	got, err := DraftThemes(&bare, slugs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || len(got) != len(want) {
		t.Fatalf("DraftThemes gave %d drafts, one theme at a time %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Theme != w.Theme || g.Sentence != w.Sentence || g.Answer != w.Answer || g.Rule != w.Rule {
			t.Errorf("draft %d: %s %q/%q, want %s %q/%q", i, g.Rule, g.Answer, g.Sentence, w.Rule, w.Answer, w.Sentence)
		}
	}
	if _, err := DraftThemes(&bare, []string{slugs[0], "nope"}, Options{}); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("unknown theme: error %v, want not found", err)
	}
}

// TestHeadingLineNotTested: a course made in the browser may keep the
// article's heading as its first paragraph; a line without final
// punctuation is not a statement, and no item comes from it.
func TestHeadingLineNotTested(t *testing.T) {
	text := mustRead(t, "harbour-rail.txt")
	var c quiz.Course
	for i, p := range SplitParagraphs(text) {
		c.Paragraphs = append(c.Paragraphs, quiz.Paragraph{N: i + 1, Text: p})
	}
	if !looksLikeHeading(c.Paragraphs[0].Text) {
		t.Fatalf("paragraph 1 %q is not a heading", c.Paragraphs[0].Text)
	}
	c.Themes = []quiz.Theme{{Slug: "all", Title: "All", Paragraphs: allParas(len(c.Paragraphs))}}
	ds, err := DraftThemes(&c, []string{"all"}, Options{MaxQuestionsPerTheme: 100, MaxCardsPerTheme: 100})
	if err != nil || len(ds) == 0 {
		t.Fatalf("%d drafts, %v", len(ds), err)
	}
	for _, d := range ds {
		if d.Paragraph == 1 {
			t.Errorf("%s drafted from the heading %q", d.Rule, d.Sentence)
		}
	}
}

// TestNameRules pins the rules that correct the NER model.
func TestNameRules(t *testing.T) {
	x, err := analyse([]string{
		"Apple and Microsoft compete in Seattle, said Professor Ana Ruiz of the University of Lisbon.",
		"The Belt and Road Initiative grew in 2019, when the fund paid $4.5 billion, about 12% of its revenue, on 3 March 2020.",
		"Barack Obama was born in Hawaii",
		"An outbreak in the 1980s showed it, and 2024 passengers rode the charity Rewilding Europe's line.",
		"The last bison of the Białowieża Forest died before herds returned to the Southern Carpathians and Romania.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]kind{
		"ana ruiz": kPerson, "university of lisbon": kOrg, "seattle": kPlace,
		"belt and road initiative": kName, "2019": kYear, "4.5 billion": kMoney, "12": kPercent,
		"3 march 2020": kDate, "barack obama": kPerson, "hawaii": kPlace,
		"1980s": kYear, "2024": kNumber, "rewilding europe": kOrg,
		"białowieża forest": kPlace, "southern carpathians": kPlace, "romania": kPlace,
	}
	// Natural features are told from countries, so neither is offered for
	// the other.
	for k, sub := range map[string]string{"białowieża forest": subFeature, "southern carpathians": subFeature, "romania": subCountry} {
		if sps := x.byKey[k]; len(sps) > 0 && sps[0].sub != sub {
			t.Errorf("%q is a place of subkind %q, want %q", k, sps[0].sub, sub)
		}
	}
	for k, kd := range want {
		sps := x.byKey[k]
		if len(sps) == 0 {
			t.Errorf("%q not found; have %v", k, x.keys)
			continue
		}
		if sps[0].kind != kd {
			t.Errorf("%q is a %s (rule %s), want a %s", k, sps[0].kind, sps[0].rule, kd)
		}
	}
}

func BenchmarkGenerateFirstCourse(b *testing.B) {
	text, err := os.ReadFile("../../quizzes/china-russia.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Generate(string(text), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDraftThemesFirstCourse drafts every theme of the first course
// as it ships (112 questions and 70 cards to avoid repeating), as "Draft
// again for every theme" does in the instructor area.
func BenchmarkDraftThemesFirstCourse(b *testing.B) {
	data, err := os.ReadFile("../../quizzes/china-russia.json")
	if err != nil {
		b.Fatal(err)
	}
	var c quiz.Course
	if err := json.Unmarshal(data, &c); err != nil {
		b.Fatal(err)
	}
	var slugs []string
	for _, t := range c.Themes {
		slugs = append(slugs, t.Slug)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DraftThemes(&c, slugs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// fiftyK builds a text of about 50,000 words from the testdata articles.
func fiftyK(b *testing.B) string {
	var parts []string
	words := 0
	for words < 50000 {
		for _, name := range articles {
			t := mustRead(b, name)
			parts = append(parts, strings.Join(SplitParagraphs(t), "\n\n"))
			words += len(strings.Fields(t))
		}
	}
	return strings.Join(parts, "\n\n")
}

func BenchmarkGenerate50kWords(b *testing.B) {
	text := fiftyK(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Generate(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDecadeLookalikes: look-alikes of a decade are decades, of a year
// years near it.
func TestDecadeLookalikes(t *testing.T) {
	x, err := analyse([]string{"An outbreak of a foot infection in the 1980s showed the danger, and the herd recovered in 1952."})
	if err != nil {
		t.Fatal(err)
	}
	for k, re := range map[string]*regexp.Regexp{"1980s": regexp.MustCompile(`^(19[0-9]0|2000)s$`), "1952": regexp.MustCompile(`^19[4-6]\d$`)} {
		sps := x.byKey[k]
		if len(sps) == 0 {
			t.Fatalf("%q not found", k)
		}
		got := perturb(sps[0])
		if len(got) < 3 {
			t.Errorf("%s: look-alikes %v", k, got)
		}
		for _, v := range got {
			if !re.MatchString(v) || v == k {
				t.Errorf("%s: look-alike %q", k, v)
			}
		}
	}
}

// TestPlaceDistractors: a natural feature is offered features, never
// countries; a place of unknown kind is not offered a country it may lie
// in.
func TestPlaceDistractors(t *testing.T) {
	x, err := analyse([]string{
		"The last bison of the Białowieża Forest died in 1921.",
		"Herds were later released in the Southern Carpathians, the Tatra Mountains and the Danube Delta.",
		"The largest herds now live in Poland, Belarus, Romania and Russia.",
		"By 1945 the herd in Białowieża had been reduced to a few dozen animals.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for k, bad := range map[string]string{"białowieża forest": subCountry, "białowieża": subCountry} {
		sps := x.byKey[k]
		if len(sps) == 0 {
			t.Fatalf("%q not found", k)
		}
		sp := sps[0]
		for _, o := range x.distractors(sp.sent, sp) {
			if placeSub(key(o.text)) == bad {
				t.Errorf("%q is offered the country %q", k, o.text)
			}
		}
	}
}

// TestQuestionKind: cues of attribution, interpretation and outlook; a
// modal in a purpose clause is no outlook.
func TestQuestionKind(t *testing.T) {
	x, err := analyse([]string{
		"The society kept a studbook so that breeders could avoid mating close relatives.",
		"Corridors would let animals move between populations.",
		"Scientists warn that low diversity makes herds vulnerable.",
		"The deal signals a shift in the partnership.",
		"The last bison died in 1921.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []quiz.Kind{quiz.Fact, quiz.Outlook, quiz.Attribution, quiz.Interpretation, quiz.Fact}
	for i, p := range x.paras {
		if got := questionKind(p.sents[0]); got != want[i] {
			t.Errorf("%q: %s, want %s", p.text, got, want[i])
		}
	}
}

// A paragraph that ends with a closing quotation mark after its full stop
// (ordinary in news writing) once made the tokeniser slice past the end of
// the paragraph.
func TestClosingQuoteEndsParagraph(t *testing.T) {
	for _, q := range []string{`"`, "”", "’", `'`} {
		text := "Floodwater rose through the town of Milton overnight.\n\n" +
			"The mayor of Milton said residents should leave their homes. " +
			"\u201cIf you live near the river, it is time to move on out." + q + "\n\n" +
			"Crews opened three shelters in schools across the county by morning."
		res, err := Generate(text, Options{})
		if err != nil {
			t.Fatalf("closing %q: %v", q, err)
		}
		if len(res.Course.Paragraphs) != 3 {
			t.Errorf("closing %q: %d paragraphs, want 3", q, len(res.Course.Paragraphs))
		}
	}
}

// headedArticle has a title line, a paragraph ending with a quotation, and
// a bulleted list after a line ending with a colon.
const headedArticle = `The Keeping of Bees

A beekeeper in Lyon keeps forty hives on the roof of the opera house, and
visitors often ask her what the bees find to eat in a city.

"They find more than in the fields," she told a reporter. "The city has no pesticides."

She names three plants that feed the hives in summer:

- lime trees along the river
- lavender in the public gardens
* clover on the railway banks

Each hive gives about twenty kilograms of honey in a good year.
`

func TestSplitArticleHeadingAndList(t *testing.T) {
	heading, paras := SplitArticle(headedArticle)
	if heading != "The Keeping of Bees" {
		t.Errorf("heading = %q, want the title line", heading)
	}
	want := []string{
		"A beekeeper in Lyon keeps forty hives on the roof of the opera house, and visitors often ask her what the bees find to eat in a city.",
		`"They find more than in the fields," she told a reporter. "The city has no pesticides."`,
		"She names three plants that feed the hives in summer:\n- lime trees along the river\n- lavender in the public gardens\n- clover on the railway banks",
		"Each hive gives about twenty kilograms of honey in a good year.",
	}
	if !reflect.DeepEqual(paras, want) {
		t.Errorf("paragraphs =\n%q\nwant\n%q", paras, want)
	}
	// A quotation closing the first paragraph does not make it a heading.
	if h, _ := SplitArticle(`"They find more," she said. "The city has none."` + "\n\nA second paragraph follows here."); h != "" {
		t.Errorf("quoted paragraph taken as heading %q", h)
	}
	// A list on its own, each item a sentence, and numbered items.
	for text, want := range map[string][]string{
		"Steps to follow.\n\n1. Open the hive.\n2) Lift a frame.\n\n3. Close it again.": {"Steps to follow.", "1. Open the hive.\n2. Lift a frame.\n3. Close it again."},
		"Intro line here.\n\n• one\n• two":                                              {"Intro line here.", "- one\n- two"},
		"1. Introduction\n\nA paragraph of text.":                                       {"1. Introduction", "A paragraph of text."},
	} {
		if got := SplitParagraphs(text); !reflect.DeepEqual(got, want) {
			t.Errorf("SplitParagraphs(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestGenerateDraftsNoListMarker(t *testing.T) {
	res, err := Generate(headedArticle, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Course.Course.Title != "The Keeping of Bees" {
		t.Errorf("title = %q", res.Course.Course.Title)
	}
	for _, p := range res.Course.Paragraphs {
		if strings.HasPrefix(p.Text, "- ") || strings.HasPrefix(p.Text, "* ") || p.Text == "The Keeping of Bees" {
			t.Errorf("paragraph %d = %q", p.N, p.Text)
		}
	}
	for _, d := range append(res.Drafts, res.Held...) {
		if strings.Contains(d.Sentence, "- ") || strings.HasPrefix(d.Sentence, "* ") {
			t.Errorf("drafted from a list marker: %q", d.Sentence)
		}
	}
}
