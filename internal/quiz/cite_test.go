package quiz_test

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

func TestContentWords(t *testing.T) {
	got := quiz.ContentWords("China's gas exports, and the Power of Siberia pipeline in 2019.")
	want := []string{"china", "gas", "export", "power", "siberia", "pipeline", "2019"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// The first course's own questions, their paragraphs forgotten (as in a
// GIFT or Moodle XML export), are cited again from their text: most land
// on a paragraph they cited, and none cites the whole theme.
func TestCiteFindsTheFirstCoursesParagraphs(t *testing.T) {
	cs, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c := cs[0]
	citer := quiz.NewCiter(c.Paragraphs)
	texts := map[string][]string{}
	for _, q := range c.Questions {
		texts[q.Theme] = append(texts[q.Theme], quiz.CiteText(q))
	}
	hit, exact, n := 0, 0, 0
	for _, q := range c.Questions {
		th, _ := c.Theme(q.Theme)
		got := citer.Cite(quiz.CiteText(q), th.Paragraphs, citer.BestParagraph(texts[q.Theme], th.Paragraphs))
		if len(got) == 0 || len(got) > 2 || len(th.Paragraphs) > 2 && len(got) == len(th.Paragraphs) {
			t.Errorf("%s cites %v of its theme's %v", q.ID, got, th.Paragraphs)
		}
		orig := map[int]bool{}
		for _, p := range q.Paragraphs {
			orig[p] = true
		}
		n++
		if orig[got[0]] {
			hit++
		}
		same := len(got) == len(q.Paragraphs)
		for _, p := range got {
			same = same && orig[p]
		}
		if same {
			exact++
		}
	}
	// Without the explanation (a file that has none), from the prompt and
	// the right answer alone.
	bare := 0
	for _, q := range c.Questions {
		th, _ := c.Theme(q.Theme)
		q.Explanation = ""
		got := citer.Cite(quiz.CiteText(q), th.Paragraphs, citer.BestParagraph(texts[q.Theme], th.Paragraphs))
		for _, p := range q.Paragraphs {
			if p == got[0] {
				bare++
				break
			}
		}
	}
	t.Logf("without explanations: %d (%.0f%%) cite a paragraph they cited before", bare, 100*float64(bare)/float64(n))
	if float64(bare)/float64(n) < 0.6 {
		t.Errorf("without explanations only %d of %d find a paragraph they cited", bare, n)
	}
	// For scale: citing each theme's first paragraph.
	first, pars := 0, 0
	for _, q := range c.Questions {
		th, _ := c.Theme(q.Theme)
		pars += len(th.Paragraphs)
		for _, p := range q.Paragraphs {
			if p == th.Paragraphs[0] {
				first++
				break
			}
		}
	}
	t.Logf("baseline, each theme's first paragraph: %d (%.0f%%); a question's theme has %.1f paragraphs on average", first, 100*float64(first)/float64(n), float64(pars)/float64(n))
	// A harder measure: the whole article as the candidates, as though the
	// course were one theme.
	var all []int
	for _, p := range c.Paragraphs {
		all = append(all, p.N)
	}
	whole, wholeBare := 0, 0
	for _, q := range c.Questions {
		for i, text := range []string{quiz.CiteText(q), q.Prompt + "\n" + strings.Join(quiz.CorrectText(q), "\n")} {
			got := citer.Cite(text, all, 0)
			for _, p := range q.Paragraphs {
				if p == got[0] {
					if i == 0 {
						whole++
					} else {
						wholeBare++
					}
					break
				}
			}
		}
	}
	t.Logf("among all %d paragraphs of the article: %d (%.0f%%) find a paragraph they cited; without explanations %d (%.0f%%)",
		len(all), whole, 100*float64(whole)/float64(n), wholeBare, 100*float64(wholeBare)/float64(n))
	if float64(whole)/float64(n) < 0.7 {
		t.Errorf("among the whole article only %d of %d find a paragraph they cited", whole, n)
	}
	share := float64(hit) / float64(n)
	t.Logf("%d questions: %d (%.0f%%) cite a paragraph they cited before, %d (%.0f%%) exactly the same", n, hit, 100*share, exact, 100*float64(exact)/float64(n))
	if share < 0.8 {
		t.Errorf("only %.0f%% of the questions find a paragraph they cited; want 80%% or more", 100*share)
	}
}

// FuzzCite: any text, cited against any article, gets one or two of its
// theme's paragraphs, never a paragraph outside the theme.
func FuzzCite(f *testing.F) {
	f.Add("The Danube ends in the Black Sea.", "The Danube flows through ten countries.\n\nThe Rhine rises in the Alps.", "Where does the Danube end?")
	f.Add("", "", "")
	f.Add("ies ing ed es s", "studies studying studied", "\xff\x00 123 2019's")
	f.Fuzz(func(t *testing.T, a, b, text string) {
		pars := []quiz.Paragraph{{N: 1, Text: a}, {N: 2, Text: b}, {N: 3, Text: a + b}}
		c := quiz.NewCiter(pars)
		theme := []int{2, 3}
		got := c.Cite(text, theme, c.BestParagraph([]string{text}, theme))
		if len(got) < 1 || len(got) > 2 {
			t.Fatalf("cites %v", got)
		}
		for _, n := range got {
			if n != 2 && n != 3 {
				t.Fatalf("cites %d, outside the theme", n)
			}
		}
	})
}
