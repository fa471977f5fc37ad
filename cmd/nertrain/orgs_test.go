package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestCompanyNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Agilent Technologies, Inc. Common Stock", []string{"Agilent Technologies, Inc.", "Agilent Technologies"}},
		{"Alcoa Corporation Common Stock ", []string{"Alcoa Corporation", "Alcoa"}},
		{"Artius II Acquisition Inc. - Class A Ordinary Shares", nil},
		{"Pacer Barings CLO Market Flex ETF", nil},
		{"3M", []string{"3M"}},
	}
	for _, tt := range tests {
		if got := companyNames(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("companyNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadOrgs(t *testing.T) {
	dir := t.TempDir()
	clubs := "= England\n\n# a comment\nArsenal FC, 1886, @ Emirates Stadium, London   ## Greater London\n  | Arsenal | FC Arsenal\n  | Woolwich Arsenal FC  # old name\nKingstonian FC,  1885,  London\n"
	parties := "country,partyfacts_id,name_short,name,name_english\nAUS,1,ALP,Australian Labor Party,Australian Labor Party / Labor\n"
	files := map[string]string{"clubs/eng.clubs.txt": clubs, "partyfacts-core-parties.csv": parties}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := readOrgs([]string{filepath.Join(dir, "clubs"), filepath.Join(dir, "partyfacts-core-parties.csv")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Arsenal FC", "Arsenal", "FC Arsenal", "Woolwich Arsenal FC", "Kingstonian FC", "Australian Labor Party", "Labor", "ALP"}
	if !slices.Equal(got, want) {
		t.Errorf("readOrgs = %q, want %q", got, want)
	}
	if _, err := readOrgs([]string{filepath.Join(dir, "unknown.csv")}); err == nil {
		t.Error("readOrgs of an unknown file: no error")
	}
}
