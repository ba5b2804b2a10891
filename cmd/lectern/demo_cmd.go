package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"time"

	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/demo"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// demoCommand fills a database with a synthetic school on its first
// course: lectern demo -db FILE --learners N --responses M --reviews R.
func demoCommand(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", envOr(getenv, "LECTERN_DB", "lectern.db"), "the database to fill, created if missing (env LECTERN_DB)")
	learners := fs.Int("learners", 200, "learners to make")
	responses := fs.Int("responses", 20_000, "answers to questions, in all")
	reviews := fs.Int("reviews", 40_000, "flashcard reviews, in all")
	seed := fs.Uint64("seed", 1, "the random seed: the same seed makes the same school")
	force := fs.Bool("force", false, "write even into a database that holds learners not made by this command")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: lectern demo -db FILE --learners N --responses M --reviews R\n\nFills the database with a synthetic school on its first course, for\nmeasuring Lectern and showing it: learners of varied ability answering\nquizzes and reviewing flashcards over the past four months. It refuses a\ndatabase with real learners unless --force.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *learners < 1 || *responses < 0 || *reviews < 0 {
		return errors.New("demo: --learners must be 1 or more, --responses and --reviews 0 or more")
	}
	if err := sqliteOnly(*dbPath, "demo"); err != nil {
		return err
	}
	db, err := openStore(ctx, *dbPath, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return err
	}
	defer db.Close()
	real, err := db.CountRealLearners(ctx)
	if err != nil {
		return err
	}
	if real > 0 && !*force {
		return fmt.Errorf("demo: %s holds %d learners not made by lectern demo: refusing to mix a synthetic school into it (use --force to do it anyway)", *dbPath, real)
	}
	sc, err := db.FindDemoContent(ctx)
	if err != nil {
		return err
	}
	c := demo.Content{CourseID: sc.CourseID, CardIDs: sc.CardIDs}
	for _, q := range sc.Questions {
		c.Questions = append(c.Questions, demo.Question{ID: q.ID, VersionID: q.VersionID, ThemeID: q.ThemeID, Question: q.Question})
	}
	start := time.Now()
	rep, err := demo.Make(ctx, func(ctx context.Context) (demo.Batch, error) { return db.BeginDemoBatch(ctx) }, c,
		demo.Options{Learners: *learners, Responses: *responses, Reviews: *reviews, Now: time.Now().UTC(), Seed: *seed})
	took := time.Since(start)
	if err != nil {
		return fmt.Errorf("demo: after %d learners: %w", rep.Learners, err)
	}
	classes := "classes"
	if rep.Classes == 1 {
		classes = "class"
	}
	fmt.Fprintf(stdout, "made %d learners in %d %s, %d quiz attempts, %d answers (%d%% right), %d flashcards in decks and %d reviews in %s\n",
		rep.Learners, rep.Classes, classes, rep.Attempts, rep.Responses, quiz.Percent(rep.Correct, max(rep.Responses, 1)), rep.CardStates, rep.Reviews, took.Round(time.Millisecond))
	// The answers were written directly: the item statistics the store
	// keeps as attempts finish are worked out from them.
	start = time.Now()
	if err := db.RebuildStatistics(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "worked out the item statistics in %s\n", time.Since(start).Round(time.Millisecond))
	// So are the learners' summaries that the class page reads.
	start = time.Now()
	if err := db.RebuildLearnerCourses(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "worked out the learners' summaries in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}

// measureCommand times, through the whole handler stack in this process,
// the learner pages (course page, progress page, article map) for demo
// learners, each learner asked once (its caches cold), and the
// instructor's pages: the statistics (first attempts, all attempts, and
// by class) and the class page, each class asked once:
// lectern measure -db FILE -n N [-cold] [-scan].
func measureCommand(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("measure", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", envOr(getenv, "LECTERN_DB", "lectern.db"), "the database, filled by lectern demo (env LECTERN_DB)")
	n := fs.Int("n", 300, "demo learners (and classes, and requests of the whole course's statistics) to sample for each page")
	cold := fs.Bool("cold", false, "drop the database file's pages from the operating system's cache before each page (Linux)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the requests to this file")
	scan := fs.Bool("scan", false, "also time responses.csv once, which reads every response: the cost of the statistics without the kept sums, for comparison")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: lectern measure -db FILE -n N [-cold]\n\nTimes the course page, the progress page and the article map of the\nfirst course for N demo learners each, and the course's statistics\n(first attempts, all attempts, by class) and the class page as an admin,\nthrough the whole handler stack, and prints the median and 99th\npercentile of each. It signs in as measure@lectern.invalid, an admin it\nmakes once, who has no password.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := sqliteOnly(*dbPath, "measure"); err != nil {
		return err
	}
	files := []string{*dbPath, *dbPath + "-wal"}
	if *cold {
		if err := dropFromCache(files...); err != nil {
			return err
		}
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	// Each page gets learners of its own, so that one page's reads never
	// warm the other's caches.
	pages := []string{"", "/progress", "/map"}
	ids, slug, err := db.SampleDemoLearners(ctx, len(pages)**n)
	if err != nil {
		return err
	}
	if len(ids) < len(pages) {
		return fmt.Errorf("measure: %s has no demo learners: fill it with lectern demo first", *dbPath)
	}
	classes, err := db.SampleDemoClasses(ctx, 2**n)
	if err != nil {
		return err
	}
	admin, err := measureAdmin(ctx, db)
	if err != nil {
		return err
	}
	// A session per sampled learner and one for the admin, removed
	// afterwards.
	tokens := make([]string, len(ids)+1)
	for i := range tokens {
		b := make([]byte, 32)
		rand.Read(b)
		tokens[i] = base64.RawURLEncoding.EncodeToString(b)
		uid := admin
		if i < len(ids) {
			uid = ids[i]
		}
		if err := db.SaveSession(ctx, quiz.SessionRecord{TokenHash: sessionTokenHash(tokens[i]), UserID: uid,
			Data: []byte(fmt.Sprintf(`{"uid":%d}`, uid)), ExpiresAt: time.Now().Add(time.Hour)}); err != nil {
			return err
		}
	}
	defer func() {
		for _, t := range tokens {
			db.DeleteSession(context.WithoutCancel(ctx), sessionTokenHash(t))
		}
	}()
	h := handlers.New(handlers.Deps{Store: db, Sessions: handlers.NewSessionStore(db, time.Hour, false),
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	type request struct{ path, token string }
	type page struct {
		name string
		reqs []request
	}
	var all []page
	per := len(ids) / len(pages)
	for p, suffix := range pages {
		pg := page{name: "/courses/" + slug + suffix}
		for i := p * per; i < (p+1)*per; i++ {
			pg.reqs = append(pg.reqs, request{pg.name, tokens[i]})
		}
		all = append(all, pg)
	}
	adminToken := tokens[len(ids)]
	for _, q := range []string{"", "?attempts=all"} {
		pg := page{name: "/teach/courses/" + slug + "/statistics" + q}
		for range *n {
			pg.reqs = append(pg.reqs, request{pg.name, adminToken})
		}
		all = append(all, pg)
	}
	half := len(classes) / 2
	byClass := page{name: "/teach/courses/" + slug + "/statistics?class=ID"}
	classPage := page{name: "/teach/classes/ID"}
	for i, id := range classes {
		if i < half {
			classPage.reqs = append(classPage.reqs, request{"/teach/classes/" + strconv.FormatInt(id, 10), adminToken})
		} else {
			byClass.reqs = append(byClass.reqs, request{"/teach/courses/" + slug + "/statistics?class=" + strconv.FormatInt(id, 10), adminToken})
		}
	}
	all = append(all, classPage, byClass)
	if *scan {
		path := "/teach/courses/" + slug + "/responses.csv"
		all = append(all, page{name: path, reqs: []request{{path, adminToken}}})
	}
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	for _, pg := range all {
		if len(pg.reqs) == 0 {
			continue
		}
		if *cold {
			if err := dropFromCache(files...); err != nil {
				return err
			}
		}
		times := make([]time.Duration, 0, len(pg.reqs))
		for _, rq := range pg.reqs {
			req := httptest.NewRequestWithContext(ctx, "GET", rq.path, nil)
			req.AddCookie(&http.Cookie{Name: "lectern", Value: rq.token})
			rec := httptest.NewRecorder()
			t0 := time.Now()
			h.ServeHTTP(rec, req)
			times = append(times, time.Since(t0))
			if rec.Code != http.StatusOK {
				return fmt.Errorf("measure: GET %s: status %d", rq.path, rec.Code)
			}
		}
		first := times[0]
		slices.Sort(times)
		fmt.Fprintf(stdout, "GET %s: %d requests, median %s, p99 %s, max %s, first request %s\n", pg.name, len(times),
			times[len(times)/2].Round(10*time.Microsecond), times[min(len(times)-1, len(times)*99/100)].Round(10*time.Microsecond),
			times[len(times)-1].Round(10*time.Microsecond), first.Round(10*time.Microsecond))
	}
	return nil
}

// measureAdmin finds or makes the admin lectern measure signs in as; it
// has no password, so nobody can sign in as it.
func measureAdmin(ctx context.Context, db *store.DB) (int64, error) {
	const email = "measure@lectern.invalid"
	a, err := db.FindAccount(ctx, email)
	if err == nil {
		return a.ID, nil
	}
	if quiz.KindOf(err) != quiz.ENotFound {
		return 0, err
	}
	return db.CreateUser(ctx, email, "", quiz.RoleAdmin)
}

func sessionTokenHash(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(sum[:])
}

// startCPUProfile writes a CPU profile to path until stop is called; with
// no path it does nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
