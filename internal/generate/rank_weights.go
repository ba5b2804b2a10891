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
	0.666,                        // intercept
	-0.023, 0.189, -0.234, 0.090, // central, weight, recur, titled
	0.449, -0.584, -0.060, // dq, peers, unsure
	-0.034, -0.720, -0.519, -0.342, // giveaway, trivia, context, quote
	-0.021, 0.674, // term, number
	0.807, 0.228, -0.803, 0.525, -0.381, -0.376, // tf-true, tf-swap, single, short, card, def
	0.037, -0.350, -1.084, // long, firstpara, proper
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
const rankThreshold = 0.3
