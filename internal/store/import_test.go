package store_test

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
)

// importSet returns three new questions for the rivers course: one placed
// by its theme, one by a category the course lacks, one with no theme; and
// two written cards.
func importSet(publish bool) quiz.ImportSet {
	return quiz.ImportSet{
		Course:  "rivers",
		Theme:   "rhine-and-borders",
		Title:   "Imported",
		Publish: publish,
		Questions: []quiz.Question{
			{ID: "d-new", Theme: "danube", Type: quiz.TrueFalse, Kind: quiz.Fact, Prompt: "The Danube crosses ten countries.",
				Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}},
			{ID: "r-new", Theme: "unit-1", Type: quiz.Short, Kind: quiz.Fact, Prompt: "Where does the Rhine rise?",
				Answers: []string{"the Swiss Alps", "Alps"}, Paragraphs: []int{2}},
			{ID: "r-new-2", Type: quiz.Single, Kind: quiz.Fact, Prompt: "Which sea does the Rhine reach?",
				Options: []quiz.Option{{Text: "The North Sea", Correct: true}, {Text: "The Black Sea"}}},
		},
		Cards: []quiz.Card{
			{Theme: "danube", Front: "Danube: how many countries?", Back: "Ten."},
			{Front: "Rhine: source?", Back: "The Swiss Alps."},
		},
	}
}

func questionIDs(c *quiz.Course) []string {
	var ids []string
	for _, q := range c.Questions {
		ids = append(ids, q.ID)
	}
	return ids
}

func TestImportQuestionsPublished(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	before := mustImport(t, db) // also fills the content snapshot

	rep, err := db.ImportQuestions(ctx, importSet(true))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Questions != 3 || rep.QuestionCards != 3 || rep.Cards != 2 || len(rep.Sets) != 2 || len(rep.Renamed) != 0 {
		t.Fatalf("report = %+v", rep)
	}
	if rep.ByType[quiz.TrueFalse] != 1 || rep.ByType[quiz.Short] != 1 || rep.ByType[quiz.Single] != 1 {
		t.Errorf("by type = %v", rep.ByType)
	}
	if rep.Sets[0].Theme != "danube" || rep.Sets[0].Questions != 1 || rep.Sets[1].Theme != "rhine-and-borders" || rep.Sets[1].Questions != 2 || rep.Sets[0].ID == 0 {
		t.Errorf("sets = %+v", rep.Sets)
	}

	after, err := db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	for i, t0 := range before.Themes {
		got, want := after.Themes[i], t0
		wantQ, wantC := want.Questions+rep.Sets[i].Questions, want.Cards+rep.Sets[i].Questions+1
		if got.Questions != wantQ || got.Cards != wantC {
			t.Errorf("theme %s: %d questions, %d cards; want %d, %d", got.Slug, got.Questions, got.Cards, wantQ, wantC)
		}
	}

	exp, err := db.ExportCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	if err := quiz.Validate(exp); err != nil {
		t.Fatalf("the course after import no longer validates: %v", err)
	}
	want := []string{"danube-1", "danube-2", "danube-3", "d-new", "rhine-1", "rhine-2", "rhine-3", "r-new", "r-new-2"}
	if got := questionIDs(exp); !slices.Equal(got, want) {
		t.Errorf("questions = %v, want %v", got, want)
	}
	byID := map[string]quiz.Question{}
	for _, q := range exp.Questions {
		byID[q.ID] = q
	}
	if p := byID["d-new"].Paragraphs; !slices.Equal(p, []int{1}) {
		t.Errorf("d-new cites %v, want the danube theme's paragraphs [1]", p)
	}
	if p := byID["r-new"].Paragraphs; !slices.Equal(p, []int{2}) {
		t.Errorf("r-new cites %v, want its own [2]", p)
	}
	// Citing nothing, an item cites the paragraph of its theme that
	// supports it (the Rhine reaching the North Sea, rising in the Swiss
	// Alps: paragraph 2), not the whole theme.
	if q := byID["r-new-2"]; q.Theme != "rhine-and-borders" || !slices.Equal(q.Paragraphs, []int{2}) {
		t.Errorf("r-new-2: theme %q, paragraphs %v, want [2]", q.Theme, q.Paragraphs)
	}
	if len(exp.Cards) != 3 || exp.Cards[1].ID != "card-1" || exp.Cards[2].Theme != "rhine-and-borders" || !slices.Equal(exp.Cards[2].Paragraphs, []int{2}) {
		t.Errorf("cards = %+v", exp.Cards)
	}

	// A learner's quiz on the theme draws the new question.
	uid, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: after.ID, ThemeID: after.Themes[0].ID, Mode: "theme", MixedSize: 10, Rand: rand.New(rand.NewPCG(1, 2))})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Items) != 4 {
		t.Errorf("a quiz on the danube theme has %d questions, want 4", len(a.Items))
	}
}

func TestImportQuestionsDraft(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	before := mustImport(t, db)
	rep, err := db.ImportQuestions(ctx, importSet(false))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Published || rep.Questions != 3 {
		t.Fatalf("report = %+v", rep)
	}
	after, _ := db.FindCourse(ctx, "rivers")
	for i := range before.Themes {
		if after.Themes[i].Questions != before.Themes[i].Questions || after.Themes[i].Cards != before.Themes[i].Cards {
			t.Errorf("theme %s: a draft import changed what learners see from %d questions and %d cards to %d and %d", after.Themes[i].Slug,
				before.Themes[i].Questions, before.Themes[i].Cards, after.Themes[i].Questions, after.Themes[i].Cards)
		}
	}
	exp, _ := db.ExportCourse(ctx, "rivers")
	if len(exp.Questions) != 9 {
		t.Errorf("draft questions are not stored: export has %d questions, want 9", len(exp.Questions))
	}
	// The written cards belong to the new sets, and reach the decks with
	// them: a learner has no new card due from the import until then.
	if rep.Sets[0].Cards != 1 || rep.Sets[1].Cards != 1 {
		t.Fatalf("sets = %+v, want one written card each", rep.Sets)
	}
	cards, err := db.SetCards(ctx, rep.Sets[0].ID)
	if err != nil || len(cards) != 1 || cards[0].Front != "Danube: how many countries?" {
		t.Fatalf("set cards = %+v, %v", cards, err)
	}
	uid, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts, _, err := db.DeckCounts(ctx, uid, after.ID, db.Now(), db.Now().Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	danube := after.Themes[0]
	if counts[danube.ID].New != before.Themes[0].Cards {
		t.Errorf("the danube deck offers %d new cards before publishing, want %d", counts[danube.ID].New, before.Themes[0].Cards)
	}
	for _, s := range rep.Sets {
		if err := db.SetStatus(ctx, s.ID, "published"); err != nil {
			t.Fatal(err)
		}
	}
	published, _ := db.FindCourse(ctx, "rivers")
	if got, want := published.Themes[0].Cards, before.Themes[0].Cards+2; got != want {
		t.Errorf("after publishing, the danube deck has %d cards, want %d (a question's card and a written one)", got, want)
	}
	// A copy of the set copies its written card, as a draft.
	dup, err := db.DuplicateSet(ctx, rep.Sets[0].ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if cards, _ := db.SetCards(ctx, dup); len(cards) != 1 || cards[0].Back != "Ten." || cards[0].ID == "card-1" {
		t.Errorf("the copy's cards = %+v", cards)
	}
	if again, _ := db.FindCourse(ctx, "rivers"); again.Themes[0].Cards != published.Themes[0].Cards {
		t.Errorf("a draft copy changed the deck: %d cards, want %d", again.Themes[0].Cards, published.Themes[0].Cards)
	}
}

func TestImportQuestionsRenamesTakenIDs(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	mustImport(t, db)
	in := importSet(true)
	in.Questions[0].ID = "danube-1"
	in.Cards[0].ID = "danube-c1"
	rep, err := db.ImportQuestions(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	want := []quiz.Renamed{{What: "question", From: "danube-1", To: "danube-1-2"}, {What: "card", From: "danube-c1", To: "danube-c1-2"}}
	if !reflect.DeepEqual(rep.Renamed, want) {
		t.Fatalf("renamed = %+v, want %+v", rep.Renamed, want)
	}
	exp, _ := db.ExportCourse(ctx, "rivers")
	if !slices.Contains(questionIDs(exp), "danube-1-2") || exp.Cards[1].ID != "danube-c1-2" {
		t.Errorf("export: questions %v, cards %+v", questionIDs(exp), exp.Cards)
	}
}

func TestImportQuestionsRefusesWhole(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	mustImport(t, db)
	orig, _ := db.ExportCourse(ctx, "rivers")

	tests := []struct {
		name  string
		edit  func(*quiz.ImportSet)
		kind  quiz.ErrorKind
		wants []string
	}{
		{"no such course", func(in *quiz.ImportSet) { in.Course = "nope" }, quiz.ENotFound, nil},
		{"no such default theme", func(in *quiz.ImportSet) { in.Theme = "volga" }, quiz.EInvalid, []string{`no theme "volga"`, "danube, rhine-and-borders"}},
		{"no title", func(in *quiz.ImportSet) { in.Title = " " }, quiz.EInvalid, []string{"title"}},
		{"invalid question", func(in *quiz.ImportSet) { in.Questions[2].Options[1].Fraction = -0.5 }, quiz.EInvalid,
			[]string{`question 3 (id "r-new-2")`, "only for multiple-response questions"}},
		{"unknown category and no default", func(in *quiz.ImportSet) { in.Theme = "" }, quiz.EInvalid,
			[]string{`question 2 (id "r-new")`, `"unit-1" is not a theme`, `question 3 (id "r-new-2"): has no theme`, `card 2`, "danube, rhine-and-borders"}},
		{"missing paragraph", func(in *quiz.ImportSet) { in.Questions[1].Paragraphs = []int{9} }, quiz.EInvalid, []string{"paragraph 9"}},
		{"repeated id", func(in *quiz.ImportSet) { in.Questions[1].ID = "d-new" }, quiz.EInvalid, []string{"used twice"}},
		{"prompt repeated in the import", func(in *quiz.ImportSet) { in.Questions[1].Prompt = in.Questions[0].Prompt }, quiz.EInvalid,
			[]string{`question 2 (id "r-new"): repeats the prompt of question "d-new" in the import`}},
		{"everything already in the course", func(in *quiz.ImportSet) {
			in.Questions = in.Questions[:1]
			in.Questions[0].Prompt = "Where does the Danube end?"
			in.Cards = in.Cards[:1]
			in.Cards[0].Front = "Danube: where does it end?"
		}, quiz.EConflict, []string{"already in this course (1 question and 1 written card); nothing was imported", `question "danube-1"`, `card 1 ("Danube: where does it end?")`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := importSet(true)
			tc.edit(&in)
			_, err := db.ImportQuestions(ctx, in)
			if quiz.KindOf(err) != tc.kind {
				t.Fatalf("err = %v, want kind %s", err, tc.kind)
			}
			for _, w := range tc.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			got, _ := db.ExportCourse(ctx, "rivers")
			if !reflect.DeepEqual(got, orig) {
				t.Error("a refused import changed the course")
			}
		})
	}
}

func TestImportQuestionsDryRunWritesNothing(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	mustImport(t, db)
	orig, _ := db.ExportCourse(ctx, "rivers")
	in := importSet(true)
	in.DryRun = true
	in.Questions[0].ID = "danube-1"
	rep, err := db.ImportQuestions(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.DryRun || rep.Questions != 3 || rep.Cards != 2 || len(rep.Renamed) != 1 || rep.Sets[0].ID != 0 {
		t.Errorf("dry-run report = %+v", rep)
	}
	got, _ := db.ExportCourse(ctx, "rivers")
	if !reflect.DeepEqual(got, orig) {
		t.Error("a dry run changed the course")
	}
	// The real import afterwards goes through.
	in.DryRun = false
	if _, err := db.ImportQuestions(ctx, in); err != nil {
		t.Fatal(err)
	}
}

// A file's paragraph numbers are kept only when it is of the receiving
// course: the same slug and the same paragraph texts. A file of another
// article that merely shares the slug cites its theme's paragraphs.
func TestImportFileKeepsParagraphsOfTheSameArticleOnly(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		edit func(c *quiz.Course)
		want []int
	}{
		{"same course", func(*quiz.Course) {}, []int{3}},
		{"same slug, another article", func(c *quiz.Course) { c.Paragraphs[2].Text = "Another text entirely." }, []int{1}},
		{"another slug", func(c *quiz.Course) { c.Course.Slug = "lakes" }, []int{1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, _ := mustOpen(t)
			mustImport(t, db)
			file := quiztest.Course()
			tc.edit(file)
			q := file.Questions[0]
			q.ID, q.Prompt, q.Paragraphs = "new-1", "Which sea does the Danube reach at its mouth?", []int{3}
			if _, err := db.ImportFile(ctx, quiz.ParsedFile{Questions: []quiz.Question{q}, Course: file},
				quiz.ImportSet{Course: "rivers", Title: "From a file"}); err != nil {
				t.Fatal(err)
			}
			exp, err := db.ExportCourse(ctx, "rivers")
			if err != nil {
				t.Fatal(err)
			}
			for _, got := range exp.Questions {
				if got.ID == "new-1" && !slices.Equal(got.Paragraphs, tc.want) {
					t.Errorf("paragraphs %v, want %v", got.Paragraphs, tc.want)
				}
			}
		})
	}
}

// An import that repeats questions and cards the course already has
// leaves them out, lists them, and imports the rest.
func TestImportQuestionsSkipsDuplicates(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	mustImport(t, db)
	in := importSet(true)
	in.Questions[1].Prompt = "  where does the DANUBE end? " // the same, normalised
	in.Cards[0].Front = "Danube: where does it end?"
	rep, err := db.ImportQuestions(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Questions != 2 || rep.Cards != 1 {
		t.Errorf("imported %d questions, %d cards; want 2, 1", rep.Questions, rep.Cards)
	}
	want := []quiz.Duplicate{
		{What: "question", Index: 1, Where: `question 2 (id "r-new")`, Text: in.Questions[1].Prompt, Existing: "danube-1"},
		{What: "card", Index: 0, Where: `card 1 ("Danube: where does it end?")`, Text: "Danube: where does it end?"},
	}
	if !reflect.DeepEqual(rep.Duplicates, want) {
		t.Errorf("duplicates = %+v\nwant %+v", rep.Duplicates, want)
	}
	exp, _ := db.ExportCourse(ctx, "rivers")
	if slices.Contains(questionIDs(exp), "r-new") || !slices.Contains(questionIDs(exp), "d-new") || !slices.Contains(questionIDs(exp), "r-new-2") {
		t.Errorf("questions after the import: %v", questionIDs(exp))
	}
	n := 0
	for _, c := range exp.Cards {
		if quiz.Normalize(c.Front) == quiz.Normalize("Danube: where does it end?") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d cards with the repeated front, want 1", n)
	}
}

// Held questions go to a set of their own that stays a draft, whatever
// the import asked; the rest are published.
func TestImportQuestionsHoldsQuestions(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	mustImport(t, db)
	in := importSet(true)
	in.Held = []string{"", "", "its text depends on audio \"bonjour.mp3\", left out"}
	in.QuestionLines = []int{3, 9, 20}
	rep, err := db.ImportQuestions(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Held) != 1 || rep.Held[0].ID != "r-new-2" || rep.Held[0].Where != "line 20" || rep.Held[0].SetID == 0 || !strings.Contains(rep.Held[0].Reason, "bonjour.mp3") {
		t.Fatalf("held = %+v", rep.Held)
	}
	heldSet, qs, err := db.FindSet(ctx, rep.Held[0].SetID)
	if err != nil {
		t.Fatal(err)
	}
	if heldSet.Status != "draft" || heldSet.Title != "Imported (held for review)" || len(qs) != 1 || qs[0].Question.ID != "r-new-2" {
		t.Errorf("held set %+v with %d questions", heldSet, len(qs))
	}
	for _, s := range rep.Sets {
		set, qs, err := db.FindSet(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		wantStatus := "published"
		if s.Held {
			wantStatus = "draft"
		}
		if set.Status != wantStatus || len(qs) != s.Questions {
			t.Errorf("set %q: %s with %d questions; want %s with %d", set.Title, set.Status, len(qs), wantStatus, s.Questions)
		}
	}
	if len(rep.Sets) != 3 || !rep.Sets[2].Held {
		t.Errorf("sets = %+v", rep.Sets)
	}
}
