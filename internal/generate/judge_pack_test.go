package generate

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The blind judgement of generated drafts, made reproducible (see
// docs/generation.md, "Development and held-out articles"):
//
//	go test ./internal/generate -run TestJudgePack -args -judge-pack DIR -judge-set 87 -judge-version "main abc1234" a.txt b.txt …
//
// drafts each article as `lectern generate -json` does and writes, for a
// judge who sees nothing else, DIR/articles/NAME.txt (the article as
// given), DIR/items/NAME.md (the course title, each theme's title and
// paragraphs, then its items in the order proposed, what the learner sees
// apart from the key) and DIR/PROMPT.md (what to do, and the rubric as
// docs/generation.md gives it); and, outside DIR, DIR.key.json: the set,
// the version and every id the judge must give a verdict on. Then
//
//	go test ./internal/generate -run TestJudgeScore -args -judge-score DIR -judge-out FILE.tsv
//
// checks DIR/verdicts.tsv against the key (every item and title judged
// once, no unknown id, verdicts of the right kind), prints each article's
// figures and the set's, and writes FILE.tsv in the shape of
// testdata/judged/heldoutN-judgeK.tsv, which the summary at the head of
// docs/generation.md counts.
var (
	judgePack    = flag.String("judge-pack", "", "write a blind judge's folder for the article files given as arguments (see judge_pack_test.go)")
	judgeSet     = flag.String("judge-set", "", "with -judge-pack, the set's name")
	judgeVersion = flag.String("judge-version", "", "with -judge-pack, the build that drafted the items, as recorded with each verdict")
	judgeScore   = flag.String("judge-score", "", "check and count a judge's verdicts in the folder -judge-pack wrote")
	judgeOut     = flag.String("judge-out", "", "with -judge-score, write the verdicts with their version to this TSV file")
)

// judgeKey is what the judge must give a verdict on, kept outside the
// judge's folder.
type judgeKey struct {
	Set      string            `json:"set"`
	Version  string            `json:"version"`
	Articles []judgeKeyArticle `json:"articles"`
}

type judgeKeyArticle struct {
	Name   string   `json:"name"`
	Items  []string `json:"items"`  // question and card ids, in the order proposed
	Themes []string `json:"themes"` // theme slugs
}

// paraList writes [1 2 3 5] as "1–3, 5".
func paraList(ns []int) string {
	if len(ns) == 0 {
		return "(none given)"
	}
	s := append([]int(nil), ns...)
	sort.Ints(s)
	var out []string
	for i := 0; i < len(s); {
		j := i
		for j+1 < len(s) && s[j+1] == s[j]+1 {
			j++
		}
		if i == j {
			out = append(out, strconv.Itoa(s[i]))
		} else {
			out = append(out, fmt.Sprintf("%d–%d", s[i], s[j]))
		}
		i = j + 1
	}
	return strings.Join(out, ", ")
}

func optionLetter(i int) string {
	if i < 26 {
		return string(rune('a' + i))
	}
	return strconv.Itoa(i + 1)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func openingWords(text string, n int) string {
	w := strings.Fields(text)
	if len(w) <= n {
		return strings.Join(w, " ")
	}
	return strings.Join(w[:n], " ") + " …"
}

func num(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// writeJudgedQuestion writes what the learner sees, then the key.
func writeJudgedQuestion(b *strings.Builder, q quiz.Question) {
	kind := ""
	if q.Kind != "" {
		kind = ", " + string(q.Kind)
	}
	fmt.Fprintf(b, "### %s (%s%s)\n\nLearner sees:\n\n    Prompt: %s\n", q.ID, q.Type, kind, q.Prompt)
	if len(q.Options) > 0 {
		b.WriteString("    Options:\n")
		for i, o := range q.Options {
			fmt.Fprintf(b, "      %s) %s\n", optionLetter(i), o.Text)
		}
	}
	if len(q.Pairs) > 0 {
		b.WriteString("    Match each item on the left with one on the right:\n")
		rights := make([]string, len(q.Pairs))
		for i, p := range q.Pairs {
			fmt.Fprintf(b, "      %d. %s\n", i+1, p.Left)
			rights[i] = p.Right
		}
		sort.Strings(rights)
		for i, r := range rights {
			fmt.Fprintf(b, "      %s) %s\n", optionLetter(i), r)
		}
	}
	if len(q.Options) == 0 {
		switch q.Type {
		case quiz.Short:
			b.WriteString("    (the learner types the answer)\n")
		case quiz.Numeric:
			b.WriteString("    (the learner types a number)\n")
		}
	}
	b.WriteString("\nKey:\n\n")
	given := false
	if len(q.Options) > 0 {
		var right []string
		for i, o := range q.Options {
			if o.Correct {
				right = append(right, optionLetter(i)+") "+o.Text)
			}
		}
		if len(right) == 0 {
			right = []string{"(no option marked correct)"}
		}
		fmt.Fprintf(b, "    Answer: %s\n", strings.Join(right, "; "))
		for i, o := range q.Options {
			if o.Feedback != "" {
				fmt.Fprintf(b, "    Feedback if %s) is chosen: %s\n", optionLetter(i), o.Feedback)
			}
		}
		given = true
	}
	if len(q.Answers) > 0 {
		fmt.Fprintf(b, "    Answer: %s\n    Accepted answers: %s\n", q.Answers[0], strings.Join(q.Answers, " | "))
		given = true
	}
	if len(q.Marked) > 0 {
		var parts []string
		for _, m := range q.Marked {
			parts = append(parts, fmt.Sprintf("%s (%s)", m.Text, num(m.Fraction)))
		}
		fmt.Fprintf(b, "    Marked answers: %s\n", strings.Join(parts, " | "))
		given = true
	}
	if len(q.Pairs) > 0 {
		var parts []string
		for _, p := range q.Pairs {
			parts = append(parts, p.Left+" → "+p.Right)
		}
		fmt.Fprintf(b, "    Pairs: %s\n", strings.Join(parts, " | "))
		given = true
	}
	if len(q.Numeric) > 0 {
		var parts []string
		for _, n := range q.Numeric {
			switch {
			case n.Any:
				parts = append(parts, "any other number")
			case n.Min < n.Max:
				parts = append(parts, num(n.Min)+" to "+num(n.Max))
			case n.Tolerance != 0:
				parts = append(parts, num(n.Value)+" ± "+num(n.Tolerance))
			default:
				parts = append(parts, num(n.Value))
			}
		}
		fmt.Fprintf(b, "    Accepted numbers: %s\n", strings.Join(parts, " | "))
		given = true
	}
	if !given {
		b.WriteString("    (no answer given)\n")
	}
	fmt.Fprintf(b, "    Explanation: %s\n    Source: paragraph %s\n\n", q.Explanation, paraList(q.Paragraphs))
}

// judgedItems writes items/NAME.md for one drafted course.
func judgedItems(name string, c *quiz.Course) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: drafted items\n\nArticle: articles/%s.txt. Lectern splits it into %d paragraphs, numbered from 1; each theme below lists its paragraphs and the words each begins with.\n\n", name, name, len(c.Paragraphs))
	fmt.Fprintf(&b, "## Course title (id `course`)\n\n    %s\n\n", c.Course.Title)
	paras := map[int]string{}
	for _, p := range c.Paragraphs {
		paras[p.N] = p.Text
	}
	for ti, t := range c.Themes {
		var qs []quiz.Question
		var cs []quiz.Card
		for _, q := range c.Questions {
			if q.Theme == t.Slug {
				qs = append(qs, q)
			}
		}
		for _, cd := range c.Cards {
			if cd.Theme == t.Slug {
				cs = append(cs, cd)
			}
		}
		fmt.Fprintf(&b, "## Theme %d of %d: slug `%s` (id `theme:%s`)\n\n    Title: %s\n\n", ti+1, len(c.Themes), t.Slug, t.Slug, t.Title)
		fmt.Fprintf(&b, "Paragraphs: %s (%s, %s)\n", paraList(t.Paragraphs), plural(len(qs), "question"), plural(len(cs), "flashcard"))
		for _, n := range t.Paragraphs {
			if text, ok := paras[n]; ok {
				fmt.Fprintf(&b, "- ¶%d begins: %s\n", n, openingWords(text, 8))
			}
		}
		b.WriteString("\n")
		for _, q := range qs {
			writeJudgedQuestion(&b, q)
		}
		for _, cd := range cs {
			fmt.Fprintf(&b, "### %s (flashcard)\n\n    Front: %s\n    Back: %s\n    Source: paragraph %s\n\n", cd.ID, cd.Front, cd.Back, paraList(cd.Paragraphs))
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// judgeRubric is the rubric as docs/generation.md gives it, from its
// heading to the next heading of its level or above.
func judgeRubric() (string, error) {
	doc, err := os.ReadFile(summaryDoc)
	if err != nil {
		return "", err
	}
	const head = "### The rubric given to blind judges\n"
	text := string(doc)
	i := strings.Index(text, head)
	if i < 0 {
		return "", errors.New("docs/generation.md has no section " + strings.TrimSpace(head))
	}
	rest := text[i+len(head):]
	end := len(rest)
	for _, h := range []string{"\n## ", "\n### "} {
		if j := strings.Index(rest, h); j >= 0 && j < end {
			end = j + 1
		}
	}
	return head + rest[:end], nil
}

// packForJudge drafts each article and writes the judge's folder and
// the key beside it.
func packForJudge(dir, set, version string, files []string) (*judgeKey, error) {
	if set == "" || version == "" || len(files) == 0 {
		return nil, errors.New("judge-pack: give -judge-set, -judge-version and the article files")
	}
	if _, err := os.Stat(filepath.Join(dir, "verdicts.tsv")); err == nil {
		return nil, fmt.Errorf("judge-pack: %s holds verdicts already", dir)
	}
	rubric, err := judgeRubric()
	if err != nil {
		return nil, err
	}
	for _, sub := range []string{"articles", "items"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return nil, err
		}
	}
	key := &judgeKey{Set: set, Version: version}
	var table strings.Builder
	table.WriteString("| NAME | article | items | items to judge | theme titles |\n|---|---|---|---|---|\n")
	total, themes := 0, 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		text, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		res, err := Generate(string(text), Options{})
		if err != nil {
			return nil, fmt.Errorf("judge-pack: %s: %w", f, err)
		}
		c := res.Course
		a := judgeKeyArticle{Name: name}
		for _, q := range c.Questions {
			a.Items = append(a.Items, q.ID)
		}
		for _, cd := range c.Cards {
			a.Items = append(a.Items, cd.ID)
		}
		for _, t := range c.Themes {
			a.Themes = append(a.Themes, t.Slug)
		}
		key.Articles = append(key.Articles, a)
		if err := os.WriteFile(filepath.Join(dir, "articles", name+".txt"), text, 0o644); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(dir, "items", name+".md"), []byte(judgedItems(name, c)), 0o644); err != nil {
			return nil, err
		}
		fmt.Fprintf(&table, "| %s | articles/%s.txt | items/%s.md | %d | %d |\n", name, name, name, len(a.Items), len(a.Themes))
		total += len(a.Items)
		themes += len(a.Themes)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	prompt := fmt.Sprintf(`# Instructions for a blind judge

You are a blind judge. You see only this folder (%[1]s). Nothing else on this
machine is part of your task: do not open, list or search any other file or
folder on this machine (no source code, no documentation, no other articles, no
other verdicts, no history), and do not run any program on the drafts. Use
nothing but the files named here and your own judgement.

Read the rubric below first. Then, for each article listed here, read the
article, articles/NAME.txt, and its drafted items, items/NAME.md, and judge
them against the article's text:

%[2]s
Write your verdicts to %[3]s as a tab-separated file whose first line is
the header

    article	id	verdict	codes	reason

and then:

- one row per item (every question and every flashcard in items/NAME.md, by
  its id), with verdict A, E or R;
- one row per theme title, with id `+"`theme:SLUG`"+` (the slug shown in
  items/NAME.md), verdict good or bad;
- one row for the course title, with id `+"`course`"+`, verdict good or bad.

The `+"`article`"+` column is the NAME shown above (for example `+"`%[4]s`"+`), the
`+"`codes`"+` column holds the reason codes, comma-separated (empty for A and good),
and the `+"`reason`"+` column one short sentence (required for E, R and bad). Use
no tab inside a field. Judge every item of every article: %[5]d items,
%[6]d theme titles and %[7]d course titles in all; do not skip or
sample any. Judge each item on its own, in the order given; an item's
"Learner sees" part is what a learner is shown, and its "Key" part is the
answer, the accepted answers and the explanation shown after answering.

`, abs, table.String(), "`"+filepath.Join(abs, "verdicts.tsv")+"`", key.Articles[0].Name, total, themes, len(key.Articles))
	if err := os.WriteFile(filepath.Join(dir, "PROMPT.md"), []byte(prompt+rubric), 0o644); err != nil {
		return nil, err
	}
	data, err := json.MarshalIndent(key, "", " ")
	if err != nil {
		return nil, err
	}
	return key, os.WriteFile(filepath.Clean(dir)+".key.json", append(data, '\n'), 0o644)
}

// scoreJudge checks a judge's verdicts against the key and returns the
// rows with the key's version, in the judge's order, and each article's
// tally (then the set's, named "TOTAL").
func scoreJudge(dir string) ([]verdictRow, map[string]judgeTally, []string, error) {
	data, err := os.ReadFile(filepath.Clean(dir) + ".key.json")
	if err != nil {
		return nil, nil, nil, err
	}
	var key judgeKey
	if err := json.Unmarshal(data, &key); err != nil {
		return nil, nil, nil, fmt.Errorf("%s.key.json: %w", filepath.Clean(dir), err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "verdicts.tsv"))
	if err != nil {
		return nil, nil, nil, err
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	want := map[[2]string]string{} // article and id: "item" or "title"
	for _, a := range key.Articles {
		want[[2]string{a.Name, "course"}] = "title"
		for _, s := range a.Themes {
			want[[2]string{a.Name, "theme:" + s}] = "title"
		}
		for _, id := range a.Items {
			want[[2]string{a.Name, id}] = "item"
		}
	}
	var problems []string
	seen := map[[2]string]bool{}
	var rows []verdictRow
	if len(lines) == 0 || strings.Split(lines[0], "\t")[0] != "article" {
		return nil, nil, nil, errors.New("verdicts.tsv: the first line must be the header article, id, verdict, codes, reason")
	}
	for n, line := range lines[1:] {
		f := strings.Split(strings.TrimSuffix(line, "\r"), "\t")
		if len(f) < 3 {
			problems = append(problems, fmt.Sprintf("line %d: %d fields", n+2, len(f)))
			continue
		}
		k := [2]string{f[0], f[1]}
		what, ok := want[k]
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("line %d: %s %s is no item or title of the set", n+2, f[0], f[1]))
			continue
		case seen[k]:
			problems = append(problems, fmt.Sprintf("line %d: %s %s judged twice", n+2, f[0], f[1]))
			continue
		case what == "item" && f[2] != "A" && f[2] != "E" && f[2] != "R":
			problems = append(problems, fmt.Sprintf("line %d: %s %s: an item's verdict is A, E or R, not %q", n+2, f[0], f[1], f[2]))
			continue
		case what == "title" && f[2] != "good" && f[2] != "bad":
			problems = append(problems, fmt.Sprintf("line %d: %s %s: a title's verdict is good or bad, not %q", n+2, f[0], f[1], f[2]))
			continue
		}
		seen[k] = true
		rows = append(rows, verdictRow{article: f[0], version: key.Version, id: f[1], verdict: f[2], codes: field(f, 3), reason: field(f, 4)})
	}
	var missing []string
	for k := range want {
		if !seen[k] {
			missing = append(missing, k[0]+" "+k[1])
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		problems = append(problems, "no verdict on "+m)
	}
	if len(problems) > 0 {
		return nil, nil, nil, errors.New("verdicts.tsv:\n  " + strings.Join(problems, "\n  "))
	}
	tallies := map[string]judgeTally{}
	var names []string
	for _, a := range key.Articles {
		var own []verdictRow
		for _, r := range rows {
			if r.article == a.Name {
				own = append(own, r)
			}
		}
		t, err := tallyJudge(own)
		if err != nil {
			return nil, nil, nil, err
		}
		tallies[a.Name] = t
		names = append(names, a.Name)
	}
	total, err := tallyJudge(rows)
	if err != nil {
		return nil, nil, nil, err
	}
	tallies["TOTAL"] = total
	return rows, tallies, append(names, "TOTAL"), nil
}

func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

// writeVerdictFile writes rows in the shape of testdata/judged.
func writeVerdictFile(path string, rows []verdictRow) error {
	var b strings.Builder
	b.WriteString("article\tversion\tid\tverdict\tcodes\treason\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", r.article, r.version, r.id, r.verdict, r.codes, r.reason)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func TestJudgePack(t *testing.T) {
	if *judgePack == "" {
		t.Skip("no -judge-pack folder")
	}
	key, err := packForJudge(*judgePack, *judgeSet, *judgeVersion, flag.Args())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range key.Articles {
		t.Logf("%s: %d items, %d themes", a.Name, len(a.Items), len(a.Themes))
	}
}

func TestJudgeScore(t *testing.T) {
	if *judgeScore == "" {
		t.Skip("no -judge-score folder")
	}
	rows, tallies, names, err := scoreJudge(*judgeScore)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		x := tallies[n]
		t.Logf("%-8s items %3d  as is %3d (%s)  + edit %3d (%s)  theme titles good %d of %d  course good %d of %d  themes of >= 4 items %d of %d",
			n, x.items, x.asIs, pct(x.asIs, x.items), x.edit, pct(x.edit, x.items), x.themeOK, x.themeTitles, x.courseOK, x.courses, x.themesFour, x.themes)
	}
	if *judgeOut != "" {
		if err := writeVerdictFile(*judgeOut, rows); err != nil {
			t.Fatal(err)
		}
	}
}

// A judge's folder holds the article, every drafted item and title, and
// the docs' rubric, and nothing that tells what the generator thought of
// its drafts; the scorer takes a complete set of verdicts and refuses an
// incomplete or malformed one, naming what is wrong.
func TestJudgePackAndScoreRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "judge")
	key, err := packForJudge(dir, "t1", "test build", []string{"testdata/harbour-rail.txt", "testdata/water-cycle.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(key.Articles) != 2 || key.Articles[0].Name != "harbour-rail" {
		t.Fatalf("key articles = %+v", key.Articles)
	}
	rubric, err := judgeRubric()
	if err != nil {
		t.Fatal(err)
	}
	prompt, err := os.ReadFile(filepath.Join(dir, "PROMPT.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(prompt), rubric) || !strings.Contains(rubric, "TRIVIA") {
		t.Error("PROMPT.md does not end with the rubric of docs/generation.md")
	}
	var all []string
	for _, a := range key.Articles {
		items, err := os.ReadFile(filepath.Join(dir, "items", a.Name+".md"))
		if err != nil {
			t.Fatal(err)
		}
		md := string(items)
		if len(a.Items) == 0 || len(a.Themes) == 0 {
			t.Fatalf("%s: nothing to judge: %+v", a.Name, a)
		}
		for _, id := range a.Items {
			if !strings.Contains(md, "### "+id+" (") {
				t.Errorf("%s: item %s missing from items/%s.md", a.Name, id, a.Name)
			}
			all = append(all, a.Name+"\t"+id)
		}
		for _, s := range a.Themes {
			if !strings.Contains(md, "(id `theme:"+s+"`)") {
				t.Errorf("%s: theme %s missing", a.Name, s)
			}
			all = append(all, a.Name+"\ttheme:"+s)
		}
		all = append(all, a.Name+"\tcourse")
		// The text output's scores ("[truefalse 0.76]") and held-back
		// drafts stay out: the judge sees the drafts as proposed.
		if strings.Contains(md, " 0.") && strings.Contains(md, "[") || strings.Contains(md, "held back") {
			t.Errorf("items/%s.md shows a score or the held-back drafts", a.Name)
		}
		if text, _ := os.ReadFile(filepath.Join(dir, "articles", a.Name+".txt")); len(text) == 0 {
			t.Errorf("articles/%s.txt is empty", a.Name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "key.json")); err == nil {
		t.Error("the key is inside the judge's folder")
	}

	write := func(lines []string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, "verdicts.tsv"), []byte("article\tid\tverdict\tcodes\treason\n"+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	verdict := func(row string, i int) string {
		switch {
		case strings.HasSuffix(row, "\tcourse") || strings.Contains(row, "\ttheme:"):
			if i%2 == 0 {
				return row + "\tgood\t\t"
			}
			return row + "\tbad\t\tnames a detail"
		case i%3 == 0:
			return row + "\tR\tTRIVIA\tan incidental detail"
		case i%3 == 1:
			return row + "\tE\tCONTEXT\tneeds the sentence before"
		}
		return row + "\tA\t\t"
	}
	var lines []string
	wantItems, wantA, wantAE := 0, 0, 0
	for i, row := range all {
		lines = append(lines, verdict(row, i))
		if !strings.HasSuffix(row, "\tcourse") && !strings.Contains(row, "\ttheme:") {
			wantItems++
			if i%3 == 2 {
				wantA++
			}
			if i%3 != 0 {
				wantAE++
			}
		}
	}
	write(lines)
	rows, tallies, names, err := scoreJudge(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := tallies["TOTAL"]; got.items != wantItems || got.asIs != wantA || got.edit != wantAE || names[len(names)-1] != "TOTAL" {
		t.Errorf("total = %+v, want %d items, %d as is, %d after an edit", got, wantItems, wantA, wantAE)
	}
	out := filepath.Join(t.TempDir(), "out.tsv")
	if err := writeVerdictFile(out, rows); err != nil {
		t.Fatal(err)
	}
	back, err := readVerdicts(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(all) || back[0].version != "test build" || back[0].reason != rows[0].reason {
		t.Errorf("the written verdicts read back as %d rows (want %d), first %+v", len(back), len(all), back[0])
	}

	for _, bad := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"one missing", lines[1:], "no verdict on " + strings.Replace(all[0], "\t", " ", 1)},
		{"one twice", append(append([]string(nil), lines...), lines[0]), "judged twice"},
		{"an unknown id", append(append([]string(nil), lines...), "harbour-rail\tno-such-item\tA\t\t"), "no item or title of the set"},
		{"a title judged A", replaceRow(lines, "\tcourse\t", "harbour-rail\tcourse\tA\t\t"), "a title's verdict is good or bad"},
	} {
		write(bad.lines)
		if _, _, _, err := scoreJudge(dir); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: err = %v, want one saying %q", bad.name, err, bad.want)
		}
	}
	if _, err := packForJudge(dir, "t1", "test build", []string{"testdata/harbour-rail.txt"}); err == nil {
		t.Error("a judged folder was packed over")
	}
}

// replaceRow replaces the first row containing marker.
func replaceRow(lines []string, marker, with string) []string {
	out := append([]string(nil), lines...)
	for i, l := range out {
		if strings.Contains(l, marker) {
			out[i] = with
			break
		}
	}
	return out
}
