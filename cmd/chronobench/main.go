// Command chronobench measures chronograph end to end on generated news.
//
// It generates English, Japanese and mixed corpora from its own templates
// (package newsgen) into a temporary directory, builds the chronograph
// binary, runs `chronograph report` on them and prints, for each run, the
// wall time, throughput (per wall second and per CPU second) and peak
// resident memory. English and Japanese run with -j 1 and -j 2, for the
// throughput per core and the scaling ratio; the mixed corpus of -mb
// megabytes runs with every core, for the memory bound. Last, the English
// text goes through the npm package compromise under node and through
// chronograph's English extractor, in one process each, for a side-by-side
// throughput ratio.
//
// Usage:
//
//	go run ./cmd/chronobench -mb 200
//
// The machine's other load shows in wall times; throughput per CPU second
// is steadier.
//
// With -store it measures instead the targets of the team store and the
// Beam pipeline (see storeBench): ingest into SQLite and into PostgreSQL,
// two ingests at once, and cmd/chronobeam on Prism beside ingest -j 2, each
// with the CPU seconds of chronograph and of the PostgreSQL server (which
// must run on this machine), in one round (-repeat to change):
//
//	go run ./cmd/chronobench -store postgres://postgres@127.0.0.1:5432/postgres -store-mb 8 -beam-mb 64
//
// With -cpuprofile it measures nothing but profiles one report instead, in
// its own process (the chronograph binary has no profiling flag): on the
// -profile corpus (en, ja or mixed), with -j workers, writing the CPU
// profile to the named file and printing the time of each phase; set
// CHRONOBENCH_TRACE to a file name for an execution trace as well:
//
//	go run ./cmd/chronobench -dir /tmp/cb -profile ja -j 1 -cpuprofile ja.prof
//	go tool pprof -top ja.prof
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/chronograph/chronograph/cmd/chronobench/newsgen"
)

func main() {
	mb := flag.Int("mb", 200, "size of the mixed corpus, in MB")
	sampleMB := flag.Int("sample-mb", 8, "size of each single-language corpus, in MB")
	seed := flag.Uint64("seed", 1, "seed of the generated text")
	dir := flag.String("dir", "", "work directory (default: a new temporary directory, removed afterwards)")
	node := flag.Bool("compromise", true, "compare with the npm package compromise (needs node and npm)")
	genOnly := flag.Bool("generate", false, "only generate the corpora into -dir")
	repeat := flag.Int("repeat", 3, "runs of each single-language measurement; the fastest counts (other load only slows a run down)")
	cpuprofile := flag.String("cpuprofile", "", "instead of measuring, run the report on the -profile corpus in this process and write its CPU profile to `file`")
	profileLang := flag.String("profile", "en", "corpus of the -cpuprofile run: en or ja (-sample-mb MB) or mixed (-mb MB); reused from -dir when there")
	jobs := flag.Int("j", 1, "workers of the -cpuprofile run")
	storeDSN := flag.String("store", "", "instead, measure ingest into SQLite and into the PostgreSQL server of this `postgres:// URL` (a database it may create databases from), two ingests at once, and the Beam pipeline")
	storeMB := flag.Int("store-mb", 8, "size of the -store runs' corpus, in MB; 0 leaves them out")
	beamMB := flag.Int("beam-mb", 64, "size of the -store run's corpus for the Beam pipeline and ingest -j 2, in MB; 0 leaves them out")
	flag.Parse()
	if *storeDSN != "" {
		rounds := 1
		flag.Visit(func(f *flag.Flag) {
			if f.Name == "repeat" {
				rounds = max(*repeat, 1)
			}
		})
		if err := storeBench(*storeDSN, *storeMB, *beamMB, rounds, *seed, *dir); err != nil {
			fmt.Fprintln(os.Stderr, "chronobench:", err)
			os.Exit(1)
		}
		return
	}
	if *cpuprofile != "" {
		if err := runProfile(*profileLang, *mb, *sampleMB, *jobs, *seed, *dir, *cpuprofile); err != nil {
			fmt.Fprintln(os.Stderr, "chronobench:", err)
			os.Exit(1)
		}
		return
	}
	if *genOnly && *dir == "" {
		fmt.Fprintln(os.Stderr, "chronobench: -generate needs -dir")
		os.Exit(2)
	}
	if err := run(*mb, *sampleMB, max(*repeat, 1), *seed, *dir, *node, *genOnly); err != nil {
		fmt.Fprintln(os.Stderr, "chronobench:", err)
		os.Exit(1)
	}
}

func run(mb, sampleMB, repeat int, seed uint64, dir string, withNode, genOnly bool) error {
	dir, cleanup, err := workDir(dir)
	if err != nil {
		return err
	}
	defer cleanup()
	g := newsgen.New(seed)
	corpora := map[string]int64{}
	for _, c := range []struct {
		name string
		mb   int
	}{{"en", sampleMB}, {"ja", sampleMB}, {"mixed", mb}} {
		start := time.Now()
		n, err := generate(g, filepath.Join(dir, c.name), c.name, int64(c.mb)<<20)
		if err != nil {
			return err
		}
		corpora[c.name] = n
		fmt.Printf("generated %-5s %7.1f MB of text in %s\n", c.name, float64(n)/1e6, time.Since(start).Round(time.Millisecond))
	}
	if genOnly {
		return nil
	}
	bin, err := build(dir, "chronograph")
	if err != nil {
		return err
	}
	defer printLoad()()
	fmt.Printf("\n%-34s %9s %9s %11s %9s\n", "run", "wall", "MB/s", "MB/CPU-s", "peak RSS")
	defer fmt.Printf("(MB/CPU-s: megabytes of text per second of user and system CPU time)\n")
	wall := map[string]time.Duration{}
	for _, lang := range []string{"en", "ja"} {
		for _, j := range []string{"1", "2"} {
			var m measurement
			for r := range repeat {
				mr, err := measure(bin, corpora[lang], "report", "-q", "-j", j, "-o", filepath.Join(dir, "out.html"), filepath.Join(dir, lang))
				if err != nil {
					return err
				}
				if r == 0 || mr.wall < m.wall {
					m = mr
				}
			}
			m.print(fmt.Sprintf("report %s -j %s (best of %d)", lang, j, repeat))
			wall[lang+j] = m.wall
		}
	}
	for _, lang := range []string{"en", "ja"} {
		fmt.Printf("scaling %s: -j 2 is %.2fx -j 1\n", lang, wall[lang+"1"].Seconds()/wall[lang+"2"].Seconds())
	}
	if withNode {
		fmt.Println()
		if err := sideBySide(dir, bin, filepath.Join(dir, "en")); err != nil {
			return err
		}
	}
	// The large run last: its figures come after the quick ones.
	fmt.Println()
	m, err := measure(bin, corpora["mixed"], "report", "-q", "-o", filepath.Join(dir, "out.html"), filepath.Join(dir, "mixed"))
	if err != nil {
		return err
	}
	m.print(fmt.Sprintf("report mixed %d MB (all cores)", mb))
	return nil
}

// runProfile generates the corpus of lang into dir, unless it is there, and
// profiles a report on it in this process.
func runProfile(lang string, mb, sampleMB, workers int, seed uint64, dir, cpuprofile string) error {
	if lang != "en" && lang != "ja" && lang != "mixed" {
		return fmt.Errorf("-profile must be en, ja or mixed, not %q", lang)
	}
	dir, cleanup, err := workDir(dir)
	if err != nil {
		return err
	}
	defer cleanup()
	size := int64(sampleMB) << 20
	if lang == "mixed" {
		size = int64(mb) << 20
	}
	corpus := filepath.Join(dir, lang)
	files, _ := filepath.Glob(filepath.Join(corpus, "*.jsonl"))
	var n int64
	if len(files) == 0 {
		var err error
		if n, err = generate(newsgen.New(seed), corpus, lang, size); err != nil {
			return err
		}
	} else if n = textBytes(files); n == 0 {
		return fmt.Errorf("no text in %s", corpus)
	}
	return profileReport([]string{corpus}, workers, filepath.Join(dir, "out.html"), cpuprofile, n)
}

// textBytes sums the bytes of the texts of the JSON-lines files.
func textBytes(files []string) int64 {
	var n int64
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return 0
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var rec struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				n += int64(len(rec.Text))
			}
		}
		fh.Close()
	}
	return n
}

// loadAverage is the system's load average over 1, 5 and 15 minutes, or ""
// where /proc/loadavg does not exist.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

// workDir is dir, or a new temporary directory that cleanup removes.
func workDir(dir string) (string, func(), error) {
	if dir != "" {
		return dir, func() {}, nil
	}
	tmp, err := os.MkdirTemp("", "chronobench-")
	if err != nil {
		return "", nil, err
	}
	return tmp, func() { os.RemoveAll(tmp) }, nil
}

// printLoad prints the load average before the runs, and returns a
// function that prints it after them: wall times, and so MB/s and the
// scaling ratios, mean little when other processes compete for the cores.
func printLoad() func() {
	load := loadAverage()
	if load == "" {
		return func() {}
	}
	fmt.Printf("\n%d CPUs; load average before the runs: %s\n", runtime.NumCPU(), load)
	return func() { fmt.Printf("load average after the runs: %s\n", loadAverage()) }
}

// build compiles the command cmd/NAME into dir, in its own folder (where
// chronobeam has its own module).
func build(dir, name string) (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" || strings.TrimSpace(string(out)) == os.DevNull {
		return "", fmt.Errorf("run chronobench inside the chronograph module: %v", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(out)))
	bin := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir, cmd.Stderr = filepath.Join(root, "cmd", name), os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("building %s: %w", name, err)
	}
	return bin, nil
}

// generate writes about size bytes of text in lang ("en", "ja" or "mixed",
// which alternates) as JSON-lines files of up to 16 MB under dir, and
// returns the bytes of text written.
func generate(g *newsgen.Generator, dir, lang string, size int64) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	var total int64
	for part := 0; total < size; part++ {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%04d.jsonl", lang, part)))
		if err != nil {
			return total, err
		}
		w := bufio.NewWriterSize(f, 1<<20)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for written := 0; written < 16<<20 && total < size; {
			l := lang
			if lang == "mixed" {
				l = [2]string{"en", "ja"}[part%2]
			}
			d := g.Next(l)
			if err := enc.Encode(record(d)); err != nil {
				f.Close()
				return total, err
			}
			written += len(d.Text)
			total += int64(len(d.Text))
		}
		if err := errors.Join(w.Flush(), f.Close()); err != nil {
			return total, err
		}
	}
	return total, nil
}

// jsonRecord is a generated document as a line of a JSON-lines input.
type jsonRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	Text      string `json:"text"`
}

func record(d newsgen.Document) jsonRecord {
	return jsonRecord{d.ID, d.Title, d.Published.Format(time.DateOnly), d.Lang, d.Text}
}

// measurement is one run of a command.
type measurement struct {
	bytes     int64
	wall, cpu time.Duration
	maxRSS    int64 // bytes
}

// measure runs bin with args and reads its wall time, CPU time and peak
// resident memory.
func measure(bin string, bytes int64, args ...string) (measurement, error) {
	cmd := exec.Command(bin, args...)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return measurement{}, fmt.Errorf("%s %s: %w", filepath.Base(bin), strings.Join(args, " "), err)
	}
	m := measurement{bytes: bytes, wall: time.Since(start)}
	m.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.maxRSS = ru.Maxrss << 10 // Linux reports KiB
	}
	return m, nil
}

func (m measurement) print(name string) {
	fmt.Printf("%-34s %8.1fs %9.2f %11.2f %6.0f MB\n", name, m.wall.Seconds(),
		float64(m.bytes)/1e6/m.wall.Seconds(), float64(m.bytes)/1e6/m.cpu.Seconds(), float64(m.maxRSS)/1e6)
}
