package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/confide-dev/confide/chat/scripted"
	"github.com/stretchr/testify/require"
)

// TestLoad measures the full stack over loopback HTTP: session, consent,
// redaction, sealing, storage and the SSE stream, with the offline model
// answering at once. It runs only when asked:
//
//	CONFIDE_LOADTEST=1 go test ./examples/supportbot -run LoadTest -v
//
// and against PostgreSQL too when CONFIDE_TEST_POSTGRES holds a DSN (start
// one with eval "$(bash .ci/postgres.sh)"). CONFIDE_LOADTEST_TURNS,
// CONFIDE_LOADTEST_SECONDS and CONFIDE_LOADTEST_CONCURRENCY change the
// bounds (default 2,000 turns or 20 s, whichever comes first, 8 customers
// at once). Each simulated customer starts a new session every 25 turns.
func TestLoadTest(t *testing.T) {
	if os.Getenv("CONFIDE_LOADTEST") != "1" {
		t.Skip("set CONFIDE_LOADTEST=1 to run the load test")
	}
	envInt := func(k string, def int) int {
		if n, err := strconv.Atoi(os.Getenv(k)); err == nil && n > 0 {
			return n
		}
		return def
	}
	turns := envInt("CONFIDE_LOADTEST_TURNS", 2000)
	seconds := envInt("CONFIDE_LOADTEST_SECONDS", 20)
	workers := envInt("CONFIDE_LOADTEST_CONCURRENCY", 8)

	backends := []struct{ name, dsn string }{{"SQLite", ""}}
	if dsn := os.Getenv("CONFIDE_TEST_POSTGRES"); dsn != "" {
		backends = append(backends, struct{ name, dsn string }{"PostgreSQL", dsn})
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			var suffix [4]byte
			rand.Read(suffix[:])
			srv := startServer(t, scripted.Support().WithRecorded(0), func(c *Config) {
				c.DB = b.dsn
				c.Tenant = "load-" + hex.EncodeToString(suffix[:]) // a fresh tenant in a shared database
				c.Log = io.Discard
				c.Limits = Limits{TurnsPerMinute: 1e9, Burst: 1e6, StreamsTotal: 1024}
			})
			res := loadRun(t, srv, turns, time.Duration(seconds)*time.Second, workers)
			msg := fmt.Sprintf("%s: %d turns in %.1f s with %d customers at once: %.0f turns/s, p50 %.1f ms, p99 %.1f ms (errors: %d)",
				b.name, res.n, res.elapsed.Seconds(), workers, float64(res.n)/res.elapsed.Seconds(),
				ms(res.p50), ms(res.p99), res.errors)
			t.Log(msg)
			fmt.Println(msg)
			require.Zero(t, res.errors)
		})
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

type loadResult struct {
	n, errors int
	elapsed   time.Duration
	p50, p99  time.Duration
}

// loadMessages are the customer turns, in rotation: small talk, a tool
// call, and personal data to redact and restore.
var loadMessages = []string{
	"Hi, I need some help.",
	"Where is order A-10234?",
	"Please change my email to jo.bloggs@example.org",
	"My card 4111 1111 1111 1111 was charged twice. Can I get a refund?",
	"Thanks!",
}

func loadRun(t *testing.T, srv *testServer, maxTurns int, maxTime time.Duration, workers int) loadResult {
	var (
		started   atomic.Int64
		errs      atomic.Int64
		mu        sync.Mutex
		latencies []time.Duration
		wg        sync.WaitGroup
	)
	deadline := time.Now().Add(maxTime)
	begin := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var c *client
			for i := 0; ; i++ {
				if started.Add(1) > int64(maxTurns) || time.Now().After(deadline) {
					return
				}
				if i%25 == 0 {
					c = newClient(t, srv)
					c.visit()
					c.consent(true, true)
				}
				t0 := time.Now()
				res := c.chat(loadMessages[i%len(loadMessages)])
				d := time.Since(t0)
				if !res.done {
					errs.Add(1)
					continue
				}
				mu.Lock()
				latencies = append(latencies, d)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(begin)
	slices.Sort(latencies)
	pct := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))]
	}
	return loadResult{n: len(latencies), errors: int(errs.Load()), elapsed: elapsed, p50: pct(0.50), p99: pct(0.99)}
}
