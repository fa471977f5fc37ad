package timex
import ("testing";"fmt";"os";"bufio";"encoding/json";"time")
func TestDbgJSONL(t *testing.T){
	f := os.Getenv("J"); if f == "" { t.Skip() }
	fh, _ := os.Open(f); defer fh.Close()
	sc := bufio.NewScanner(fh); sc.Buffer(nil, 1<<24)
	tg := New(Options{})
	a := time.Date(2025,2,8,0,0,0,0,time.UTC)
	for sc.Scan() {
		var r struct{ Text, Lang string }
		json.Unmarshal(sc.Bytes(), &r)
		for _, x := range tg.Tag(r.Text, r.Lang, a) {
			s := x.Start-15; if s < 0 { s = 0 }
			for s > 0 && (r.Text[s]&0xc0) == 0x80 { s-- }
			e := x.End+15; if e > len(r.Text) { e = len(r.Text) }
			for e < len(r.Text) && (r.Text[e]&0xc0) == 0x80 { e++ }
			fmt.Printf("%-20q %-8s %-16q | %s\n", x.Text, x.Type, x.Value, r.Text[s:e])
		}
	}
}
