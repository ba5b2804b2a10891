package generate

import (
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var fitRanker = flag.Bool("fit", false, "fit the ranker on "+rankFeaturesFile+" and print leave-one-article-out figures and the weights")

// judgedItem is one row of the features file.
type judgedItem struct {
	article, id, verdict, typ string
	x                         []float64
	y                         float64 // 1 when used as is or after a small edit
}

func readJudged(t testing.TB) []judgedItem {
	b, err := os.ReadFile(rankFeaturesFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if got := strings.Join(strings.Split(lines[0], "\t")[4:], ","); got != strings.Join(featureNames, ",") {
		t.Fatalf("%s has features %s, the ranker %s: rewrite it (-rankdata)", rankFeaturesFile, got, strings.Join(featureNames, ","))
	}
	var out []judgedItem
	for _, l := range lines[1:] {
		c := strings.Split(l, "\t")
		it := judgedItem{article: c[0], id: c[1], verdict: c[2], typ: c[3]}
		for _, s := range c[4:] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatal(err)
			}
			it.x = append(it.x, v)
		}
		if it.verdict != "R" {
			it.y = 1
		}
		out = append(out, it)
	}
	return out
}

// fitLogistic fits a logistic regression with an L2 penalty (not on the
// intercept) by gradient descent from zero: deterministic.
func fitLogistic(items []judgedItem, lambda float64) [nFeatures + 1]float64 {
	var w [nFeatures + 1]float64
	n := float64(len(items))
	for iter := 0; iter < 4000; iter++ {
		var g [nFeatures + 1]float64
		for _, it := range items {
			p := scoreWith(&w, it.x)
			g[0] += p - it.y
			for j, x := range it.x {
				g[j+1] += (p - it.y) * x
			}
		}
		for j := range w {
			g[j] /= n
			if j > 0 {
				g[j] += lambda * w[j]
			}
			w[j] -= 0.5 * g[j]
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

// auc is the chance that a usable item outscores an unusable one.
func auc(scores []float64, items []judgedItem) float64 {
	pos, neg := 0.0, 0.0
	sum := 0.0
	for i := range items {
		for j := range items {
			if items[i].y == 1 && items[j].y == 0 {
				switch {
				case scores[i] > scores[j]:
					sum++
				case scores[i] == scores[j]:
					sum += 0.5
				}
			}
		}
		if items[i].y == 1 {
			pos++
		} else {
			neg++
		}
	}
	return sum / (pos * neg)
}

// prAt is the precision and recall of "A or E" among items scored at or
// above th, and how many items that proposes.
func prAt(scores []float64, items []judgedItem, th float64) (prec, rec float64, n int) {
	tp, pos := 0.0, 0.0
	for i, it := range items {
		if it.y == 1 {
			pos++
		}
		if scores[i] >= th {
			n++
			tp += it.y
		}
	}
	if n > 0 {
		prec = tp / float64(n)
	}
	return prec, tp / pos, n
}

// rankLambda is the L2 penalty of the fitted ranker.
const rankLambda = 0.02

// looScores scores every judged item with a model fitted on the other
// articles (hand weights need no fitting).
func looScores(items []judgedItem, fit bool) []float64 {
	out := make([]float64, len(items))
	for _, held := range judgedArticles {
		w := handWeights
		if fit {
			var train []judgedItem
			for _, it := range items {
				if it.article != held {
					train = append(train, it)
				}
			}
			w = fitLogistic(train, rankLambda)
		}
		for i, it := range items {
			if it.article == held {
				out[i] = scoreWith(&w, it.x)
			}
		}
	}
	return out
}

// TestFitRanker prints the ranker's cross-validated figures and weights:
// go test -run TestFitRanker -v ./internal/generate -args -fit
func TestFitRanker(t *testing.T) {
	if !*fitRanker {
		t.Skip("no -fit")
	}
	items := readJudged(t)
	for _, m := range []struct {
		name string
		fit  bool
	}{{"hand weights", false}, {"logistic regression", true}} {
		sc := looScores(items, m.fit)
		fmt.Printf("\n%s: leave-one-article-out AUC %.3f (pooled)\n", m.name, auc(sc, items))
		for _, a := range judgedArticles {
			var s []float64
			var its []judgedItem
			for i, it := range items {
				if it.article == a {
					s, its = append(s, sc[i]), append(its, it)
				}
			}
			p, r, n := prAt(s, its, rankThreshold)
			nA := 0
			for i, it := range its {
				if s[i] >= rankThreshold && it.verdict == "A" {
					nA++
				}
			}
			fmt.Printf("  %s AUC %.3f; at the threshold %.2f: %d of %d proposed, A or E precision %.2f recall %.2f, A %.2f\n",
				a, auc(s, its), rankThreshold, n, len(its), p, r, float64(nA)/math.Max(1, float64(n)))
		}
		for _, th := range []float64{0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8} {
			p, r, n := prAt(sc, items, th)
			nA := 0
			for i, it := range items {
				if sc[i] >= th && it.verdict == "A" {
					nA++
				}
			}
			f := 0.0
			if p > 0 {
				f = 1.25 * p * r / (0.25*p + r)
			}
			fmt.Printf("  threshold %.2f: %3d of %d proposed, A or E precision %.2f recall %.2f F0.5 %.3f, A %.2f\n", th, n, len(items), p, r, f, float64(nA)/math.Max(1, float64(n)))
		}
	}
	// Nested: for each article held out, the threshold is the best F0.5
	// of leave-one-article-out scores on the other two, so that the
	// figures at the threshold are measured on an article that chose
	// neither the weights nor the threshold.
	var tp, prop, pos float64
	for _, held := range judgedArticles {
		var train, test []judgedItem
		for _, it := range items {
			if it.article == held {
				test = append(test, it)
			} else {
				train = append(train, it)
			}
		}
		inner := make([]float64, len(train))
		for _, a := range judgedArticles {
			if a == held {
				continue
			}
			var tr []judgedItem
			for _, it := range train {
				if it.article != a {
					tr = append(tr, it)
				}
			}
			w := fitLogistic(tr, rankLambda)
			for i, it := range train {
				if it.article == a {
					inner[i] = scoreWith(&w, it.x)
				}
			}
		}
		best, bestF := 0.0, -1.0
		for th := 0.30; th <= 0.601; th += 0.05 {
			p, r, _ := prAt(inner, train, th)
			if f := 1.25 * p * r / math.Max(1e-9, 0.25*p+r); f > bestF+1e-9 {
				best, bestF = th, f
			}
		}
		w := fitLogistic(train, rankLambda)
		n, k, m := 0, 0.0, 0.0
		for _, it := range test {
			if it.y == 1 {
				m++
			}
			if scoreWith(&w, it.x) >= best {
				n++
				k += it.y
			}
		}
		fmt.Printf("  nested: %s held out, threshold %.2f chosen on the others: %d of %d proposed, A or E precision %.2f recall %.2f\n",
			held, best, n, len(test), k/math.Max(1, float64(n)), k/m)
		tp, prop, pos = tp+k, prop+float64(n), pos+m
	}
	fmt.Printf("  nested, the three together: %.0f proposed, A or E precision %.2f recall %.2f\n", prop, tp/prop, tp/pos)

	w := fitLogistic(items, rankLambda)
	fmt.Printf("\nfitted on all %d items:\n", len(items))
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
// the committed features: refitting reproduces them.
func TestRankWeightsFitted(t *testing.T) {
	if len(featureNames) != nFeatures {
		t.Fatalf("%d feature names, %d features", len(featureNames), nFeatures)
	}
	w := fitLogistic(readJudged(t), rankLambda)
	for i := range w {
		if math.Abs(w[i]-fittedWeights[i]) > 0.002 {
			name := "intercept"
			if i > 0 {
				name = featureNames[i-1]
			}
			t.Errorf("weight of %s: fitted %.3f, committed %.3f", name, w[i], fittedWeights[i])
		}
	}
}
