package generate

import (
	"encoding/json"
	"flag"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The ranker's training table: every item a blind judge rated, on every
// judged article, with its verdict and its features as the generator
// computes them today. See docs/generation.md, "A ranker fitted on every
// verdict".

var rankTable = flag.String("ranktable", "", "manifest of judged outputs (set, verdicts file, version, article, text, json per line): rewrite "+rankTableFile)

var rankKeep = flag.Bool("rankkeep", false, "with -ranktable, keep the table's rows of the sets the manifest does not name")

const rankTableFile = "testdata/judged/rank-table.tsv"

// tableCols are the columns of the training table before the features.
var tableCols = []string{"set", "article", "theme", "id", "verdict", "codes", "type"}

// TestRankTable rewrites the training table from the judged outputs:
// go test -run TestRankTable ./internal/generate -args -ranktable MANIFEST
//
// Each manifest line names a set of verdicts, the verdicts file (whose
// header names its columns: article, id, verdict, codes, and version when
// a judge rated two versions), the version its rows must have ("" when
// the file has none), the article, the text judged and the output of
// `lectern generate --json` that the judge saw. Items are found by id in
// that output; their features are computed on the text by today's rules.
//
// With -rankkeep, the table's rows of the sets the manifest does not name
// are kept as they are (their features as computed when they were
// written) and the manifest's rows follow them: sets whose outputs are no
// longer at hand stay in the table while new sets are added.
func TestRankTable(t *testing.T) {
	if *rankTable == "" {
		t.Skip("no -ranktable manifest")
	}
	raw, err := os.ReadFile(*rankTable)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(strings.Join(tableCols, "\t") + "\t" + strings.Join(featureNames, "\t") + "\n")
	if *rankKeep {
		named := map[string]bool{}
		for _, line := range strings.Split(string(raw), "\n") {
			if m := strings.Split(line, "\t"); len(m) == 6 && !strings.HasPrefix(line, "#") {
				named[m[0]] = true
			}
		}
		old, err := os.ReadFile(rankTableFile)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(old)), "\n")
		head := strings.Split(lines[0], "\t")
		kept := 0
		for _, l := range lines[1:] {
			c := strings.Split(l, "\t")
			if named[c[0]] {
				continue
			}
			b.WriteString(strings.Join(c[:len(tableCols)], "\t"))
			for _, x := range keptFeatures(t, head, c) {
				b.WriteString("\t" + strconv.FormatFloat(x, 'f', 4, 64))
			}
			b.WriteString("\n")
			kept++
		}
		t.Logf("kept %d rows of the sets the manifest does not name", kept)
	}
	totalMissed := 0
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m := strings.Split(line, "\t")
		if len(m) != 6 {
			t.Fatalf("manifest line %q: want 6 tab-separated fields", line)
		}
		set, vfile, version, name, textFile, jsonFile := m[0], m[1], m[2], m[3], m[4], m[5]
		text, err := os.ReadFile(textFile)
		if err != nil {
			t.Fatal(err)
		}
		out, err := os.ReadFile(jsonFile)
		if err != nil {
			t.Fatal(err)
		}
		var base quiz.Course
		if err := json.Unmarshal(out, &base); err != nil {
			t.Fatalf("%s: %v", jsonFile, err)
		}
		a, err := prepareArticle(string(text))
		if err != nil {
			t.Fatal(err)
		}
		themes := map[string]quiz.Theme{}
		for _, th := range base.Themes {
			themes[th.Slug] = th
		}
		themeOf := map[string]string{}
		for _, q := range base.Questions {
			themeOf[q.ID] = q.Theme
		}
		for _, c := range base.Cards {
			themeOf[c.ID] = c.Theme
		}
		found, missed := 0, 0
		for _, v := range readVerdictFile(t, vfile) {
			if v["article"] != name || v["version"] != version || v["id"] == "course" || strings.HasPrefix(v["id"], "theme:") {
				continue
			}
			f, typ, err := a.judgedFeatures(&base, themes, v["id"])
			if err != nil {
				t.Logf("%s %s %s: %v", set, name, v["id"], err)
				missed++
				continue
			}
			found++
			cols := []string{set, name, themeOf[v["id"]], v["id"], verdictLetter(v["verdict"]), v["codes"], typ}
			for _, x := range f {
				cols = append(cols, strconv.FormatFloat(x, 'f', 4, 64))
			}
			b.WriteString(strings.Join(cols, "\t") + "\n")
		}
		t.Logf("%s %s %s: %d judged items, %d not found", set, name, version, found, missed)
		totalMissed += missed
	}
	t.Logf("%d judged items not found in all", totalMissed)
	if err := os.WriteFile(rankTableFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// verdictLetter maps the judges' verdicts to A (as is), E (after a small
// edit) and R (unusable); the first judgement wrote U for unusable.
func verdictLetter(v string) string {
	if v == "U" {
		return "R"
	}
	return v
}

// readVerdictFile reads a verdicts file as rows keyed by its header's
// column names. A file without a header (article, id, rule, verdict,
// reason) is read as such.
func readVerdictFile(t *testing.T, path string) []map[string]string {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	head := strings.Split(lines[0], "\t")
	if head[0] != "article" {
		head = []string{"article", "id", "rule", "verdict", "reason"}
	} else {
		lines = lines[1:]
	}
	var rows []map[string]string
	for _, l := range lines {
		c := strings.Split(l, "\t")
		r := map[string]string{}
		for i, h := range head {
			if i < len(c) {
				r[h] = c[i]
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// tableRow is one judged item of the training table.
type tableRow struct {
	set, article, theme, id, verdict, codes, typ string
	x                                            []float64
}

// readTable reads the training table, checking that its features are the
// ranker's.
func readTable(t testing.TB) []tableRow {
	raw, err := os.ReadFile(rankTableFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if got, want := strings.Join(strings.Split(lines[0], "\t")[len(tableCols):], ","), strings.Join(featureNames, ","); got != want {
		t.Fatalf("%s has features %s, the ranker %s: rewrite it (-ranktable)", rankTableFile, got, want)
	}
	var out []tableRow
	for _, l := range lines[1:] {
		c := strings.Split(l, "\t")
		r := tableRow{set: c[0], article: c[1], theme: c[2], id: c[3], verdict: c[4], codes: c[5], typ: c[6]}
		for _, s := range c[len(tableCols):] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatal(err)
			}
			r.x = append(r.x, v)
		}
		if len(r.x) != nFeatures {
			t.Fatalf("%s: %d features, want %d", l, len(r.x), nFeatures)
		}
		out = append(out, r)
	}
	fillLater(out)
	return out
}

// fillLater gives a row that lacks a later feature (NaN, see
// laterFeatures) the mean of the rows that have it.
func fillLater(rows []tableRow) {
	for j := 0; j < nFeatures; j++ {
		sum, n := 0.0, 0
		for _, r := range rows {
			if !math.IsNaN(r.x[j]) {
				sum += r.x[j]
				n++
			}
		}
		for _, r := range rows {
			if math.IsNaN(r.x[j]) {
				r.x[j] = sum / math.Max(1, float64(n))
			}
		}
	}
}

// keptFeatures are the ranker's features of a row kept from the table
// whose header is head: the columns it has, and the derived features it
// lacks computed from them. A feature neither there nor derived fails.
func keptFeatures(t *testing.T, head, c []string) []float64 {
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	f := make([]float64, nFeatures)
	for i, name := range featureNames {
		j, ok := col[name]
		if !ok {
			if laterFeatures[name] {
				f[i] = math.NaN()
				continue
			}
			if derivedFeatures[name] == nil {
				t.Fatalf("the kept rows lack the feature %s, which only their outputs could give", name)
			}
			continue
		}
		v, err := strconv.ParseFloat(c[j], 64)
		if err != nil {
			t.Fatal(err)
		}
		f[i] = v
	}
	for i, name := range featureNames {
		if d := derivedFeatures[name]; d != nil {
			f[i] = d(f)
		}
	}
	return f
}
