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
	0.622,                         // intercept
	-0.063, -0.013, -0.875, 0.040, // central, weight, recur, titled
	-0.034, -0.607, -0.530, // dq, peers, unsure
	-0.041, -0.742, -0.501, -0.416, // giveaway, trivia, context, quote
	0.216, 1.151, // term, number
	0.912, 0.177, -0.721, 0.314, -0.319, -0.364, // tf-true, tf-swap, single, short, card, def
	0.018, -0.323, // long, firstpara
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
	-0.3, 0.2, // long, firstpara
}

// rankThreshold is the score from which an item is proposed.
const rankThreshold = 0.4
