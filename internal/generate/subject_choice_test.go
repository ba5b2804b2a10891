package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A report that names four people, each the subject of what they did
// or said. The first sentence of the second paragraph is from a BBC
// report on the 2004 US election; the rest are written for the test.
var subjectChoiceReport = []string{
	"Tory leader Michael Howard said the result was a matter for the American people. Mr Howard spoke in London on Thursday.",
	"Liberal Democrat leader Charles Kennedy welcomed the fact there had been a quick conclusion to the election, unlike in 2000. Mr Kennedy spoke to reporters in Edinburgh.",
	"Foreign Secretary Jack Straw travelled to Brussels to meet European ministers. Mr Straw met them at the council building.",
	"Environment Secretary Margaret Beckett opened a new research centre in Leeds. Mrs Beckett was given a tour of its laboratories.",
}

func subjectChoiceSentence(t *testing.T, a *article, prefix string) *sentence {
	t.Helper()
	for _, s := range a.sents {
		if strings.HasPrefix(s.text, prefix) {
			return s
		}
	}
	t.Fatalf("no sentence opens %q", prefix)
	return nil
}

func TestSubjectChoiceAsksWhoWithThePeopleOfTheArticle(t *testing.T) {
	a, err := analyse(subjectChoiceReport)
	if err != nil {
		t.Fatal(err)
	}
	s := subjectChoiceSentence(t, a, "Liberal Democrat leader Charles Kennedy")
	it := a.subjectChoice(s)
	if it == nil {
		t.Fatal("no question on who welcomed the quick conclusion")
	}
	q := it.q
	if q.Type != quiz.Single || q.Prompt != "Who welcomed the fact there had been a quick conclusion to the election, unlike in 2000?" {
		t.Fatalf("question %q of type %v", q.Prompt, q.Type)
	}
	got := map[string]bool{}
	for _, o := range q.Options {
		got[o.Text] = o.Correct
	}
	want := map[string]bool{"Charles Kennedy": true, "Michael Howard": false, "Jack Straw": false, "Margaret Beckett": false}
	if len(got) != len(want) {
		t.Fatalf("options %v, want %v", got, want)
	}
	for k, v := range want {
		if c, ok := got[k]; !ok || c != v {
			t.Fatalf("options %v, want %v", got, want)
		}
	}
	if !strings.HasPrefix(it.rule, subjectChoiceRule) {
		t.Fatalf("rule %q", it.rule)
	}
}

// With two other people only, the article has too few of the kind: no
// question.
func TestSubjectChoiceNeedsThreeOthersOfTheKind(t *testing.T) {
	a, err := analyse(subjectChoiceReport[:3])
	if err != nil {
		t.Fatal(err)
	}
	if it := a.subjectChoice(subjectChoiceSentence(t, a, "Liberal Democrat leader Charles Kennedy")); it != nil {
		t.Fatalf("a question with too few options: %q", it.q.Prompt)
	}
}

// A person the article tells something like the statement of is
// arguably right: never an option.
func TestSubjectChoiceLeavesOutWhoSaidAlike(t *testing.T) {
	paras := append([]string{}, subjectChoiceReport...)
	paras[2] = "Foreign Secretary Jack Straw welcomed the quick conclusion to the election. Mr Straw met European ministers in Brussels."
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	if it := a.subjectChoice(subjectChoiceSentence(t, a, "Liberal Democrat leader Charles Kennedy")); it != nil {
		for _, o := range it.q.Options {
			if o.Text == "Jack Straw" {
				t.Fatalf("Jack Straw, who also welcomed it, is an option of %q", it.q.Prompt)
			}
		}
	}
}

// The role before a name is no part of it: "Labour MP Roger Godsiff"
// is offered as "Roger Godsiff".
func TestPersonNameTailDropsTheRole(t *testing.T) {
	for in, want := range map[string]string{
		"Labour MP Roger Godsiff": "Roger Godsiff",
		"Lawyer Louise Christian": "Louise Christian",
		"Charles Kennedy":         "Charles Kennedy",
		"Monday Tony Blair":       "Tony Blair",
		"Lib":                     "",
		"Ludwig van Beethoven":    "Ludwig van Beethoven",
	} {
		if got := personNameTail(in); got != want {
			t.Errorf("personNameTail(%q) = %q, want %q", in, got, want)
		}
	}
}

// "Lewis and Clark were busy over the winter." (a development article
// on the expedition): Clark shares the subject with Lewis, who would be
// as right; no question on either.
func TestSubjectChoiceSkipsASharedSubject(t *testing.T) {
	paras := append([]string{}, subjectChoiceReport...)
	paras = append(paras, "Meriwether Lewis led the expedition with William Clark. Lewis and Clark were busy over the winter. Mr Clark drew maps of the river.")
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	if it := a.subjectChoice(subjectChoiceSentence(t, a, "Lewis and Clark")); it != nil {
		t.Fatalf("a question on one of two subjects: %q", it.q.Prompt)
	}
}

// An actor after a fronted phrase is asked with the phrase kept; the
// sentence of the test is from a history of the Lewis and Clark
// expedition.
func TestSubjectChoiceAsksPastAFrontedPhrase(t *testing.T) {
	paras := append([]string{}, subjectChoiceReport...)
	paras[2] = "On November 11, fur trapper Jack Straw came to visit Fort Mandan. Mr Straw met them at the council building."
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	it := a.subjectChoice(subjectChoiceSentence(t, a, "On November 11"))
	if it == nil {
		t.Fatal("no question on who came to visit")
	}
	if it.q.Prompt != "On November 11, who came to visit Fort Mandan?" {
		t.Fatalf("question %q", it.q.Prompt)
	}
	// A clause with a verb of its own before the comma is no fronted
	// phrase.
	paras[2] = "As the talks ended, fur trapper Jack Straw came to visit Fort Mandan. Mr Straw met them at the council building."
	if a, err = analyse(paras); err != nil {
		t.Fatal(err)
	}
	if it := a.subjectChoice(subjectChoiceSentence(t, a, "As the talks")); it != nil {
		t.Fatalf("a question past a clause: %q", it.q.Prompt)
	}
}

// A middle name is part of the name the text writes ("Rhodri Glyn
// Thomas" of a BBC report on Welsh waiting lists): the option and the
// answer are the three words, not "Glyn Thomas"; a role or party
// before a given name is still left out.
func TestSubjectChoiceKeepsAMiddleName(t *testing.T) {
	for in, want := range map[string]string{
		"Dafydd Elis Jones":           "Dafydd Elis Jones",
		"Lawyer Louise Christian":     "Louise Christian",
		"Tory Michael Howard":         "Michael Howard",
		"Campaigner Louise Christian": "Louise Christian",
	} {
		if got := personNameTail(in); got != want {
			t.Errorf("personNameTail(%q) = %q, want %q", in, got, want)
		}
	}
	paras := append([]string{}, subjectChoiceReport...)
	paras[1] = "Plaid Cymru spokesman Dafydd Elis Jones welcomed the fact there had been a quick conclusion to the election. Mr Jones spoke to reporters in Cardiff."
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	it := a.subjectChoice(subjectChoiceSentence(t, a, "Plaid Cymru spokesman"))
	if it == nil {
		t.Fatal("no question on who welcomed the quick conclusion")
	}
	var opts []string
	for _, o := range it.q.Options {
		opts = append(opts, o.Text)
		if o.Correct && o.Text != "Dafydd Elis Jones" {
			t.Fatalf("answer %q, want the full name as written", o.Text)
		}
	}
	for _, o := range opts {
		if strings.Count(o, " ") < 1 {
			t.Fatalf("options %q: a surname alone among full names", opts)
		}
	}
}
