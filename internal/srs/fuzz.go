package srs

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
)

// fuzzSeed is ts-fsrs's default seed (strategies/seed.ts
// DefaultInitSeedStrategy): "{review time in ms}_{reps after this
// review}_{D·S before it}", the product written as JavaScript writes numbers.
func fuzzSeed(now time.Time, reps int, d, s float64) string {
	return strconv.FormatInt(now.UnixMilli(), 10) + "_" + strconv.Itoa(reps) + "_" + jsNumber(d*s)
}

// jsNumber formats f as JavaScript's Number.prototype.toString does: the
// shortest digits that read back as f, in plain notation for exponents
// from −7 to 20 and as d.ddde±n otherwise.
func jsNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±xx
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	k, n := len(digits), x+1 // f = 0.digits × 10^n
	switch {
	case k <= n && n <= 21:
		return sign + digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return sign + digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return sign + "0." + strings.Repeat("0", -n) + digits
	}
	es := "+"
	if n-1 < 0 {
		es = "-"
	}
	ex := strconv.Itoa(abs(n - 1))
	if k == 1 {
		return sign + digits + "e" + es + ex
	}
	return sign + digits[:1] + "." + digits[1:] + "e" + es + ex
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// alea is Johannes Baagøe's Alea generator, which ts-fsrs uses for fuzz
// (src/alea.ts). It is written in float64 arithmetic as in JavaScript, so a
// seed gives the same numbers here as there.
type alea struct {
	c, s0, s1, s2 float64
}

const twoPow32 = 4294967296.0

// newAlea seeds the generator from a string as alea(seed) does.
func newAlea(seed string) alea {
	var m mash
	m.init()
	a := alea{c: 1, s0: m.sum(" "), s1: m.sum(" "), s2: m.sum(" ")}
	a.s0 -= m.sum(seed)
	if a.s0 < 0 {
		a.s0++
	}
	a.s1 -= m.sum(seed)
	if a.s1 < 0 {
		a.s1++
	}
	a.s2 -= m.sum(seed)
	if a.s2 < 0 {
		a.s2++
	}
	return a
}

// next returns the next number in [0, 1).
func (a *alea) next() float64 {
	t := 2091639*a.s0 + a.c*2.3283064365386963e-10 // 2^-32
	a.s0, a.s1 = a.s1, a.s2
	a.c = toInt32(t)
	a.s2 = t - a.c
	return a.s2
}

// mash is Alea's string hash, carrying its state n between calls.
type mash struct{ n float64 }

func (m *mash) init() { m.n = 0xefc8249d }

func (m *mash) sum(data string) float64 {
	// JavaScript strings are UTF-16: a rune outside the BMP is two units.
	for _, r := range data {
		if r1, r2 := utf16.EncodeRune(r); r1 != unicode.ReplacementChar {
			m.add(r1)
			m.add(r2)
		} else {
			m.add(r)
		}
	}
	return toUint32(m.n) * 2.3283064365386963e-10
}

func (m *mash) add(c rune) {
	m.n += float64(c)
	h := 0.02519603282416938 * m.n
	m.n = toUint32(h)
	h -= m.n
	h *= m.n
	m.n = toUint32(h)
	h -= m.n
	m.n += h * twoPow32
}

// toUint32 is JavaScript's x >>> 0.
func toUint32(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	r := math.Mod(math.Trunc(x), twoPow32)
	if r < 0 {
		r += twoPow32
	}
	return r
}

// toInt32 is JavaScript's x | 0.
func toInt32(x float64) float64 {
	r := toUint32(x)
	if r >= twoPow32/2 {
		r -= twoPow32
	}
	return r
}

// fuzzRange returns the interval range fuzz may pick from for a rounded
// interval ivl with t days elapsed (ts-fsrs help.ts get_fuzz_range): ±1 day
// plus 15% of the part of ivl between 2.5 and 7 days, 10% between 7 and
// 20 and 5% above 20; at least 2 days and, when ivl > t, more than t; never
// above maxIvl.
func fuzzRange(ivl float64, t, maxIvl int) (lo, hi int) {
	delta := 1.0
	delta += 0.15 * math.Max(math.Min(ivl, 7)-2.5, 0)
	delta += 0.10 * math.Max(math.Min(ivl, 20)-7, 0)
	delta += 0.05 * math.Max(ivl-20, 0)
	ivl = math.Min(ivl, float64(maxIvl))
	lo = max(2, int(jsRound(ivl-delta)))
	hi = min(int(jsRound(ivl+delta)), maxIvl)
	if ivl > float64(t) {
		lo = max(lo, t+1)
	}
	lo = min(lo, hi)
	return lo, hi
}

// fuzzInterval picks from fuzzRange with u in [0, 1); intervals under 2.5
// days are not fuzzed.
func fuzzInterval(ivl, t, maxIvl int, u float64) int {
	if float64(ivl) < 2.5 {
		return ivl
	}
	lo, hi := fuzzRange(float64(ivl), t, maxIvl)
	return int(math.Floor(u*float64(hi-lo+1) + float64(lo)))
}
