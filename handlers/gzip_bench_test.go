package handlers_test

import (
	"bytes"
	stdgzip "compress/gzip"
	"io"
	"net/http"
	"testing"

	kgzip "github.com/klauspost/compress/gzip"
)

// BenchmarkCompressPage compresses a course page of the test course at the
// fastest level with the standard library and with klauspost/compress,
// which the server uses; bytes is the compressed size.
func BenchmarkCompressPage(b *testing.B) {
	a := newApp(b)
	resp, err := http.Get(a.srv.URL + "/courses/rivers")
	if err != nil {
		b.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	type writer interface {
		io.WriteCloser
		Reset(io.Writer)
	}
	std, _ := stdgzip.NewWriterLevel(nil, stdgzip.BestSpeed)
	kp, _ := kgzip.NewWriterLevel(nil, kgzip.BestSpeed)
	for _, w := range []struct {
		name string
		w    writer
	}{{"stdlib", std}, {"klauspost", kp}} {
		b.Run(w.name, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				w.w.Reset(&buf)
				w.w.Write(page)
				w.w.Close()
			}
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
	}
}
