// Package srs schedules flashcard reviews with FSRS-6, the Free Spaced
// Repetition Scheduler that Anki uses. It is pure: no HTTP, no SQL, no
// clock. Every function takes the time it should treat as now, and the
// same inputs always give the same card.
//
// The scheduler (states, learning steps, interval ordering, fuzz, day
// counting) follows ts-fsrs 5.x (open-spaced-repetition/ts-fsrs, package
// ts-fsrs 5.4.1, "using FSRS-6.0"), which go-fsrs v4 ports. The memory
// model is the one fsrs-rs 6.x implements (src/model.rs) and agrees with it
// to the 1e-4 its float32 arithmetic allows. A card reviewed here and in
// ts-fsrs 5.4.1 ends in the same state, due at the same millisecond, with
// the same stability and difficulty to 1e-8, fuzz on or off — except at the
// maximum interval (see "Where the libraries differ").
//
// # Notation
//
// G is the rating: 1 Again, 2 Hard, 3 Good, 4 Easy. S is stability in days
// (the interval after which recall falls to 90%), D is difficulty in
// [1, 10], R is retrievability (the probability of recall), t is the number
// of whole days since the previous review and w0..w20 are the weights
// (Params.W; DefaultWeights are the published defaults).
//
// # Forgetting curve and interval
//
//	DECAY  = −w20
//	FACTOR = 0.9^(1/DECAY) − 1
//	R(t,S) = (1 + FACTOR·t/S)^DECAY                R(0,S) = 1, R(S,S) = 0.9
//	I(S)   = S/FACTOR · (r^(1/DECAY) − 1)           the days until R falls to
//	                                                the desired retention r
//	days   = min(max(round(I(S)), 1), maximum interval)
//
// At r = 0.9, I(S) = S. Sources: fsrs-rs model.rs power_forgetting_curve,
// next_interval; ts-fsrs algorithm.ts forgetting_curve, next_interval.
//
// # First review
//
//	S0(G) = max(w[G−1], 0.1)
//	D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10]
//
// The elapsed time plays no part. Source: ts-fsrs init_stability,
// init_difficulty; fsrs-rs init_stability, init_difficulty.
//
// # Difficulty after every later review
//
//	D'  = D − w6·(G − 3)·(10 − D)/9                 linear damping
//	D'' = w7·D0(4) + (1 − w7)·D'                    mean reversion towards the
//	                                                unclamped D0(Easy)
//	D   = clamp(D'', 1, 10)
//
// Source: fsrs-rs next_difficulty, linear_damping, mean_reversion; ts-fsrs
// next_difficulty.
//
// # Stability after a later review
//
// With the old S and D, and R = R(t, S):
//
//	recall (G ≥ 2, t ≥ 1):
//	    S' = S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1−R)) − 1)·[w15 if Hard]·[w16 if Easy])
//	lapse (G = 1, t ≥ 1):
//	    S' = min(w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)),  S/e^(w17·w18))
//	same day (t = 0, short-term scheduling on):
//	    SInc = e^(w17·(G − 3 + w18))·S^(−w19), floored at 1 for G ≥ 2
//	    S'   = S·SInc
//
// S' is clamped to [0.001, 36500]. With short-term scheduling off, t = 0
// uses the recall and lapse formulas with R = 1 and the lapse cap is S.
// Sources: fsrs-rs stability_after_success, stability_after_failure,
// stability_short_term, step; ts-fsrs next_recall_stability,
// next_forget_stability, next_short_term_stability, next_state.
//
// ts-fsrs rounds each of these results (and FACTOR, R, D0, the damping
// term, the mean reversion and r^(1/DECAY)−1 over FACTOR) to 8 decimals;
// this package does too, so that intervals close to x.5 days round the same
// way.
//
// # Elapsed days
//
// t is the number of UTC calendar days between the last review and now
// (ts-fsrs help.ts dateDiffInDays): 23:50 to 00:10 the next day is 1 day,
// 00:10 to 23:50 the same day is 0. It is 0 for a New card and never
// negative. Retrievability for display counts whole 24-hour periods instead
// (ts-fsrs get_retrievability).
//
// # States and steps (short-term scheduler)
//
// Every review adds one to Reps and sets LastReview. Steps are
// Params.LearningSteps in New and Learning, Params.RelearningSteps in Review
// and Relearning; k is the card's Step.
//
//   - New or Learning, Relearning at step k: Again goes to step 0 (delay
//     steps[0]); Hard stays at step k with delay round(1.5·steps[0]) for one
//     step or round((steps[0]+steps[1])/2) for more (6 minutes with the
//     defaults, whatever k is); Good goes to step k+1 if there is one; Easy,
//     and Good after the last step, graduate. With no steps, or k past the
//     end, every rating graduates. A New card's first step makes it
//     Learning.
//   - Review: Again adds a lapse and starts the relearning steps (state
//     Relearning, step 0) or, with none, stays in Review with the Again
//     interval. Hard, Good and Easy get intervals h, g, e from their own new
//     stabilities, then h = min(h, g), g = max(g, h+1), e = max(e, g+1).
//   - Graduating means state Review, step 0, due after the interval in days.
//   - A step of a day (1440 minutes) or more makes the card a Review card
//     due after exactly that step, with ScheduledDays = whole days
//     (ts-fsrs applyLearningSteps).
//
// Sources: ts-fsrs impl/basic_scheduler.ts, strategies/learning_steps.ts.
//
// With Params.EnableShortTerm false there are no steps: every state is
// handled like Review, all four ratings get whole-day intervals ordered
// a = min(a, h), h = max(h, a+1), g = max(g, h+1), e = max(e, g+1), and the
// state is always Review (ts-fsrs impl/long_term_scheduler.ts).
//
// # Fuzz
//
// With Params.EnableFuzz, an interval I ≥ 3 days becomes a whole number of
// days drawn from [lo, hi] (ts-fsrs help.ts get_fuzz_range):
//
//	delta = 1 + 0.15·max(min(I,7) − 2.5, 0) + 0.10·max(min(I,20) − 7, 0) + 0.05·max(I − 20, 0)
//	lo    = max(2, round(I − delta)), and more than t when I > t
//	hi    = min(round(I + delta), maximum interval)
//	fuzzed = floor(u·(hi − lo + 1)) + lo
//
// u comes from the Alea generator seeded, as ts-fsrs 5.x seeds it
// (strategies/seed.ts DefaultInitSeedStrategy), with the string
// "{review time in ms}_{reps after the review}_{D·S before it}", the
// product formatted as JavaScript formats numbers. So fuzz is repeatable
// and gives the same intervals as ts-fsrs 5.x. Fuzz is applied to each
// interval before the Hard < Good < Easy ordering.
//
// # Where the libraries differ, and what this package does
//
//   - Maximum interval: ts-fsrs does not cap after the ordering
//     g = max(g, h+1), e = max(e, g+1), so a mature card can be scheduled one
//     or two days past the maximum. This package caps every interval at
//     Params.MaximumInterval, as Anki does. With the weights ts-fsrs
//     accepts unchanged, this is the only known difference from it.
//   - Weights: ts-fsrs and fsrs-rs clamp weights into ranges (see
//     Params.W); py-fsrs rejects out-of-range weights instead. ts-fsrs
//     raises w19 to at least 0.01 when short-term scheduling is on, except
//     for the w19 = 0 it fills into 19-weight FSRS-5 sets; this package,
//     like fsrs-rs, keeps w19 ≥ 0. The w17/w18 ceiling for several
//     relearning steps is ts-fsrs's (floored at 0.01; fsrs-rs floors the
//     square at 0.01, so at 0.1), and as in ts-fsrs it is not applied to
//     the published defaults.
//   - Configuration: ts-fsrs replaces a zero retention or maximum interval
//     by the default and accepts steps such as "0m"; NewScheduler reports
//     them as errors.
//   - S0 is floored at 0.1 by ts-fsrs and go-fsrs, at 0.001 by py-fsrs;
//     fsrs-rs uses w[G−1] as clamped.
//   - Same-day Hard: fsrs-rs 6.x, ts-fsrs and go-fsrs floor SInc at 1 for
//     G ≥ 2; py-fsrs only for Good and Easy, so its same-day Hard can lower
//     S.
//   - Elapsed days: py-fsrs counts whole 24-hour periods (20 minutes across
//     midnight is 0 days, here 1); Anki counts days from its 4 a.m.
//     rollover in local time.
//   - Hard in (re)learning: py-fsrs and Anki use the 1.5×/mean delay only at
//     the first step and steps[k] at later ones, and do not round it (5.5
//     minutes); ts-fsrs, followed here, always uses the first-step delay
//     rounded to whole minutes (6 minutes).
//   - py-fsrs has no New state (cards start in Learning), does not order
//     Hard < Good < Easy, and fuzzes with Python's random and round.
//   - fsrs-rs computes in float32 and does not round to 8 decimals; results
//     agree to about 1e-4 (for example 31.722992 there).
package srs
