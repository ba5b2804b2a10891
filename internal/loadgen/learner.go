// Package loadgen simulates learners through Lectern's real pages and
// forms: a learner starts a quiz, answers every question, reads the
// feedback, then reviews flashcards, with no think time. It serves the
// loadtest command and the crash test.
package loadgen

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Ack is a write the server acknowledged with a success status.
type Ack struct {
	Kind    string     // "answer" or "rating"
	Session string     // the learner's session cookie when it was acknowledged
	Attempt string     // an answer's attempt (public id)
	N       int        // an answer's question number, from 1
	Card    int64      // a rating's card
	Reps    int        // the card's review count the rating was made on
	Tries   int        // how many times the form was posted (more than 1 after a lost connection)
	Path    string     // the form's action
	Form    url.Values // the form as posted
}

// Config is what a learner needs.
type Config struct {
	// Base returns the server's URL (it may change between requests, when
	// the server restarts on another port).
	Base   func() string
	Course string // the course slug
	// Cards is how many flashcards a learner rates in a review before
	// starting the next quiz; 0 means 10.
	Cards int
	Stats *Stats
	// OnAck, when set, is told of every acknowledged answer and rating.
	OnAck func(Ack)
	// Retry, when set, is called when a request gets no response (the
	// connection failed); it returns once the request may be sent again,
	// true to send it again, false to give up.
	Retry func(ctx context.Context, err error) bool
	// Client, when set, is the HTTP client's transport.
	Transport http.RoundTripper
}

// Learner is one simulated learner with its own cookies.
type Learner struct {
	cfg    Config
	client *http.Client
	rnd    *rand.Rand
	buf    bytes.Buffer // the last response's body, its space reused
}

// NewLearner returns a learner with an empty cookie jar.
func NewLearner(cfg Config, seed uint64) *Learner {
	if cfg.Cards == 0 {
		cfg.Cards = 10
	}
	if cfg.Stats == nil {
		cfg.Stats = NewStats()
	}
	return &Learner{
		cfg: cfg,
		client: &http.Client{
			Transport: cfg.Transport,
			Jar:       newJar(),
			// Redirects are followed by hand, each counted on its route.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
	}
}

// Session returns the learner's session cookie for the current server.
func (l *Learner) Session() string {
	u, err := url.Parse(l.cfg.Base())
	if err != nil {
		return ""
	}
	for _, c := range l.client.Jar.Cookies(u) {
		if c.Name == "lectern" {
			return c.Value
		}
	}
	return ""
}

// Run repeats quizzes and reviews until ctx is done. It returns nil when
// ctx ends it, or the error that stopped the learner.
func (l *Learner) Run(ctx context.Context) error {
	for ctx.Err() == nil {
		if err := l.Quiz(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if err := l.Review(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
	}
	return nil
}

// errStatus is a response with an unexpected status.
type errStatus struct {
	route  string
	status int
	body   string
}

func (e *errStatus) Error() string {
	return fmt.Sprintf("%s: status %d: %.200s", e.route, e.status, e.body)
}

// result is a response read whole. Its body is the learner's buffer,
// valid until the learner's next request.
type result struct {
	status   int
	location string
	body     []byte
	tries    int
}

// do sends one request and reads its response; a status other than want
// is an error. A request without a response is sent again when Retry
// allows it.
func (l *Learner) do(ctx context.Context, route, method, path string, form url.Values, want int) (*result, error) {
	tries := 0
	for {
		tries++
		base := l.cfg.Base()
		var body io.Reader
		if form != nil {
			body = strings.NewReader(form.Encode())
		}
		req, err := http.NewRequestWithContext(ctx, method, base+path, body)
		if err != nil {
			return nil, err
		}
		if form != nil {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Origin", base)
			req.Header.Set("Sec-Fetch-Site", "same-origin")
		}
		start := time.Now()
		resp, err := l.client.Do(req)
		var b []byte
		if err == nil {
			l.buf.Reset()
			_, err = l.buf.ReadFrom(resp.Body)
			resp.Body.Close()
			b = l.buf.Bytes()
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if l.cfg.Retry != nil && l.cfg.Retry(ctx, err) {
				continue
			}
			l.cfg.Stats.fail(route, err)
			return nil, fmt.Errorf("%s: %w", route, err)
		}
		d := time.Since(start)
		if resp.StatusCode != want {
			err := &errStatus{route, resp.StatusCode, string(b)}
			l.cfg.Stats.fail(route, err)
			return nil, err
		}
		l.cfg.Stats.ok(route, d)
		return &result{status: resp.StatusCode, location: resp.Header.Get("Location"), body: b, tries: tries}, nil
	}
}

func (l *Learner) get(ctx context.Context, route, path string) (*page, error) {
	res, err := l.do(ctx, route, "GET", path, nil, http.StatusOK)
	if err != nil {
		return nil, err
	}
	return parsePage(res.body), nil
}

// pathOf strips the scheme and host from a redirect's Location and the
// fragment from it.
func pathOf(loc string) string {
	u, err := url.Parse(loc)
	if err != nil {
		return loc
	}
	u.Scheme, u.Host, u.Fragment = "", "", ""
	return u.String()
}

// Quiz opens the course, starts a quiz on a random theme (or a mixed
// quiz), answers every question, reading each feedback, and opens the
// results.
func (l *Learner) Quiz(ctx context.Context) error {
	course := "/courses/" + l.cfg.Course
	p, err := l.get(ctx, RouteCourse, course)
	if err != nil {
		return err
	}
	start := url.Values{}
	var themes []string
	for _, f := range p.forms {
		if !strings.HasSuffix(f.action, "/quiz") {
			continue
		}
		for _, b := range f.buttons {
			if b.name == "theme" && !b.disabled {
				themes = append(themes, b.value)
			}
		}
	}
	if len(themes) > 0 && l.rnd.IntN(4) > 0 {
		start.Set("theme", themes[l.rnd.IntN(len(themes))])
	}
	res, err := l.do(ctx, RouteStart, "POST", course+"/quiz", start, http.StatusSeeOther)
	if err != nil {
		return err
	}
	next := pathOf(res.location)
	for {
		if strings.HasSuffix(next, "/results") {
			_, err := l.get(ctx, RouteResults, next)
			return err
		}
		if !strings.Contains(next, "/q/") {
			return fmt.Errorf("quiz: unexpected page %s", next)
		}
		p, err := l.get(ctx, RouteQuestion, next)
		if err != nil {
			return err
		}
		f := p.formWith("answer-form")
		if f == nil {
			return fmt.Errorf("quiz: %s has no answer form", next)
		}
		form := l.fill(f)
		res, err := l.do(ctx, RouteAnswer, "POST", f.action, form, http.StatusSeeOther)
		if err != nil {
			return err
		}
		if l.cfg.OnAck != nil {
			id, n := parseQuestionPath(f.action)
			l.cfg.OnAck(Ack{Kind: "answer", Session: l.Session(), Attempt: id, N: n, Tries: res.tries, Path: f.action, Form: form})
		}
		// The feedback, then its link onward.
		fb, err := l.get(ctx, RouteQuestion, pathOf(res.location))
		if err != nil {
			return err
		}
		nx, ok := fb.links["next"]
		if !ok {
			return fmt.Errorf("quiz: the feedback on %s has no next link", next)
		}
		next = nx
	}
}

// parseQuestionPath reads /attempts/ID/q/N.
func parseQuestionPath(p string) (string, int) {
	parts := strings.Split(strings.Trim(p, "/"), "/")
	if len(parts) != 4 {
		return "", 0
	}
	n, _ := strconv.Atoi(parts[3])
	return parts[1], n
}

// fill answers a question form as a hurried learner would: a random
// choice, random boxes, a number, random matches.
func (l *Learner) fill(f *form) url.Values {
	v := url.Values{}
	var radios, boxes []string
	for _, in := range f.inputs {
		if in.disabled {
			continue
		}
		switch in.typ {
		case "hidden":
			v.Add(in.name, in.value)
		case "radio":
			radios = append(radios, in.value)
		case "checkbox":
			boxes = append(boxes, in.value)
		case "text", "":
			v.Set(in.name, "1")
		}
	}
	if len(radios) > 0 {
		v.Set("choice", radios[l.rnd.IntN(len(radios))])
	}
	if len(boxes) > 0 {
		v.Add("choice", boxes[0])
		for _, b := range boxes[1:] {
			if l.rnd.IntN(2) == 0 {
				v.Add("choice", b)
			}
		}
	}
	for _, s := range f.selects {
		if len(s.opts) > 0 {
			v.Set(s.name, s.opts[l.rnd.IntN(len(s.opts))])
		}
	}
	return v
}

// errNothingDue ends a review with no card to show.
var errNothingDue = errors.New("nothing due")

// Review opens the course's flashcards and rates up to Cards cards: it
// shows each card's answer and presses a random rating.
func (l *Learner) Review(ctx context.Context) error {
	deck := "/courses/" + l.cfg.Course + "/review"
	for i := 0; i < l.cfg.Cards; i++ {
		err := l.rateOne(ctx, deck)
		if errors.Is(err, errNothingDue) {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (l *Learner) rateOne(ctx context.Context, deck string) error {
	p, err := l.get(ctx, RouteReview, deck)
	if err != nil {
		return err
	}
	show, ok := p.links["show"]
	if !ok {
		return errNothingDue
	}
	back, err := l.get(ctx, RouteCard, show)
	if err != nil {
		return err
	}
	f := back.formWith("rate-form")
	if f == nil {
		return fmt.Errorf("review: %s has no rating form", show)
	}
	v := url.Values{}
	for _, in := range f.inputs {
		if in.typ == "hidden" {
			v.Set(in.name, in.value)
		}
	}
	v.Set("rating", strconv.Itoa(1+l.rnd.IntN(4)))
	res, err := l.do(ctx, RouteRate, "POST", f.action, v, http.StatusSeeOther)
	if err != nil {
		return err
	}
	if l.cfg.OnAck != nil {
		card, _ := strconv.ParseInt(f.action[strings.LastIndex(f.action, "/")+1:], 10, 64)
		reps, _ := strconv.Atoi(v.Get("reps"))
		l.cfg.OnAck(Ack{Kind: "rating", Session: l.Session(), Card: card, Reps: reps, Tries: res.tries, Path: f.action, Form: v})
	}
	return nil
}

// Result is the outcome of a load run.
type Result struct {
	Stats   *Stats
	Elapsed time.Duration
	Answers int // acknowledged answers
	Ratings int // acknowledged ratings
}

// readBuffer is the size of each connection's read buffer: a page and its
// headers up to this size are read in one system call once they have
// arrived. net/http's default, 4 KB, is less than a feedback page or a
// flashcard's answer with their headers (4 to 5 KB), so each of them
// could take two reads.
const readBuffer = 32 << 10

// Load runs n learners for d, each starting over after an error, and
// returns their figures. With several servers (bases), the learners are
// dealt out in turn, learner i to bases[i % len(bases)], and each keeps to
// its server, as behind a balancer that keeps a session on one server.
func Load(ctx context.Context, bases []string, course string, n int, d time.Duration) *Result {
	stats := NewStats()
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	res := &Result{Stats: stats}
	done := make(chan struct{})
	start := time.Now()
	for i := range n {
		base := bases[i%len(bases)]
		// An answer or rating is acknowledged when its post gets the
		// redirect it expects: the statistics count those, so no OnAck
		// (and no session cookie read for each).
		// Each learner keeps a connection of its own, as a browser does.
		tr := newConnTransport()
		cfg := Config{Base: func() string { return base }, Course: course, Stats: stats, Transport: tr}
		l := NewLearner(cfg, uint64(i)+uint64(start.UnixNano()))
		go func() {
			defer func() { done <- struct{}{} }()
			defer tr.close()
			for ctx.Err() == nil {
				l.Run(ctx) // an error is counted in stats; the learner starts over
			}
		}()
	}
	for range n {
		<-done
	}
	res.Elapsed = time.Since(start)
	res.Answers, res.Ratings = stats.Count(RouteAnswer), stats.Count(RouteRate)
	return res
}
