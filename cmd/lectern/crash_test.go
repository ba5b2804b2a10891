package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/loadgen"
)

// crashServer runs the real lectern binary and kills it with SIGKILL.
type crashServer struct {
	t       *testing.T
	bin, db string
	logs    *os.File

	mu   sync.Mutex
	cmd  *exec.Cmd
	base string
	up   chan struct{} // closed while a server answers
}

func (s *crashServer) start() {
	s.t.Helper()
	cmd := exec.Command(s.bin, "serve", "-addr", "127.0.0.1:0", "-db", s.db, "-visitor-burst", "1000", "-log-level", "warn")
	cmd.Stderr = s.logs
	out, err := cmd.StdoutPipe()
	if err != nil {
		s.t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		s.t.Fatalf("the server did not start: %v (its log: %s)", err, s.logs.Name())
	}
	base := strings.TrimSpace(line[strings.Index(line, "http://"):])
	s.mu.Lock()
	s.cmd, s.base = cmd, base
	close(s.up)
	s.mu.Unlock()
}

// kill stops the server with SIGKILL: it writes nothing more.
func (s *crashServer) kill() {
	s.mu.Lock()
	s.up = make(chan struct{})
	cmd := s.cmd
	s.mu.Unlock()
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
}

func (s *crashServer) url() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.base
}

// wait returns once a server answers, true, or false when ctx ends.
func (s *crashServer) wait(ctx context.Context, _ error) bool {
	s.mu.Lock()
	up := s.up
	s.mu.Unlock()
	select {
	case <-up:
		return true
	case <-ctx.Done():
		return false
	}
}

func buildLectern(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "lectern")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestCrashKeepsAcknowledgedWrites runs the real binary on a database
// file while learners answer quizzes and rate flashcards through the real
// forms, kills it with SIGKILL after a random number of acknowledged
// writes, restarts it, and lets every learner post again the request the
// kill cut off. At the end every answer and rating acknowledged with a
// success status is stored exactly once, a form posted again after its
// acknowledgement changes nothing, and the file passes integrity_check.
// LECTERN_CRASH_KILLS sets the number of kills (3 by default).
func TestCrashKeepsAcknowledgedWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills the server: skipped with -short")
	}
	kills := 3
	if v := os.Getenv("LECTERN_CRASH_KILLS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("LECTERN_CRASH_KILLS=%q", v)
		}
		kills = n
	}
	dir := t.TempDir()
	logs, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logs.Close()
	srv := &crashServer{t: t, bin: buildLectern(t), db: filepath.Join(dir, "lectern.db"), logs: logs, up: make(chan struct{})}
	srv.start()

	var mu sync.Mutex
	var acks []loadgen.Ack
	ackc := make(chan struct{}, 1024)
	stats := loadgen.NewStats()
	ctx, cancel := context.WithCancel(context.Background())
	const learners = 8
	var timeouts atomic.Int64
	var wg sync.WaitGroup
	for i := range learners {
		// A response that does not come is a lost connection, sent again:
		// the server answers within its 30 s write timeout or not at all.
		tr := &http.Transport{MaxIdleConnsPerHost: 2, ResponseHeaderTimeout: 30 * time.Second}
		defer tr.CloseIdleConnections()
		l := loadgen.NewLearner(loadgen.Config{
			Base: srv.url, Course: "china-russia", Cards: 5, Stats: stats, Transport: tr,
			Retry: func(ctx context.Context, err error) bool {
				if strings.Contains(err.Error(), "timeout awaiting response headers") {
					timeouts.Add(1)
				}
				return srv.wait(ctx, err)
			},
			OnAck: func(a loadgen.Ack) {
				mu.Lock()
				acks = append(acks, a)
				mu.Unlock()
				select {
				case ackc <- struct{}{}:
				default:
				}
			},
		}, uint64(i)+1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				l.Run(ctx)
			}
		}()
	}
	rnd := rand.New(rand.NewPCG(uint64(os.Getpid()), 7))
	mu.Lock()
	seen, rated := len(acks), 0
	mu.Unlock()
	for k := 0; k < kills; k++ {
		// Kill after a random number of acknowledged writes since the last
		// start, so that every kill falls in the middle of the load.
		// The last kill waits for a rating too, so that both kinds of
		// write are acknowledged before a kill.
		want := seen + 5 + rnd.IntN(60)
		for seen < want || (k == kills-1 && rated == 0) {
			<-ackc
			mu.Lock()
			seen = len(acks)
			rated = 0
			for _, a := range acks {
				if a.Kind == "rating" {
					rated++
				}
			}
			mu.Unlock()
		}
		srv.kill()
		srv.start()
	}
	cancel()
	wg.Wait()
	base := srv.url()

	if n := stats.Errors(); n > 0 {
		var b strings.Builder
		stats.Print(&b, 0)
		t.Errorf("%d requests failed (other than those cut off by a kill and sent again):\n%s", n, b.String())
	}

	// A form posted again after its acknowledgement changes nothing: the
	// last answer and rating of every learner, posted again.
	last := map[string]loadgen.Ack{}
	retried := 0
	for _, a := range acks {
		last[a.Kind+" "+a.Session] = a
		if a.Tries > 1 {
			retried++
		}
	}
	for _, a := range last {
		req, _ := http.NewRequest("POST", base+a.Path, strings.NewReader(a.Form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Cookie", "lectern="+a.Session)
		req.Header.Set("Origin", base)
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusSeeOther {
			t.Errorf("%s posted again: status %d, want 303", a.Path, resp.StatusCode)
		}
	}
	srv.kill()

	db, err := sql.Open("sqlite", srv.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var integrity string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
		t.Errorf("integrity_check: %q %v", integrity, err)
	}
	users := map[string]int64{}
	userOf := func(session string) int64 {
		if id, ok := users[session]; ok {
			return id
		}
		var id int64
		if err := db.QueryRow("SELECT user_id FROM sessions WHERE token_hash = ?", tokenHash(session)).Scan(&id); err != nil {
			t.Fatalf("the session of an acknowledged write: %v", err)
		}
		users[session] = id
		return id
	}
	answers, ratings := 0, 0
	for _, a := range acks {
		uid := userOf(a.Session)
		var n int
		switch a.Kind {
		case "answer":
			answers++
			err = db.QueryRow(`SELECT COUNT(*) FROM responses r JOIN attempts a ON a.id = r.attempt_id
				WHERE a.public_id = ? AND r.idx = ? AND r.user_id = ?`, a.Attempt, a.N-1, uid).Scan(&n)
		case "rating":
			ratings++
			err = db.QueryRow(`SELECT COUNT(*) FROM review_log WHERE user_id = ? AND card_id = ?
				AND COALESCE(json_extract(prev, '$.Reps'), 0) = ? AND undone_at IS NULL`, uid, a.Card, a.Reps).Scan(&n)
		}
		if err != nil {
			t.Fatal(err)
		}
		if n != 1 {
			t.Errorf("acknowledged %s (attempt %s question %d, card %d at %d reviews) is stored %d times, want once", a.Kind, a.Attempt, a.N, a.Card, a.Reps, n)
		}
	}
	// No rating is stored twice, acknowledged or not.
	var dup int
	if err := db.QueryRow(`SELECT COUNT(*) FROM (SELECT 1 FROM review_log GROUP BY user_id, card_id,
		COALESCE(json_extract(prev, '$.Reps'), 0) HAVING COUNT(*) > 1)`).Scan(&dup); err != nil {
		t.Fatal(err)
	}
	if dup > 0 {
		t.Errorf("%d ratings are stored twice", dup)
	}
	if answers == 0 || ratings == 0 {
		t.Errorf("acknowledged %d answers and %d ratings: the learners did not write both", answers, ratings)
	}
	msg := fmt.Sprintf("%d kills: %d answers and %d ratings acknowledged, all stored once; %d of them acknowledged only on a second post after a kill; %d forms posted again after acknowledgement changed nothing; %d requests had no response within 30 s and were sent again",
		kills, answers, ratings, retried, len(last), timeouts.Load())
	t.Log(msg)
	if out := os.Getenv("LECTERN_CRASH_REPORT"); out != "" {
		os.WriteFile(out, []byte(msg+"\n"), 0o644)
	}
}

// tokenHash is how the sessions table names a session cookie's token.
func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
