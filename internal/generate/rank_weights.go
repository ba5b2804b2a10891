package generate

// rankWeights are the ranker's weights: the intercept, then one per
// feature of featureNames. They are fitted (logistic regression, L2 penalty
// 0.02, see rank_fit_test.go) on the 120 items a blind judge rated on three
// development articles: the verdicts in ../shared/eval/generation/verdicts.tsv,
// on the items `lectern generate` printed at commit 9adead6, with their
// features as computed at the time of fitting in
// testdata/judged/rank-features.tsv. docs/generation.md has the figures.
var rankWeights = fittedWeights

var fittedWeights = [nFeatures + 1]float64{
	0.538,                        // intercept
	-0.019, 0.175, -0.219, 0.072, // central, weight, recur, titled
	0.607, -0.462, -0.264, // dq, peers, unsure
	-0.035, -0.724, -0.503, -0.353, // giveaway, trivia, context, quote
	-0.049, 0.618, // term, number
	0.869, 0.191, -0.822, 0.532, -0.411, -0.357, // tf-true, tf-swap, single, short, card, def
	0.049, -0.341, -1.080, // long, firstpara, proper
}

// handWeights were set by hand from the judged failure patterns before the
// fit; under leave-one-article-out they rank worse than fittedWeights.
var handWeights = [nFeatures + 1]float64{
	-0.6,               // intercept
	1.2, 1.0, 0.4, 0.4, // central, weight, recur, titled
	0.8, 0.3, -0.4, // dq, peers, unsure
	-1.2, -1.5, -1.0, -0.3, // giveaway, trivia, context, quote
	-0.3, 0, // term, number
	1.2, -0.6, 0, 0, 0.2, -0.8, // tf-true, tf-swap, single, short, card, def
	-0.3, 0.2, -0.3, // long, firstpara, proper
}

// rankThreshold is the score from which an item is proposed.
const rankThreshold = 0.35
