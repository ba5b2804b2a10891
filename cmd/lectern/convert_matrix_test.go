package main

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

// convertBank is a small bank in Lectern's JSON: questions of the types
// every question format holds, and written cards.
func convertBank(t *testing.T) []byte {
	t.Helper()
	q := func(id string, typ quiz.QuestionType, prompt string) quiz.Question {
		return quiz.Question{ID: id, Type: typ, Kind: quiz.Fact, Prompt: prompt, Paragraphs: []int{}}
	}
	single := q("q1", quiz.Single, "Which pipeline carries gas to China?")
	single.Options = []quiz.Option{{Text: "Power of Siberia", Correct: true}, {Text: "Nord Stream"}}
	tf := q("q2", quiz.TrueFalse, "Russia sells gas to China.")
	tf.Options = []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}
	multi := q("q3", quiz.Single, "Which city hosted the summit?")
	multi.Options = []quiz.Option{{Text: "Astana", Correct: true}, {Text: "Paris"}, {Text: "Lima"}}
	c := &quiz.Course{
		Course:     quiz.CourseInfo{Slug: "bank", Title: "Bank"},
		Paragraphs: []quiz.Paragraph{},
		Themes:     []quiz.Theme{},
		Questions:  []quiz.Question{single, tf, multi},
		Cards: []quiz.Card{
			{ID: "c1", Front: "SCO", Back: "Shanghai Cooperation Organisation", Paragraphs: []int{}},
			{ID: "c2", Front: "The pipeline opened in [...].", Back: "The pipeline opened in 2019.", Paragraphs: []int{}},
		},
	}
	data, err := quizzes.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// convertCounts reads a converted file with Lectern's reader of its
// format and counts its questions and written cards.
func convertCounts(t *testing.T, format string, data []byte) (questions, cards int) {
	t.Helper()
	if format == "json" {
		c, err := quizzes.Decode(data)
		if err != nil {
			t.Fatalf("the JSON does not decode: %v", err)
		}
		return len(c.Questions), len(c.Cards)
	}
	f := formats.Format(format)
	if format == "aiken" {
		f = formats.FormatAiken
	}
	res, err := formats.Parse(f, bytes.NewReader(data), formats.Options{})
	if err != nil {
		t.Fatalf("the %s output does not read back: %v", format, err)
	}
	return len(res.Questions), len(res.Cards)
}

// TestConvertMatrix converts a small bank from every format Lectern reads
// to every format it writes, and reads each result back: question formats
// (JSON, GIFT, Moodle XML) keep every question, flashcard formats (CSV,
// TSV, Anki packages) hold the written cards and a card per question, and
// JSON keeps both.
func TestConvertMatrix(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "unused.db")
	bank := filepath.Join(dir, "bank.json")
	if err := os.WriteFile(bank, convertBank(t), 0o644); err != nil {
		t.Fatal(err)
	}
	outputs := []string{"json", "gift", "xml", "csv", "tsv", "apkg"}
	// The inputs: the bank itself, the bank converted to every format
	// Lectern writes, and an Aiken file, which Lectern reads only.
	inputs := map[string]string{"json": bank}
	for _, to := range outputs[1:] {
		out, errs, err := lectern(t, db, nil, "convert", bank, "--to", to)
		if err != nil {
			t.Fatalf("convert bank.json --to %s: %v\n%s", to, err, errs)
		}
		inputs[to] = writeFile(t, dir, "bank."+to, out)
	}
	inputs["aiken"] = writeFile(t, dir, "bank.txt", testAiken)

	for _, from := range []string{"json", "gift", "xml", "aiken", "csv", "tsv", "apkg"} {
		data, err := os.ReadFile(inputs[from])
		if err != nil {
			t.Fatal(err)
		}
		inQ, inC := convertCounts(t, from, data)
		if inQ+inC == 0 {
			t.Fatalf("the %s input holds nothing", from)
		}
		for _, to := range outputs {
			t.Run(from+"-to-"+to, func(t *testing.T) {
				out, errs, err := lectern(t, db, nil, "convert", inputs[from], "--to", to)
				if err != nil {
					t.Fatalf("%v\n%s", err, errs)
				}
				gotQ, gotC := 0, 0
				if out != "" {
					gotQ, gotC = convertCounts(t, to, []byte(out))
				}
				var wantQ, wantC int
				switch to {
				case "json":
					wantQ, wantC = inQ, inC
				case "gift", "xml":
					wantQ = inQ
				default:
					wantC = inC + inQ
				}
				if gotQ != wantQ || gotC != wantC {
					t.Errorf("%d questions and %d cards, want %d and %d", gotQ, gotC, wantQ, wantC)
				}
				if lost := inC > 0 && (to == "gift" || to == "xml"); lost != strings.Contains(errs, "written card(s) left out") {
					t.Errorf("the written cards lost are not said, or said wrongly: stderr = %q", errs)
				}
			})
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("convert opened the database")
	}
}

// `lectern export --format apkg` writes the course as an Anki package that
// Lectern reads back whole, each card in its theme.
func TestExportAnkiCommand(t *testing.T) {
	db := freshDB(t)
	exp, _ := courseState(t, db, "china-russia")
	out, errs, err := lectern(t, db, nil, "export", "--course", "china-russia", "--format", "apkg")
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	res, err := formats.ParseAnki([]byte(out), formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(res.Cards), len(exp.Cards)+len(exp.Questions); got != want || len(res.Skipped) != 0 {
		t.Errorf("the package reads back as %d cards (%v left out), want %d", got, res.Skipped, want)
	}
	themes := map[string]bool{}
	for _, th := range exp.Themes {
		themes[th.Slug] = true
	}
	for _, cd := range res.Cards {
		if !themes[cd.Theme] {
			t.Errorf("card %q reads back in theme %q, not one of the course's", cd.Front, cd.Theme)
		}
	}
}

// `lectern serve` removes at start-up the images nothing shows any more,
// and keeps those a question shows.
func TestServeSweepsOrphanedImages(t *testing.T) {
	db := freshDB(t)
	dir := t.TempDir()
	png := ankitest.PNG(t, 2, 2, color.RGBA{10, 20, 30, 255})
	deck := ankitest.Collection{
		Models: []ankitest.Model{ankitest.Basic(1)},
		Decks:  map[int64]string{1: "Default"},
		Notes:  []ankitest.Note{{ID: 1, Model: 1, Cards: []int{0}, Fields: []string{`Which flag? <img src="f.png">`, "This one"}}},
	}
	path := filepath.Join(dir, "flags.apkg")
	if err := os.WriteFile(path, ankitest.Package(t, deck, map[string][]byte{"f.png": png}), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, err := lectern(t, db, nil, "import", path, "--course", "china-russia", "--theme", "energy"); err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	raw, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	orphan := ankitest.PNG(t, 2, 2, color.RGBA{1, 2, 3, 255})
	sum := sha256.Sum256(orphan)
	if _, err := raw.Exec("INSERT INTO images (hash, type, size, data, created_at) VALUES (?, 'image/png', ?, ?, '2026-01-01T00:00:00Z')", hex.EncodeToString(sum[:]), len(orphan), orphan); err != nil {
		t.Fatal(err)
	}
	_, stop := startServer(t, db)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	var n int
	kept := sha256.Sum256(png)
	if err := raw.QueryRow("SELECT COUNT(*) FROM images WHERE hash = ?", hex.EncodeToString(kept[:])).Scan(&n); err != nil || n != 1 {
		t.Errorf("the card's image: %d stored (%v), want 1", n, err)
	}
	if err := raw.QueryRow("SELECT COUNT(*) FROM images WHERE hash = ?", hex.EncodeToString(sum[:])).Scan(&n); err != nil || n != 0 {
		t.Errorf("the orphan: %d stored (%v), want 0", n, err)
	}
}
