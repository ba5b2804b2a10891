package generate

import (
	"flag"
	"fmt"
	"sort"
	"testing"
)

var mixEstimate = flag.Bool("mixest", false, "print acceptance by kind of item and position on "+rankTableFile+", and the leave-one-article-out estimate of the theme mix")

// tableWeak is weakBuild on a row of the training table: a name in
// options, a swap or a cloze card; a definition of a term not repeated.
func tableWeak(r tableRow) bool {
	x := func(n string) float64 { return r.x[indexOf(n)] }
	switch r.typ {
	case "single", "tf-swap", "card":
		return x("proper") == 1
	case "def":
		return x("recur") == 0
	case "tf-true":
		return x("central") < backboneCentral && x("lead") == 0
	}
	return false
}

// proposeMix is propose with the mix: weak builds never proposed, and a
// theme's true statements at most three for each false one (three with
// none).
func proposeMix(rows []tableRow, scores []float64, th float64) selection {
	groups := map[string][]int{}
	var order []string
	for i, r := range rows {
		if !measured(r) {
			continue
		}
		g := r.set + "|" + r.article + "|" + r.theme
		if groups[g] == nil {
			order = append(order, g)
		}
		groups[g] = append(groups[g], i)
	}
	minor := indexOf("minor")
	var s selection
	for _, g := range order {
		idx := groups[g]
		sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] > scores[idx[b]] })
		n, avail, t, f := 0, 0, 0, 0
		for _, i := range idx {
			r := rows[i]
			if r.x[minor] == 1 || tableWeak(r) {
				if r.verdict == "R" {
					s.keptR++
				} else if r.verdict == "A" {
					s.lostA++
				}
				continue
			}
			avail++
			ok := scores[i] >= th || n < minProposed
			if ok && r.typ == "tf-true" && !fairTrueFalse(t+1, f) {
				ok = false
			}
			if ok && r.typ == "tf-swap" && !fairTrueFalse(t, f+1) {
				ok = false
			}
			if ok {
				n++
				switch r.typ {
				case "tf-true":
					t++
				case "tf-swap":
					f++
				}
				switch r.verdict {
				case "A":
					s.a++
				case "E":
					s.e++
				}
			} else if r.verdict == "R" {
				s.keptR++
			} else if r.verdict == "A" {
				s.lostA++
			}
		}
		s.proposed += n
		s.themes++
		if n < minProposed && avail >= minProposed {
			s.short++
		}
	}
	return s
}

// TestMixEstimate prints what docs/generation.md "Seventh round" reports:
// go test -run TestMixEstimate -v ./internal/generate -args -mixest
func TestMixEstimate(t *testing.T) {
	if !*mixEstimate {
		t.Skip("no -mixest")
	}
	rows := readTable(t)
	tab := func(title string, by func(r tableRow) string) {
		type c struct{ n, a, e int }
		m := map[string]*c{}
		var keys []string
		for _, r := range rows {
			k := by(r)
			if m[k] == nil {
				m[k] = &c{}
				keys = append(keys, k)
			}
			m[k].n++
			switch r.verdict {
			case "A":
				m[k].a++
			case "E":
				m[k].e++
			}
		}
		sort.SliceStable(keys, func(i, j int) bool { return m[keys[i]].n > m[keys[j]].n })
		fmt.Printf("\n| %s | judged | as is | as is or small edit |\n|---|---|---|---|\n", title)
		for _, k := range keys {
			v := m[k]
			fmt.Printf("| %s | %d | %.0f%% | %.0f%% |\n", k, v.n, 100*float64(v.a)/float64(v.n), 100*float64(v.a+v.e)/float64(v.n))
		}
	}
	x := func(r tableRow, n string) float64 { return r.x[indexOf(n)] }
	answer := func(r tableRow) string {
		switch {
		case r.typ == "tf-true":
			return "quoted whole"
		case r.typ == "def":
			return "defined term"
		case x(r, "number") == 1:
			return "figure"
		case x(r, "proper") == 1:
			return "name"
		}
		return "term"
	}
	pos := func(r tableRow) string {
		switch {
		case x(r, "lead") == 1:
			return "lead paragraph"
		case x(r, "firstpara") == 1:
			return "opens its paragraph"
		}
		return "later in its paragraph"
	}
	tab("type, answer", func(r tableRow) string { return r.typ + ", " + answer(r) })
	tab("position", pos)
	tab("type, position", func(r tableRow) string { return r.typ + ", " + pos(r) })
	tab("quotation", func(r tableRow) string {
		if x(r, "quote") == 1 {
			return "quotation or reported speech"
		}
		return "none"
	})
	tab("context", func(r tableRow) string {
		if x(r, "context") == 1 {
			return "leans on the sentence before"
		}
		return "reads alone"
	})
	tab("true statements by centrality", func(r tableRow) string {
		if r.typ != "tf-true" {
			return "other items"
		}
		if x(r, "central") >= backboneCentral || x(r, "lead") == 1 {
			return "true, central or lead"
		}
		return "true, less central"
	})
	sc := looScores(rows, rankLambda, rankFeatureUse())
	fmt.Printf("\nleave one article out, threshold %.2f (estimates on verdicts already seen):\n", rankThreshold)
	fmt.Printf("  before (ranker alone): %s\n", propose(rows, sc, rankThreshold))
	fmt.Printf("  after (the mix):       %s\n", proposeMix(rows, sc, rankThreshold))
	for _, set := range []string{"dev1", "ho1", "h2j1", "h2j2", "h2j2-after", "h3j1", "h3j2", "h3j2-after"} {
		var sub []tableRow
		var ss []float64
		for i, r := range rows {
			if r.set == set {
				sub, ss = append(sub, r), append(ss, sc[i])
			}
		}
		fmt.Printf("  %-10s before %s\n  %-10s after  %s\n", set, propose(sub, ss, rankThreshold), "", proposeMix(sub, ss, rankThreshold))
	}
}
