package generate

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// A text of our own: a council's decision on a bridge, told with its
// cause, a scene and a sentence crowded with figures.
const worthText = `Harbour Council votes to close the old bridge

Harbour Council voted on Tuesday to close the old bridge because its steel frame is failing.

The bridge carried 12,000 cars a day in 1998, 9,500 in 2004 and 7,200 in 2019.

A gull sat on the railing while the councillors walked past the harbour.

The council will build a new bridge over the harbour, and the closure of the old bridge means that drivers face a long detour.

The old bridge opened in 1931.`

func TestWorthFeatures(t *testing.T) {
	a, err := prepareArticle(worthText)
	if err != nil {
		t.Fatal(err)
	}
	find := func(needle string) []float64 {
		for _, s := range a.sents {
			if strings.Contains(s.text, needle) {
				return a.worthFeatures(s)
			}
		}
		t.Fatalf("no sentence holds %q", needle)
		return nil
	}
	idx := func(name string) int {
		for i, n := range worthFeatureNames {
			if n == name {
				return i
			}
		}
		t.Fatalf("no feature %s", name)
		return -1
	}
	cause, decision, figs, key, lead := idx("cause"), idx("decision"), idx("figdens"), idx("keyshare"), idx("leadshare")
	voted, cars, gull, build := find("voted on Tuesday"), find("12,000 cars"), find("A gull"), find("will build")
	if voted[cause] != 1 || voted[decision] != 1 {
		t.Errorf("the vote and its cause: %v", voted)
	}
	if gull[cause] != 0 || gull[decision] != 0 {
		t.Errorf("a scene read as a cause or a decision: %v", gull)
	}
	if build[decision] != 1 || build[cause] != 1 {
		t.Errorf("a plan and a result: %v", build)
	}
	if !(cars[figs] > 0.5) || gull[figs] != 0 {
		t.Errorf("figures per word: cars %.2f, gull %.2f", cars[figs], gull[figs])
	}
	if !(build[key] > gull[key]) {
		t.Errorf("key words: the plan %.2f, the scene %.2f", build[key], gull[key])
	}
	if !(build[lead] > gull[lead]) {
		t.Errorf("headline and lead: the plan %.2f, the scene %.2f", build[lead], gull[lead])
	}
	// Built once per article.
	w := a.worthTable()
	if a.worthTable() != w {
		t.Error("the table of worth was built twice")
	}
}

// top4 is the share accepted as is among each theme's four best-scored
// judged items (minor details left out, as they are never proposed), and
// how many items that is.
func top4(rows []tableRow, scores []float64, keep func(tableRow) bool) (int, int) {
	groups := map[string][]int{}
	var order []string
	for i, r := range rows {
		if !keep(r) || !measured(r) || r.x[indexOf("minor")] == 1 {
			continue
		}
		g := r.set + "|" + r.article + "|" + r.theme
		if groups[g] == nil {
			order = append(order, g)
		}
		groups[g] = append(groups[g], i)
	}
	a, n := 0, 0
	for _, g := range order {
		ix := groups[g]
		sort.SliceStable(ix, func(p, q int) bool { return scores[ix[p]] > scores[ix[q]] })
		for k, i := range ix {
			if k >= minProposed {
				break
			}
			n++
			a += int(asIs(rows[i]))
		}
	}
	return a, n
}

func weightsString(w [nFeatures + 1]float64) string {
	var b strings.Builder
	for i, v := range w {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.FormatFloat(v, 'f', 3, 64))
	}
	return b.String()
}

// TestRankByTime fits the ranker on the sets judged up to 67 and scores
// the sets 68 to 74, which those weights never saw; and leaves one
// article out on the sets 58 to 74:
// go test -run TestRankByTime -v ./internal/generate -args -fit
func TestRankByTime(t *testing.T) {
	if !*fitRanker {
		t.Skip("no -fit")
	}
	rows := readTable(t)
	late := func(r tableRow) bool { return heldoutRound(r.set) >= 68 }
	recent := func(r tableRow) bool { return heldoutRound(r.set) >= 58 }
	var train []tableRow
	for _, r := range rows {
		if !late(r) {
			train = append(train, r)
		}
	}
	old := rankFeatureUse()
	withWorth := make([]bool, nFeatures)
	copy(withWorth, old)
	for i, n := range featureNames {
		if laterFeatures[n] {
			withWorth[i] = true
		}
	}
	cur := make([]float64, len(rows))
	for i, r := range rows {
		w := rankWeights
		cur[i] = scoreWith(&w, r.x)
	}
	report := func(name string, sc []float64) {
		a, n := aucWhere(rows, sc, late)
		b, m := aucWhere(rows, sc, recent)
		ta, tn := top4(rows, sc, late)
		fmt.Printf("%-55s AUC 68-74 %.3f (%d); AUC 58-74 %.3f (%d); top four a theme, 68-74: %d/%d %.1f%%", name, a, n, b, m, ta, tn, 100*float64(ta)/float64(tn))
		for _, typ := range []string{"tf-true", "short", "card", "tf-swap", "single"} {
			a, n := aucWhere(rows, sc, func(r tableRow) bool { return late(r) && r.typ == typ })
			fmt.Printf("; %s %.3f (%d)", typ, a, n)
		}
		fmt.Println()
	}
	report("Lectern's weights (902 items before set 44)", cur)
	for _, m := range []struct {
		name   string
		use    []bool
		lambda float64
	}{
		{"refit up to 67, 29 features, L2 0.01", old, 0.01},
		{"refit up to 67, 34 features (worth), L2 0.01", withWorth, 0.01},
		{"refit up to 67, 29 features, L2 0.003", old, 0.003},
		{"refit up to 67, 34 features (worth), L2 0.003", withWorth, 0.003},
	} {
		w := fitRows(train, m.lambda, m.use)
		sc := make([]float64, len(rows))
		for i, r := range rows {
			sc[i] = scoreWith(&w, r.x)
		}
		report(m.name, sc)
	}
	for _, m := range []struct {
		name string
		use  []bool
	}{{"leave one article out, 29 features, L2 0.01", old}, {"leave one article out, 34 features, L2 0.01", withWorth}} {
		report(m.name, looScores(rows, 0.01, m.use))
	}
	for _, m := range []struct {
		name string
		use  []bool
	}{{"29 features", old}, {"34 features", withWorth}} {
		fmt.Printf("fitted on all %d items, %s, L2 0.01: %s\n", len(rows), m.name, weightsString(fitRows(rows, 0.01, m.use)))
	}
}
