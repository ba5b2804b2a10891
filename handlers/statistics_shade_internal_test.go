package handlers

import "testing"

// A paragraph's shade does not hang on the last bit of a float sum:
// 28 of 35 marks is shade 4 whether the marks added up to 28 exactly
// or to 27.999999999999996, as fractional marks summed in another order
// do.
func TestShadeOfIgnoresRounding(t *testing.T) {
	var sum float64
	for range 280 {
		sum += 0.1
	}
	if sum == 28 {
		t.Fatalf("the sum is exactly 28: this test needs one a little off")
	}
	for _, c := range []struct {
		share float64
		want  int
	}{
		{28.0 / 35, 4},
		{sum / 35, 4},
		{0, 0},
		{0.19, 0},
		{0.2, 1},
		{0.79, 3},
		{1, 4},
	} {
		if got := shadeOf(c.share); got != c.want {
			t.Errorf("shadeOf(%v) = %d, want %d", c.share, got, c.want)
		}
	}
}
