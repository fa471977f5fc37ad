package document

import (
	"strings"
	"testing"
)

// TestChromeSpans checks each kind of page chrome against prose that looks
// like it: every line marked "<" must be skipped, every other line kept.
func TestChromeSpans(t *testing.T) {
	tests := []struct {
		name string
		page string // lines ending in " <" are chrome; the marker is removed
	}{
		{"navigation links", `* [World](https://example.com/world) <
* [Politics](https://example.com/politics) <
The talks ended in [Geneva](https://example.com/geneva) on Friday after three days of meetings between the delegations.`},
		{"copyright notices", `Talks resumed in Geneva on Friday, the ministry said in 2026.
© 2026 Example Media LLC. <
Copyright © 2000-2026 Example.org All rights reserved. <
Source : © European Union, 2026 - EP <
Copyright 2019 Example Press, all rights reserved <
Copyright © 2021 共同通信社 無断転載禁止 <
The copyright law passed in 2019 gave authors more rights over their work.`},
		{"share buttons and newsletter", `Share <
Share on Facebook <
Tweet <
Sign up for our morning newsletter <
Zelensky said the talks would continue.
Newsletter <`},
		{"crawler header", `Title: Talks in Geneva <
URL Source: https://example.com/a <
Published Time: 2025-02-07 <
Markdown Content: <
Talks resumed in Geneva on Friday.`},
		{"front matter", `--- <
title: Talks <
date: 2025-02-07 <
--- <
Talks resumed in Geneva on Friday.`},
		{"country picker", `Choose your country <
Cuba, Republic of <
Czech Republic <
Denmark <
Korea, Republic of <
United Kingdom <
United States <
Kyiv said the strikes hit power plants.`},
		{"language picker on one line", `English | 日本語 | Español | Français | Deutsch <
Moscow said the drones were shot down.`},
		{"related and most read sections", `## Talks resume
Negotiators met in Riyadh on Tuesday, officials said.
## Related <
- Putin meets Trump envoy <
- Zelensky visits Washington <
## Most read <
1. Markets fall <
## Analysis
Analysts expect a long process.`},
		{"references section in Japanese", `ロシアは7日、声明を発表した。
脚注 <
読売新聞、2006年4月12日。 <
朝日新聞、2006年4月13日。 <`},
		{"Japanese share and ranking labels", `シェア <
ツイート <
はてなブックマーク <
石破首相は7日、記者会見を開いた。
関連記事 <
アクセスランキング <`},
		{"comments", `The ministry confirmed the report.
12 comments <
Comments <
I think this is wrong <
Great article <`},
		{"third script lines", `The minister spoke in Kyiv.
Міністр виступив у Києві сьогодні <
她说这个问题很重要 <
외교부는 오늘 성명을 발표했다 <
大臣はキーウで演説した。`},
		{"citation lines", `また、読売新聞によるとこのレースに出場した日本チームが3位に入った。
『ジャマイカが世界新で圧勝、ボルト完ぺき3冠!…陸上男子四百Mリレー決勝』。 <
スポーツ報知、2008年8月23日。 <
Yahoo!ニュース、2005年7月25日。 <
遠藤富美子『比・マヨン火山が噴火活動活発化、住民3万人余が避難』。 <
読売新聞、2006年8月7日。 <
ウィキペディア日本語版、2006年8月5日20:14の版。 <
ウィキペディアに高田松原に関する記事があります。 <
Reuters, April 12, 2006. <
8.Agier M, et al. Risk assessment of drug-induced DRESS syndrome. Int J Rheumatol. 2014;2014. <
Reuters reported on April 12, 2006, that talks had stalled.`},
		{"other Latin-script language", `The lease is cheaper, the company said.
Sie müssen beim Hersteller keine Anzahlung aus eigener Kraft leisten, wenn Sie das Auto leasen. <
Le président a dit que la guerre est une tragédie pour les familles. <
Merkel met Macron in Berlin, and the two leaders spoke of the war.`},
		{"image and caption credit", `![Putin](https://example.com/p.jpg) <
Image source, Getty Images <
Photo  Credit Kim Raff for The New York Times <
Credit...Samuel Corum for The New York Times <
Photograph: Evgeniy Maloletka/AP <
写真＝共同 <
Credit card debt rose again, the Fed said.
Putin spoke in Moscow.`},
		{"prose that looks like chrome stays", `News Corp agreed to buy the paper.
Share prices fell in Tokyo.
Related talks will follow next week, the ministry said.
Watch the Kremlin, analysts said.
Home Secretary Yvette Cooper visited Kyiv.
速報によると、首相は辞任した。`},
		{"a short list inside an article stays", `The sanctioned banks are:
Sberbank
VTB
Gazprombank
Kyiv welcomed the move.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			var want []string
			for i, l := range strings.Split(tt.page, "\n") {
				if i > 0 {
					b.WriteByte('\n')
				}
				if s, ok := strings.CutSuffix(l, " <"); ok {
					l = s
					want = append(want, s)
				}
				b.WriteString(l)
			}
			text := b.String()
			var got []string
			for _, s := range chromeSpans(text) {
				for _, l := range strings.Split(text[s.Start:s.End], "\n") {
					if strings.TrimSpace(l) != "" {
						got = append(got, l)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("chrome lines:\n got %q\nwant %q", got, want)
			}
		})
	}
}
