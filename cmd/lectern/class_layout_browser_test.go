package main

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The class table and the statistics use the window's width on a wide
// screen (a 1280-pixel window showed 5 columns of the class table in a
// 770-pixel column); on a 360-pixel phone the table scrolls in its own
// region, says so, and its caption is read whole, not cut off at the
// screen's edge.
func TestBrowserWideTables(t *testing.T) {
	ctx, cancel := browserContextFor(t, 3*time.Minute)
	defer cancel()
	dbPath := t.TempDir() + "/lectern.db"
	env := func(k string) string { return map[string]string{"LECTERN_DB": dbPath}[k] }
	if err := run(context.Background(), []string{"demo", "-db", dbPath, "--learners", "30", "--responses", "1200", "--reviews", "300"}, env,
		strings.NewReader(""), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	addAccount(t, dbPath, "head@school.example", "admin", "run the whole school")
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	step("sign in", signInForm(base, "head@school.example", "run the whole school"))
	type layout struct {
		Region, Window, Columns, Visible int
		CaptionLeft, CaptionRight        float64
		CueShown                         bool
	}
	measure := func() layout {
		t.Helper()
		l, err := chromedp.Run(ctx, chromedp.Evaluate[layout](`(() => {
			const region = document.querySelector('[aria-labelledby="learners-caption"]');
			const r = region.getBoundingClientRect();
			const ths = [...region.querySelectorAll('thead th')];
			const cap = document.querySelector('#learners-caption span').getBoundingClientRect();
			const cue = document.querySelector('[data-testid="scroll-cue"]');
			return {Region: Math.round(r.width), Window: window.innerWidth, Columns: ths.length,
				Visible: ths.filter(th => th.getBoundingClientRect().right <= r.right + 1).length,
				CaptionLeft: cap.left, CaptionRight: cap.right, CueShown: cue.offsetParent !== null};
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		return l
	}

	step("the class page at 1280 pixels",
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(base+"/teach/classes/1"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="learner"]`)),
	)
	wide := measure()
	t.Logf("at 1280 pixels: %d of %d columns in view, the table %d pixels wide", wide.Visible, wide.Columns, wide.Region)
	if wide.Region < 1100 {
		t.Errorf("at 1280 pixels the class table has %d pixels, want the window's width (over 1100)", wide.Region)
	}
	if wide.Visible < 10 {
		t.Errorf("at 1280 pixels %d of the %d columns are in view, want 10 or more", wide.Visible, wide.Columns)
	}
	if overflows(ctx, t) {
		t.Error("the class page scrolls sideways at 1280 pixels")
	}
	if wide.CueShown {
		t.Error("at 1280 pixels the page says the table is wider than a narrow screen")
	}
	shot(ctx, t, "class-1280")

	step("the statistics at 1280 pixels",
		chromedp.Navigate(base+"/teach/courses/china-russia/statistics?class=1"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="stats-set"]`)),
	)
	sets, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Math.round(document.querySelector('[data-testid="stats-set"]').getBoundingClientRect().width)`))
	if err != nil || sets < 1100 {
		t.Errorf("at 1280 pixels a set's statistics have %d pixels, want over 1100 (%v)", sets, err)
	}
	if overflows(ctx, t) {
		t.Error("the statistics scroll sideways at 1280 pixels")
	}

	step("the class page at 360 pixels",
		phone(),
		chromedp.Navigate(base+"/teach/classes/1"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="learner"]`)),
	)
	narrow := measure()
	if overflows(ctx, t) {
		t.Error("the class page scrolls sideways at 360 pixels")
	}
	if !narrow.CueShown || narrow.Visible >= narrow.Columns {
		t.Errorf("at 360 pixels: the scroll cue shown %v, %d of %d columns in view", narrow.CueShown, narrow.Visible, narrow.Columns)
	}
	if narrow.CaptionLeft < 0 || narrow.CaptionRight > float64(narrow.Window) {
		t.Errorf("at 360 pixels the caption runs from %.0f to %.0f pixels: cut off", narrow.CaptionLeft, narrow.CaptionRight)
	}
	shot(ctx, t, "class-360")
	// Scrolled to its end, the caption stays in view.
	step("scroll the table", discard(chromedp.Evaluate[int](`document.querySelector('[aria-labelledby="learners-caption"]').scrollLeft = 10000`)))
	if s := measure(); s.CaptionLeft < 0 || s.CaptionRight > float64(s.Window) {
		t.Errorf("scrolled, the caption runs from %.0f to %.0f pixels", s.CaptionLeft, s.CaptionRight)
	}
	// Scrolled to its right end, each learner's name is still in view, at
	// the region's left edge, and covers the cells scrolled under it.
	type nameCell struct {
		Scrolled                int
		RegionLeft, Left, Right float64
		Window                  int
		OnTop                   bool
	}
	nc, err := chromedp.Run(ctx, chromedp.Evaluate[nameCell](`(() => {
		const region = document.querySelector('[aria-labelledby="learners-caption"]');
		const th = region.querySelector('[data-testid="learner"] th');
		window.scrollBy(0, th.getBoundingClientRect().top - 200);
		const r = th.getBoundingClientRect();
		const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return {Scrolled: Math.round(region.scrollLeft), RegionLeft: region.getBoundingClientRect().left,
			Left: r.left, Right: r.right, Window: window.innerWidth, OnTop: th.contains(hit)};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("scrolled %d pixels: the name cell runs from %.0f to %.0f pixels", nc.Scrolled, nc.Left, nc.Right)
	if nc.Scrolled == 0 {
		t.Fatal("the table did not scroll at 360 pixels")
	}
	if nc.Left < nc.RegionLeft-1 || nc.Right > float64(nc.Window) || nc.Right <= nc.Left {
		t.Errorf("scrolled to its end, the name cell runs from %.0f to %.0f pixels, want within the table's region (from %.0f) and the %d-pixel window",
			nc.Left, nc.Right, nc.RegionLeft, nc.Window)
	}
	if !nc.OnTop {
		t.Error("scrolled to its end, the name cell is covered by the cells scrolled under it")
	}
	shot(ctx, t, "class-360-scrolled")
}
