package generate

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

var dump = flag.String("dump", "", "print the generated course for a testdata file")

// TestDump prints generated items for reading: go test -run TestDump -dump china-russia.txt
func TestDump(t *testing.T) {
	if *dump == "" {
		t.Skip("no -dump file")
	}
	b, err := os.ReadFile("testdata/" + *dump)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Generate(string(b), Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Course
	fmt.Printf("COURSE %s / %s\n", c.Course.Slug, c.Course.Title)
	for _, th := range c.Themes {
		fmt.Printf("\nTHEME %s %q %v\n  summary: %s\n", th.Slug, th.Title, th.Paragraphs, th.Summary)
		for _, d := range res.Drafts {
			if d.Theme != th.Slug {
				continue
			}
			if q := d.Question; q != nil {
				fmt.Printf("  Q %s [%s %s %s %.2f] %s\n", q.ID, q.Type, q.Kind, d.Rule, d.Score, q.Prompt)
				var opts []string
				for _, o := range q.Options {
					m := ""
					if o.Correct {
						m = "*"
					}
					opts = append(opts, m+o.Text)
				}
				if len(opts) > 0 {
					fmt.Printf("      options: %s\n", strings.Join(opts, " | "))
				}
				if len(q.Answers) > 0 {
					fmt.Printf("      answers: %s\n", strings.Join(q.Answers, " | "))
				}
			} else {
				fmt.Printf("  C %s [%s %.2f] %s  =>  %s\n", d.Card.ID, d.Rule, d.Score, d.Card.Front, d.Card.Back)
			}
		}
	}
}

var dumpThemes = flag.Bool("themes", false, "print the themes of the development articles")

var measure = flag.Bool("measure", false, "print what each rule contributes on the testdata articles")

// TestMeasure prints, per article, the candidate answers each rule found or
// retyped, how the final kinds compare with the NER model's labels, and the
// items each rule produced: go test -run TestMeasure -measure
func TestMeasure(t *testing.T) {
	if !*measure {
		t.Skip("no -measure")
	}
	for _, name := range articles {
		text := mustRead(t, name)
		x := a(t, name)
		rules := map[string]int{}
		agree, disagree, nerMissed, nerOnly := 0, 0, 0, 0
		var fixes []string
		for _, s := range x.sents {
			for _, sp := range s.spans {
				rules[sp.kind.String()+"/"+sp.rule]++
				if !sp.kind.proper() {
					continue
				}
				var run []tok
				for _, tk := range s.toks {
					if tk.start >= sp.start && tk.end <= sp.end {
						run = append(run, tk)
					}
				}
				l := majorityLabel(run)
				want := map[string]kind{"PERSON": kPerson, "GPE": kPlace, "LOCATION": kPlace, "GSP": kPlace, "ORGANIZATION": kOrg, "FACILITY": kName}[l]
				switch {
				case l == "":
					nerMissed++
				case want == sp.kind:
					agree++
				default:
					disagree++
					fixes = append(fixes, fmt.Sprintf("%s:%s→%s", sp.text, l, sp.kind))
				}
				if sp.rule == "ner" {
					nerOnly++
				}
			}
		}
		res, err := Generate(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		items := map[string]int{}
		for _, d := range res.Drafts {
			items[d.Rule]++
		}
		fmt.Printf("\n== %s: %d paragraphs, %d themes, %d questions, %d cards\n", name, len(res.Course.Paragraphs), len(res.Course.Themes), len(res.Course.Questions), len(res.Course.Cards))
		fmt.Printf("spans by kind/rule: %v\n", sorted(rules))
		fmt.Printf("proper names: NER label agrees %d, rules retyped %d, NER had no label %d, typed by NER label alone %d\n", agree, disagree, nerMissed, nerOnly)
		fmt.Printf("retyped: %s\n", strings.Join(fixes, "; "))
		fmt.Printf("items by rule: %v\n", sorted(items))
	}
}

func sorted(m map[string]int) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	for _, k := range ks {
		fmt.Fprintf(&b, "%s=%d ", k, m[k])
	}
	return b.String()
}

var spansOf = flag.String("spans", "", "print the candidate answers of an article file, with their kinds")

// TestSpans prints every candidate answer of an article with its kind,
// subkind and the rule that typed it: go test -run TestSpans -args -spans FILE
func TestSpans(t *testing.T) {
	if *spansOf == "" {
		t.Skip("no -spans file")
	}
	b, err := os.ReadFile(*spansOf)
	if err != nil {
		t.Fatal(err)
	}
	x, err := analyse(SplitParagraphs(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range x.keys {
		ms := x.byKey[k]
		fmt.Printf("%-40s %-12s %-9s %-14s n=%d surface=%q\n", k, ms[0].kind, ms[0].sub, ms[0].rule, len(ms), x.info[k].surface)
	}
}

var why = flag.String("why", "", "with -why DIR/ARTICLE.json, say which rule now stops or changes each judged R or E item of that article")

// TestWhy reads the items of a judged article as printed by an earlier
// `lectern generate --json` (the ids of verdicts.tsv) and, for each item
// judged R or E, says what the current rules do with its sentence and
// answer: go test -run TestWhy -v ./internal/generate -args -why /tmp/floods-news.json
// The article itself is read from the corpus beside the repository.
func TestWhy(t *testing.T) {
	if *why == "" {
		t.Skip("no -why file")
	}
	name := strings.TrimSuffix(filepath.Base(*why), ".json")
	var old struct {
		Questions []quiz.Question `json:"questions"`
		Cards     []quiz.Card     `json:"cards"`
	}
	b, err := os.ReadFile(*why)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &old); err != nil {
		t.Fatal(err)
	}
	x := devArt(t, name+".txt")
	verdicts := map[string]string{}
	vb, err := os.ReadFile(filepath.Join(evalDir(t), "verdicts.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(vb), "\n") {
		f := strings.Split(l, "\t")
		if len(f) >= 4 && f[0] == name && (f[2] == "R" || f[2] == "E") {
			verdicts[f[1]] = f[2] + " " + f[3]
		}
	}
	find := func(sent string) *sentence {
		k := key(sent)
		for _, s := range x.sents {
			if key(s.text) == k || strings.Contains(key(s.text), k) || strings.Contains(k, key(s.text)) && len(key(s.text)) > 20 {
				return s
			}
		}
		return nil
	}
	explain := func(id, typ, sent, answer string) {
		v, ok := verdicts[id]
		if !ok {
			return
		}
		s := find(sent)
		if s == nil {
			fmt.Printf("%s\t%s\t%s\tsentence not found\n", id, v, typ)
			return
		}
		var notes []string
		if needsContext(s) {
			notes = append(notes, "context")
		}
		if answer == "" {
			if !selfContained(s) {
				notes = append(notes, "not-self-contained")
			}
			fmt.Printf("%s\t%s\t%s\t%s\n", id, v, typ, strings.Join(notes, ","))
			return
		}
		var sp *span
		for _, o := range s.spans {
			if o.key == key(answer) || strings.EqualFold(o.answer(), answer) {
				sp = o
			}
		}
		if sp == nil {
			for _, o := range s.spans {
				if strings.Contains(" "+key(answer)+" ", " "+o.key+" ") || strings.Contains(" "+o.key+" ", " "+key(answer)+" ") {
					notes = append(notes, fmt.Sprintf("span-now=%q(%s)", o.text, o.kind))
				}
			}
			if len(notes) == 0 || notes[len(notes)-1] == "context" {
				notes = append(notes, "no-span")
			}
			fmt.Printf("%s\t%s\t%s\t%s\n", id, v, typ, strings.Join(notes, ","))
			return
		}
		notes = append(notes, "kind="+sp.kind.String()+"/"+sp.sub)
		if f := x.blankFault(s, sp); f != "" {
			notes = append(notes, "blank:"+f)
		}
		if x.subject(sp.key) {
			notes = append(notes, "subject")
		}
		if c := x.blankable(s, sp); c == nil {
			notes = append(notes, "not-blankable")
		} else {
			var ds []string
			for _, d := range c.dis {
				ds = append(ds, d.text)
			}
			notes = append(notes, "dis="+strings.Join(ds, "|"))
			if tf := x.trueFalseSwap(c); tf != nil {
				notes = append(notes, "swap="+strings.TrimPrefix(tf.q.Prompt, "True or false? "))
			}
		}
		fmt.Printf("%s\t%s\t%s\t%s\n", id, v, typ, strings.Join(notes, " "))
	}
	for _, q := range old.Questions {
		m := saysRe.FindStringSubmatch(q.Explanation)
		if m == nil {
			continue
		}
		ans := ""
		switch q.Type {
		case quiz.TrueFalse:
			if sm := swappedRe.FindStringSubmatch(q.Options[0].Feedback); sm != nil {
				ans = sm[1]
			}
		case quiz.Short:
			ans = q.Answers[0]
		default:
			for _, o := range q.Options {
				if o.Correct {
					ans = o.Text
				}
			}
		}
		explain(q.ID, string(q.Type), m[1], ans)
	}
	for _, c := range old.Cards {
		if strings.Contains(c.Front, "_____") {
			explain(c.ID, "card", strings.Replace(c.Front, "_____", c.Back, 1), c.Back)
			continue
		}
		explain(c.ID, "definition", c.Back, "")
	}
}
