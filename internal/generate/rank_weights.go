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
	0.650,                        // intercept
	-0.025, 0.179, -0.258, 0.084, // central, weight, recur, titled
	0.399, -0.531, -0.142, // dq, peers, unsure
	-0.037, -0.724, -0.520, -0.342, // giveaway, trivia, context, quote
	-0.020, 0.680, // term, number
	0.822, 0.222, -0.790, 0.497, -0.379, -0.372, // tf-true, tf-swap, single, short, card, def
	0.036, -0.357, -1.110, // long, firstpara, proper
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
