package entities

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseAliases(t *testing.T) {
	in := "\uFEFF# people\n" +
		"Donald Trump\tPERSON\tトランプ|DJT\n" +
		"\n" +
		"Kyiv\tlocation\t\n" +
		"Pentagon\tOrganization\n" +
		"drop\tRT @\n" +
		"source\tReuters\n"
	got, err := ParseAliases(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := Aliases{
		Entries: []AliasEntry{
			{Canonical: "Donald Trump", Type: Person, Aliases: []string{"トランプ", "DJT"}},
			{Canonical: "Kyiv", Type: Location},
			{Canonical: "Pentagon", Type: Organization},
		},
		Drop:    []string{"RT @"},
		Sources: []string{"Reuters"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseAliases = %+v, want %+v", got, want)
	}
}

func TestParseAliasesErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Trump\tPRESIDENT\tx\n", "line 1: type \"PRESIDENT\""},
		{"# c\nTrump\n", "line 2: 1 tab-separated fields"},
		{"ok\tPERSON\n\ndrop\n", "line 3: want drop<TAB>surface"},
		{"source\t\n", "line 1: want source<TAB>surface"},
		{"\tPERSON\tx\n", "line 1: empty canonical name"},
		{"a\tPERSON\tb\tc\n", "line 1: 4 tab-separated fields"},
	}
	for _, tt := range tests {
		_, err := ParseAliases(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseAliases(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}
