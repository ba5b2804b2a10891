package views

import (
	"math"
	"strconv"
)

// The chart's drawing box, in SVG user units: it scales with the page, and
// at 360 px wide one unit is about one pixel.
const (
	chartW      = 360.0
	chartH      = 190.0
	chartLeft   = 34.0 // room for the value ticks
	chartRight  = 6.0
	chartTop    = 24.0 // room for the value axis label
	chartBottom = 42.0 // room for the day ticks and the day axis label
)

// ChartPoint is one bar of a chart: its label (a day), its value, and the
// value as the data table writes it.
type ChartPoint struct {
	Label string
	Value float64
	Text  string
}

// ChartVM is a bar chart drawn on the server: bars, ticks and axis labels
// in SVG user units, and the same figures as rows of a table for readers
// who cannot see the drawing.
type ChartVM struct {
	ID      string // unique on the page: prefixes the ids of the title and table
	Title   string
	Summary string // one sentence that says what the chart shows, for its label
	Note    string // a line shown under the chart, when it needs one
	Empty   string // shown instead of the drawing when there is nothing to draw
	XLabel  string
	YLabel  string
	// ValueHeading heads the value column of the table.
	ValueHeading string
	Bars         []BarVM
	XTicks       []TickVM
	YTicks       []TickVM
	Rows         []ChartPoint
	// The plot area's corners, for the axes.
	Left, Right, Top, Bottom float64
}

// BarVM is one bar, in SVG user units.
type BarVM struct {
	X, Y, W, H float64
	Title      string // the bar's label and value, shown on hover
}

// TickVM is one labelled tick: its position along its axis.
type TickVM struct {
	Pos    float64
	Label  string
	Anchor string // the SVG text-anchor: the first and last day labels keep inside the plot
}

// NewChart lays out a bar chart of points, the value axis from 0 to yMax
// (or to the largest value, rounded up to a whole number, when yMax is 0).
// With no points, or no value above 0 when empty says so, it has no bars
// and Empty is the message to show.
func NewChart(id, title, xLabel, yLabel, valueHeading, empty string, points []ChartPoint, yMax float64, emptyWhenZero bool) ChartVM {
	vm := ChartVM{ID: id, Title: title, XLabel: xLabel, YLabel: yLabel, ValueHeading: valueHeading, Rows: points,
		Left: chartLeft, Right: chartW - chartRight, Top: chartTop, Bottom: chartH - chartBottom}
	top := 0.0
	for _, p := range points {
		top = math.Max(top, p.Value)
	}
	if len(points) == 0 || (emptyWhenZero && top == 0) {
		vm.Empty = empty
		return vm
	}
	if yMax <= 0 {
		yMax = niceCeil(top)
	}
	plotW, plotH := vm.Right-vm.Left, vm.Bottom-vm.Top
	slot := plotW / float64(len(points))
	gap := math.Min(slot*0.2, 4)
	for i, p := range points {
		h := plotH * math.Min(p.Value, yMax) / yMax
		vm.Bars = append(vm.Bars, BarVM{
			X: round1(vm.Left + float64(i)*slot + gap/2), W: round1(slot - gap),
			Y: round1(vm.Bottom - h), H: round1(h),
			Title: p.Label + ": " + p.Text,
		})
	}
	for _, v := range []float64{0, yMax / 2, yMax} {
		vm.YTicks = append(vm.YTicks, TickVM{Pos: round1(vm.Bottom - plotH*v/yMax), Label: trimFloat(v)})
	}
	// Label the first and last bars, and the middle one when there is room.
	idx := []int{0}
	if len(points) > 2 {
		idx = append(idx, len(points)/2)
	}
	if len(points) > 1 {
		idx = append(idx, len(points)-1)
	}
	for k, i := range idx {
		t := TickVM{Pos: round1(vm.Left + (float64(i)+0.5)*slot), Label: points[i].Label, Anchor: "middle"}
		switch {
		case len(idx) == 1:
		case k == 0:
			t.Pos, t.Anchor = vm.Left, "start"
		case k == len(idx)-1:
			t.Pos, t.Anchor = vm.Right, "end"
		}
		vm.XTicks = append(vm.XTicks, t)
	}
	return vm
}

// niceCeil rounds a positive value up to 1, 2 or 5 times a power of ten,
// and even, so that its half is a whole tick too.
func niceCeil(v float64) float64 {
	if v <= 2 {
		return 2
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v && math.Mod(m*p, 2) == 0 {
			return m * p
		}
	}
	return 10 * p
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

func trimFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// coord writes an SVG coordinate.
func coord(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// viewBox is the chart's drawing box.
func viewBox() string { return "0 0 " + coord(chartW) + " " + coord(chartH) }

// xLabelY and yLabelY place the axis labels.
func xLabelY() string { return coord(chartH - 6) }
