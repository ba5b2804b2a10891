package generate

import (
	"flag"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var fitDrop = flag.Bool("fitdrop", false, "with -fit, also refit without each feature in turn")

var fitRanker = flag.Bool("fit", false, "fit the ranker on "+rankTableFile+" and print its leave-one-article-out figures and weights")

// The ranker is a logistic regression of "accepted as is" on the features
// of every judged item (rank-table.tsv), with an L2 penalty, fitted by
// gradient descent from zero (deterministic). Its figures are estimated
// by leaving one article out: the model is fitted on the other articles'
// verdicts and proposes, per theme, the held-out article's judged items
// as the generator would.

// rankLambda is the L2 penalty of the fitted ranker.
const rankLambda = 0.01

// asIs is the target: 1 when the judge accepted the item as is.
func asIs(r tableRow) float64 {
	if r.verdict == "A" {
		return 1
	}
	return 0
}

// fitRows fits the ranker's weights on rows; features off in use keep a
// weight of zero.
func fitRows(rows []tableRow, lambda float64, use []bool) [nFeatures + 1]float64 {
	var w [nFeatures + 1]float64
	n := float64(len(rows))
	for iter := 0; iter < 3000; iter++ {
		var g [nFeatures + 1]float64
		for _, r := range rows {
			d := scoreWith(&w, r.x) - asIs(r)
			g[0] += d
			for j, x := range r.x {
				g[j+1] += d * x
			}
		}
		for j := range w {
			if j > 0 && use != nil && !use[j-1] {
				continue
			}
			g[j] /= n
			if j > 0 {
				g[j] += lambda * w[j]
			}
			w[j] -= 1.0 * g[j]
		}
	}
	return w
}

func scoreWith(w *[nFeatures + 1]float64, x []float64) float64 {
	z := w[0]
	for i, v := range x {
		z += w[i+1] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// measured reports whether a set's judged items are what the generator
// proposed then: the sets of sampled items (dev0, hb) train the ranker
// but cannot tell what a theme would propose.
func measured(r tableRow) bool { return r.set != "dev0" && r.set != "hb" }

// selection is what the ranker proposes from judged items.
type selection struct {
	proposed, a, e, themes, short int
	// keptR and lostA count the judged items not proposed that the judge
	// rejected and accepted as is.
	keptR, lostA int
}

func (s selection) String() string {
	return fmt.Sprintf("%3d proposed in %2d themes (%.1f a theme, %d under 4; held back %d R, %d A), as is %3.0f%%, + small edit %3.0f%%",
		s.proposed, s.themes, float64(s.proposed)/math.Max(1, float64(s.themes)), s.short, s.keptR, s.lostA,
		100*float64(s.a)/math.Max(1, float64(s.proposed)), 100*float64(s.a+s.e)/math.Max(1, float64(s.proposed)))
}

// propose picks, per theme of each measured set, the judged items the
// ranker would propose at threshold th: those scored at or above it, at
// least minProposed, never an item held back as a minor detail.
func propose(rows []tableRow, scores []float64, th float64) selection {
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
		n, avail := 0, 0
		for _, i := range idx {
			if rows[i].x[minor] == 1 {
				continue
			}
			avail++
			if scores[i] >= th || n < minProposed {
				n++
				switch rows[i].verdict {
				case "A":
					s.a++
				case "E":
					s.e++
				}
			} else if rows[i].verdict == "R" {
				s.keptR++
			} else if rows[i].verdict == "A" {
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

func indexOf(name string) int {
	for i, f := range featureNames {
		if f == name {
			return i
		}
	}
	panic("no feature " + name)
}

// articlesOf lists the table's articles in order of first appearance.
func articlesOf(rows []tableRow) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range rows {
		if !seen[r.article] {
			seen[r.article] = true
			out = append(out, r.article)
		}
	}
	return out
}

// looScores scores every row with weights fitted on the other articles.
func looScores(rows []tableRow, lambda float64, use []bool) []float64 {
	out := make([]float64, len(rows))
	for _, held := range articlesOf(rows) {
		var train []tableRow
		for _, r := range rows {
			if r.article != held {
				train = append(train, r)
			}
		}
		w := fitRows(train, lambda, use)
		for i, r := range rows {
			if r.article == held {
				out[i] = scoreWith(&w, r.x)
			}
		}
	}
	return out
}

// auc is the chance that an item accepted as is outscores one that is
// not, among the measured sets' items not held back as minor details.
func auc(rows []tableRow, scores []float64) float64 {
	minor := indexOf("minor")
	var pos, neg []float64
	for i, r := range rows {
		if r.x[minor] == 1 || !measured(r) {
			continue
		}
		if asIs(r) == 1 {
			pos = append(pos, scores[i])
		} else {
			neg = append(neg, scores[i])
		}
	}
	sum := 0.0
	for _, p := range pos {
		for _, n := range neg {
			switch {
			case p > n:
				sum++
			case p == n:
				sum += 0.5
			}
		}
	}
	return sum / float64(len(pos)*len(neg))
}

// rankFeatureUse says which features the ranker uses: the others were
// left out because leaving them out did not lower the cross-validated
// estimate (TestFitRanker prints the comparison).
func rankFeatureUse() []bool {
	use := make([]bool, nFeatures)
	for i, name := range featureNames {
		use[i] = !unusedFeatures[name]
	}
	return use
}

// TestFitRanker prints the ranker's leave-one-article-out figures and its
// weights: go test -run TestFitRanker -v ./internal/generate -args -fit
func TestFitRanker(t *testing.T) {
	if !*fitRanker {
		t.Skip("no -fit")
	}
	rows := readTable(t)
	old := make([]float64, len(rows))
	for i, r := range rows {
		w := firstFitWeights
		old[i] = scoreWith(&w, r.x)
	}
	fmt.Printf("%d judged items in %d articles\n", len(rows), len(articlesOf(rows)))
	all := propose(rows, old, 2)
	fmt.Printf("judged as proposed then (minor details held back): %s\n", propose(rows, make([]float64, len(rows)), 0))
	fmt.Printf("first fit (120 items), AUC %.3f; at 0.35: %s; four a theme: %s\n", auc(rows, old), propose(rows, old, 0.35), all)
	base := make([]bool, nFeatures)
	for i := range base {
		base[i] = i < nBaseFeatures
	}
	for _, m := range []struct {
		name   string
		use    []bool
		lambda float64
	}{
		{"refit, first features", base, rankLambda},
		{"refit, all features (the ranker)", rankFeatureUse(), rankLambda},
		{"refit, all features, lambda 0.01", rankFeatureUse(), 0.01},
	} {
		sc := looScores(rows, m.lambda, m.use)
		fmt.Printf("\n%s: leave-one-article-out AUC %.3f\n", m.name, auc(rows, sc))
		for _, th := range []float64{0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 2} {
			fmt.Printf("  threshold %.2f: %s\n", th, propose(rows, sc, th))
		}
		fmt.Printf("  as is among the measured items scored at or above, whatever their theme:")
		for _, th := range []float64{0.2, 0.3, 0.4, 0.5, 0.6} {
			n, a := 0, 0
			for i, r := range rows {
				if measured(r) && r.x[indexOf("minor")] == 0 && sc[i] >= th {
					n++
					a += int(asIs(r))
				}
			}
			fmt.Printf(" %.1f: %d/%d %.0f%%;", th, a, n, 100*float64(a)/math.Max(1, float64(n)))
		}
		fmt.Println()
		for _, set := range []string{"dev1", "ho1", "h2j1", "h2j2", "h2j2-after", "h3j1", "h3j2", "h3j2-after", "since 44"} {
			var sub []tableRow
			var ss []float64
			for i, r := range rows {
				if r.set == set || set == "since 44" && sinceRound(r) {
					sub, ss = append(sub, r), append(ss, sc[i])
				}
			}
			fmt.Printf("  %s at the threshold %.2f: %s\n", set, rankThreshold, propose(sub, ss, rankThreshold))
		}
	}
	if *fitDrop {
		// Dropping one feature at a time.
		use := rankFeatureUse()
		ref := auc(rows, looScores(rows, rankLambda, use))
		for i, name := range featureNames {
			if !use[i] {
				continue
			}
			use[i] = false
			sc := looScores(rows, rankLambda, use)
			fmt.Printf("  without %-10s AUC %.3f (%+.3f); at the threshold: %s\n", name, auc(rows, sc), auc(rows, sc)-ref, propose(rows, sc, rankThreshold))
			use[i] = true
		}
	}
	w := fitRows(rows, rankLambda, rankFeatureUse())
	fmt.Printf("\nfitted on all %d items:\n", len(rows))
	fmt.Printf("  %-10s %7.3f\n", "intercept", w[0])
	idx := make([]int, nFeatures)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return math.Abs(w[idx[a]+1]) > math.Abs(w[idx[b]+1]) })
	for _, i := range idx {
		fmt.Printf("  %-10s %7.3f\n", featureNames[i], w[i+1])
	}
	var b strings.Builder
	for i, v := range w {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.FormatFloat(v, 'f', 3, 64))
	}
	fmt.Printf("\n%s\n", b.String())
}

// TestRankWeightsFitted checks that the committed weights are the fit of
// the committed table's rows they were fitted on (those before the
// held-out set 44, whose verdicts measure them): refitting reproduces
// them.
func TestRankWeightsFitted(t *testing.T) {
	if len(featureNames) != nFeatures {
		t.Fatalf("%d feature names, %d features", len(featureNames), nFeatures)
	}
	var rows []tableRow
	for _, r := range readTable(t) {
		if !sinceRound(r) {
			rows = append(rows, r)
		}
	}
	if len(rows) != 902 {
		t.Fatalf("%d rows before set 44, want 902", len(rows))
	}
	w := fitRows(rows, rankLambda, rankFeatureUse())
	for i := range w {
		if math.Abs(w[i]-rankWeights[i]) > 0.002 {
			name := "intercept"
			if i > 0 {
				name = featureNames[i-1]
			}
			t.Errorf("weight of %s: fitted %.3f, committed %.3f", name, w[i], rankWeights[i])
		}
	}
}

// heldoutRound is the number of a held-out set's table name ("h44j1",
// "h51j2-after" → 44, 51), 0 for the other sets.
func heldoutRound(set string) int {
	if !strings.HasPrefix(set, "h") {
		return 0
	}
	n := 0
	for _, c := range set[1:] {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// sinceRound reports whether a row is of the held-out sets from 44 on,
// judged after the ranker was fitted on the first 902 items.
func sinceRound(r tableRow) bool { return heldoutRound(r.set) >= 44 }

// aucWhere is auc among the rows keep accepts; NaN when they hold no
// item of one class.
func aucWhere(rows []tableRow, scores []float64, keep func(tableRow) bool) (float64, int) {
	var sub []tableRow
	var ss []float64
	pos, neg := 0, 0
	for i, r := range rows {
		if keep(r) && measured(r) && r.x[indexOf("minor")] == 0 {
			sub, ss = append(sub, r), append(ss, scores[i])
			if asIs(r) == 1 {
				pos++
			} else {
				neg++
			}
		}
	}
	if pos == 0 || neg == 0 {
		return math.NaN(), len(sub)
	}
	return auc(sub, ss), len(sub)
}

// TestRankSince prints how the weights fitted on the first 902 items rank
// the items judged since (held-out sets 44 on), which they never saw, and
// the leave-one-article-out figures of a refit on the whole table:
// go test -run TestRankSince -v ./internal/generate -args -fit
func TestRankSince(t *testing.T) {
	if !*fitRanker {
		t.Skip("no -fit")
	}
	rows := readTable(t)
	types := []string{"tf-true", "short", "card", "tf-swap", "single", "def"}
	report := func(name string, sc []float64) {
		a, n := aucWhere(rows, sc, sinceRound)
		fmt.Printf("%s: AUC of as is on the sets since 44 %.3f (%d items)", name, a, n)
		for _, typ := range types {
			a, n := aucWhere(rows, sc, func(r tableRow) bool { return sinceRound(r) && r.typ == typ })
			fmt.Printf("; %s %.3f (%d)", typ, a, n)
		}
		a, n = aucWhere(rows, sc, func(r tableRow) bool { return !sinceRound(r) })
		b, m := aucWhere(rows, sc, func(tableRow) bool { return true })
		fmt.Printf("; older sets %.3f (%d); all %.3f (%d)\n", a, n, b, m)
	}
	cur := make([]float64, len(rows))
	for i, r := range rows {
		w := rankWeights
		cur[i] = scoreWith(&w, r.x)
	}
	report("Lectern's weights (fitted on the 902 items before set 44)", cur)
	all := make([]bool, nFeatures)
	for i := range all {
		all[i] = true
	}
	report("refit, 29 features, L2 0.01, leave one article out", looScores(rows, 0.01, rankFeatureUse()))
	report("refit, 29 features, L2 0.003, leave one article out", looScores(rows, 0.003, rankFeatureUse()))
	report("refit, 30 features (true-context), L2 0.003, leave one article out", looScores(rows, 0.003, all))
	for _, m := range []struct {
		name   string
		use    []bool
		lambda float64
	}{{"29 features, L2 0.003", rankFeatureUse(), 0.003}, {"30 features, L2 0.003", all, 0.003}} {
		w := fitRows(rows, m.lambda, m.use)
		var b strings.Builder
		for i, v := range w {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.FormatFloat(v, 'f', 3, 64))
		}
		fmt.Printf("refit on all %d items, %s: %s\n", len(rows), m.name, b.String())
	}
}
