package main

import (
	"bytes"
	"context"
	"database/sql"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/lectern/lectern/internal/loadgen"
)

// TestBackupWhileBusy takes a backup with lectern backup while learners
// answer and rate through the server: the copy opens, passes
// integrity_check and holds every answer and rating acknowledged before
// the backup began. A second backup to the same file is refused and
// leaves it as it was. The copy, put in place of a database, serves.
func TestBackupWhileBusy(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "lectern.db")
	base, stop := startServerTB(t, dbPath)
	defer stop()

	var mu sync.Mutex
	var acks []loadgen.Ack
	enough := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	stats := loadgen.NewStats()
	var wg sync.WaitGroup
	for i := range 4 {
		tr := &http.Transport{}
		defer tr.CloseIdleConnections()
		l := loadgen.NewLearner(loadgen.Config{Base: func() string { return base }, Course: "china-russia", Cards: 5, Stats: stats, Transport: tr,
			OnAck: func(a loadgen.Ack) {
				mu.Lock()
				acks = append(acks, a)
				if len(acks) == 50 {
					close(enough)
				}
				mu.Unlock()
			}}, uint64(i)+1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				l.Run(ctx)
			}
		}()
	}
	<-enough // the learners are writing
	mu.Lock()
	before := append([]loadgen.Ack(nil), acks...)
	mu.Unlock()
	dest := filepath.Join(dir, "backup.db")
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"backup", "-db", dbPath, dest}, func(string) string { return "" }, nil, &out, &errOut); err != nil {
		t.Fatalf("backup: %v\n%s", err, errOut.String())
	}
	mu.Lock()
	during := len(acks) - len(before)
	mu.Unlock()
	cancel()
	wg.Wait()
	if n := stats.Errors(); n > 0 {
		t.Errorf("%d requests failed during the backup", n)
	}
	t.Logf("%d writes acknowledged before the backup, %d while it ran: %s", len(before), during, strings.TrimSpace(out.String()))

	copyDB, err := sql.Open("sqlite", "file:"+dest+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer copyDB.Close()
	var integrity string
	if err := copyDB.QueryRow("PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
		t.Fatalf("integrity_check of the copy: %q %v", integrity, err)
	}
	for _, a := range before {
		var n int
		var err error
		switch a.Kind {
		case "answer":
			err = copyDB.QueryRow(`SELECT COUNT(*) FROM responses r JOIN attempts a ON a.id = r.attempt_id
				WHERE a.public_id = ? AND r.idx = ?`, a.Attempt, a.N-1).Scan(&n)
		case "rating":
			err = copyDB.QueryRow(`SELECT COUNT(*) FROM review_log l JOIN sessions s ON s.user_id = l.user_id
				WHERE s.token_hash = ? AND l.card_id = ? AND COALESCE(json_extract(l.prev, '$.Reps'), 0) = ?`,
				tokenHash(a.Session), a.Card, a.Reps).Scan(&n)
		}
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("the %s acknowledged before the backup (attempt %s question %d, card %d) is missing from the copy", a.Kind, a.Attempt, a.N, a.Card)
		}
	}

	// Never overwrite.
	was, err := os.ReadFile(dest)
	if err != nil {
		t.Fatal(err)
	}
	err = run(context.Background(), []string{"backup", "-db", dbPath, dest}, func(string) string { return "" }, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "exists already") {
		t.Errorf("a backup onto an existing file: %v, want it refused", err)
	}
	if now, _ := os.ReadFile(dest); !bytes.Equal(now, was) {
		t.Error("a refused backup changed the existing file")
	}

	// Restore: the copy, as a database file, opens and serves.
	restored := filepath.Join(t.TempDir(), "lectern.db")
	if err := os.WriteFile(restored, was, 0o644); err != nil {
		t.Fatal(err)
	}
	rbase, rstop := startServerTB(t, restored)
	defer rstop()
	resp, err := http.Get(rbase + "/courses/china-russia")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("the restored copy does not serve: %v %v", resp, err)
	}
	resp.Body.Close()
}
