package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"syscall"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/timeline/normalize"
	"github.com/chronograph/chronograph/timeline/segment"
)

// compromiseScript extracts people, places and organisations from the text
// of each JSON line of the files named on its command line with compromise,
// timing the extraction alone.
const compromiseScript = `
const fs = require('fs');
const nlp = require('compromise');
const texts = [];
for (const f of process.argv.slice(2)) {
  for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
    if (line) texts.push(JSON.parse(line).text);
  }
}
let bytes = 0, found = 0;
const cpu0 = process.cpuUsage(), t0 = process.hrtime.bigint();
for (const t of texts) {
  const doc = nlp(t);
  found += doc.people().out('array').length + doc.places().out('array').length +
    doc.organizations().out('array').length;
  bytes += Buffer.byteLength(t, 'utf8');
}
const wall = Number(process.hrtime.bigint() - t0) / 1e9, cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({bytes, found, wall, cpu: (cpu.user + cpu.system) / 1e6}));
`

// throughput is the result of one extraction run.
type throughput struct {
	Bytes int64   `json:"bytes"`
	Found int     `json:"found"`
	Wall  float64 `json:"wall"` // seconds
	CPU   float64 `json:"cpu"`  // seconds
}

func (t throughput) print(name string) {
	fmt.Printf("%-34s %8.1fs %9.2f %11.2f   %d names\n", name, t.Wall, float64(t.Bytes)/1e6/t.Wall, float64(t.Bytes)/1e6/t.CPU, t.Found)
}

// sideBySide runs compromise and chronograph's English extraction, each on
// one core, on the English corpus in dir, and prints the throughput ratio.
func sideBySide(work, bin, dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no English corpus in %s", dir)
	}
	sort.Strings(files)
	node, err := compromise(work, files)
	if err != nil {
		fmt.Printf("compromise: skipped (%v)\n", err)
		return nil
	}
	ours, err := extractEnglish(files)
	if err != nil {
		return err
	}
	fmt.Printf("%-34s %9s %9s %11s\n", "English entity extraction, 1 core", "wall", "MB/s", "MB/CPU-s")
	node.print("compromise (node)")
	ours.print("chronograph (normalise, split, NER)")
	fmt.Printf("chronograph / compromise throughput: %.2fx per wall second, %.2fx per CPU second\n",
		(float64(ours.Bytes)/ours.Wall)/(float64(node.Bytes)/node.Wall), (float64(ours.Bytes)/ours.CPU)/(float64(node.Bytes)/node.CPU))
	return nil
}

// compromise installs the npm package compromise into a cache directory
// outside the repository, if needed, and runs compromiseScript on files.
func compromise(work string, files []string) (throughput, error) {
	var t throughput
	if _, err := exec.LookPath("node"); err != nil {
		return t, fmt.Errorf("node is not installed")
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	prefix := filepath.Join(cache, "chronobench-npm")
	if _, err := os.Stat(filepath.Join(prefix, "node_modules", "compromise")); err != nil {
		if _, err := exec.LookPath("npm"); err != nil {
			return t, fmt.Errorf("npm is not installed")
		}
		fmt.Printf("installing compromise into %s\n", prefix)
		cmd := exec.Command("npm", "install", "--prefix", prefix, "--no-audit", "--no-fund", "--silent", "compromise@14")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return t, fmt.Errorf("npm install compromise: %w", err)
		}
	}
	script := filepath.Join(work, "compromise.js")
	if err := os.WriteFile(script, []byte(compromiseScript), 0o644); err != nil {
		return t, err
	}
	cmd := exec.Command("node", append([]string{script}, files...)...)
	cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join(prefix, "node_modules"))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return t, fmt.Errorf("node: %w", err)
	}
	if err := json.Unmarshal(out, &t); err != nil {
		return t, fmt.Errorf("reading compromise's figures %q: %w", out, err)
	}
	return t, nil
}

// extractEnglish runs chronograph's first stages on the English texts of
// files in this process, on one goroutine: NFKC, sentence splitting and the
// English extractor, timing them alone.
func extractEnglish(files []string) (throughput, error) {
	var t throughput
	var texts []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return t, err
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				fh.Close()
				return t, fmt.Errorf("%s: %w", f, err)
			}
			texts = append(texts, rec.Text)
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return t, err
		}
	}
	x, err := english.New()
	if err != nil {
		return t, err
	}
	cpu0 := cpuTime()
	start := time.Now()
	for _, text := range texts {
		n := normalize.NFKC(text)
		var spans []entities.Span
		for _, s := range segment.Split(n.Norm) {
			if s.Lang == "en" {
				spans = append(spans, entities.Span{Start: s.Start, End: s.End})
			}
		}
		t.Found += len(x.Extract(n.Norm, spans))
		t.Bytes += int64(len(text))
	}
	t.Wall = time.Since(start).Seconds()
	t.CPU = (cpuTime() - cpu0).Seconds()
	return t, nil
}

// cpuTime is the CPU time this process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
