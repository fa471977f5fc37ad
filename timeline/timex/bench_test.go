package timex

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// benchSentences builds about size bytes of news-like sentences, English and
// Japanese mixed, most of them without any date, as in real articles.
func benchSentences(size int) ([]string, []string, int) {
	en := []string{
		"The minister told reporters that the government would review the proposal carefully.",
		"Officials said the talks had been productive but that no agreement was reached.",
		"Troops withdrew from the eastern town on Friday after weeks of heavy fighting.",
		"The company reported a loss of $2.4 billion in the third quarter of 2024.",
		"Analysts expect the central bank to cut rates again next month.",
		"Protesters gathered outside parliament, calling for new elections.",
		"The summit, first proposed in September, will take place in Geneva on March 3.",
		"He served three years as ambassador before returning to Washington in 2019.",
		"Prices may rise further as demand recovers across the region.",
		"KYIV, Feb 7 (Reuters) - Ukraine said it repelled an attack overnight.",
		"Shares rose 3% to a five-year high in early trading yesterday.",
		"The report, published on February 7, 2025, found widespread shortages.",
	}
	ja := []string{
		"首相は7日、記者団に対し、来週にも協議を再開する考えを示した。",
		"政府関係者によると、交渉は難航しているという。",
		"同社は2024年10月に新工場の建設を始めた。",
		"専門家は、今後も慎重な対応が必要だと指摘している。",
		"17日午後3時ごろ、市内の住宅で火事が発生しました。",
		"現地では建物が倒壊するなどの被害が出ています。",
		"昨年の売り上げは前年比20%増加した。",
		"会議は3日間の日程で開かれ、各国の代表が出席する予定だ。",
	}
	r := rand.New(rand.NewPCG(1, 2))
	var ens, jas []string
	total := 0
	for total < size {
		if r.IntN(2) == 0 {
			s := en[r.IntN(len(en))]
			ens = append(ens, s)
			total += len(s)
		} else {
			s := ja[r.IntN(len(ja))]
			jas = append(jas, s)
			total += len(s)
		}
	}
	return ens, jas, total
}

func BenchmarkTagMixedNews(b *testing.B) {
	ens, jas, total := benchSentences(4 << 20)
	tg := New(Options{})
	a := day("2025-02-08")
	b.SetBytes(int64(total))
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range ens {
			tg.Tag(s, "en", a)
		}
		for _, s := range jas {
			tg.Tag(s, "ja", a)
		}
	}
	reportCPU(b, cpu0)
}

// BenchmarkTagJapaneseNews measures the Japanese sentences alone.
func BenchmarkTagJapaneseNews(b *testing.B) {
	_, jas, _ := benchSentences(8 << 20)
	tg := New(Options{})
	a := day("2025-02-08")
	total := 0
	for _, s := range jas {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range jas {
			tg.Tag(s, "ja", a)
		}
	}
	reportCPU(b, cpu0)
}

// reportCPU reports the CPU time per iteration since cpu0, which other load
// on the machine inflates less than the wall time.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkTagEnglishProse measures long English prose, most of it dateless.
func BenchmarkTagEnglishProse(b *testing.B) {
	ens, _, _ := benchSentences(4 << 20)
	text := strings.Join(ens, " ")
	tg := New(Options{})
	a := day("2025-02-08")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range strings.SplitAfter(text, ". ") {
			tg.Tag(s, "en", a)
		}
	}
	reportCPU(b, cpu0)
}
