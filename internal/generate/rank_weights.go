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
	0.292,                        // intercept
	-0.090, 0.120, -0.505, 0.014, // central, weight, recur, titled
	0.374, -0.704, -0.277, // dq, peers, unsure
	-0.038, -0.717, -0.455, -0.398, // giveaway, trivia, context, quote
	0.323, 1.168, // term, number
	1.030, 0.093, -0.859, 0.397, -0.343, -0.319, // tf-true, tf-swap, single, short, card, def
	0.033, -0.323, // long, firstpara
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
