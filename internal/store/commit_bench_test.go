package store

import (
	"context"
	"database/sql"
	"sync/atomic"
	"testing"
)

// BenchmarkAnswerCommit measures answer-sized writes (an insert and an
// upsert, as RecordResponse makes) from 64 concurrent writers on a
// database file, committed three ways: one transaction each with
// synchronous=NORMAL (as answers were), one transaction each with FULL,
// and grouped with FULL (as answers and ratings are now). The writes/s
// metric is the one to compare.
//
//	go test -run '^$' -bench AnswerCommit -benchtime 3s -count 3 ./internal/store
func BenchmarkAnswerCommit(b *testing.B) {
	write := func(ctx context.Context, tx *sql.Tx, n int64) error {
		if _, err := tx.ExecContext(ctx, "INSERT INTO scratch_answers (n, answer, at) VALUES (?, '{\"choices\":[1]}', '2026-01-01T00:00:00Z')", n); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO scratch_mastery (q, n) VALUES (?, ?)
			ON CONFLICT (q) DO UPDATE SET n = excluded.n`, n%100, n)
		return err
	}
	for _, mode := range []string{"normal-per-row", "full-per-row", "full-grouped"} {
		b.Run(mode, func(b *testing.B) {
			ctx := context.Background()
			db, err := Open(ctx, b.TempDir()+"/lectern.db")
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			if _, err := db.write.Exec(`CREATE TABLE scratch_answers (n INTEGER PRIMARY KEY, answer TEXT, at TEXT);
				CREATE TABLE scratch_mastery (q INTEGER PRIMARY KEY, n INTEGER)`); err != nil {
				b.Fatal(err)
			}
			if mode == "full-per-row" {
				if _, err := db.write.Exec("PRAGMA synchronous=FULL"); err != nil {
					b.Fatal(err)
				}
			}
			var seq atomic.Int64
			b.SetParallelism(32) // 64 writers on 2 cores
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					n := seq.Add(1)
					var err error
					if mode == "full-grouped" {
						err = db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error { return write(ctx, tx, n) })
					} else {
						err = db.tx(ctx, func(tx *sql.Tx) error { return write(ctx, tx, n) })
					}
					if err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "writes/s")
			if batches, writes := db.GroupStats(); batches > 0 {
				b.ReportMetric(float64(writes)/float64(batches), "writes/commit")
			}
		})
	}
}
