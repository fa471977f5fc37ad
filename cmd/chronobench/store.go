package main

import (
	"bufio"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"

	"github.com/chronograph/chronograph/cmd/chronobench/newsgen"
)

// storeBench measures the targets of the team store and the Beam pipeline
// (issue 21) in one run, each figure beside the one it is compared with:
//
//   - `ingest -j 1` into SQLite and into PostgreSQL, the same files;
//   - two `ingest -j 1` at once into one PostgreSQL store, each half of
//     the files, against one `ingest -j 1` of them all;
//   - the Beam pipeline (cmd/chronobeam) on Prism into SQLite against
//     `ingest -j 2` into SQLite, on the larger corpus.
//
// Each run prints its wall time and CPU seconds: the chronograph
// processes' (user and system, from their rusage) and, for PostgreSQL,
// the server's — the CPU time its processes spent over the run, read from
// /proc (so the server must run on this machine, and nothing else may use
// it meanwhile). Every PostgreSQL run writes to a new database, dropped
// afterwards. Runs alternate over repeat rounds, so that other load
// spreads over both sides of each ratio.
func storeBench(dsn string, storeMB, beamMB, repeat int, seed uint64, dir string) error {
	dir, cleanup, err := workDir(dir)
	if err != nil {
		return err
	}
	defer cleanup()
	pg, err := openServer(dsn)
	if err != nil {
		return err
	}
	defer pg.db.Close()

	// Each corpus from its own generator: the same text whichever parts run.
	halves, storeBytes, err := generateHalves(newsgen.New(seed), filepath.Join(dir, "store"), int64(storeMB)<<20)
	if err != nil {
		return err
	}
	beamDir := filepath.Join(dir, "beam")
	beamBytes, err := generate(newsgen.New(seed+1), beamDir, "mixed", int64(beamMB)<<20)
	if err != nil {
		return err
	}
	fmt.Printf("generated %.1f MB of mixed English and Japanese news in two halves, and %.1f MB for the Beam comparison\n",
		float64(storeBytes)/1e6, float64(beamBytes)/1e6)
	bin, err := build(dir, "chronograph")
	if err != nil {
		return err
	}
	beamBin, err := build(dir, "chronobeam")
	if err != nil {
		return err
	}
	defer printLoad()()

	seq := 0
	newSQLite := func() (string, func()) {
		seq++
		path := filepath.Join(dir, fmt.Sprintf("bench%d.db", seq))
		return path, func() {
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(path + suffix)
			}
		}
	}
	newPostgres := func() (string, func(), error) { return pg.newDatabase() }
	ingest := func(store string, j int, inputs ...string) []string {
		return append([]string{"ingest", "-q", "-j", strconv.Itoa(j), "--store", store}, inputs...)
	}

	type result struct{ runs []storeRun }
	results := map[string]*result{}
	var names []string
	if storeMB > 0 {
		names = append(names, "sqlite-j1", "postgres-j1", "postgres-2x-j1")
	}
	if beamMB > 0 {
		names = append(names, "sqlite-j2-beam-corpus", "beam-prism-sqlite")
	}
	labels := map[string]string{
		"sqlite-j1":             "ingest -j 1, SQLite",
		"postgres-j1":           "ingest -j 1, PostgreSQL",
		"postgres-2x-j1":        "two ingest -j 1 at once, PostgreSQL",
		"sqlite-j2-beam-corpus": "ingest -j 2, SQLite",
		"beam-prism-sqlite":     "chronobeam on Prism, SQLite",
	}
	for n := range labels {
		results[n] = &result{}
	}
	for round := range repeat {
		fmt.Printf("\nround %d of %d\n", round+1, repeat)
		for _, n := range names {
			var r storeRun
			var err error
			switch n {
			case "sqlite-j1":
				path, rm := newSQLite()
				r, err = pg.measure(storeBytes, [][]string{append([]string{bin}, ingest(path, 1, halves...)...)}, false)
				rm()
			case "postgres-j1", "postgres-2x-j1":
				db, drop, derr := newPostgres()
				if derr != nil {
					return derr
				}
				cmds := [][]string{append([]string{bin}, ingest(db, 1, halves...)...)}
				if n == "postgres-2x-j1" {
					cmds = [][]string{append([]string{bin}, ingest(db, 1, halves[0])...), append([]string{bin}, ingest(db, 1, halves[1])...)}
				}
				r, err = pg.measure(storeBytes, cmds, true)
				drop()
			case "sqlite-j2-beam-corpus":
				path, rm := newSQLite()
				r, err = pg.measure(beamBytes, [][]string{append([]string{bin}, ingest(path, 2, beamDir)...)}, false)
				rm()
			case "beam-prism-sqlite":
				path, rm := newSQLite()
				r, err = pg.measure(beamBytes, [][]string{{beamBin, "--runner", "prism", "--store", path, beamDir}}, false)
				rm()
			}
			if err != nil {
				return fmt.Errorf("%s: %w", labels[n], err)
			}
			r.print(labels[n])
			results[n].runs = append(results[n].runs, r)
		}
	}

	fmt.Printf("\nratios, per round (throughput of the first over the second; CPU counts the server's):\n")
	ratio := func(label, a, b string, cpu bool) {
		if len(results[a].runs) == 0 || len(results[b].runs) == 0 {
			return
		}
		var wall, cpus []string
		for i := range results[a].runs {
			x, y := results[a].runs[i], results[b].runs[i]
			wall = append(wall, fmt.Sprintf("%.2f", (float64(x.bytes)/x.wall.Seconds())/(float64(y.bytes)/y.wall.Seconds())))
			cpus = append(cpus, fmt.Sprintf("%.2f", (float64(x.bytes)/x.cpu().Seconds())/(float64(y.bytes)/y.cpu().Seconds())))
		}
		fmt.Printf("%-44s wall %s", label, strings.Join(wall, " "))
		if cpu {
			fmt.Printf("   per CPU-second %s", strings.Join(cpus, " "))
		}
		fmt.Println()
	}
	ratio("PostgreSQL / SQLite, ingest -j 1", "postgres-j1", "sqlite-j1", true)
	ratio("two ingesters / one, PostgreSQL", "postgres-2x-j1", "postgres-j1", true)
	ratio("Beam on Prism / ingest -j 2, SQLite", "beam-prism-sqlite", "sqlite-j2-beam-corpus", true)
	return nil
}

// storeRun is one measured run of one or more processes at once.
type storeRun struct {
	bytes          int64
	wall           time.Duration
	client, server time.Duration // CPU time
}

func (r storeRun) cpu() time.Duration { return r.client + r.server }

func (r storeRun) print(name string) {
	fmt.Printf("%-38s wall %7.1fs  CPU %6.1fs (chronograph %6.1fs, server %5.1fs)  %5.3f MB/s  %5.3f MB/CPU-s\n", name,
		r.wall.Seconds(), r.cpu().Seconds(), r.client.Seconds(), r.server.Seconds(),
		float64(r.bytes)/1e6/r.wall.Seconds(), float64(r.bytes)/1e6/r.cpu().Seconds())
}

// server is the PostgreSQL server the benchmark creates its databases in.
type server struct {
	db         *sql.DB
	dsn        *url.URL
	postmaster int // pid; 0 when the server's CPU cannot be read
}

// openServer connects to the database dsn names (one the benchmark may
// create databases from) and finds the server's process.
func openServer(dsn string) (*server, error) {
	u, err := url.Parse(dsn)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return nil, fmt.Errorf("-store %q: want a postgres:// URL", dsn)
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	var backend int
	if err := db.QueryRow(`SELECT pg_backend_pid()`).Scan(&backend); err != nil {
		db.Close()
		return nil, fmt.Errorf("-store: %w", err)
	}
	s := &server{db: db, dsn: u}
	if st, err := readStat(backend); err == nil {
		s.postmaster = st.ppid
	} else {
		fmt.Fprintf(os.Stderr, "chronobench: the server's processes are not on this machine (%v): its CPU time is not counted\n", err)
	}
	return s, nil
}

// newDatabase creates an empty database and returns its DSN and a function
// that drops it.
func (s *server) newDatabase() (string, func(), error) {
	name := fmt.Sprintf("chronobench_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := s.db.Exec(`CREATE DATABASE ` + name); err != nil {
		return "", nil, fmt.Errorf("creating a database: %w", err)
	}
	u := *s.dsn
	u.Path = "/" + name
	return u.String(), func() { s.db.Exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`) }, nil
}

// measure runs the commands at once and measures them together: wall time
// until the last ends, their CPU time, and, when they use it, the
// server's over the run.
func (s *server) measure(bytes int64, cmds [][]string, usesServer bool) (storeRun, error) {
	before := s.serverCPU()
	start := time.Now()
	procs := make([]*exec.Cmd, len(cmds))
	for i, c := range cmds {
		procs[i] = exec.Command(c[0], c[1:]...)
		procs[i].Stderr = os.Stderr
		// Each in a session of its own, as on machines of their own: with
		// the kernel's autogroup scheduling, the processes of one session
		// share one session's part of the CPU.
		procs[i].SysProcAttr = &syscall.SysProcAttr{Setsid: true}
		if err := procs[i].Start(); err != nil {
			return storeRun{}, err
		}
	}
	r := storeRun{bytes: bytes}
	var errs []error
	for i, p := range procs {
		if err := p.Wait(); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", strings.Join(cmds[i], " "), err))
			continue
		}
		r.client += p.ProcessState.UserTime() + p.ProcessState.SystemTime()
	}
	r.wall = time.Since(start)
	if usesServer {
		r.server = s.serverCPU() - before
	}
	return r, errors.Join(errs...)
}

// serverCPU is the CPU time the server's processes have used: the
// postmaster's own and that of its children it has reaped (backends that
// ended), and that of its live children.
func (s *server) serverCPU() time.Duration {
	if s.postmaster == 0 {
		return 0
	}
	pm, err := readStat(s.postmaster)
	if err != nil {
		return 0
	}
	total := pm.cpu + pm.childrenCPU
	children, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", s.postmaster, s.postmaster))
	for _, f := range strings.Fields(string(children)) {
		pid, _ := strconv.Atoi(f)
		if st, err := readStat(pid); err == nil {
			total += st.cpu
		}
	}
	return total
}

// procStat is what the benchmark reads of /proc/PID/stat.
type procStat struct {
	ppid             int
	cpu, childrenCPU time.Duration // user and system; of reaped children
}

// clockTicks is the unit of /proc's times (USER_HZ, 100 on Linux).
const clockTicks = 100

func readStat(pid int) (procStat, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return procStat{}, err
	}
	// The command name, in parentheses, may hold spaces: fields count
	// from after its closing parenthesis.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return procStat{}, fmt.Errorf("/proc/%d/stat: unexpected form", pid)
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 15 {
		return procStat{}, fmt.Errorf("/proc/%d/stat: unexpected form", pid)
	}
	n := func(k int) time.Duration { // field k of stat (1-based, as in proc(5))
		v, _ := strconv.ParseInt(f[k-3], 10, 64)
		return time.Duration(v) * time.Second / clockTicks
	}
	ppid, _ := strconv.Atoi(f[1])
	return procStat{ppid: ppid, cpu: n(14) + n(15), childrenCPU: n(16) + n(17)}, nil
}

// generateHalves writes about size bytes of news, English and Japanese
// documents alternating, into two JSON-lines files of the same mix, and
// returns their paths and the bytes of text.
func generateHalves(g *newsgen.Generator, dir string, size int64) ([]string, int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, 0, err
	}
	paths := []string{filepath.Join(dir, "half-a.jsonl"), filepath.Join(dir, "half-b.jsonl")}
	var (
		files []*os.File
		encs  []*json.Encoder
		bufs  []*bufio.Writer
	)
	defer func() {
		for _, f := range files {
			f.Close() // after the Close below, an error that changes nothing
		}
	}()
	for _, p := range paths {
		f, err := os.Create(p)
		if err != nil {
			return nil, 0, err
		}
		w := bufio.NewWriter(f)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		files, bufs, encs = append(files, f), append(bufs, w), append(encs, enc)
	}
	var total int64
	for i := 0; total < size; i++ {
		d := g.Next([2]string{"en", "ja"}[i/2%2]) // a, b, a, b: each half both languages
		if err := encs[i%2].Encode(record(d)); err != nil {
			return nil, 0, err
		}
		total += int64(len(d.Text))
	}
	for i, w := range bufs {
		if err := errors.Join(w.Flush(), files[i].Close()); err != nil {
			return nil, 0, err
		}
	}
	return paths, total, nil
}
