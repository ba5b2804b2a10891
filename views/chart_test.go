package views

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func points(n int, v float64) []ChartPoint {
	out := make([]ChartPoint, n)
	for i := range out {
		out[i] = ChartPoint{Label: "d" + itoa(i), Value: v * float64(i+1), Text: "x"}
	}
	return out
}

func renderChart(t *testing.T, c ChartVM) *goquery.Document {
	t.Helper()
	var buf bytes.Buffer
	if err := BarChart(c).Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// No points, one point, many points: every bar inside the plot, the
// tallest at the top of the value axis, a table row per point.
func TestBarChartLayout(t *testing.T) {
	empty := NewChart("c", "T", "x", "y", "v", "Nothing yet.", nil, 0, false)
	if empty.Empty == "" || len(empty.Bars) != 0 {
		t.Errorf("no points: %+v", empty)
	}
	doc := renderChart(t, empty)
	if doc.Find("svg").Length() != 0 || !strings.Contains(doc.Text(), "Nothing yet.") {
		t.Error("an empty chart draws an SVG or hides its message")
	}
	if z := NewChart("c", "T", "x", "y", "v", "Nothing.", []ChartPoint{{Label: "a"}, {Label: "b"}}, 0, true); z.Empty == "" {
		t.Error("all zero counts, with emptyWhenZero: not empty")
	}
	for _, n := range []int{1, 2, 30, 365} {
		c := NewChart("c", "T", "days", "count", "v", "none", points(n, 3), 0, false)
		if len(c.Bars) != n || len(c.Rows) != n {
			t.Fatalf("%d points: %d bars, %d rows", n, len(c.Bars), len(c.Rows))
		}
		top := c.YTicks[len(c.YTicks)-1]
		if v := float64(3 * n); top.Label == "" || c.Bars[n-1].H > c.Bottom-c.Top+0.01 || parse(top.Label) < v {
			t.Errorf("%d points: top tick %q below the largest value %v", n, top.Label, v)
		}
		for i, b := range c.Bars {
			if b.X < c.Left-0.01 || b.X+b.W > c.Right+0.11 || b.Y < c.Top-0.01 || b.Y+b.H > c.Bottom+0.11 || b.W <= 0 {
				t.Fatalf("%d points: bar %d %+v outside the plot", n, i, b)
			}
		}
		doc := renderChart(t, c)
		if got := doc.Find("rect.bar").Length(); got != n {
			t.Errorf("%d points: %d rects", n, got)
		}
		if got := doc.Find(`[data-testid="chart-table"] tbody tr`).Length(); got != n {
			t.Errorf("%d points: %d table rows", n, got)
		}
		if doc.Find("text.axis-label").Length() != 2 {
			t.Errorf("%d points: axis labels missing", n)
		}
	}
	// A share's axis stays at 100 whatever the values.
	c := NewChart("c", "T", "x", "%", "v", "none", []ChartPoint{{Label: "a", Value: 40}}, 100, false)
	if c.YTicks[2].Label != "100" || c.Bars[0].H != round1((c.Bottom-c.Top)*0.4) {
		t.Errorf("percent chart: ticks %+v, bar %+v", c.YTicks, c.Bars[0])
	}
}

func parse(s string) float64 {
	var v float64
	for _, r := range s {
		v = v*10 + float64(r-'0')
	}
	return v
}
