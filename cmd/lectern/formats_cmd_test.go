package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
	"github.com/lectern/lectern/quizzes"
)

// lectern runs the program with args against the database file db and
// the environment env, and returns what it printed.
func lectern(t *testing.T, db string, env map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	getenv := func(k string) string {
		if k == "LECTERN_DB" {
			return db
		}
		return env[k]
	}
	var out, errb bytes.Buffer
	err = run(context.Background(), args, getenv, nil, &out, &errb)
	return out.String(), errb.String(), err
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// courseState reads a course back from the database file: its content as
// exported and its themes with their published-question counts.
func courseState(t *testing.T, db, slug string) (*quiz.Course, *quiz.StoredCourse) {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	exp, err := s.ExportCourse(ctx, slug)
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.FindCourse(ctx, slug)
	if err != nil {
		t.Fatal(err)
	}
	return exp, c
}

// freshDB returns a database file holding the built-in course.
func freshDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "lectern.db")
	s, err := openStore(context.Background(), db, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

func published(c *quiz.StoredCourse, theme string) int {
	t, _ := c.Theme(theme)
	return t.Questions
}

const testGIFT = `// Questions on the energy theme, and a unit the course does not have.
$CATEGORY: $course$/top/energy

::e-new-1:: Which pipeline, opened in 2019, carries Russian gas to China? {
	=Power of Siberia#Right.
	~Nord Stream#That one runs to Germany.
}

::e-new-2:: Russia sells gas to China. {T#No: it does.#Yes.}

$CATEGORY: $course$/top/Unit 9

::u9-1:: Name the organisation founded in Shanghai in 2001. {=Shanghai Cooperation Organisation =SCO}

::u9-2:: Write an essay on the partnership. {}

Match each leader with his country. {=Xi Jinping -> China =Vladimir Putin -> Russia}

In which year did the pipeline open? {#2019:1}
`

const testAiken = `Which city hosted the 2024 summit?
A. Astana
B. Paris
ANSWER: A

Which currency do the two countries settle more trade in?
A) The dollar
B) The yuan
C) The euro
ANSWER: B
`

const testCSV = `term,definition
Power of Siberia,The gas pipeline from Russia to China
SCO,"Shanghai Cooperation Organisation, founded 2001"
`

func TestImportGIFTAikenCSV(t *testing.T) {
	db := freshDB(t)
	dir := t.TempDir()
	before, beforeC := courseState(t, db, "china-russia")

	gift := writeFile(t, dir, "unit9.gift", testGIFT)
	out, errs, err := lectern(t, db, nil, "import", gift, "--course", "china-russia", "--theme", "alliance", "--publish")
	if err != nil {
		t.Fatalf("import GIFT: %v\n%s", err, errs)
	}
	for _, want := range []string{
		"Imported into course china-russia, published",
		"5 question(s): 1 single, 1 truefalse, 1 short, 1 matching, 1 numeric",
		"5 card(s): 5 from the questions, 0 written",
		`set "unit9" in theme alliance: 3 question(s)`,
		`set "unit9" in theme energy: 2 question(s)`,
		"unit9.gift:15: essay",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("import GIFT output lacks %q:\n%s", want, out)
		}
	}
	exp, c := courseState(t, db, "china-russia")
	if got, want := len(exp.Questions), len(before.Questions)+5; got != want {
		t.Errorf("%d questions after the GIFT import, want %d", got, want)
	}
	if got, want := published(c, "energy"), published(beforeC, "energy")+2; got != want {
		t.Errorf("energy has %d published questions, want %d", got, want)
	}
	if got, want := published(c, "alliance"), published(beforeC, "alliance")+3; got != want {
		t.Errorf("alliance has %d published questions, want %d", got, want)
	}
	if err := quiz.Validate(exp); err != nil {
		t.Errorf("the course no longer validates: %v", err)
	}

	// Aiken, as drafts: stored, not counted for learners.
	aiken := writeFile(t, dir, "summit.txt", testAiken)
	out, errs, err = lectern(t, db, nil, "import", "--course", "china-russia", aiken, "--theme", "energy", "--set", "Summit")
	if err != nil {
		t.Fatalf("import Aiken: %v\n%s", err, errs)
	}
	if !strings.Contains(out, "2 question(s): 2 single") || !strings.Contains(out, "as drafts") || !strings.Contains(out, `set "Summit" in theme energy`) {
		t.Errorf("import Aiken output:\n%s", out)
	}
	exp2, c2 := courseState(t, db, "china-russia")
	if got, want := len(exp2.Questions), len(exp.Questions)+2; got != want {
		t.Errorf("%d questions after the Aiken import, want %d", got, want)
	}
	if got, want := published(c2, "energy"), published(c, "energy"); got != want {
		t.Errorf("draft questions counted: energy has %d published, want %d", got, want)
	}

	// Quizlet-style flashcards.
	csv := writeFile(t, dir, "terms.csv", testCSV)
	out, errs, err = lectern(t, db, nil, "import", csv, "--course", "china-russia", "--theme", "energy")
	if err != nil {
		t.Fatalf("import CSV: %v\n%s", err, errs)
	}
	if !strings.Contains(out, "2 card(s): 0 from the questions, 2 written") {
		t.Errorf("import CSV output:\n%s", out)
	}
	exp3, c3 := courseState(t, db, "china-russia")
	if got, want := len(exp3.Cards), len(before.Cards)+2; got != want {
		t.Errorf("%d written cards after the CSV import, want %d", got, want)
	}
	last := exp3.Cards[len(exp3.Cards)-1]
	energy, _ := c3.Theme("energy")
	if last.Theme != "energy" || last.Front != "SCO" || !reflect.DeepEqual(last.Paragraphs, energy.Paragraphs) {
		t.Errorf("last card = %+v; want SCO in energy citing %v", last, energy.Paragraphs)
	}

	// The same file again holds nothing new: refused, naming what the
	// course already has, and nothing is written.
	_, _, err = lectern(t, db, nil, "import", gift, "--course", "china-russia", "--theme", "alliance")
	if err == nil || !strings.Contains(err.Error(), "everything in this file is already in this course") || !strings.Contains(err.Error(), `(question "e-new-1")`) {
		t.Errorf("second import of the same file: %v", err)
	}
	if again, _ := courseState(t, db, "china-russia"); !reflect.DeepEqual(again, exp3) {
		t.Error("a refused second import changed the course")
	}
}

func TestImportMalformedWritesNothing(t *testing.T) {
	db := freshDB(t)
	before, _ := courseState(t, db, "china-russia")
	bad := writeFile(t, t.TempDir(), "bad.gift", "::ok:: Which sea? {=Black ~North}\n\n::broken:: Which river {=Danube ~Rhine} flows { east?\n")
	_, errs, err := lectern(t, db, nil, "import", bad, "--course", "china-russia", "--theme", "energy", "--publish")
	if err == nil || !strings.Contains(err.Error(), "nothing was written") {
		t.Fatalf("err = %v", err)
	}
	if want := bad + ":3:47: "; !strings.HasPrefix(errs, want) {
		t.Errorf("stderr = %q, want it to start with %q", errs, want)
	}
	after, _ := courseState(t, db, "china-russia")
	if !reflect.DeepEqual(after, before) {
		t.Error("a malformed file changed the course")
	}

	// A JSON syntax error is placed too.
	badJSON := writeFile(t, t.TempDir(), "bad.json", "{\n  \"questions\": [\n    {\"id\": \"x\",, }\n  ]\n}\n")
	_, errs, err = lectern(t, db, nil, "convert", badJSON)
	if err == nil || !strings.HasPrefix(errs, badJSON+":3:") {
		t.Errorf("bad JSON: err = %v, stderr = %q", err, errs)
	}
}

func TestImportRefusesOversize(t *testing.T) {
	db := freshDB(t)
	path := writeFile(t, t.TempDir(), "big.gift", testGIFT)
	_, _, err := lectern(t, db, map[string]string{"LECTERN_MAX_IMPORT_BYTES": "100"}, "import", path, "--course", "china-russia", "--theme", "energy")
	if err == nil || !strings.Contains(err.Error(), "limit of 100 bytes") {
		t.Errorf("env limit: %v", err)
	}
	_, _, err = lectern(t, db, nil, "convert", path, "--max-size", "256")
	if err == nil || !strings.Contains(err.Error(), "limit of 256 bytes") {
		t.Errorf("flag limit: %v", err)
	}
	if _, _, err := lectern(t, db, map[string]string{"LECTERN_MAX_IMPORT_BYTES": "100"}, "convert", path, "--max-size", "5000"); err != nil {
		t.Errorf("the flag does not override the environment: %v", err)
	}
}

func TestImportDryRunWritesNothing(t *testing.T) {
	db := freshDB(t)
	before, _ := courseState(t, db, "china-russia")
	path := writeFile(t, t.TempDir(), "unit9.gift", testGIFT)
	out, errs, err := lectern(t, db, nil, "import", path, "--course", "china-russia", "--theme", "alliance", "--publish", "--dry-run")
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	if !strings.Contains(out, "Dry run, nothing written") || !strings.Contains(out, "5 question(s)") {
		t.Errorf("output:\n%s", out)
	}
	after, _ := courseState(t, db, "china-russia")
	if !reflect.DeepEqual(after, before) {
		t.Error("a dry run changed the course")
	}
	// Without --theme the unknown category is refused, naming the themes.
	_, _, err = lectern(t, db, nil, "import", path, "--course", "china-russia", "--dry-run")
	if err == nil || !strings.Contains(err.Error(), `"unit-9" is not a theme of the course`) || !strings.Contains(err.Error(), "alliance, shared-aims") {
		t.Errorf("no --theme: %v", err)
	}
}

func TestImportJSON(t *testing.T) {
	db := freshDB(t)
	dir := t.TempDir()
	whole, _, err := lectern(t, db, nil, "export", "--course", "china-russia")
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, dir, "cr.json", whole)

	// Into the existing course: every prompt is there already.
	if _, _, err := lectern(t, db, nil, "import", path); err == nil || !strings.Contains(err.Error(), "conflict") {
		t.Errorf("re-import of the course's own JSON: %v", err)
	}
	// A new slug creates the whole course.
	out, errs, err := lectern(t, db, nil, "import", path, "--course", "cr-copy")
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	if !strings.Contains(out, "Created course cr-copy") {
		t.Errorf("output:\n%s", out)
	}
	orig, _ := courseState(t, db, "china-russia")
	cp, _ := courseState(t, db, "cr-copy")
	cp.Course.Slug = orig.Course.Slug
	if !reflect.DeepEqual(cp, orig) {
		t.Error("the course created from JSON differs from the original")
	}

	// A converted file imports into an existing course like its source.
	aiken := writeFile(t, dir, "summit.aiken", testAiken)
	conv, _, err := lectern(t, db, nil, "convert", aiken)
	if err != nil {
		t.Fatal(err)
	}
	js := writeFile(t, dir, "summit.json", conv)
	out, errs, err = lectern(t, db, nil, "import", js, "--course", "china-russia", "--theme", "energy", "--publish")
	if err != nil || !strings.Contains(out, "2 question(s): 2 single") {
		t.Errorf("import converted JSON: %v\n%s%s", err, out, errs)
	}
}

func TestConvertPrintsQuestionSetJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "unused.db")
	path := writeFile(t, t.TempDir(), "Unit 9.gift", testGIFT)
	out, errs, err := lectern(t, db, nil, "convert", path, "--to", "json")
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	c, err := quizzes.Decode([]byte(out))
	if err != nil {
		t.Fatalf("convert output does not decode: %v", err)
	}
	if c.Course.Slug != "unit-9" || c.Course.Title != "Unit 9" || len(c.Questions) != 5 || c.Questions[2].Theme != "unit-9" {
		t.Errorf("converted course = %+v", c)
	}
	if !strings.Contains(errs, "Unit 9.gift:15: left out: essay") {
		t.Errorf("stderr = %q", errs)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("convert opened the database")
	}
	if _, _, err := lectern(t, db, nil, "convert", path, "--to", "pdf"); err == nil {
		t.Error("--to pdf accepted")
	}
	if _, _, err := lectern(t, db, nil, "convert", path, "--from", "docx"); err == nil {
		t.Error("--from docx accepted")
	}
}

func TestExportGIFTAndCSV(t *testing.T) {
	db := freshDB(t)
	exp, _ := courseState(t, db, "china-russia")
	out, _, err := lectern(t, db, nil, "export", "--course", "china-russia", "--format", "gift")
	if err != nil {
		t.Fatal(err)
	}
	res, err := formats.ParseGIFT(strings.NewReader(out), formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Questions) != len(exp.Questions) || len(res.Skipped) != 0 {
		t.Errorf("GIFT export holds %d questions (%d skipped), want %d", len(res.Questions), len(res.Skipped), len(exp.Questions))
	}
	if n := strings.Count(out, "$CATEGORY:"); n != len(exp.Themes) {
		t.Errorf("%d categories, want one per theme (%d)", n, len(exp.Themes))
	}

	out, _, err = lectern(t, db, nil, "export", "--course", "china-russia", "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	cards, err := formats.ParseCSV(strings.NewReader(out), ',', formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(cards.Cards), len(exp.Cards)+len(exp.Questions); got != want {
		t.Errorf("CSV export holds %d cards, want %d written + %d from questions", got, len(exp.Cards), len(exp.Questions))
	}
}

// TestJSONToGIFTToJSON checks that the first course keeps, through GIFT and
// back, every field GIFT can express.
func TestJSONToGIFTToJSON(t *testing.T) {
	builtin, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	want := builtin[0]
	dir := t.TempDir()
	src := writeFile(t, dir, "course.json", string(must(quizzes.Encode(want))))
	gift, errs, err := lectern(t, "", nil, "convert", src, "--to", "gift")
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	back, errs, err := lectern(t, "", nil, "convert", writeFile(t, dir, "course.gift", gift))
	if err != nil || errs != "" {
		t.Fatalf("%v\n%s", err, errs)
	}
	got, err := quizzes.Decode([]byte(back))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Questions) != len(want.Questions) {
		t.Fatalf("%d questions back, want %d", len(got.Questions), len(want.Questions))
	}
	for i, w := range want.Questions {
		g := got.Questions[i]
		// GIFT has no kind or paragraphs.
		w.Kind, w.Paragraphs = g.Kind, g.Paragraphs
		if !reflect.DeepEqual(g, w) {
			t.Errorf("question %d changed through GIFT:\n got  %+v\n want %+v", i, g, w)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestImportArguments(t *testing.T) {
	db := freshDB(t)
	path := writeFile(t, t.TempDir(), "u.gift", testGIFT)
	for _, args := range [][]string{
		{"import", path},
		{"import", "--course", "china-russia"},
		{"import", path, path, "--course", "china-russia"},
		{"import", path, "--course", "nope", "--theme", "energy"},
		{"import", path, "--course", "china-russia", "--theme", "nope"},
		{"import", filepath.Join(t.TempDir(), "missing.gift"), "--course", "china-russia"},
	} {
		if _, _, err := lectern(t, db, nil, args...); err == nil {
			t.Errorf("%q accepted", args)
		}
	}
}

// export --set prints one set: its questions and its written cards.
func TestExportSet(t *testing.T) {
	db := freshDB(t)
	dir := t.TempDir()
	aiken := writeFile(t, dir, "summit.aiken", testAiken)
	if _, errs, err := lectern(t, db, nil, "import", aiken, "--course", "china-russia", "--theme", "energy"); err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	cards := writeFile(t, dir, "energy.csv", "Power of Siberia,a gas pipeline from Russia to China\n")
	if _, errs, err := lectern(t, db, nil, "import", cards, "--course", "china-russia", "--theme", "energy"); err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	_, c := courseState(t, db, "china-russia")
	sets, err := s.ListSets(ctx, c.ID)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	var quizSet, cardSet int64
	for _, st := range sets {
		switch {
		case st.Questions == 2 && st.Cards == 0 && st.Status == "draft":
			quizSet = st.ID
		case st.Questions == 0 && st.Cards == 1:
			cardSet = st.ID
		}
	}
	if quizSet == 0 || cardSet == 0 {
		t.Fatalf("imported sets not found: %+v", sets)
	}
	out, _, err := lectern(t, db, nil, "export", "--set", strconv.FormatInt(quizSet, 10))
	if err != nil {
		t.Fatal(err)
	}
	var got quiz.Course
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Questions) != 2 || len(got.Cards) != 0 || got.Questions[0].Prompt != "Which city hosted the 2024 summit?" || len(got.Paragraphs) == 0 {
		t.Errorf("export of the quiz set: %d questions (%+v), %d cards", len(got.Questions), got.Questions, len(got.Cards))
	}
	csv, _, err := lectern(t, db, nil, "export", "--set", strconv.FormatInt(cardSet, 10), "--format", "csv")
	if err != nil || strings.TrimSpace(csv) != "Power of Siberia,a gas pipeline from Russia to China" {
		t.Errorf("export of the card set as CSV: %q, %v", csv, err)
	}
	if _, _, err := lectern(t, db, nil, "export", "--set", "99999"); err == nil {
		t.Error("an unknown set exported without error")
	}
}

// `lectern import deck.apkg` adds an Anki package's cards to a course
// through the real store: the cards of decks that name no theme go to
// --theme, what is left out is listed, and a broken package writes
// nothing and says why.
func TestImportAnkiPackageCommand(t *testing.T) {
	db := freshDB(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "Rivers.apkg")
	if err := os.WriteFile(path, ankitest.Package(t, ankitest.Sample(), nil), 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := courseState(t, db, "china-russia")
	out, errOut, err := lectern(t, db, nil, "import", path, "--course", "china-russia", "--theme", "energy", "--publish")
	if err != nil {
		t.Fatalf("import: %v\n%s", err, errOut)
	}
	for _, want := range []string{"10 written", "1 image not imported", `2 notes of note type "Image Occlusion" not imported`} {
		if !strings.Contains(out, want) {
			t.Errorf("the report does not say %q:\n%s", want, out)
		}
	}
	after, _ := courseState(t, db, "china-russia")
	added := after.Cards[len(before.Cards):]
	if len(added) != 10 {
		t.Fatalf("%d cards added, want 10", len(added))
	}
	for _, c := range added {
		if c.Theme != "energy" {
			t.Errorf("card %q in theme %q, want energy", c.Front, c.Theme)
		}
	}
	if got := added[7].Front; got != "The [...] flows through ten countries to the Black Sea." {
		t.Errorf("the first cloze card's front is %q", got)
	}

	broken := writeFile(t, dir, "broken.apkg", "PK\x03\x04 not really")
	_, errOut, err = lectern(t, db, nil, "import", broken, "--course", "china-russia", "--theme", "energy")
	if err == nil || !strings.Contains(errOut, broken+": This is not an Anki package") {
		t.Errorf("a broken package: %v\n%s", err, errOut)
	}
	again, _ := courseState(t, db, "china-russia")
	if len(again.Cards) != len(after.Cards) {
		t.Error("a broken package wrote cards")
	}
}

// `lectern import deck.apkg --with-history EMAIL` replays the package's
// review log through the FSRS scheduler as that learner's reviews: the
// card rated Good, Good, Again, Good comes out with four reviews, one
// lapse, and its next review after the last rating; an unknown account
// is refused before anything is written. The review log is read alike
// from both package layouts.
func TestImportAnkiHistory(t *testing.T) {
	for _, l := range []struct {
		name string
		pack func(testing.TB, ankitest.Collection, map[string][]byte) []byte
	}{{"anki2", ankitest.Package}, {"anki21b", ankitest.Package21b}} {
		t.Run(l.name, func(t *testing.T) { testImportAnkiHistory(t, l.pack) })
	}
}

func testImportAnkiHistory(t *testing.T, pack func(testing.TB, ankitest.Collection, map[string][]byte) []byte) {
	db := freshDB(t)
	path := filepath.Join(t.TempDir(), "Rivers.apkg")
	if err := os.WriteFile(path, pack(t, ankitest.Sample(), nil), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	_, errOut, err := lectern(t, db, nil, "import", path, "--course", "china-russia", "--theme", "energy", "--with-history", "nobody@example.org")
	if err == nil || !strings.Contains(err.Error(), "nobody@example.org") {
		t.Fatalf("an unknown account: %v\n%s", err, errOut)
	}
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	uid, err := s.CreateUser(ctx, "pupil@example.org", "", quiz.RoleLearner)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	before, _ := courseState(t, db, "china-russia")
	out, errOut, err := lectern(t, db, nil, "import", path, "--course", "china-russia", "--theme", "energy", "--publish", "--with-history", "pupil@example.org")
	if err != nil {
		t.Fatalf("import: %v\n%s", err, errOut)
	}
	if !strings.Contains(out, "Replayed 4 review(s) of 1 card(s) as pupil@example.org's") {
		t.Errorf("the report does not count the reviews:\n%s", out)
	}
	after, stored := courseState(t, db, "china-russia")
	if len(after.Cards) != len(before.Cards)+10 {
		t.Fatalf("%d cards added, want 10", len(after.Cards)-len(before.Cards))
	}
	s, err = store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var energy int64
	for _, th := range stored.Themes {
		if th.Slug == "energy" {
			energy = th.ID
		}
	}
	cards, err := s.ThemeCards(ctx, energy)
	if err != nil {
		t.Fatal(err)
	}
	var reviewed, untouched *quiz.StudyCard
	for _, wc := range cards {
		switch wc.Front {
		case "Where does the Danube end?":
			reviewed, _ = s.FindCard(ctx, uid, wc.ID)
		case "Vienna":
			untouched, _ = s.FindCard(ctx, uid, wc.ID)
		}
	}
	if reviewed == nil || reviewed.State == nil {
		t.Fatalf("the reviewed card has no state: %+v", reviewed)
	}
	st := reviewed.State
	last := time.UnixMilli(1700000000000 + 4*86400000).UTC()
	if st.Reps != 4 || st.Lapses != 1 || !st.LastReview.Equal(last) || !st.Due.After(last) {
		t.Errorf("state after the replay: reps %d, lapses %d, last review %v, due %v", st.Reps, st.Lapses, st.LastReview, st.Due)
	}
	if untouched == nil || untouched.State != nil {
		t.Errorf("a card without history has a state: %+v", untouched)
	}
}

// TestMoodleXMLRoundTrip checks that the first course, exported from the
// database to Moodle XML and read back, keeps every field Moodle XML can
// hold (all but the kind and the paragraphs), and that convert goes both
// ways.
func TestMoodleXMLRoundTrip(t *testing.T) {
	db := freshDB(t)
	exp, _ := courseState(t, db, "china-russia")
	out, errs, err := lectern(t, db, nil, "export", "--course", "china-russia", "--format", "xml")
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	if n := strings.Count(out, `<question type="category">`); n != len(exp.Themes) {
		t.Errorf("%d categories, want one per theme (%d)", n, len(exp.Themes))
	}
	dir := t.TempDir()
	back, errs, err := lectern(t, "", nil, "convert", writeFile(t, dir, "course.xml", out), "--to", "json")
	if err != nil || errs != "" {
		t.Fatalf("%v\n%s", err, errs)
	}
	got, err := quizzes.Decode([]byte(back))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Questions) != len(exp.Questions) {
		t.Fatalf("%d questions back, want %d", len(got.Questions), len(exp.Questions))
	}
	for i, w := range exp.Questions {
		g := got.Questions[i]
		w.Kind, w.Paragraphs = g.Kind, g.Paragraphs
		for k, n := range w.Numeric {
			if n.Min < n.Max {
				w.Numeric[k] = quiz.NumericAnswer{Value: (n.Min + n.Max) / 2, Tolerance: (n.Max - n.Min) / 2, Feedback: n.Feedback}
			}
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("question %d changed through Moodle XML:\n got  %+v\n want %+v", i, g, w)
		}
	}
	// And to GIFT from the XML, by flag.
	gift, errs, err := lectern(t, "", nil, "convert", writeFile(t, dir, "bank.data", out), "--from", "xml", "--to", "gift")
	if err != nil || !strings.Contains(gift, "$CATEGORY:") {
		t.Fatalf("convert --from xml --to gift: %v\n%s", err, errs)
	}
}

func TestImportMoodleXML(t *testing.T) {
	db := freshDB(t)
	exp, _ := courseState(t, db, "china-russia")
	theme := exp.Themes[0].Slug
	path := writeFile(t, t.TempDir(), "bank.xml", `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>Partly right</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which partly <b>counts</b>?</p>]]></text></questiontext>
    <single>true</single>
    <answer fraction="100"><text>All of it</text><feedback><text>Yes</text></feedback></answer>
    <answer fraction="50"><text>Half of it</text><feedback><text>Half marks</text></feedback></answer>
    <answer fraction="0"><text>None of it</text></answer>
  </question>
  <question type="essay"><name><text>Essay</text></name></question>
</quiz>
`)
	out, errs, err := lectern(t, db, nil, "import", path, "--course", "china-russia", "--theme", theme)
	if err != nil {
		t.Fatalf("%v\n%s%s", err, out, errs)
	}
	if !strings.Contains(out, "1 question(s): 1 single") || !strings.Contains(out, "bank.xml:11: essay question \"Essay\": this type is not supported; skipped") {
		t.Errorf("import report:\n%s", out)
	}
	after, _ := courseState(t, db, "china-russia")
	var q *quiz.Question
	for i := range after.Questions {
		if after.Questions[i].Prompt == "Which partly counts?" {
			q = &after.Questions[i]
		}
	}
	if q == nil || q.ID != "partly-right" || q.Options[1].Fraction != 0.5 || q.Options[1].Feedback != "Half marks" {
		t.Errorf("imported question %+v", q)
	}
}

// TestExportXMLOneCourse checks that Moodle XML, one <quiz> per file, is
// written for one course at a time.
func TestExportXMLOneCourse(t *testing.T) {
	db := freshDB(t)
	second, _ := courseState(t, db, "china-russia")
	second.Course.Slug = "second-course"
	path := writeFile(t, t.TempDir(), "second.json", string(must(quizzes.Encode(second))))
	if out, errs, err := lectern(t, db, nil, "import", path); err != nil {
		t.Fatalf("%v\n%s%s", err, out, errs)
	}
	_, _, err := lectern(t, db, nil, "export", "--format", "xml")
	if err == nil || !strings.Contains(err.Error(), "--format xml writes one course") {
		t.Errorf("export of two courses as XML: %v", err)
	}
	out, _, err := lectern(t, db, nil, "export", "--format", "xml", "--course", "second-course")
	if err != nil || strings.Count(out, "<quiz>") != 1 {
		t.Errorf("export of one course: %v", err)
	}
}
