package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/admit"
	"github.com/lectern/lectern/internal/srs"
	"github.com/lectern/lectern/internal/store"
	"github.com/lectern/lectern/quizzes"
)

const usage = `Usage: lectern [command] [flags]

Commands:
  serve         serve Lectern over HTTP (the default)
  export        print courses as question-set JSON, GIFT, Moodle XML, CSV flashcards or an Anki package
  import        add the questions and cards of a GIFT, Moodle XML, Aiken, CSV/TSV, Anki package or JSON file to a course
  convert       print a GIFT, Moodle XML, Aiken, CSV/TSV, Anki package or JSON file in another format
  srs simulate  schedule one card's reviews, read from standard input, with FSRS-6
  generate      draft themes, questions and cards from an article, writing nothing
  loadtest      simulate learners against a running server and print each route's figures
  backup        copy the database, consistently, while the server runs
  demo          fill a database with a synthetic school: --learners N --responses M --reviews R
  measure       time the course, progress, map, statistics and class pages of a demo school
  migrate-db    copy a SQLite database into an empty PostgreSQL one and verify it: --from FILE --to postgres://…
  user add      create an account: --email E --role instructor|admin|learner, password on standard input
  user reset    print a one-time password reset link: --email E [--url http://host:port]

Run 'lectern COMMAND -h' for a command's flags.
`

// run is the whole program: it parses args, reads configuration through
// getenv, and runs a subcommand until ctx is cancelled. Tests call it.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return serve(ctx, args, getenv, stdout, stderr, nil)
	case "export":
		return export(ctx, args, getenv, stdout, stderr)
	case "user":
		return userCommand(ctx, args, getenv, stdin, stdout, stderr)
	case "generate":
		return generateCommand(args, getenv, stdout, stderr)
	case "import":
		return importCommand(ctx, args, getenv, stdout, stderr)
	case "convert":
		return convertCommand(args, getenv, stdout, stderr)
	case "srs":
		if len(args) == 0 || args[0] != "simulate" {
			fmt.Fprint(stderr, usage)
			return fmt.Errorf("srs: unknown subcommand; try 'lectern srs simulate'")
		}
		return simulate(args[1:], stdin, stdout, stderr)
	case "loadtest":
		return loadtestCommand(ctx, args, stdout, stderr)
	case "backup":
		return backupCommand(ctx, args, getenv, stdout, stderr)
	case "demo":
		return demoCommand(ctx, args, getenv, stdout, stderr)
	case "measure":
		return measureCommand(ctx, args, getenv, stdout, stderr)
	case "migrate-db":
		return migrateDBCommand(ctx, args, stdout, stderr)
	case "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// The SQLite store is the handlers' storage; any other backend must
// satisfy the same contract.
var _ handlers.Store = (*store.DB)(nil)

// openStore opens the database and loads the built-in courses that are
// missing from it.
func openStore(ctx context.Context, path string, log *slog.Logger) (*store.DB, error) {
	db, err := store.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	courses, err := quizzes.Builtin()
	if err != nil {
		db.Close()
		return nil, err
	}
	for _, c := range courses {
		created, err := db.EnsureCourse(ctx, c)
		if err != nil {
			db.Close()
			return nil, err
		}
		if created {
			log.Info("loaded course", "course", c.Course.Slug, "questions", len(c.Questions), "cards", len(c.Cards))
		}
	}
	return db, nil
}

// sqliteOnly refuses a PostgreSQL URL as the database of a command that
// needs a SQLite file (README, Running on PostgreSQL).
func sqliteOnly(path, command string) error {
	if store.IsPostgresURL(path) {
		return fmt.Errorf("lectern %s works on a SQLite file only, not on PostgreSQL (see Running on PostgreSQL in the README)", command)
	}
	return nil
}

// openReadOnly opens an existing database for a command that only reads:
// a SQLite file is neither created, migrated nor seeded, and a missing
// file is an error naming it; a PostgreSQL database is opened as the
// server opens it, without loading the built-in courses.
func openReadOnly(ctx context.Context, path string) (*store.DB, error) {
	if store.IsPostgresURL(path) {
		// A server's database: it exists, and is brought up to date as
		// the server would.
		return store.Open(ctx, path)
	}
	db, err := store.OpenReadOnly(ctx, path)
	if errors.Is(err, store.ErrNoDatabase) {
		return nil, fmt.Errorf("database %s does not exist: check -db or LECTERN_DB (this command only reads and creates no database)", path)
	}
	return db, err
}

// serve runs the web server until ctx is done, then drains in-flight
// requests and closes the database. ready, when set, receives the bound
// address once the server listens.
func serve(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer, ready chan<- string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", envOr(getenv, "LECTERN_ADDR", ":8080"), "address to listen on (env LECTERN_ADDR)")
	dbPath := fs.String("db", envOr(getenv, "LECTERN_DB", "lectern.db"), "SQLite database file, created if missing (env LECTERN_DB)")
	secure := fs.Bool("secure-cookies", envOr(getenv, "LECTERN_SECURE_COOKIES", "") == "1", "mark session cookies Secure, for serving behind HTTPS (env LECTERN_SECURE_COOKIES=1)")
	logLevel := fs.String("log-level", envOr(getenv, "LECTERN_LOG_LEVEL", "info"), "debug, info, warn or error (env LECTERN_LOG_LEVEL)")
	proxies := fs.String("trusted-proxies", getenv("LECTERN_TRUSTED_PROXIES"), "comma-separated CIDRs or addresses of reverse proxies whose X-Forwarded-For is believed; none by default (env LECTERN_TRUSTED_PROXIES)")
	pprofAddr := fs.String("pprof", "", "serve Go's profiles (net/http/pprof) on this address, e.g. 127.0.0.1:6060, for profiling under load; off when empty, and never to expose publicly")
	burst := fs.Int("visitor-burst", handlers.DefaultVisitorLimit.Burst, "new anonymous learners one client address may start at once, before one every 20 s; raise it for a load test from one machine (env LECTERN_VISITOR_BURST)")
	if v := getenv("LECTERN_VISITOR_BURST"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return fmt.Errorf("LECTERN_VISITOR_BURST: %q is not a positive whole number", v)
		}
		*burst = n
	}
	memLimit := fs.Int("memory-limit-mb", defaultMemoryLimitMB, "soft limit of the Go runtime's memory, in MiB: near it the garbage collector runs sooner rather than let the heap grow to twice what is live; 0 for none. Without this flag or its variable, GOMEMLIMIT wins when set (env LECTERN_MEMORY_LIMIT_MB)")
	memLimitSet := false
	if v := getenv("LECTERN_MEMORY_LIMIT_MB"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("LECTERN_MEMORY_LIMIT_MB: %q is not a whole number of MiB (0 for no limit)", v)
		}
		*memLimit, memLimitSet = n, true
	}
	slots := fs.Int("work-slots", 0, "learners' pages worked on at once when the server is busy, the steps of a quiz or a review let in first; 0 for one per CPU, -1 for no limit (env LECTERN_WORK_SLOTS)")
	if v := getenv("LECTERN_WORK_SLOTS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < -1 {
			return fmt.Errorf("LECTERN_WORK_SLOTS: %q is not a whole number (0 for one per CPU, -1 for no limit)", v)
		}
		*slots = n
	}
	maxImport, err := maxSizeFlag(fs, getenv)
	if err != nil {
		return err
	}
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "\nFlags of serve (the default command):")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil // the usage is printed: asking for help is no error
		}
		return err
	}
	if *burst < 1 {
		return fmt.Errorf("-visitor-burst must be at least 1")
	}
	if *slots < -1 {
		return fmt.Errorf("-work-slots must be -1 (no limit), 0 (one per CPU) or more")
	}
	fs.Visit(func(f *flag.Flag) { memLimitSet = memLimitSet || f.Name == "memory-limit-mb" })
	if *memLimit < 0 {
		return fmt.Errorf("-memory-limit-mb must be 0 (no limit) or more")
	}
	if limit, ok := memoryLimit(*memLimit, memLimitSet, getenv("GOMEMLIMIT") != ""); ok {
		prev := debug.SetMemoryLimit(limit)
		defer debug.SetMemoryLimit(prev)
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return fmt.Errorf("log level: %w", err)
	}
	trusted, err := handlers.ParseTrustedProxies(*proxies)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	db, err := openStore(ctx, *dbPath, log)
	if err != nil {
		return err
	}
	defer func() {
		if err := db.Close(); err != nil {
			log.Error("close database", "err", err)
		}
	}()

	sweepLearners(ctx, db, log) // before serving, so a start always leaves none idle
	sweepImages(ctx, db, log)
	sessions := handlers.NewSessionStore(db, 90*24*time.Hour, *secure)
	h := handlers.New(handlers.Deps{Store: db, Sessions: sessions, Log: log, MaxImportBytes: *maxImport, TrustedProxies: trusted,
		Visitors: handlers.VisitorLimit{Burst: *burst, Every: handlers.DefaultVisitorLimit.Every},
		Gate:     admit.New(*slots, 0), NoGate: *slots == -1})
	// Jobs left running by a stop or a crash are settled before serving.
	jobsCtx, stopJobs := context.WithCancel(ctx)
	if err := h.StartJobs(jobsCtx); err != nil {
		stopJobs()
		return err
	}
	defer waitJobs(h, stopJobs, log)
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	log.Info("serving", "addr", ln.Addr().String(), "db", *dbPath)
	fmt.Fprintf(stdout, "Lectern is running at http://%s\n", displayAddr(ln.Addr()))
	// A new installation has nobody who may teach: say how to make one.
	if n, err := db.CountAdmins(ctx); err == nil && n == 0 {
		fmt.Fprintf(stdout, "No admin account yet. To make one (the password is read from standard input):\n  lectern user add -db %s --email you@example.org --role admin\n", *dbPath)
	}
	if ready != nil {
		ready <- ln.Addr().String()
	}

	if *pprofAddr != "" {
		if _, err := servePprof(ctx, *pprofAddr, log); err != nil {
			return fmt.Errorf("-pprof: %w", err)
		}
	}
	go sweepSessions(ctx, db, log)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// jobsStopWait bounds how long a stop waits for the job running then: a
// job that does not stop in time is left running in the database, for the
// next start to settle.
const jobsStopWait = 10 * time.Second

// waitJobs stops the background jobs and waits for them.
func waitJobs(h *handlers.Handler, stop context.CancelFunc, log *slog.Logger) {
	stop()
	stopped := make(chan struct{})
	go func() {
		h.WaitJobs()
		close(stopped)
	}()
	t := time.NewTimer(jobsStopWait)
	defer t.Stop()
	select {
	case <-stopped:
	case <-t.C:
		log.Warn("a background job did not stop in time; the next start settles it")
	}
}

func displayAddr(a net.Addr) string {
	s := a.String()
	if strings.HasPrefix(s, "[::]:") || strings.HasPrefix(s, "0.0.0.0:") {
		return "localhost:" + s[strings.LastIndex(s, ":")+1:]
	}
	return s
}

// learnerIdle is how long an anonymous learner may do nothing, with no
// live session, before it is removed with its data.
const learnerIdle = 90 * 24 * time.Hour

// sweepLearners removes the anonymous learners idle for learnerIdle.
func sweepLearners(ctx context.Context, db *store.DB, log *slog.Logger) {
	if n, err := db.DeleteIdleLearners(ctx, learnerIdle); err != nil {
		log.Error("sweep idle learners", "err", err)
	} else if n > 0 {
		log.Info("removed idle anonymous learners", "deleted", n)
	}
}

// sweepImages removes the stored images that no question version or card
// shows any more (deleting a set or a course removes its own; this catches
// any left behind).
func sweepImages(ctx context.Context, db *store.DB, log *slog.Logger) {
	if n, err := db.SweepImages(ctx); err != nil {
		log.Error("sweep images", "err", err)
	} else if n > 0 {
		log.Info("removed images nothing shows", "deleted", n)
	}
}

// sweepSessions deletes expired sessions, and then idle anonymous
// learners, hourly.
func sweepSessions(ctx context.Context, db *store.DB, log *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if n, err := db.DeleteExpiredSessions(ctx); err != nil {
				log.Error("sweep sessions", "err", err)
			} else if n > 0 {
				log.Info("swept sessions", "deleted", n)
			}
			sweepLearners(ctx, db, log)
		}
	}
}

// export prints one course, or all, in the question-set JSON format, GIFT,
// Moodle XML (one course) or CSV/TSV flashcards.
func export(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", envOr(getenv, "LECTERN_DB", "lectern.db"), "SQLite database file, opened read-only; it must exist (env LECTERN_DB)")
	slug := fs.String("course", "", "the course's slug; all courses when empty")
	set := fs.Int64("set", 0, "one question set, by the number in its address (/teach/sets/N): its questions and written cards")
	format := fs.String("format", "json", "output format: json, gift or xml (Moodle XML; every question, a category per theme), csv|tsv (written cards, then one per question) or apkg (an Anki package: written cards, and every question as a Basic card)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch *format {
	case "json", "gift", "xml", "csv", "tsv", "apkg":
	default:
		return fmt.Errorf("export: unknown format %q (json, gift, xml, csv, tsv or apkg)", *format)
	}
	db, err := openReadOnly(ctx, *dbPath)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer db.Close()
	if *set != 0 {
		if *slug != "" {
			return fmt.Errorf("export: give --course or --set, not both")
		}
		c, _, err := db.ExportSet(ctx, *set)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := writeCourse(stdout, c, *format); err != nil {
			return err
		}
		warnLostImages(stderr, fmt.Sprintf("set %d", *set), c, *format)
		return nil
	}
	var slugs []string
	if *slug != "" {
		slugs = []string{*slug}
	} else {
		cs, err := db.ListCourses(ctx)
		if err != nil {
			return err
		}
		for _, c := range cs {
			slugs = append(slugs, c.Slug)
		}
		if (*format == "xml" || *format == "apkg") && len(slugs) > 1 {
			// One file is one <quiz>, or one package.
			return fmt.Errorf("export: --format %s writes one course; give --course or --set", *format)
		}
	}
	for _, s := range slugs {
		c, err := db.ExportCourse(ctx, s)
		if err != nil {
			return err
		}
		if err := writeCourse(stdout, c, *format); err != nil {
			return fmt.Errorf("export %s: %w", s, err)
		}
		warnLostImages(stderr, s, c, *format)
	}
	return nil
}

// simulate runs FSRS-6 over review lines "TIMESTAMP RATING" read from stdin
// for one new card, printing one JSON object per review.
func simulate(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("srs simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	def := srs.DefaultParams()
	retention := fs.Float64("retention", def.DesiredRetention, "desired retention, in (0, 1]")
	learning := fs.String("learning-steps", joinSteps(def.LearningSteps), "learning steps, e.g. 1m,10m; empty for none")
	relearning := fs.String("relearning-steps", joinSteps(def.RelearningSteps), "relearning steps, e.g. 10m; empty for none")
	maxIvl := fs.Int("max-interval", def.MaximumInterval, "maximum interval in days")
	params := fs.String("params", "", "the 21 FSRS-6 weights, comma-separated (default: the published defaults)")
	fuzz := fs.Bool("fuzz", false, "spread intervals as the app does")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: lectern srs simulate [flags] < reviews\n\nEach input line is 'TIMESTAMP RATING': RFC 3339 UTC and again|hard|good|easy or 1-4.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	p := def
	p.DesiredRetention, p.MaximumInterval, p.EnableFuzz = *retention, *maxIvl, *fuzz
	var err error
	if p.LearningSteps, err = srs.ParseSteps(*learning); err != nil {
		return fmt.Errorf("--learning-steps: %w", err)
	}
	if p.RelearningSteps, err = srs.ParseSteps(*relearning); err != nil {
		return fmt.Errorf("--relearning-steps: %w", err)
	}
	if *params != "" {
		if p.W, err = srs.ParseWeights(*params); err != nil {
			return fmt.Errorf("--params: %w", err)
		}
	}
	return srs.Simulate(stdin, stdout, p)
}

func joinSteps(steps []time.Duration) string {
	var parts []string
	for _, s := range steps {
		parts = append(parts, fmt.Sprintf("%dm", int(s/time.Minute)))
	}
	return strings.Join(parts, ",")
}
