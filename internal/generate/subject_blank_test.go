package generate

import (
	"strings"
	"testing"
)

// In the life of someone no item asks for their name: Maria Anna Lind
// (a course titled "Maria Lind") in a text written for the test, Frederick Douglass in the development
// biography.
func TestNoBlankOnTheSubject(t *testing.T) {
	t.Run("own", func(t *testing.T) { noBlankOn(t, bioText, "Maria Lind", "Lind") })
	t.Run("real", func(t *testing.T) {
		noBlankOn(t, devArticle(t, "biography.txt"), "Frederick Douglass", "Douglass")
	})
}

func noBlankOn(t *testing.T, text, title, name string) {
	t.Helper()
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Course.Course.Title != title {
		t.Fatalf("course title %q, want %q", res.Course.Course.Title, title)
	}
	for _, q := range res.Course.Questions {
		for _, o := range q.Options {
			if o.Correct && strings.Contains(o.Text, name) && q.Type != "truefalse" {
				t.Errorf("question asks for the subject: %q", q.Prompt)
			}
		}
		for _, a := range q.Answers {
			if strings.Contains(a, name) {
				t.Errorf("question asks for the subject: %q", q.Prompt)
			}
		}
	}
	for _, c := range res.Course.Cards {
		if strings.Contains(c.Front, "_____") && strings.Contains(c.Back, name) {
			t.Errorf("card asks for the subject: %q", c.Front)
		}
	}
}

func TestMarkSubjectBlanks(t *testing.T) {
	x := analyseText(t, bioText)
	var items []item
	for _, s := range x.sents {
		for _, sp := range s.spans {
			if sp.kind == kPerson {
				items = append(items, item{sent: s, sp: sp, rule: "cloze-single/person"})
			}
		}
	}
	x.markSubjectBlanks(items, "Maria Anna Lind")
	n := 0
	for _, it := range items {
		if it.incidental != (lastWord(it.sp.key) == "lind") {
			t.Errorf("%q held back = %v", it.sp.text, it.incidental)
		}
		if it.incidental {
			n++
		}
	}
	if n == 0 {
		t.Error("no blank on the subject to hold back")
	}
}

// Whatever the course is titled, a blank on the person the article is
// about is held back.
func TestMarkSubjectBlanksAnyTitle(t *testing.T) {
	x := analyseText(t, bioText)
	var items []item
	for _, s := range x.sents {
		for _, sp := range s.spans {
			if sp.kind.proper() {
				items = append(items, item{sent: s, sp: sp, rule: "cloze-single/name"})
			}
		}
	}
	x.markSubjectBlanks(items, "Swedish Painting")
	n := 0
	for _, it := range items {
		if lastWord(it.sp.key) == "lind" && !it.incidental {
			t.Errorf("%q not held back", it.sp.text)
		}
		if it.incidental {
			n++
		}
	}
	if n == 0 {
		t.Error("no blank on the subject to hold back")
	}
}
