package main

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axeSource reads axe-core, the accessibility engine, from the file
// LECTERN_AXE names (npm install axe-core; .ci/run does). Lectern does not
// ship it: the test skips without it, and fails without it where browser
// tests are required.
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("LECTERN_AXE")
	if path == "" {
		if os.Getenv("LECTERN_REQUIRE_BROWSER") == "1" {
			t.Fatal("LECTERN_AXE must name axe-core's axe.min.js where browser tests are required")
		}
		t.Skip("accessibility test skipped: set LECTERN_AXE to axe-core's axe.min.js (npm install axe-core)")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("LECTERN_AXE: %v", err)
	}
	return string(b)
}

// axeRun checks the page against WCAG 2.1 A and AA with axe-core and
// returns one line per violation.
const axeRun = `(async () => {
	const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
	return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' +
		v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
})()`

// sameSiteLinks lists the page's links to pages of this site that a crawl
// may follow: no downloads, no sign-out, no fragments.
const sameSiteLinks = `[...document.querySelectorAll('a[href]')]
	.map(a => a.href.split('#')[0])
	.filter(h => h.startsWith(location.origin) && !/\/(logout|static\/)|\/export\b|\/settings\/data|\.(csv|json|txt|gift|xml|apkg)(\?|$)/.test(h))`

// Every page a learner or an instructor reaches from the home page, a few
// links deep, and the pages after answering a question and showing a
// card, has no WCAG 2.1 A or AA violation that axe-core finds, at 360
// pixels wide and at 1280.
func TestBrowserAccessibility(t *testing.T) {
	ctx, cancel := browserContextFor(t, 8*time.Minute)
	defer cancel()
	axe := axeSource(t)

	dir := t.TempDir()
	dbPath := filepath.Join(dir, "lectern.db")
	addAccount(t, dbPath, "head@school.example", "admin", "audit every page please")
	base, stop := startServer(t, dbPath)
	defer stop()

	audited := map[string]bool{}
	audit := func(width int64, u string) {
		t.Helper()
		key := strings.TrimPrefix(u, base)
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 800), chromedp.Navigate(u)); err != nil {
			t.Fatalf("open %s: %v", key, err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](axe+";true")); err != nil {
			t.Fatalf("load axe-core on %s: %v", key, err)
		}
		found, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](axeRun, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("axe on %s: %v", key, err)
		}
		for _, v := range found {
			t.Errorf("%s at %d px: %s", key, width, v)
		}
		// Reflow (WCAG 1.4.10): at 320 CSS pixels, 400% zoom of a 1280
		// pixel screen, a page never scrolls sideways.
		if width == 360 {
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(320, 800)); err != nil {
				t.Fatalf("narrow %s to 320 px: %v", key, err)
			}
			over, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - window.innerWidth`))
			if err != nil {
				t.Fatalf("measure %s at 320 px: %v", key, err)
			}
			if over > 0 {
				t.Errorf("%s scrolls sideways by %d px at 320 px", key, over)
			}
		}
		audited[key] = true
	}
	// crawl audits pages breadth-first from start, up to limit pages.
	crawl := func(start string, limit int) {
		t.Helper()
		queue := []string{base + start}
		seen := map[string]bool{}
		for len(queue) > 0 && limit > 0 {
			u := queue[0]
			queue = queue[1:]
			pu, err := url.Parse(u)
			if err != nil {
				continue
			}
			key := pu.Path
			if seen[key] || audited[strings.TrimPrefix(u, base)] {
				continue
			}
			seen[key] = true
			audit(360, u)
			limit--
			links, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](sameSiteLinks))
			if err != nil {
				t.Fatal(err)
			}
			slices.Sort(links)
			queue = append(queue, slices.Compact(links)...)
		}
	}

	// The check itself finds a fault: an image without a text alternative.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	found, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](axe+`;document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="/nothing.png">');`+axeRun, chromedp.EvalAwaitPromise))
	if err != nil || !strings.Contains(strings.Join(found, "\n"), "image-alt") {
		t.Fatalf("axe-core did not report an image without alt text: %v %q", err, found)
	}

	// A visitor, then a learner mid-quiz and mid-review.
	crawl("/", 25)
	audit(1280, base+"/")
	// A rule for another page once pulled the article's paragraph numbers
	// over the first letters: each number stays left of its paragraph.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 800), chromedp.Navigate(base+"/courses/china-russia/read")); err != nil {
		t.Fatal(err)
	}
	overlaps, err := chromedp.Run(ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('p.para')].filter(p => {
		const n = p.querySelector('.pn'); if (!n) return false;
		return n.getBoundingClientRect().right > p.getBoundingClientRect().left + parseFloat(getComputedStyle(p).paddingLeft);
	}).length`))
	if err != nil || overlaps > 0 {
		t.Errorf("%d paragraph numbers overlap their paragraph's text (%v)", overlaps, err)
	}
	audit(360, base+"/login")
	audit(360, base+"/signup")
	audit(360, base+"/forgot")
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/courses/china-russia"),
		chromedp.Click(chromedp.CSS(`form[action$="/quiz"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="submit"]`)),
	); err != nil {
		t.Fatalf("start a quiz: %v", err)
	}
	var q string
	if loc, err := chromedp.Run(ctx, chromedp.Location()); err == nil {
		q = loc
	}
	audit(360, q)
	// Any answer will do: the first option, a guess, the first match.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		const c = document.querySelector('.choice input'); if (c) c.checked = true;
		const x = document.querySelector('.text-answer'); if (x) x.value = '1';
		document.querySelectorAll('.matching select').forEach(s => { s.selectedIndex = 1; });
		return true;
	})()`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="feedback"]`)),
	); err != nil {
		t.Fatalf("answer a question: %v", err)
	}
	audit(360, q)
	audit(1280, q)
	audit(360, base+"/courses/china-russia/review")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#show`)), chromedp.WaitVisible(chromedp.CSS(`[data-testid="back"]`))); err != nil {
		t.Fatalf("show a card: %v", err)
	}
	if loc, err := chromedp.Run(ctx, chromedp.Location()); err == nil {
		audit(360, loc)
	}
	audit(360, base+"/settings")

	// An admin who teaches.
	if err := chromedp.Do(ctx, signInForm(base, "head@school.example", "audit every page please")); err != nil {
		t.Fatalf("sign in: %v", err)
	}
	crawl("/teach", 40)
	audit(1280, base+"/teach")
	audit(360, base+"/admin/users")
	// The accounts table scrolls inside its box; the page does not.
	if overflows(ctx, t) {
		t.Error("the accounts page scrolls sideways at 360 px")
	}
	// Pages that confirm, or show again, what cannot be undone.
	audit(360, base+"/teach/sets/1/delete")
	audit(360, base+"/admin/users/1/reset")
	audit(360, base+"/password")
	audit(360, base+"/account/email")
	t.Logf("%d pages audited", len(audited))
}
