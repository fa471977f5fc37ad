package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// readOrgs reads the names of organisations from open data files, each
// recognised by its name (see MODEL.md for where each comes from):
//
//   - *.clubs.txt: openfootball/clubs, a club per line ("Arsenal FC, 1886,
//     @ Emirates Stadium, London") with its other names on lines that start
//     with "|"; a directory is searched for these files;
//   - partyfacts-core-parties.csv: Party Facts, the English names of
//     political parties ("A / B" for several) and their short names;
//   - constituents.csv (S&P 500: Security), nasdaq-listed-symbols.csv,
//     nyse-listed.csv and other-listed.csv (Company Name): listed companies;
//   - world_universities_and_domains.json: universities (name).
func readOrgs(paths []string) ([]string, error) {
	var names []string
	for _, p := range paths {
		var got []string
		var err error
		base := filepath.Base(p)
		switch {
		case isDir(p):
			err = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
				if err != nil || d.IsDir() || !strings.HasSuffix(path, ".clubs.txt") {
					return err
				}
				more, err := readClubs(path)
				got = append(got, more...)
				return err
			})
		case strings.HasSuffix(base, ".clubs.txt"):
			got, err = readClubs(p)
		case base == "partyfacts-core-parties.csv":
			got, err = readCSVColumns(p, []string{"name_english", "name_short"}, splitSlashes)
		case base == "constituents.csv":
			got, err = readCSVColumns(p, []string{"Security"}, companyNames)
		case strings.HasSuffix(base, "-listed-symbols.csv") || strings.HasSuffix(base, "-listed.csv"):
			got, err = readCSVColumns(p, []string{"Company Name"}, companyNames)
		case base == "world_universities_and_domains.json":
			got, err = readUniversities(p)
		default:
			err = fmt.Errorf("unknown organisation source (want *.clubs.txt or a directory of them, partyfacts-core-parties.csv, constituents.csv, *-listed.csv, world_universities_and_domains.json)")
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		names = append(names, got...)
	}
	return names, nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// readClubs reads an openfootball clubs file: a club's name is the text
// before the first comma of a line that does not start with "|", "#" or
// "="; its other names follow on lines starting with "|", separated by "|".
// Comments start with "#".
func readClubs(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "="):
		case strings.HasPrefix(line, "|"):
			for _, n := range strings.Split(line, "|") {
				if n = strings.TrimSpace(n); n != "" {
					names = append(names, n)
				}
			}
		default:
			name, _, _ := strings.Cut(line, ",")
			names = append(names, strings.TrimSpace(name))
		}
	}
	return names, nil
}

// readCSVColumns reads the named columns of a CSV file with a header,
// passing each non-empty value through split.
func readCSVColumns(path string, columns []string, split func(string) []string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, err
	}
	var idx []int
	for _, c := range columns {
		found := false
		for i, h := range header {
			if strings.TrimSpace(h) == c {
				idx, found = append(idx, i), true
			}
		}
		if !found {
			return nil, fmt.Errorf("no column %q", c)
		}
	}
	var names []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return names, nil
		}
		if err != nil {
			return nil, err
		}
		for _, i := range idx {
			if i < len(rec) && strings.TrimSpace(rec[i]) != "" {
				names = append(names, split(rec[i])...)
			}
		}
	}
}

// splitSlashes splits Party Facts' "Name / Other name" into its names.
func splitSlashes(s string) []string {
	var out []string
	for _, n := range strings.Split(s, "/") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

var (
	// securityTail is what a listing adds to a company's name: the
	// security after " - ", or its class ("Common Stock", "Class A ...").
	securityTail = regexp.MustCompile(`(?i)\s+-\s.*$|\s+(common stock|ordinary shares|american depositary shares?|depositary shares|class [a-c]\b|common shares|units\b|warrants?\b|rights\b|series [a-z]\b|\d+(\.\d+)?%).*$`)
	// legalSuffix is a company's legal form, which news mostly leaves
	// out ("Alcoa Corporation" is "Alcoa").
	legalSuffix = regexp.MustCompile(`(?i),?\s+(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|l\.p|lp|n\.v|s\.a|ag|se|sa|nv|holdings?|group)\.?$`)
	// notCompany marks listings that are funds, trusts or shell companies,
	// not firms a news story names.
	notCompany = regexp.MustCompile(`(?i)\b(etf|fund|trust|acquisition|notes?|debentures?|portfolio|index|income|municipal|bond|treasury|capital corp)\b`)
)

// companyNames returns the names a listed company goes by in news: its
// listed name less the security, and that name less its legal form.
func companyNames(s string) []string {
	s = strings.TrimSpace(securityTail.ReplaceAllString(strings.TrimSpace(s), ""))
	if s == "" || notCompany.MatchString(s) {
		return nil
	}
	out := []string{s}
	for {
		short := strings.TrimSpace(legalSuffix.ReplaceAllString(s, ""))
		if short == s || short == "" {
			break
		}
		s = short
		out = append(out, s)
	}
	return out
}

// readUniversities reads the university names of the Hipo list.
func readUniversities(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var unis []struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal(data, &unis); err != nil {
		return nil, err
	}
	var names []string
	for _, u := range unis {
		names = append(names, u.Name)
	}
	return names, nil
}
