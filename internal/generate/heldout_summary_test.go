package generate

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The summary of the blind verdicts on held-out articles that heads
// docs/generation.md is worked out from the verdict files, never typed:
// TestHeldOutSummaryMatchesVerdicts fails when the two disagree, and
// -heldout-summary rewrites the block in the docs.
var heldOutSummary = flag.Bool("heldout-summary", false, "rewrite the held-out summary in docs/generation.md from testdata/judged")

const (
	summaryDoc   = "../../docs/generation.md"
	summaryBegin = "<!-- held-out summary: made by TestHeldOutSummaryMatchesVerdicts from internal/generate/testdata/judged; go test ./internal/generate -run HeldOutSummary -heldout-summary -->"
	summaryEnd   = "<!-- end of the held-out summary -->"
)

var heldOutFile = regexp.MustCompile(`^heldout(\d+)-judge(\d+)\.tsv$`)

// verdictRow is one line of a judge's verdict file.
type verdictRow struct {
	article, version, id, verdict string
	codes, reason                 string
}

// judgeTally is what one judge said of one set's first-judged drafts.
type judgeTally struct {
	items, asIs, edit    int // edit: accepted after a small edit (A+E)
	themeTitles, themeOK int
	courses, courseOK    int
	themes, themesFour   int // themes with a title verdict, and those proposing four items or more
	mapped               int // items found under a theme: none where titles were judged as T1, T2, …
	texts                int
}

func (t *judgeTally) add(o judgeTally) {
	t.items += o.items
	t.asIs += o.asIs
	t.edit += o.edit
	t.themeTitles += o.themeTitles
	t.themeOK += o.themeOK
	t.courses += o.courses
	t.courseOK += o.courseOK
	if o.mapped > 0 {
		t.themes += o.themes
		t.themesFour += o.themesFour
		t.mapped += o.mapped
	}
	t.texts += o.texts
}

// readVerdicts reads a verdict file with the header article, version,
// id, verdict, codes, reason: one row a line, fields split at tabs, no
// quoting (a reason may open with a quotation mark).
func readVerdicts(path string) ([]verdictRow, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	col := map[string]int{}
	for i, h := range strings.Split(lines[0], "\t") {
		col[h] = i
	}
	for _, h := range []string{"article", "version", "id", "verdict"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("%s: no %q column", path, h)
		}
	}
	var rows []verdictRow
	for n, line := range lines[1:] {
		rec := strings.Split(strings.TrimSuffix(line, "\r"), "\t")
		if len(rec) <= col["verdict"] {
			return nil, fmt.Errorf("%s:%d: %d fields", path, n+2, len(rec))
		}
		r := verdictRow{article: rec[col["article"]], version: rec[col["version"]], id: rec[col["id"]], verdict: rec[col["verdict"]]}
		if i, ok := col["codes"]; ok && i < len(rec) {
			r.codes = rec[i]
		}
		if i, ok := col["reason"]; ok && i < len(rec) {
			r.reason = rec[i]
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// firstJudged keeps the rows on the drafts a set was first judged on:
// where a file holds verdicts on the drafts before and after a change,
// those whose version begins "before" (the drafts of the build the texts
// were held out from); otherwise every row.
func firstJudged(rows []verdictRow) []verdictRow {
	var before []verdictRow
	for _, r := range rows {
		if strings.HasPrefix(r.version, "before") {
			before = append(before, r)
		}
	}
	if len(before) > 0 {
		return before
	}
	return rows
}

// tallyJudge counts one judge's verdicts. An item belongs to the theme
// whose slug is the longest prefix of its id followed by a hyphen.
func tallyJudge(rows []verdictRow) (judgeTally, error) {
	var t judgeTally
	type key struct{ article, slug string }
	themes := map[key]int{}
	texts := map[string]bool{}
	for _, r := range rows {
		texts[r.article] = true
		switch {
		case r.id == "course":
			t.courses++
			if r.verdict == "good" {
				t.courseOK++
			}
		case strings.HasPrefix(r.id, "theme:"):
			t.themeTitles++
			if r.verdict == "good" {
				t.themeOK++
			}
			themes[key{r.article, strings.TrimPrefix(r.id, "theme:")}] = 0
		}
	}
	for _, r := range rows {
		if r.id == "course" || strings.HasPrefix(r.id, "theme:") {
			continue
		}
		switch r.verdict {
		case "A":
			t.asIs++
			t.edit++
		case "E":
			t.edit++
		case "R":
		default:
			return t, fmt.Errorf("%s %s: verdict %q", r.article, r.id, r.verdict)
		}
		t.items++
		best := ""
		for k := range themes {
			if k.article == r.article && strings.HasPrefix(r.id, k.slug+"-") && len(k.slug) > len(best) {
				best = k.slug
			}
		}
		if best != "" {
			themes[key{r.article, best}]++
			t.mapped++
		}
	}
	t.themes = len(themes)
	for _, n := range themes {
		if n >= 4 {
			t.themesFour++
		}
	}
	t.texts = len(texts)
	return t, nil
}

// heldOutSets reads every held-out set's verdicts: set number, then one
// tally per judge in the order of the judges' numbers.
func heldOutSets(dir string) (map[int][]judgeTally, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	type file struct{ set, judge int }
	var files []file
	for _, e := range entries {
		m := heldOutFile.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		s, _ := strconv.Atoi(m[1])
		j, _ := strconv.Atoi(m[2])
		files = append(files, file{s, j})
	}
	sort.Slice(files, func(a, b int) bool {
		if files[a].set != files[b].set {
			return files[a].set < files[b].set
		}
		return files[a].judge < files[b].judge
	})
	sets := map[int][]judgeTally{}
	for _, f := range files {
		rows, err := readVerdicts(filepath.Join(dir, fmt.Sprintf("heldout%d-judge%d.tsv", f.set, f.judge)))
		if err != nil {
			return nil, err
		}
		t, err := tallyJudge(firstJudged(rows))
		if err != nil {
			return nil, fmt.Errorf("heldout%d-judge%d: %w", f.set, f.judge, err)
		}
		sets[f.set] = append(sets[f.set], t)
	}
	return sets, nil
}

func pct(n, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%d%%", (200*n+of)/(2*of))
}

// perJudge writes "x / y" over the first two judges (one figure where a
// set had one judge).
func perJudge(ts []judgeTally, f func(judgeTally) string) string {
	var parts []string
	for i, t := range ts {
		if i == 2 {
			break
		}
		parts = append(parts, f(t))
	}
	return strings.Join(parts, " / ")
}

// summaryRow is one line of the table: a label and the judges' tallies.
func summaryRow(label string, ts []judgeTally) string {
	first := ts[0]
	four := "–"
	if first.mapped > 0 {
		four = fmt.Sprintf("%d of %d", first.themesFour, first.themes)
	}
	return fmt.Sprintf("| %s | %d | %d | %s | %s | %s | %s | %s |",
		label, first.texts, first.items,
		perJudge(ts, func(t judgeTally) string { return pct(t.asIs, t.items) }),
		perJudge(ts, func(t judgeTally) string { return pct(t.edit, t.items) }),
		perJudge(ts, func(t judgeTally) string { return fmt.Sprintf("%d of %d", t.themeOK, t.themeTitles) }),
		perJudge(ts, func(t judgeTally) string { return fmt.Sprintf("%d of %d", t.courseOK, t.courses) }),
		four)
}

// summaryRange adds up the sets lo..hi, judge by judge; sets judged
// once count towards the second judge's sum too, so that both columns
// cover the same texts.
func summaryRange(sets map[int][]judgeTally, lo, hi int) []judgeTally {
	sum := make([]judgeTally, 2)
	for s := lo; s <= hi; s++ {
		ts, ok := sets[s]
		if !ok {
			continue
		}
		sum[0].add(ts[0])
		if len(ts) > 1 {
			sum[1].add(ts[1])
		} else {
			sum[1].add(ts[0])
		}
	}
	return sum
}

// lastGuardianSet is the last set of Guardian texts (OneStopEnglish);
// the sets after it are articles from The Economist
// (heldout101/SOURCES.md and on, docs/generation.md).
const lastGuardianSet = 100

// lastEconomist2020Set is the last set of the 2020 issues; the sets after
// it are from the 2026 issues of a second copy of the magazine
// (heldout316/SOURCES.md and on).
const lastEconomist2020Set = 315

// heldOutSummaryText writes the block: cumulative rows first, then every set.
func heldOutSummaryText(sets map[int][]judgeTally) string {
	var nums []int
	for s := range sets {
		nums = append(nums, s)
	}
	sort.Ints(nums)
	last := nums[len(nums)-1]
	var b strings.Builder
	b.WriteString(summaryBegin + "\n\n")
	b.WriteString("| held-out sets | texts | items | as is (judge 1 / 2) | + small edit | theme titles good | course titles good | themes of ≥ 4 items |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|\n")
	b.WriteString(summaryRow(fmt.Sprintf("%d–36 (one or two judges)", nums[0]), summaryRange(sets, nums[0], 36)) + "\n")
	b.WriteString(summaryRow(fmt.Sprintf("37–%d (two judges each)", last), summaryRange(sets, 37, last)) + "\n")
	b.WriteString(summaryRow("77–100 (Guardian texts)", summaryRange(sets, 77, min(last, lastGuardianSet))) + "\n")
	if last > lastGuardianSet {
		b.WriteString(summaryRow(fmt.Sprintf("%d–%d (The Economist, 2020)", lastGuardianSet+1, min(last, lastEconomist2020Set)), summaryRange(sets, lastGuardianSet+1, min(last, lastEconomist2020Set))) + "\n")
	}
	if last > lastEconomist2020Set {
		b.WriteString(summaryRow(fmt.Sprintf("%d–%d (The Economist, 2026)", lastEconomist2020Set+1, last), summaryRange(sets, lastEconomist2020Set+1, last)) + "\n")
	}
	b.WriteString("| target | | | 70% | 90% | 80% | | every theme |\n\n")
	b.WriteString("<details><summary>Every set</summary>\n\n")
	b.WriteString("| set | texts | items | as is (judge 1 / 2) | + small edit | theme titles good | course titles good | themes of ≥ 4 items |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|\n")
	for _, s := range nums {
		b.WriteString(summaryRow(strconv.Itoa(s), sets[s]) + "\n")
	}
	b.WriteString("\n</details>\n\n" + summaryEnd)
	return b.String()
}

func TestHeldOutSummaryMatchesVerdicts(t *testing.T) {
	sets, err := heldOutSets("testdata/judged")
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) == 0 {
		t.Fatal("no held-out verdict files in testdata/judged")
	}
	want := heldOutSummaryText(sets)
	doc, err := os.ReadFile(summaryDoc)
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	i := strings.Index(text, summaryBegin)
	j := strings.Index(text, summaryEnd)
	if i < 0 || j < i {
		t.Fatalf("%s has no held-out summary block (from %q to %q)", summaryDoc, summaryBegin, summaryEnd)
	}
	got := text[i : j+len(summaryEnd)]
	if got == want {
		return
	}
	if *heldOutSummary {
		if err := os.WriteFile(summaryDoc, []byte(text[:i]+want+text[j+len(summaryEnd):]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the held-out summary in %s differs from the verdicts; rewrite it with -heldout-summary.\nwant:\n%s", summaryDoc, want)
}

// The tally reads a set the way the summary says: the first-judged drafts,
// items under the theme whose slug is the longest prefix of their id.
func TestTallyJudgeCountsFirstJudgedDrafts(t *testing.T) {
	row := func(version, id, verdict string) verdictRow {
		return verdictRow{article: "a", version: version, id: id, verdict: verdict}
	}
	rows := []verdictRow{
		row("before (x)", "course", "good"),
		row("before (x)", "theme:rain", "bad"),
		row("before (x)", "theme:rain-gauges", "good"),
		row("before (x)", "rain-1", "A"),
		row("before (x)", "rain-2", "E"),
		row("before and after (the same drafts)", "rain-c1", "R"),
		row("before (x)", "rain-3", "A"),
		row("before (x)", "rain-gauges-1", "A"),
		row("after (y)", "rain-4", "R"),
		row("after (y)", "theme:rain", "good"),
	}
	got, err := tallyJudge(firstJudged(rows))
	if err != nil {
		t.Fatal(err)
	}
	want := judgeTally{items: 5, asIs: 3, edit: 4, themeTitles: 2, themeOK: 1, courses: 1, courseOK: 1, themes: 2, themesFour: 1, mapped: 5, texts: 1}
	if got != want {
		t.Errorf("tally = %+v, want %+v", got, want)
	}
	if _, err := tallyJudge([]verdictRow{row("v", "rain-1", "maybe")}); err == nil {
		t.Error("a verdict other than A, E or R was counted")
	}
}
