package generate

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

var (
	salienceDir      = flag.String("salience", "", "directory of `lectern generate --json` outputs whose items a verdict file judges")
	salienceVerdicts = flag.String("salience-verdicts", "", "the verdict file (article, [version,] id, verdict, codes, reason)")
	salienceVersion  = flag.String("salience-version", "", "the version column to read, for files with one")
	salienceTexts    = flag.String("salience-texts", "", "directory of the articles (default: the development articles)")
)

// TestSalience prints, for every judged item of a verdict file, what the
// incidental-detail rules (trivia.go, salience.go) say of its answer
// today:
//
//	go test -run TestSalience -v ./internal/generate -args -salience DIR -salience-verdicts FILE
//
// Columns: article, id, verdict, codes, type, answer, kind, mentions,
// aside (the older rules), minor (salience.go).
func TestSalience(t *testing.T) {
	if *salienceDir == "" {
		t.Skip("no -salience directory")
	}
	vb, err := os.ReadFile(*salienceVerdicts)
	if err != nil {
		t.Fatal(err)
	}
	type verdict struct{ v, codes string }
	verdicts := map[string]map[string]verdict{}
	lines := strings.Split(string(vb), "\n")
	versioned := len(lines) > 0 && strings.Contains(lines[0], "version")
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if versioned {
			if len(f) < 5 || !strings.HasPrefix(f[1], *salienceVersion) {
				continue
			}
			f = append(f[:1], f[2:]...)
		}
		if len(f) < 3 || strings.Contains(f[1], ":") || f[1] == "course" {
			continue
		}
		if verdicts[f[0]] == nil {
			verdicts[f[0]] = map[string]verdict{}
		}
		codes := ""
		if len(f) > 3 {
			codes = f[3]
		}
		verdicts[f[0]][f[1]] = verdict{f[2], codes}
	}
	for name, vs := range verdicts {
		b, err := os.ReadFile(filepath.Join(*salienceDir, name+".json"))
		if err != nil {
			t.Logf("%s: %v", name, err)
			continue
		}
		var c quiz.Course
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		dir := *salienceTexts
		if dir == "" {
			dir = evalDir(t)
		}
		text, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Logf("%s: %v", name, err)
			continue
		}
		heading, paras := SplitArticle(string(text))
		x, err := analyse(paras)
		if err != nil {
			t.Fatal(err)
		}
		title := key(heading)
		if title == "" {
			title = key(c.Course.Title)
		}
		for _, tt := range c.Themes {
			rankSentences(x.sentencesOf(tt.Paragraphs))
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
			v, ok := vs[id]
			if !ok {
				return
			}
			s := find(sent)
			if s == nil || answer == "" {
				fmt.Printf("%s\t%s\t%s\t%s\t%s\t%q\t-\n", name, id, v.v, v.codes, typ, answer)
				return
			}
			var sp *span
			for _, o := range s.spans {
				if o.key == key(answer) || strings.EqualFold(o.answer(), answer) {
					sp = o
				}
			}
			if sp == nil {
				fmt.Printf("%s\t%s\t%s\t%s\t%s\t%q\tno-span\n", name, id, v.v, v.codes, typ, answer)
				return
			}
			fmt.Printf("%s\t%s\t%s\t%s\t%s\t%q\t%s\t%d\t%v\t%v\t%v\n", name, id, v.v, v.codes, typ, answer, sp.kind, x.mentions(sp.key),
				x.incidental(s, sp), x.minorDetail(s, sp, title), x.builtOn(sp, title))
		}
		for _, q := range c.Questions {
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
		for _, cd := range c.Cards {
			if strings.Contains(cd.Front, "_____") {
				explain(cd.ID, "card", strings.Replace(cd.Front, "_____", cd.Back, 1), cd.Back)
				continue
			}
			explain(cd.ID, "definition", cd.Back, "")
		}
	}
}
