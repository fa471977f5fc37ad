import json, datetime
# story: (date, [(event, lang, text[, published])])
S = []
def story(date, *items): S.append((date, items))

story("2025-02-07",
 ("a","en","Russia's defence ministry said on Friday that its troops had taken full control of Toretsk, a town in Ukraine's Donetsk region."),
 ("a","en","Moscow claimed on Friday to have captured Toretsk, a mining town in eastern Ukraine that Russian forces had attacked for months."),
 ("a","ja","ロシア国防省は7日、ウクライナ東部ドネツク州のトレツクを制圧したと発表した。"),
 ("a","ja","ロシア国防省は7日、東部の要衝トレツクを掌握したと明らかにしました。"),
 ("b","en","Russian drones struck energy facilities in the Donetsk region on Friday, killing two people, the regional governor said."),
 ("c","ja","ウクライナ軍は7日、ドネツク州ポクロウシク周辺でロシア軍の攻勢を食い止めたと発表した。"))
story("2025-02-07",
 ("a","en","Trump told reporters at the White House on Friday that he would probably meet Zelensky."),
 ("a","ja","トランプ大統領は7日、ホワイトハウスで記者団に対し、ゼレンスキー大統領と会談する可能性があると述べた。"),
 ("a","ja","トランプ米大統領は7日、ウクライナのゼレンスキー大統領と会談する意向を示した。"),
 ("b","en","Trump said on Friday he wanted Ukraine to give the United States its rare earth minerals in return for American aid."),
 ("b","ja","トランプ大統領は7日、ウクライナのレアアースなどの資源を米国の支援の見返りに求めたいと語った。"),
 ("c","en","Trump said on Friday he expected to speak with Vladimir Putin by phone soon."))
story("2025-02-12",
 ("a","en","Trump said he had a long and highly productive phone call with Vladimir Putin on Wednesday."),
 ("a","en","Donald Trump and Vladimir Putin spoke by telephone on Wednesday and agreed to start negotiations on ending the war, the White House said."),
 ("a","ja","トランプ大統領は12日、ロシアのプーチン大統領と電話で会談し、ウクライナでの戦闘終結に向けた交渉を始めることで合意した。"),
 ("a","ja","トランプ米大統領とプーチン大統領が12日に電話会談を行い、トランプ氏は協議が非常に生産的だったと述べた。"),
 ("b","en","Trump said on Wednesday that he had also spoken with Zelensky by phone."),
 ("b","ja","トランプ大統領は12日、ウクライナのゼレンスキー大統領とも電話で協議した。"),
 ("c","en","Trump said on Wednesday he would impose reciprocal tariffs on the trading partners of the United States."))
story("2025-02-14",
 ("a","en","Vice President JD Vance used his speech at the Munich Security Conference on Friday to criticise European governments."),
 ("a","ja","バンス副大統領は14日、ミュンヘン安全保障会議で演説し、欧州の言論の自由が後退していると批判した。"),
 ("b","en","Vance met Zelensky on the sidelines of the conference in Munich on Friday."),
 ("b","ja","バンス副大統領は14日、ミュンヘンでウクライナのゼレンスキー大統領と会談した。"),
 ("c","en","Zelensky said in Munich on Friday that Ukraine would never accept a deal made behind its back."))
story("2025-02-18",
 ("a","en","US and Russian officials held talks in Riyadh on Tuesday, their first high-level meeting since the invasion of Ukraine."),
 ("a","en","Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday."),
 ("a","ja","ルビオ国務長官とロシアのラブロフ外相は18日、サウジアラビアの首都リヤドで会談した。"),
 ("a","ja","米ロの高官は18日、リヤドで協議し、ウクライナ和平に向けた交渉チームを設けることで合意した。"),
 ("b","en","Zelensky said on Tuesday that he had postponed his visit to Saudi Arabia."),
 ("c","ja","ゼレンスキー大統領は18日、トルコを訪問し、エルドアン大統領と会談した。"))
story("2025-02-28",
 ("a","en","A meeting between Trump and Zelensky in the Oval Office on Friday ended in a shouting match."),
 ("a","en","Zelensky left the White House on Friday without signing the minerals deal after a heated exchange with Trump and Vance."),
 ("a","ja","トランプ大統領とゼレンスキー大統領は28日、ホワイトハウスで会談したが、激しい口論となった。"),
 ("a","ja","ゼレンスキー大統領は28日、トランプ大統領との会談が決裂し、ホワイトハウスを後にした。"),
 ("b","en","Trump announced on Friday that tariffs of 25% on goods from Canada and Mexico would take effect next week."))
story("2025-03-03",
 ("a","en","The United States paused all military aid to Ukraine on Monday, a White House official said."),
 ("a","ja","トランプ政権は3日、ウクライナへの軍事支援を一時停止した。"),
 ("a","en","The US halted deliveries of weapons to Ukraine on Monday, days after the clash in the Oval Office."),
 ("b","en","Zelensky said on Monday that Ukraine was ready to work under Trump's leadership to achieve a lasting peace."),
 ("b","ja","ゼレンスキー大統領は3日、トランプ大統領の指導の下で永続的な平和に向けて取り組む用意があると述べた。"))
story("2025-03-11",
 ("a","en","Ukraine said on Tuesday it was ready to accept a US proposal for a 30-day ceasefire after talks in Jeddah."),
 ("a","en","After eight hours of talks in Jeddah on Tuesday, Kyiv backed an American plan for a 30-day truce."),
 ("a","ja","ウクライナは11日、サウジアラビアのジッダで米国と協議し、30日間の停戦案を受け入れる用意があると表明した。"),
 ("a","ja","米国とウクライナは11日、30日間の即時停戦に向けた案で合意した。"),
 ("b","en","The United States said on Tuesday it would resume military aid and intelligence sharing with Ukraine."),
 ("b","ja","米国は11日、ウクライナへの軍事支援と情報共有を再開すると発表した。"))
story("2025-03-18",
 ("a","en","Putin agreed in a call with Trump on Tuesday to halt strikes on Ukrainian energy infrastructure for 30 days."),
 ("a","ja","プーチン大統領は18日、トランプ大統領との電話会談で、エネルギー施設への攻撃を30日間停止することに同意した。"),
 ("a","en","Trump and Putin spoke for more than two hours by phone on Tuesday about a ceasefire in Ukraine."),
 ("b","en","Russian drones struck a hospital in Sloviansk on Tuesday night, Ukrainian officials said."),
 ("c","ja","ゼレンスキー大統領は18日、フィンランドを訪問し、ストゥブ大統領と会談した。"))
story("2022-02-24",
 ("a","en","Putin announced a military operation in Ukraine early on Thursday, and explosions were heard in Kyiv soon after."),
 ("a","en","Russian forces launched a full-scale invasion of Ukraine on Thursday."),
 ("a","ja","ロシアのプーチン大統領は24日、ウクライナでの軍事作戦の開始を発表した。"),
 ("a","ja","ロシア軍は24日、ウクライナへの全面的な侵攻を開始した。"),
 ("b","en","Zelensky declared martial law across Ukraine on Thursday."),
 ("b","ja","ゼレンスキー大統領は24日、ウクライナ全土に戒厳令を出した。"),
 ("c","en","The European Union said on Thursday it would impose the harshest sanctions it had ever adopted on Russia."),
 ("c","ja","欧州連合は24日、ロシアに対してこれまでで最も厳しい制裁を科すと表明した。"))
story("2022-02-26",
 ("a","en","Zelensky turned down a US offer to evacuate him from Kyiv on Saturday, saying he needed ammunition, not a ride."),
 ("a","ja","ゼレンスキー大統領は26日、キーウからの退避を提案した米国に対し、必要なのは弾薬だと述べて拒否した。"),
 ("b","en","Germany said on Saturday it would send 1,000 anti-tank weapons and 500 Stinger missiles to Ukraine."),
 ("b","ja","ドイツ政府は26日、ウクライナに対戦車兵器1000基と地対空ミサイル「スティンガー」500基を送ると発表した。"),
 ("c","en","Western allies agreed on Saturday to cut some Russian banks off from the SWIFT payment system."),
 ("c","ja","欧米各国は26日、ロシアの一部の銀行を国際決済網SWIFTから排除することで合意した。"))
story("2022-03-02",
 ("a","en","The UN General Assembly voted on Wednesday to demand that Russia withdraw from Ukraine, with 141 countries in favour."),
 ("a","ja","国連総会は2日、ロシアにウクライナからの即時撤退を求める決議を141カ国の賛成で採択した。"),
 ("b","en","Russia said on Wednesday that its troops had taken control of the southern city of Kherson."),
 ("b","ja","ロシア国防省は2日、ウクライナ南部のヘルソンを完全に掌握したと発表した。"),
 ("c","en","Russian and Ukrainian delegations were due to meet in Belarus on Wednesday for a second round of talks."))
story("2022-03-16",
 ("a","en","A Russian airstrike hit a theatre in Mariupol on Wednesday where hundreds of civilians were sheltering."),
 ("a","ja","ロシア軍は16日、南東部マリウポリで市民数百人が避難していた劇場を空爆した。"),
 ("a","en","The drama theatre in Mariupol was destroyed by a Russian bomb on Wednesday, city officials said."),
 ("b","en","Zelensky addressed the US Congress by video on Wednesday and asked for more help."),
 ("b","ja","ゼレンスキー大統領は16日、米議会でオンライン演説を行い、さらなる支援を求めた。"),
 ("c","en","Biden announced $800 million in new security assistance for Ukraine on Wednesday."),
 ("c","ja","バイデン大統領は16日、ウクライナへの8億ドルの追加の軍事支援を発表した。"))
story("2022-04-03",
 ("a","en","Ukrainian prosecutors said on Sunday that the bodies of 410 civilians had been found in towns around Kyiv."),
 ("a","ja","ウクライナの検察当局は3日、キーウ周辺の町で民間人410人の遺体が見つかったと発表した。"),
 ("a","en","The bodies of 410 civilians were recovered from towns near Kyiv that Russian troops had left, Ukraine's prosecutor general said on Sunday."),
 ("b","en","Hungary's Viktor Orban won a fourth term in the election on Sunday."),
 ("b","ja","ハンガリーで3日に総選挙が行われ、オルバン首相の与党が勝利した。"))
story("2022-04-14",
 ("a","en","The Russian cruiser Moskva sank on Thursday after Ukraine said it had hit the ship with Neptune missiles."),
 ("a","ja","ロシア国防省は14日、黒海艦隊の旗艦「モスクワ」が沈没したと発表した。"),
 ("a","en","Russia's defence ministry said on Thursday that the flagship of its Black Sea Fleet, the Moskva, had sunk."),
 ("b","en","Russia said on Thursday it would strike command centres in Kyiv if Ukraine attacked Russian territory."),
 ("b","ja","ロシア国防省は14日、ウクライナがロシア領を攻撃すればキーウの司令部を攻撃すると警告した。"))
story("2022-05-16",
 ("a","en","More than 260 Ukrainian fighters were evacuated from the Azovstal steelworks in Mariupol on Monday."),
 ("a","ja","ウクライナ国防省は16日、マリウポリのアゾフスターリ製鉄所から兵士260人以上を退避させたと発表した。"),
 ("b","en","Sweden said on Monday it would apply to join NATO, a day after Finland did the same."),
 ("b","ja","スウェーデン政府は16日、NATOへの加盟を申請すると発表した。"))
story("2025-02-24",
 ("a","en","Macron met Trump at the White House on Monday to discuss the war in Ukraine."),
 ("a","ja","フランスのマクロン大統領は24日、ホワイトハウスでトランプ大統領と会談した。"),
 ("b","en","The UN General Assembly adopted a resolution on Monday calling for Russia to withdraw from Ukraine, and the United States voted against it."),
 ("b","ja","国連総会は24日、ロシア軍の撤退を求める決議を賛成多数で採択し、米国は反対に回った。"),
 ("c","en","Trump said on Monday that Zelensky would come to Washington soon to sign the minerals agreement."))
story("2025-03-25",
 ("a","en","The White House said on Tuesday that Russia and Ukraine had agreed to a ceasefire in the Black Sea."),
 ("a","ja","ホワイトハウスは25日、ロシアとウクライナが黒海での停戦で合意したと発表した。"),
 ("b","en","Zelensky said on Tuesday that Russian drones had attacked the city of Kryvyi Rih overnight."),
 ("b","ja","ゼレンスキー大統領は25日、ロシア軍が夜間にクリビーリフを無人機で攻撃したと述べた。"))
story("2024-12-17",
 ("a","ja","17日、南太平洋のバヌアツ沖でマグニチュード7.3の地震があった。"),
 ("a","en","A magnitude 7.3 earthquake struck off Vanuatu on Tuesday, damaging buildings in the capital Port Vila."),
 ("a","ja","バヌアツの首都ポートビラ沖で17日に起きた地震で、日本人の被害は確認されていない。"),
 ("b","ja","17日午前、神奈川県横須賀市の市営アパートで爆発を伴う火事があり、男性1人が死亡した。"),
 ("b","ja","横須賀市のアパートで17日朝に火災が起き、1人が死亡した。"),
 ("c","ja","17日午後3時ごろ、大阪市生野区で住宅火災が発生した。"))
story("2025-02-13",
 ("a","en","Defense Secretary Pete Hegseth told NATO allies in Brussels on Thursday that Europe must take charge of its own security."),
 ("a","ja","ヘグセス国防長官は13日、ブリュッセルで開かれたNATO国防相会合で、欧州は自らの安全保障に責任を持つべきだと述べた。"),
 ("b","en","NATO Secretary General Mark Rutte said on Thursday that allies would have to spend well over 2% of GDP on defence."),
 ("b","ja","NATOのルッテ事務総長は13日、加盟国は国防費をGDP比2%よりはるかに多く支出する必要があると述べた。"))
story("2022-03-29",
 ("a","en","Russian and Ukrainian negotiators met in Istanbul on Tuesday for their first face-to-face talks in weeks."),
 ("a","ja","ロシアとウクライナの代表団は29日、トルコのイスタンブールで対面での停戦交渉を行った。"),
 ("b","en","A Russian missile hit the regional administration building in Mykolaiv on Tuesday, killing at least 12 people."),
 ("b","ja","ロシア軍は29日、南部ミコライウの州庁舎をミサイルで攻撃し、少なくとも12人が死亡した。"))
story("2022-04-08",
 ("a","en","A missile strike on the railway station in Kramatorsk killed more than 50 people on Friday."),
 ("a","ja","東部クラマトルスクの駅が8日、ミサイル攻撃を受け、50人以上が死亡した。"),
 ("a","en","Two rockets hit the station in Kramatorsk on Friday as civilians waited to be evacuated, Ukraine's railway company said."),
 ("b","en","Ursula von der Leyen visited Bucha on Friday before meeting Zelensky in Kyiv."),
 ("b","ja","欧州委員会のフォンデアライエン委員長は8日、キーウを訪問し、ゼレンスキー大統領と会談した。"))
story("2022-02-28",
 ("a","en","Ukrainian and Russian delegations held talks on the Belarusian border on Monday without a breakthrough."),
 ("a","ja","ロシアとウクライナの代表団は28日、ベラルーシ国境付近で停戦交渉を行った。"),
 ("b","en","Zelensky signed Ukraine's application to join the European Union on Monday."),
 ("b","ja","ゼレンスキー大統領は28日、EUへの加盟申請書に署名した。"),
 ("c","en","Russia's central bank raised its key interest rate to 20% on Monday."),
 ("c","ja","ロシア中央銀行は28日、政策金利を20%に引き上げた。"))
story("2025-02-19",
 ("a","en","Trump called Zelensky a dictator without elections in a post on Wednesday."),
 ("a","ja","トランプ大統領は19日、ゼレンスキー大統領を選挙なき独裁者と非難した。"),
 ("b","en","Zelensky said on Wednesday that Trump was living in a disinformation space created by Russia."),
 ("b","ja","ゼレンスキー大統領は19日、トランプ大統領はロシアが作り出した偽情報の空間に生きていると述べた。"))
story("2022-03-24",
 ("a","en","NATO leaders agreed at an emergency summit in Brussels on Thursday to deploy four new battlegroups in eastern Europe."),
 ("a","ja","NATOは24日、ブリュッセルで緊急首脳会議を開き、東欧に4つの戦闘群を新たに配備することで合意した。"),
 ("b","en","The United States announced on Thursday that it would welcome up to 100,000 refugees from Ukraine."),
 ("b","ja","米国は24日、ウクライナからの避難民を最大10万人受け入れると発表した。"))
story("2025-01-20",
 ("a","en","Donald Trump was sworn in as the 47th president of the United States on Monday."),
 ("a","ja","トランプ氏は20日、第47代米国大統領に就任した。"),
 ("b","en","Trump signed an executive order on Monday to withdraw the United States from the Paris climate agreement."),
 ("b","ja","トランプ大統領は20日、パリ協定から離脱する大統領令に署名した。"),
 ("c","en","Trump said on Monday that Zelensky wanted to make a deal to end the war."))
story("2022-03-01",
 ("a","en","A Russian missile struck the regional administration building on Freedom Square in Kharkiv on Tuesday."),
 ("a","ja","ロシア軍は1日、北東部ハルキウ中心部の州庁舎をミサイルで攻撃した。"),
 ("b","en","Russian shelling hit a residential district on the outskirts of Kharkiv on Tuesday night, killing nine people."),
 ("c","en","Zelensky addressed the European Parliament by video on Tuesday."),
 ("c","ja","ゼレンスキー大統領は1日、欧州議会でオンライン演説を行った。"))
story("2025-02-07",
 ("a","ja","ゼレンスキー大統領は7日、北朝鮮の部隊がロシア西部クルスク州の前線に再び投入されたと述べた。"),
 ("a","en","Zelensky said on Friday that North Korean troops had been sent back to the front in Russia's Kursk region."),
 ("b","ja","ゼレンスキー大統領は7日、クルスク州での作戦でロシアと北朝鮮の兵士数百人を排除したと述べた。"),
 ("b","en","Zelensky said on Friday that Ukrainian forces had killed hundreds of Russian and North Korean soldiers in Kursk."))
story("2025-02-07",
 ("a","ja","NATOのルッテ事務総長は7日、欧州の加盟国とカナダの国防費が前年比20%増えたと明らかにした。"),
 ("a","en","NATO chief Mark Rutte said on Friday that defence spending by European allies and Canada had risen by 20%."),
 ("b","ja","ホワイトハウスは7日、バンス副大統領がミュンヘン安全保障会議に出席すると発表した。"),
 ("b","en","The White House said on Friday that Vance would attend the Munich Security Conference."))
story("2022-06-23",
 ("a","en","EU leaders granted Ukraine and Moldova the status of candidates for membership on Thursday."),
 ("a","ja","EUは23日の首脳会議で、ウクライナとモルドバを加盟候補国とすることを承認した。"),
 ("b","en","Ukrainian troops were ordered on Thursday to withdraw from Sievierodonetsk after weeks of fighting."),
 ("b","ja","ウクライナ軍は23日、東部セベロドネツクから撤退するよう命じられた。"))


# Written after the first measurement of the test half: a second held-out
# set, scored only once the weights and cues were settled.
FRESH_FROM = len(S)
story("2022-03-05",
 ("a","en","Russia announced a temporary ceasefire on Saturday to let civilians leave Mariupol and Volnovakha."),
 ("a","en","Moscow said on Saturday it would hold fire around Mariupol and Volnovakha so that residents could be evacuated."),
 ("a","ja","ロシア国防省は5日、マリウポリとボルノバハで住民を避難させるため一時的に停戦すると発表した。"),
 ("a","ja","ロシア軍は5日、南東部マリウポリなどで人道回廊を設けるため一時停戦すると表明した。"),
 ("b","en","Israeli Prime Minister Naftali Bennett met Putin in Moscow on Saturday."),
 ("b","ja","イスラエルのベネット首相は5日、モスクワを訪れ、プーチン大統領と会談した。"),
 ("c","en","Zelensky spoke with Biden by phone on Saturday about sanctions and financial support."))
story("2022-03-08",
 ("a","en","Biden announced a ban on imports of Russian oil, gas and coal on Tuesday."),
 ("a","ja","バイデン大統領は8日、ロシア産の原油や天然ガス、石炭の輸入を禁止すると発表した。"),
 ("a","en","The United States banned imports of Russian oil on Tuesday, Biden said at the White House."),
 ("b","en","Britain said on Tuesday it would phase out imports of Russian oil by the end of the year."),
 ("b","ja","英国政府は8日、ロシア産原油の輸入を年末までに段階的に停止すると発表した。"),
 ("c","en","Zelensky addressed the British Parliament by video on Tuesday."),
 ("c","ja","ゼレンスキー大統領は8日、英議会でオンライン演説を行った。"))
story("2022-03-10",
 ("a","en","Foreign ministers Sergei Lavrov and Dmytro Kuleba met in Antalya on Thursday, the first high-level talks since the invasion."),
 ("a","ja","ロシアのラブロフ外相とウクライナのクレバ外相は10日、トルコ南部アンタルヤで会談した。"),
 ("a","en","Kuleba said after meeting Lavrov in Antalya on Thursday that no progress had been made on a ceasefire."),
 ("a","ja","クレバ外相は10日、ラブロフ外相との会談で停戦について進展はなかったと述べた。"),
 ("b","en","Lavrov said on Thursday that Russia had not attacked Ukraine."))
story("2022-04-28",
 ("a","en","Russian missiles struck Kyiv on Thursday evening while UN Secretary-General Antonio Guterres was visiting the city."),
 ("a","ja","国連のグテーレス事務総長がキーウを訪問中の28日夜、ロシア軍がキーウをミサイルで攻撃した。"),
 ("b","en","Guterres met Zelensky in Kyiv on Thursday."),
 ("b","ja","グテーレス事務総長は28日、キーウでゼレンスキー大統領と会談した。"),
 ("c","en","Biden asked Congress on Thursday for $33 billion to support Ukraine."),
 ("c","ja","バイデン大統領は28日、ウクライナ支援のため330億ドルの予算を議会に要請した。"))
story("2022-05-09",
 ("a","en","Putin used his Victory Day speech in Moscow on Monday to defend the war in Ukraine."),
 ("a","ja","プーチン大統領は9日、モスクワでの戦勝記念日の演説で、ウクライナでの軍事作戦を正当化した。"),
 ("a","en","In a speech at the parade on Red Square on Monday, Putin said the West had been preparing to invade Russia."),
 ("b","en","A Russian missile strike hit Odesa on Monday, Ukraine's military said."),
 ("b","ja","ロシア軍は9日、南部オデーサをミサイルで攻撃した。"))
story("2022-09-30",
 ("a","en","Putin signed treaties on Friday to annex four regions of Ukraine at a ceremony in the Kremlin."),
 ("a","ja","プーチン大統領は30日、クレムリンでウクライナ4州の併合に関する条約に署名した。"),
 ("a","en","At the Kremlin on Friday, Putin declared that Donetsk, Luhansk, Zaporizhzhia and Kherson were now part of Russia."),
 ("b","en","Zelensky announced on Friday that Ukraine was applying for fast-track membership of NATO."),
 ("b","ja","ゼレンスキー大統領は30日、NATOへの加盟を迅速な手続きで申請すると発表した。"),
 ("c","en","A Russian strike on a civilian convoy in Zaporizhzhia killed 30 people on Friday."),
 ("c","ja","ザポリージャで30日、民間人の車列がロシア軍の攻撃を受け、30人が死亡した。"))
story("2022-10-08",
 ("a","en","An explosion on Saturday damaged the Kerch bridge linking Russia to Crimea."),
 ("a","ja","ロシアとクリミア半島を結ぶクリミア橋で8日、爆発が起き、橋の一部が崩落した。"),
 ("a","en","Part of the Crimean bridge collapsed after a truck bomb exploded on Saturday, Russian officials said."),
 ("a","ja","クリミア橋で8日朝、トラックが爆発し、3人が死亡した。"),
 ("b","en","Russia appointed General Sergei Surovikin on Saturday to command its forces in Ukraine."),
 ("b","ja","ロシア国防省は8日、スロビキン上級大将をウクライナでの軍事作戦の総司令官に任命した。"))
story("2022-11-11",
 ("a","en","Ukrainian troops entered the city of Kherson on Friday after Russian forces withdrew."),
 ("a","ja","ウクライナ軍は11日、ロシア軍が撤退した南部ヘルソン市に入った。"),
 ("a","en","Ukraine regained control of Kherson on Friday, its defence ministry said."),
 ("a","ja","ウクライナ国防省は11日、南部ヘルソンを奪還したと発表した。"),
 ("b","en","Biden arrived in Cambodia on Friday for a summit of Southeast Asian leaders."))
story("2022-11-15",
 ("a","en","A missile landed in the Polish village of Przewodow on Tuesday, killing two people."),
 ("a","ja","ポーランド東部プシェボドゥフに15日、ミサイルが着弾し、2人が死亡した。"),
 ("a","en","Two people were killed on Tuesday when a missile fell on a farm in eastern Poland near the border with Ukraine."),
 ("b","en","Russia launched about 90 missiles at Ukraine's power grid on Tuesday, the largest barrage of the war."),
 ("b","ja","ロシア軍は15日、ウクライナ各地のエネルギー施設に約90発のミサイルを発射した。"),
 ("c","en","Zelensky told the G20 summit by video on Tuesday that it was time to end the war."))
story("2022-12-21",
 ("a","en","Zelensky met Biden at the White House on Wednesday on his first trip abroad since the invasion."),
 ("a","ja","ゼレンスキー大統領は21日、ワシントンを訪問し、ホワイトハウスでバイデン大統領と会談した。"),
 ("a","en","Biden welcomed Zelensky to the Oval Office on Wednesday."),
 ("a","ja","バイデン米大統領は21日、ホワイトハウスでゼレンスキー大統領と会談した。"),
 ("b","en","Biden announced on Wednesday that the United States would send a Patriot missile battery to Ukraine."),
 ("b","ja","バイデン大統領は21日、地対空ミサイルシステム「パトリオット」をウクライナに供与すると発表した。"),
 ("c","en","Zelensky addressed a joint meeting of Congress on Wednesday evening."))
story("2025-02-10",
 ("a","en","Trump said in an interview aired on Monday that Ukraine may be Russian some day."),
 ("a","ja","トランプ大統領は10日に放送されたインタビューで、ウクライナはいつかロシアになるかもしれないと述べた。"),
 ("b","en","Trump said on Monday that he wanted the equivalent of $500 billion in rare earths from Ukraine."),
 ("b","ja","トランプ大統領は10日、ウクライナから5000億ドル相当のレアアースを得たいと述べた。"))
story("2025-02-12",
 ("a","en","Hegseth said in Brussels on Wednesday that a return to Ukraine's pre-2014 borders was unrealistic."),
 ("a","ja","ヘグセス国防長官は12日、ブリュッセルで、ウクライナが2014年以前の国境に戻るのは非現実的だと述べた。"),
 ("b","en","Kellogg said on Wednesday that he would visit Ukraine soon."),
 ("b","ja","ケロッグ特使は12日、近くウクライナを訪問すると述べた。"))
story("2025-02-20",
 ("a","en","Kellogg met Zelensky in Kyiv on Thursday after the two presidents traded insults."),
 ("a","ja","ケロッグ特使は20日、キーウでゼレンスキー大統領と会談した。"),
 ("a","en","Zelensky and US envoy Keith Kellogg held talks in Kyiv on Thursday."),
 ("a","ja","ゼレンスキー大統領は20日、米国のケロッグ特使とキーウで協議した。"),
 ("b","en","Zelensky said on Thursday that he was ready to sign a strong investment and security agreement with the United States."),
 ("b","ja","ゼレンスキー大統領は20日、米国との投資と安全保障の協定に署名する用意があると述べた。"))
story("2025-03-27",
 ("a","en","Leaders of about 30 countries met in Paris on Thursday to discuss a reassurance force for Ukraine."),
 ("a","ja","約30カ国の首脳らが27日、パリで会合を開き、ウクライナへの安心供与部隊について協議した。"),
 ("b","en","Macron said on Thursday that it was too early to lift sanctions on Russia."),
 ("b","ja","マクロン大統領は27日、ロシアへの制裁を解除するのは時期尚早だと述べた。"))
story("2025-04-13",
 ("a","en","Two Russian ballistic missiles hit the centre of Sumy on Sunday, killing 35 people."),
 ("a","ja","ウクライナ北東部スムイの中心部に13日、ロシア軍の弾道ミサイル2発が着弾し、35人が死亡した。"),
 ("a","en","At least 35 people were killed in Sumy on Sunday morning as residents gathered for Palm Sunday."),
 ("a","ja","スムイへのミサイル攻撃で13日、35人が死亡し、100人以上が負傷した。"),
 ("b","en","Zelensky said on Sunday that Russian drones had attacked Kharkiv overnight."))
story("2025-05-16",
 ("a","en","Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks since 2022."),
 ("a","ja","ロシアとウクライナの代表団は16日、イスタンブールで2022年以来の直接交渉を行った。"),
 ("b","en","Russia and Ukraine agreed on Friday to exchange 1,000 prisoners of war each."),
 ("b","ja","ロシアとウクライナは16日、捕虜1000人ずつを交換することで合意した。"),
 ("b","en","Russia and Ukraine agreed on Friday to swap a thousand prisoners each, the Ukrainian delegation said."))
story("2025-06-01",
 ("a","en","Ukrainian drones hit more than 40 Russian bombers at air bases deep inside Russia on Sunday, Ukraine's security service said."),
 ("a","ja","ウクライナ保安庁は1日、ロシア国内の空軍基地で爆撃機40機以上を無人機で攻撃したと発表した。"),
 ("a","en","The SBU said its drones had struck 41 Russian aircraft at four air bases on Sunday."),
 ("b","en","Russia's defence ministry said on Sunday that its forces had captured a village in the Sumy region."),
 ("b","ja","ロシア国防省は1日、北東部スムイ州の村を制圧したと発表した。"))


# Written after the fresh set was scored, before the changes that followed
# its errors: a third held-out set, scored once at the end.
FRESH2_FROM = len(S)
story("2023-06-06",
 ("a","en","The Kakhovka dam on the Dnipro river was destroyed early on Tuesday, flooding towns downstream."),
 ("a","en","A breach of the Nova Kakhovka dam on Tuesday sent floodwater through villages in the Kherson region."),
 ("a","ja","ウクライナ南部ヘルソン州のカホフカ・ダムが6日未明に決壊し、下流の町が浸水した。"),
 ("a","ja","カホフカ・ダムが6日に破壊され、ヘルソン州の住民数千人が避難を余儀なくされた。"),
 ("b","en","Zelensky convened an emergency meeting of the national security council on Tuesday."),
 ("b","ja","ゼレンスキー大統領は6日、国家安全保障会議の緊急会合を開いた。"))
story("2023-06-24",
 ("a","en","Wagner fighters led by Yevgeny Prigozhin seized military sites in Rostov-on-Don on Saturday."),
 ("a","ja","ワグネルのプリゴジン氏が率いる戦闘員らは24日、南部ロストフナドヌーの軍施設を掌握した。"),
 ("b","en","Prigozhin agreed on Saturday evening to halt his march on Moscow after talks mediated by Alexander Lukashenko."),
 ("b","ja","プリゴジン氏は24日夜、ベラルーシのルカシェンコ大統領の仲介を受け、モスクワへの進軍を停止することで合意した。"),
 ("c","en","Putin called the mutiny a stab in the back in a televised address on Saturday."),
 ("c","ja","プーチン大統領は24日のテレビ演説で、反乱は裏切りだと非難した。"))
story("2023-08-23",
 ("a","en","A private jet carrying Yevgeny Prigozhin crashed north of Moscow on Wednesday, killing all ten people on board."),
 ("a","ja","ワグネル創設者のプリゴジン氏が搭乗していた自家用機が23日、モスクワ北方で墜落し、乗っていた10人全員が死亡した。"),
 ("a","en","Russia's aviation agency said on Wednesday that Prigozhin was on the passenger list of the plane that crashed in the Tver region."),
 ("b","en","Ukraine's air force said on Wednesday that it had shot down 20 Russian drones overnight."))
story("2023-07-17",
 ("a","en","Russia said on Monday it was pulling out of the Black Sea grain deal."),
 ("a","ja","ロシア大統領府は17日、黒海経由の穀物輸出合意から離脱すると表明した。"),
 ("a","ja","ロシアは17日、ウクライナ産穀物の黒海経由の輸出合意の履行を停止すると発表した。"),
 ("b","en","Two people were killed on Monday when the Crimean bridge was struck by naval drones, Russian officials said."),
 ("b","ja","クリミア橋が17日、水上ドローンによる攻撃を受け、2人が死亡した。"))
story("2024-02-17",
 ("a","en","Ukraine's army chief Oleksandr Syrskyi said on Saturday that troops were withdrawing from Avdiivka."),
 ("a","ja","ウクライナ軍のシルスキー総司令官は17日、東部アウディイウカから部隊を撤退させると発表した。"),
 ("a","en","Ukrainian forces pulled out of the eastern town of Avdiivka on Saturday to avoid encirclement."),
 ("b","en","Zelensky met Kamala Harris at the Munich Security Conference on Saturday."),
 ("b","ja","ゼレンスキー大統領は17日、ミュンヘン安全保障会議でハリス米副大統領と会談した。"))
story("2024-02-16",
 ("a","en","Russian opposition leader Alexei Navalny died in an Arctic prison on Friday, the prison service said."),
 ("a","ja","ロシアの反体制派指導者ナワリヌイ氏が16日、北極圏の刑務所で死亡した。"),
 ("a","en","Alexei Navalny collapsed and died after a walk at the penal colony on Friday, according to Russian authorities."),
 ("a","ja","ロシアの刑務所当局は16日、ナワリヌイ氏が散歩の後に意識を失い死亡したと発表した。"),
 ("b","en","Zelensky and Scholz signed a bilateral security agreement in Berlin on Friday."),
 ("b","ja","ゼレンスキー大統領とドイツのショルツ首相は16日、ベルリンで安全保障協定に署名した。"))
story("2024-03-22",
 ("a","en","Gunmen opened fire at the Crocus City Hall concert venue near Moscow on Friday, killing more than 130 people."),
 ("a","ja","モスクワ郊外のコンサート会場「クロッカス・シティ・ホール」で22日、銃撃事件があり、130人以上が死亡した。"),
 ("b","en","Russian missiles struck the Dnipro hydroelectric plant in Zaporizhzhia on Friday."),
 ("b","ja","ロシア軍は22日、ザポリージャのドニエプル水力発電所をミサイルで攻撃した。"))
story("2024-08-06",
 ("a","en","Ukrainian troops crossed into Russia's Kursk region on Tuesday in a surprise incursion."),
 ("a","ja","ウクライナ軍は6日、ロシア西部クルスク州に越境攻撃を開始した。"),
 ("a","en","Russia said on Tuesday that about 1,000 Ukrainian soldiers had entered the Kursk region."),
 ("a","ja","ロシア国防省は6日、ウクライナ兵約1000人がクルスク州に侵入したと発表した。"))
story("2024-11-21",
 ("a","en","Russia fired a new intermediate-range ballistic missile at the city of Dnipro on Thursday, Putin said."),
 ("a","ja","プーチン大統領は21日、新型の中距離弾道ミサイルでウクライナ東部ドニプロを攻撃したと述べた。"),
 ("a","en","A Russian missile of a new type hit an industrial site in Dnipro on Thursday."),
 ("b","en","The International Criminal Court issued an arrest warrant for Benjamin Netanyahu on Thursday."))
story("2025-08-15",
 ("a","en","Trump and Putin met at a military base in Anchorage, Alaska, on Friday."),
 ("a","ja","トランプ大統領とプーチン大統領は15日、アラスカ州アンカレジの米軍基地で会談した。"),
 ("a","en","The summit between Trump and Putin in Alaska on Friday ended without a ceasefire agreement."),
 ("a","ja","アラスカで15日に行われたトランプ大統領とプーチン大統領の首脳会談は、停戦合意に至らずに終わった。"),
 ("b","en","Zelensky said on Friday that Ukraine was counting on the United States to stop the killing."))
story("2025-08-18",
 ("a","en","Zelensky met Trump at the White House on Monday, joined by European leaders."),
 ("a","ja","ゼレンスキー大統領は18日、ホワイトハウスでトランプ大統領と会談し、欧州首脳らも同席した。"),
 ("b","en","Trump said on Monday that he had called Putin after the meeting to arrange talks with Zelensky."),
 ("b","ja","トランプ大統領は18日、会談後にプーチン大統領に電話したと明らかにした。"))
story("2025-09-10",
 ("a","en","Poland shot down Russian drones that entered its airspace on Wednesday, with help from NATO allies."),
 ("a","ja","ポーランドは10日、領空に侵入したロシアの無人機をNATOの同盟国と協力して撃墜した。"),
 ("a","en","Polish and NATO jets downed several drones over Poland on Wednesday, the first such clash of the war."),
 ("b","en","Poland asked on Wednesday for consultations under Article 4 of the NATO treaty."),
 ("b","ja","ポーランドは10日、NATO条約第4条に基づく協議を要請した。"))
story("2024-04-20",
 ("a","en","The US House of Representatives approved $61 billion in aid for Ukraine on Saturday."),
 ("a","ja","米下院は20日、ウクライナへの610億ドルの支援を含む法案を可決した。"),
 ("a","en","Lawmakers in the House voted on Saturday to send $61 billion in military aid to Ukraine."))
story("2023-02-20",
 ("a","en","Biden made a surprise visit to Kyiv on Monday and met Zelensky."),
 ("a","ja","バイデン大統領は20日、ウクライナの首都キーウを電撃訪問し、ゼレンスキー大統領と会談した。"),
 ("a","en","Joe Biden arrived in Kyiv by train on Monday, his first visit since the invasion."),
 ("a","ja","バイデン米大統領が20日、キーウを予告なしに訪れた。"),
 ("b","en","Biden announced on Monday an additional $500 million in military aid for Ukraine."),
 ("b","ja","バイデン大統領は20日、ウクライナへの5億ドルの追加軍事支援を発表した。"))
story("2023-05-21",
 ("a","en","Russia's defence ministry said on Sunday that its forces had taken full control of Bakhmut."),
 ("a","ja","ロシア国防省は21日、東部バフムトを完全に制圧したと発表した。"),
 ("b","en","Zelensky met Modi in Hiroshima on Sunday on the sidelines of the G7 summit."),
 ("b","ja","ゼレンスキー大統領は21日、広島でインドのモディ首相と会談した。"),
 ("c","en","Zelensky addressed the G7 leaders in Hiroshima on Sunday."),
 ("c","ja","ゼレンスキー大統領は21日、広島でのG7首脳会議で演説した。"))
story("2024-07-08",
 ("a","en","A Russian missile hit the Okhmatdyt children's hospital in Kyiv on Monday."),
 ("a","ja","ロシア軍のミサイルが8日、キーウの小児病院「オフマトディト」を直撃した。"),
 ("a","en","At least 33 people were killed in Kyiv on Monday as Russian missiles struck across the capital, including a children's hospital."),
 ("b","en","Modi arrived in Moscow on Monday for talks with Putin."),
 ("b","ja","インドのモディ首相は8日、モスクワでプーチン大統領と会談した。"))

# Written before any change of the clustering made after fresh2 was scored,
# by hand, about other people, places and kinds of happening (Japan, the
# Middle East, the United States, disasters, elections, sport, and more of
# the war): a fourth held-out set, scored once at the end. A fourth element
# is the publication date when it is not the day told of: a Japanese outlet's
# report of an American happening the next day, or a later report that dates
# it only by a week or a month ("last week", 「先月」).
FRESH3_FROM = len(S)
story("2024-01-01",
 ("a","en","A magnitude 7.5 earthquake struck the Noto Peninsula in Ishikawa prefecture on Monday afternoon."),
 ("a","en","A powerful quake hit central Japan on New Year's Day, toppling wooden houses in Wajima and Suzu."),
 ("a","ja","石川県能登地方で1日午後4時10分ごろ、最大震度7を観測する地震があった。"),
 ("a","ja","能登半島で1日、マグニチュード7.6の地震が発生し、輪島市や珠洲市で家屋が倒壊した。"),
 ("b","en","Japan's weather agency issued a major tsunami warning for the coast of Ishikawa on Monday, its first since 2011."),
 ("b","ja","気象庁は1日、石川県能登に大津波警報を発表した。"),
 ("c","en","A fire broke out in the morning market district of Wajima on Monday night, destroying about 200 buildings.", "2024-01-02"),
 ("c","ja","輪島市の朝市通り周辺で1日夜に大規模な火災が起き、約200棟が焼けた。", "2024-01-02"))
story("2024-01-02",
 ("a","en","A Japan Airlines plane collided with a coast guard aircraft on the runway at Haneda airport on Tuesday and burst into flames."),
 ("a","en","All 379 people on board the JAL Airbus escaped before the jet burned out at Tokyo's Haneda airport on Tuesday."),
 ("a","ja","東京・羽田空港で2日夕、日本航空の旅客機と海上保安庁の航空機が滑走路上で衝突し、炎上した。"),
 ("a","ja","羽田空港で2日に起きた衝突事故で、海上保安庁機の乗員6人のうち5人が死亡した。"),
 ("a","ja","羽田空港で先週、日航機と海保機が衝突し、日航機の乗客乗員379人は全員脱出した。", "2024-01-08"),
 ("b","en","Ishikawa prefecture said on Tuesday that the death toll from the Noto earthquake had risen to 48."),
 ("b","ja","石川県は2日、能登半島地震による死者が48人に増えたと発表した。"))
story("2022-07-08",
 ("a","en","Former Prime Minister Shinzo Abe was shot while giving a campaign speech in Nara on Friday."),
 ("a","en","Shinzo Abe died in hospital on Friday after being shot from behind during a speech in the western city of Nara."),
 ("a","ja","安倍晋三元首相が8日、奈良市で参院選の応援演説中に銃撃された。"),
 ("a","ja","奈良市で演説中に撃たれた安倍元首相が8日夕、搬送先の病院で死亡した。"),
 ("b","en","Police arrested a 41-year-old man at the scene on Friday on suspicion of attempted murder."),
 ("b","ja","奈良県警は8日、殺人未遂の疑いで41歳の男を現行犯逮捕した。"),
 ("c","en","Prime Minister Fumio Kishida called the shooting an unforgivable act of barbarism on Friday."),
 ("c","ja","岸田首相は8日、記者団に「卑劣な蛮行で断じて許せない」と述べた。"))
story("2023-04-15",
 ("a","en","A man threw an explosive device at Prime Minister Fumio Kishida during a campaign stop in Wakayama on Saturday; Kishida was unhurt."),
 ("a","ja","和歌山市の雑賀崎漁港で15日、岸田首相の演説会場に爆発物が投げ込まれた。首相にけがはなかった。"),
 ("a","ja","岸田首相が15日に和歌山市で演説しようとした際、筒状の物が投げ込まれて爆発した。"),
 ("a","en","A pipe bomb went off at a fishing port in Wakayama on Saturday moments before Kishida was due to speak."),
 ("b","en","Kishida went ahead with campaign speeches in Chiba later on Saturday."),
 ("b","ja","岸田首相は15日午後、予定通り千葉県で街頭演説を行った。"))
story("2023-08-24",
 ("a","en","Japan began releasing treated radioactive water from the Fukushima Daiichi nuclear plant into the Pacific on Thursday."),
 ("a","en","Tokyo Electric Power started discharging the treated wastewater from the wrecked Fukushima plant into the sea on Thursday afternoon."),
 ("a","ja","東京電力は24日、福島第一原発の処理水の海洋放出を始めた。"),
 ("a","ja","福島第1原発にたまる処理水の海への放出が24日午後1時すぎに始まった。"),
 ("a","en","Japan started pumping treated water from the Fukushima plant into the ocean last week.", "2023-08-31"),
 ("b","en","China suspended all imports of seafood from Japan on Thursday in response to the release."),
 ("b","ja","中国税関総署は24日、日本産の水産物の輸入を全面的に停止すると発表した。"))
story("2024-07-13",
 ("a","en","Donald Trump was shot in the ear at a rally in Butler, Pennsylvania, on Saturday."),
 ("a","en","A gunman opened fire on Trump's campaign rally in Pennsylvania on Saturday evening, wounding the former president."),
 ("a","ja","トランプ前大統領が13日、ペンシルベニア州バトラーでの選挙集会中に銃撃され、右耳を負傷した。", "2024-07-14"),
 ("a","ja","米ペンシルベニア州で13日に開かれた集会で演説中のトランプ氏が撃たれ、容疑者はその場で射殺された。", "2024-07-14"),
 ("b","en","Biden said on Saturday that there was no place in America for this kind of violence."),
 ("b","ja","バイデン大統領は13日、「米国にこのような暴力の居場所はない」との声明を出した。", "2024-07-14"))
story("2024-07-21",
 ("a","en","Joe Biden announced on Sunday that he was ending his campaign for re-election."),
 ("a","en","President Biden dropped out of the 2024 race on Sunday in a letter posted on social media."),
 ("a","ja","バイデン米大統領は21日、11月の大統領選から撤退すると表明した。", "2024-07-22"),
 ("a","ja","バイデン大統領は先週、再選を目指していた大統領選からの撤退を表明した。", "2024-07-29"),
 ("b","en","Biden endorsed Vice President Kamala Harris as the Democratic nominee on Sunday."),
 ("b","ja","バイデン氏は21日、後継の候補としてハリス副大統領を支持すると表明した。", "2024-07-22"))
story("2023-10-07",
 ("a","en","Hamas fighters crossed from Gaza into southern Israel on Saturday, killing hundreds of people."),
 ("a","en","Gunmen stormed Israeli towns near the Gaza border on Saturday as thousands of rockets were fired from the strip."),
 ("a","ja","パレスチナ自治区ガザを実効支配するイスラム組織ハマスが7日、イスラエルに大規模な攻撃を仕掛けた。"),
 ("a","ja","ハマスの戦闘員は7日、ガザからイスラエル南部に侵入し、多数の市民を殺害した。"),
 ("b","en","Netanyahu said on Saturday that Israel was at war."),
 ("b","ja","イスラエルのネタニヤフ首相は7日、「我々は戦争状態にある」と述べた。"),
 ("c","en","Israeli jets struck targets in Gaza on Saturday in response."),
 ("c","ja","イスラエル軍は7日、ガザ地区への空爆を開始した。"))
story("2023-02-06",
 ("a","en","A magnitude 7.8 earthquake struck southern Turkey and northern Syria before dawn on Monday."),
 ("a","en","Thousands of buildings collapsed across southeastern Turkey and Syria after a huge quake on Monday."),
 ("a","ja","トルコ南部で6日未明、マグニチュード7.8の地震があり、隣国シリアでも大きな被害が出た。"),
 ("a","ja","トルコ南東部を震源とする大地震が6日に発生し、トルコとシリアで多数の建物が倒壊した。"),
 ("b","en","A second earthquake of magnitude 7.5 hit the same region on Monday afternoon."),
 ("b","ja","6日午後にはマグニチュード7.5の地震が再び同じ地域を襲った。"),
 ("c","en","Erdogan declared seven days of national mourning on Monday."),
 ("c","ja","エルドアン大統領は6日、7日間の国家服喪を宣言した。"))
story("2024-01-13",
 ("a","en","Lai Ching-te of the governing Democratic Progressive Party won Taiwan's presidential election on Saturday."),
 ("a","ja","台湾総統選は13日投開票され、与党・民進党の頼清徳氏が当選した。"),
 ("a","ja","台湾の総統選で13日、頼清徳副総統が勝利を確実にした。"),
 ("b","en","The DPP lost its majority in Taiwan's legislature in the vote held on Saturday."),
 ("b","ja","13日の立法委員選挙で、民進党は過半数を失った。"),
 ("c","en","China said on Saturday that the result did not represent mainstream public opinion on the island."),
 ("c","ja","中国政府は13日、選挙結果は台湾の主流の民意を代表していないとする談話を出した。"))
story("2024-03-26",
 ("a","en","The Francis Scott Key Bridge in Baltimore collapsed on Tuesday after a container ship struck one of its supports."),
 ("a","en","A cargo ship lost power and hit the Key Bridge in Baltimore early on Tuesday, sending the span into the river."),
 ("a","ja","米東部メリーランド州ボルティモアで26日未明、コンテナ船が橋に衝突し、橋が崩落した。", "2024-03-27"),
 ("a","en","The container ship Dali struck the Key Bridge in Baltimore last month, bringing it down.", "2024-04-05"),
 ("b","en","Biden said on Tuesday that the federal government would pay to rebuild the bridge."),
 ("b","ja","バイデン大統領は26日、橋の再建費用を連邦政府が負担する考えを示した。", "2024-03-27"))
story("2022-09-21",
 ("a","en","Putin ordered a partial mobilisation of reservists on Wednesday in a televised address."),
 ("a","ja","プーチン大統領は21日、予備役を対象とした部分的動員令に署名した。"),
 ("a","en","Russia will call up 300,000 reservists, Defence Minister Sergei Shoigu said on Wednesday."),
 ("a","ja","ショイグ国防相は21日、30万人の予備役を招集すると明らかにした。"),
 ("b","en","Putin said on Wednesday that Russia would use all the means at its disposal to defend its territory, adding that he was not bluffing."),
 ("b","ja","プーチン大統領は21日の演説で、領土を守るためにあらゆる手段を使うと述べ、「はったりではない」と警告した。"),
 ("c","en","Russia and Ukraine exchanged nearly 300 prisoners on Wednesday, including fighters who had defended Azovstal."),
 ("c","ja","ロシアとウクライナは21日、アゾフスターリ製鉄所を守った兵士を含む捕虜の交換を行った。"))
story("2023-03-17",
 ("a","en","The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday over the deportation of Ukrainian children."),
 ("a","ja","国際刑事裁判所は17日、ウクライナの子どもを不法に移送した疑いでプーチン大統領に逮捕状を出した。"),
 ("a","en","Judges in The Hague accused Putin on Friday of the war crime of unlawfully deporting children."),
 ("a","ja","ICCは17日、子どもの連れ去りに関与した戦争犯罪の疑いでプーチン氏の逮捕状を発行した。"),
 ("b","en","Xi Jinping will visit Russia next week, the Chinese foreign ministry said on Friday."),
 ("b","ja","中国外務省は17日、習近平国家主席がロシアを訪問すると発表した。"))
story("2023-03-21",
 ("a","en","Japanese Prime Minister Fumio Kishida made an unannounced visit to Kyiv on Tuesday and met Zelensky."),
 ("a","ja","岸田首相は21日、ウクライナの首都キーウを訪問し、ゼレンスキー大統領と会談した。"),
 ("a","ja","岸田文雄首相が21日、キーウを電撃訪問した。"),
 ("b","en","Xi Jinping and Vladimir Putin held formal talks in the Kremlin on Tuesday."),
 ("b","ja","中国の習近平国家主席とプーチン大統領は21日、モスクワで会談した。"),
 ("b","en","Putin and Xi signed a statement on deepening their partnership in Moscow on Tuesday."))
story("2023-05-03",
 ("a","en","Russia said on Wednesday that Ukraine had tried to kill Putin with two drones that were shot down over the Kremlin."),
 ("a","ja","ロシア大統領府は3日、ウクライナが無人機2機でクレムリンを攻撃しようとしたと発表した。"),
 ("a","en","Two drones were downed over the Kremlin overnight, Moscow said on Wednesday, calling it an assassination attempt."),
 ("a","en","Earlier this month Russia accused Ukraine of trying to kill Putin with drones over the Kremlin.", "2023-05-08"),
 ("b","en","Zelensky denied on Wednesday that Ukraine had attacked Putin or Moscow."),
 ("b","ja","ゼレンスキー大統領は3日、クレムリンへの攻撃へのウクライナの関与を否定した。"),
 ("c","en","Zelensky met Nordic leaders in Helsinki on Wednesday."),
 ("c","ja","ゼレンスキー大統領は3日、ヘルシンキで北欧5カ国の首脳と会談した。"))
story("2024-05-12",
 ("a","en","Putin proposed Andrei Belousov as defence minister on Sunday, replacing Sergei Shoigu."),
 ("a","ja","プーチン大統領は12日、ショイグ国防相を交代させ、後任にベロウソフ第1副首相を充てる人事案を提出した。"),
 ("a","ja","ロシア大統領府は12日、ショイグ国防相を解任し、安全保障会議書記に起用すると発表した。"),
 ("b","en","Ukraine said on Sunday it had evacuated more than 4,000 people from the Kharkiv region as Russia pressed its offensive."),
 ("b","ja","ウクライナ当局は12日、ハルキウ州から4000人以上を避難させたと明らかにした。"))
story("2024-06-13",
 ("a","en","Biden and Zelensky signed a ten-year security agreement on the sidelines of the G7 summit in Italy on Thursday."),
 ("a","ja","バイデン米大統領とゼレンスキー大統領は13日、イタリアでのG7サミットに合わせ、10年間の安全保障協定に署名した。"),
 ("a","en","The United States and Ukraine signed a bilateral security pact in Apulia on Thursday."),
 ("b","en","Kishida and Zelensky signed an accord on Thursday under which Japan will keep supporting Ukraine for ten years."),
 ("b","ja","岸田首相とゼレンスキー大統領は13日、イタリアで会談し、日本の長期的な支援を定めた文書に署名した。"),
 ("c","en","G7 leaders agreed on Thursday to use the profits from frozen Russian assets to back a $50 billion loan to Ukraine."),
 ("c","ja","G7首脳は13日、凍結したロシア資産の利益を活用し、ウクライナに500億ドルを融資することで合意した。"))
story("2023-01-25",
 ("a","en","Germany agreed on Wednesday to send Leopard 2 tanks to Ukraine."),
 ("a","ja","ドイツのショルツ首相は25日、主力戦車「レオパルト2」をウクライナに供与すると発表した。"),
 ("a","en","Scholz said on Wednesday that Berlin would deliver 14 Leopard tanks and let other countries send theirs."),
 ("a","ja","ドイツ政府は先月、主力戦車レオパルト2のウクライナへの供与を決めた。", "2023-02-03"),
 ("b","en","Biden announced on Wednesday that the United States would send 31 Abrams tanks to Ukraine."),
 ("b","ja","バイデン大統領は25日、主力戦車「エイブラムス」31両をウクライナに供与すると発表した。", "2023-01-26"))
story("2025-04-28",
 ("a","en","A massive power cut left most of Spain and Portugal without electricity on Monday."),
 ("a","ja","スペインとポルトガルで28日、大規模な停電が発生し、交通機関が止まった。"),
 ("a","en","Trains stopped and traffic lights went dark across the Iberian peninsula on Monday as the grid collapsed."),
 ("a","ja","28日昼ごろ、スペイン全土とポルトガルでほぼ全域が停電した。"),
 ("b","en","Spanish Prime Minister Pedro Sanchez said on Monday that the cause of the outage was not yet known."),
 ("b","ja","スペインのサンチェス首相は28日、停電の原因はまだ分かっていないと述べた。"))
story("2025-01-07",
 ("a","en","A wildfire broke out in the Pacific Palisades area of Los Angeles on Tuesday, forcing thousands to flee."),
 ("a","ja","米ロサンゼルス近郊のパシフィック・パリセーズで7日、山火事が発生し、数千人が避難した。", "2025-01-08"),
 ("a","en","Fierce winds drove a fast-moving fire through the hills of Pacific Palisades on Tuesday."),
 ("b","en","Another fire started near Altadena on Tuesday evening."),
 ("b","ja","7日夜にはアルタデナ近くでも別の山火事が発生した。", "2025-01-08"))
story("2024-10-27",
 ("a","en","Japan's ruling Liberal Democratic Party and its partner Komeito lost their majority in the lower house election on Sunday."),
 ("a","ja","27日投開票の衆院選で、自民・公明両党は過半数を割り込んだ。"),
 ("a","ja","衆院選は27日投開票され、与党は過半数の233議席に届かなかった。"),
 ("a","en","Prime Minister Shigeru Ishiba's coalition fell short of the 233 seats needed for a majority in Sunday's vote."),
 ("b","en","Ishiba said on Sunday night that voters had delivered a harsh verdict."),
 ("b","ja","石破首相は27日夜、テレビ番組で「厳しい審判をいただいた」と述べた。"))
story("2024-10-01",
 ("a","en","Shigeru Ishiba was elected prime minister of Japan by parliament on Tuesday."),
 ("a","ja","石破茂自民党総裁は1日、衆参両院の本会議で第102代首相に選出された。"),
 ("a","en","Japan's Diet voted Ishiba in as the country's 102nd prime minister on Tuesday."),
 ("b","en","Ishiba named his cabinet on Tuesday, with Takeshi Iwaya as foreign minister."),
 ("b","ja","石破首相は1日、岩屋毅外相らを起用した新内閣を発足させた。"))
story("2024-10-01",
 ("a","en","Iran fired about 180 ballistic missiles at Israel on Tuesday."),
 ("a","ja","イランは1日、イスラエルに向けて弾道ミサイル約180発を発射した。", "2024-10-02"),
 ("a","en","Sirens sounded across Israel on Tuesday night as Iranian missiles flew towards Tel Aviv and Jerusalem."),
 ("b","en","Israel said on Tuesday its troops had begun a ground operation against Hezbollah in southern Lebanon."),
 ("b","ja","イスラエル軍は1日、レバノン南部でヒズボラに対する地上作戦を始めたと発表した。"))
story("2022-10-10",
 ("a","en","Russia fired dozens of missiles at cities across Ukraine on Monday morning, hitting Kyiv for the first time in months."),
 ("a","ja","ロシア軍は10日朝、首都キーウを含むウクライナ各地をミサイルで攻撃した。"),
 ("a","en","Explosions shook central Kyiv during Monday's rush hour as Russian missiles struck the capital."),
 ("a","ja","ウクライナ各地への10日のミサイル攻撃で、少なくとも11人が死亡した。"),
 ("b","en","Lukashenko said on Monday that Belarus and Russia would deploy a joint regional force."),
 ("b","ja","ベラルーシのルカシェンコ大統領は10日、ロシアとの合同部隊を展開すると発表した。"))
story("2024-08-08",
 ("a","en","A magnitude 7.1 earthquake struck off Miyazaki prefecture in southwestern Japan on Thursday."),
 ("a","ja","宮崎県の日向灘を震源とする地震が8日夕にあり、日南市で震度6弱を観測した。"),
 ("a","ja","8日午後4時43分ごろ、日向灘を震源とするマグニチュード7.1の地震があった。"),
 ("b","en","Japan's weather agency issued its first advisory on Thursday warning of a higher chance of a Nankai Trough megaquake."),
 ("b","ja","気象庁は8日、南海トラフ地震臨時情報（巨大地震注意）を初めて発表した。"))
story("2024-09-19",
 ("a","en","Shohei Ohtani became the first player to hit 50 home runs and steal 50 bases in a season on Thursday."),
 ("a","ja","ドジャースの大谷翔平選手は19日、マーリンズ戦で史上初の「50本塁打・50盗塁」を達成した。", "2024-09-20"),
 ("a","en","Ohtani hit three home runs in Miami on Thursday to reach 50 for the season, joining no one in the 50-50 club."),
 ("b","en","The Dodgers clinched a playoff spot with their win over the Marlins on Thursday."),
 ("b","ja","ドジャースは19日、マーリンズに勝ってプレーオフ進出を決めた。", "2024-09-20"))

FRESH4_FROM = len(S)
# fresh4: written before any change of this round, from stories of the real-news corpus
# (world feed items of February 2026 and Japanese Wikinews articles of 2005-2016) that the
# pooled splits do not tell: a cartel boss killed, an intruder shot, arrests, court hearings,
# company deals and blunders, a tower opening, air, sea and tunnel accidents, a volcano, a
# gas explosion, an emperor's address. Every sentence is newly written.
story("2026-02-22",
 ("a","en","Mexican soldiers killed Nemesio Oseguera Cervantes, the Jalisco New Generation Cartel leader known as El Mencho, in an operation in Jalisco state on Sunday."),
 ("a","en","Mexico's army said on Sunday that El Mencho, one of the most wanted drug traffickers in the world, had died after a clash with troops."),
 ("a","ja","メキシコ軍は22日、西部ハリスコ州で麻薬組織「ハリスコ新世代カルテル」の最高幹部、通称エル・メンチョを殺害した。"),
 ("a","ja","メキシコ国防省は22日、世界有数の麻薬王エル・メンチョが軍との交戦で死亡したと発表しました。", "2026-02-23"),
 ("b","en","Gunmen blocked highways and set buses and cars on fire in Guadalajara and other cities on Sunday after the cartel leader's death."),
 ("b","ja","グアダラハラなど各地で22日、カルテルの構成員とみられる集団が車に火を付けて道路を封鎖した。", "2026-02-23"),
 ("c","en","President Claudia Sheinbaum urged Mexicans to stay calm on Sunday and said federal forces were restoring order."))
story("2026-02-22",
 ("a","en","Secret Service agents shot dead an armed man who had breached the security perimeter of Trump's Mar-a-Lago estate in Florida on Sunday."),
 ("a","en","A man carrying a shotgun and a can of fuel was killed on Sunday after entering the secured area around the president's Palm Beach residence; Trump was in Washington."),
 ("a","ja","米シークレットサービスは22日、フロリダ州のトランプ大統領の私邸マールアラーゴの警備区域に侵入した武装した男を射殺した。", "2026-02-23"),
 ("a","ja","トランプ氏の邸宅マールアラーゴで22日、散弾銃と燃料缶を持った男が警備当局に撃たれて死亡した。大統領はワシントンにいた。", "2026-02-23"),
 ("b","en","Greenland's prime minister turned down on Sunday Trump's offer to send an American hospital ship, saying the island already had free health care."),
 ("b","ja","グリーンランドの首相は22日、トランプ大統領が病院船を派遣するとした申し出を断った。", "2026-02-23"))
story("2026-02-23",
 ("a","en","London police arrested Peter Mandelson, the former British ambassador to Washington, on Monday on suspicion of misconduct in public office over his ties to Jeffrey Epstein."),
 ("a","en","Former Labour minister Peter Mandelson was arrested on Monday in the investigation into his links with the late sex offender Jeffrey Epstein."),
 ("a","ja","ロンドン警視庁は23日、エプスタイン元被告との関係をめぐり、マンデルソン元駐米英国大使を公務上の不正行為の疑いで逮捕した。", "2026-02-24"),
 ("a","ja","英国のマンデルソン元駐米大使が23日、エプスタイン氏との関係に絡む捜査で逮捕されました。", "2026-02-24"),
 ("b","en","Australia said on Monday it would support removing Andrew Mountbatten-Windsor from the line of succession to the throne."),
 ("b","ja","オーストラリア政府は23日、アンドルー元王子を王位継承順位から外すことを支持すると表明した。", "2026-02-24"))
story("2026-02-19",
 ("a","en","A Seoul court sentenced former President Yoon Suk Yeol to life in prison on Thursday for leading an insurrection with his martial law declaration in December 2024."),
 ("a","en","South Korea's ousted president Yoon Suk Yeol was jailed for life on Thursday, the judge saying his martial law bid had gravely damaged the country's democracy."),
 ("a","ja","ソウル中央地裁は19日、2024年12月に非常戒厳を宣布した尹錫悦前大統領に内乱首謀の罪で無期懲役を言い渡した。"),
 ("a","ja","韓国の尹錫悦前大統領に19日、無期懲役の判決が下された。"),
 ("b","en","Yoon's lawyers said on Thursday they would appeal the verdict, calling it a political judgement."),
 ("b","ja","尹前大統領の弁護団は19日、判決を不服として控訴する方針を明らかにした。"))
story("2026-02-22",
 ("a","en","Pakistan carried out air strikes on Afghanistan on Sunday, saying it was retaliating for a string of suicide bombings at home."),
 ("a","en","Pakistani jets struck targets across the border in Afghanistan on Sunday, killing several people, officials said."),
 ("a","ja","パキスタン軍は22日、国内で相次いだ自爆テロへの報復として隣国アフガニスタンを空爆した。", "2026-02-23"),
 ("a","ja","パキスタンが22日、アフガニスタン領内を空爆し、死者が出た。", "2026-02-23"),
 ("b","en","The Taliban government condemned the Pakistani strikes on Sunday and warned that it would respond."),
 ("b","ja","アフガニスタンのタリバン暫定政権は22日、パキスタンの空爆を非難し、報復を警告した。", "2026-02-23"))
story("2026-02-23",
 ("a","en","Judges at the International Criminal Court in The Hague opened a hearing on Monday on the charges of crimes against humanity against Rodrigo Duterte."),
 ("a","en","The ICC began on Monday to weigh whether former Philippine president Duterte should stand trial over killings in his war on drugs."),
 ("a","ja","国際刑事裁判所（ICC）は23日、麻薬撲滅戦争をめぐり人道に対する罪に問われたフィリピンのドゥテルテ前大統領の審理を始めた。", "2026-02-24"),
 ("a","ja","オランダ・ハーグのICCで23日、ドゥテルテ前大統領の罪状を確認する審理が開かれた。", "2026-02-24"),
 ("b","en","Thousands of Duterte's supporters rallied in Davao City on Monday to demand his return to the Philippines."),
 ("b","ja","ドゥテルテ氏の地元ダバオ市では23日、支持者数千人が集会を開き、帰国を求めた。", "2026-02-24"))
story("2026-02-23",
 ("a","en","Rob Jetten was sworn in as prime minister of the Netherlands on Monday, at 38 the youngest in the country's history."),
 ("a","ja","オランダで23日、ロブ・イェッテン氏が首相に就任した。38歳で同国史上最年少。", "2026-02-24"),
 ("a","en","Dutch King Willem-Alexander swore in a new cabinet led by Rob Jetten on Monday, four months after his party's narrow election win."),
 ("b","en","North Korea's ruling party congress re-appointed Kim Jong Un as its general secretary, state media said on Monday."),
 ("b","ja","北朝鮮の朝鮮労働党大会は金正恩氏を総書記に再任した。朝鮮中央通信が23日伝えた。"),
 ("b","ja","北朝鮮の国営メディアは23日、労働党大会で金正恩総書記が再任されたと報じました。"))
story("2026-02-18",
 ("a","en","Peru's Congress elected José María Balcázar, an 83-year-old leftist lawmaker, as interim president on Wednesday, the country's eighth head of state in a decade.", "2026-02-19"),
 ("a","en","Lawmakers in Lima chose José María Balcázar on Wednesday to lead Peru until the general elections in April.", "2026-02-19"),
 ("a","ja","ペルー議会は18日、左派のホセ・マリア・バルカサル議員を暫定大統領に選出した。", "2026-02-19"),
 ("a","ja","ペルーで18日、議会の投票によりバルカサル氏が新たな暫定大統領に選ばれた。この10年で8人目。", "2026-02-19"),
 ("b","en","José Jerí, who was removed by Congress over influence-peddling allegations, said on Wednesday that he had done nothing wrong.", "2026-02-19"))
story("2006-01-16",
 ("a","en","Tokyo prosecutors raided the headquarters of internet company Livedoor in Roppongi Hills on Monday evening over suspected violations of the securities law."),
 ("a","en","Investigators searched Livedoor's offices and the home of its president Takafumi Horie on Monday on suspicion that the company spread false information to lift a share price."),
 ("a","ja","東京地検特捜部は16日夜、証券取引法違反の疑いで東京・六本木ヒルズのライブドア本社と堀江貴文社長の自宅を家宅捜索した。"),
 ("a","ja","ライブドアに16日、東京地検の強制捜査が入った。偽計取引と風説の流布の疑い。"),
 ("b","en","Takafumi Horie told reporters shortly before the raid on Monday that he had no idea what the allegations were about."),
 ("b","ja","堀江社長は16日、捜索の直前に「心当たりはない」と報道陣に語った。"))
story("2005-12-08",
 ("a","en","Mizuho Securities mistakenly entered an order on Thursday to sell 610,000 shares of J-Com at 1 yen each instead of one share at 610,000 yen."),
 ("a","en","A typing error by a Mizuho Securities trader on Thursday put in a sell order for J-Com shares 40 times the number the company had issued."),
 ("a","ja","みずほ証券は8日、東証マザーズに新規上場したジェイコム株について、「61万円で1株」とすべき売り注文を「1円で61万株」と誤って発注した。"),
 ("a","ja","みずほ証券が8日、ジェイコム株で大量の誤発注を出し、損失は270億円に上った。"),
 ("b","en","The Nikkei average fell 301 yen on Thursday, one of its biggest drops of the year, as the erroneous order rattled the Tokyo market."),
 ("b","ja","8日の東京株式市場で日経平均株価は301円下落し、今年3番目の下げ幅となった。"),
 ("c","ja","みずほ証券の福田真社長は8日深夜に記者会見し、誤発注の経緯を説明して謝罪した。"))
story("2008-01-21",
 ("a","en","Kyocera agreed on Monday to buy the mobile phone business of Sanyo Electric for about 50 billion yen."),
 ("a","en","Sanyo Electric said on Monday it would sell its handset unit to Kyocera, the first merger of Japanese mobile phone makers."),
 ("a","ja","京セラと三洋電機は21日、京セラが三洋の携帯電話事業を約500億円で買収することで最終合意したと発表した。"),
 ("a","ja","三洋電機は21日、携帯電話事業を京セラに売却すると発表した。国内メーカーの事業統合は初めて。"),
 ("b","en","Shares of Japanese electronics makers fell sharply in Tokyo on Monday as global markets slid on fears of a US recession."),
 ("b","ja","21日の東京株式市場では米国景気への不安から電機株が大きく値下がりした。"))
story("2006-10-09",
 ("a","en","Google said on Monday it would buy the video-sharing site YouTube for 1.65 billion dollars in stock."),
 ("a","en","Google agreed on Monday to acquire YouTube, the most popular online video site, in a stock deal worth 1.65 billion dollars."),
 ("a","ja","米グーグルは9日、動画共有サイトのユーチューブを16億5000万ドルで買収すると発表した。", "2006-10-10"),
 ("a","ja","グーグルが9日、ユーチューブを株式交換で買収することを明らかにした。", "2006-10-10"),
 ("b","en","YouTube's founders Chad Hurley and Steve Chen posted a video on Monday thanking users and saying the site would stay independent."),
 ("b","ja","ユーチューブの創業者チャド・ハーリー氏とスティーブ・チェン氏は9日、買収についてコメントする動画を投稿した。", "2006-10-10"))
story("2012-05-22",
 ("a","en","Tokyo Skytree, at 634 metres the world's tallest free-standing broadcast tower, opened to the public on Tuesday in Sumida ward."),
 ("a","en","The Tokyo Skytree opened on Tuesday, with about 8,000 visitors expected to ride up to its observation decks on the first day."),
 ("a","ja","高さ634メートルの東京スカイツリーが22日、東京都墨田区で開業した。"),
 ("a","ja","世界一高い自立式電波塔「東京スカイツリー」が22日、雨の中で開業し、王貞治さんらがテープカットをした。"),
 ("b","en","Tokyo Solamachi, the shopping complex at the foot of the tower, opened its doors half an hour early on Tuesday."),
 ("b","ja","スカイツリーに隣接する商業施設「東京ソラマチ」は22日、予定より30分早くオープンした。"))
story("2016-08-08",
 ("a","en","Emperor Akihito said in a rare video message on Monday that he feared his age would make it hard to carry out his duties, a strong hint that he wished to abdicate."),
 ("a","en","Japan's emperor addressed the nation on television on Monday for about ten minutes, speaking of his role as a symbol of the state."),
 ("a","ja","天皇陛下は8日、ビデオメッセージで象徴としての務めについてのお気持ちを表明された。"),
 ("a","ja","天皇陛下が8日午後3時からおよそ10分間、国民に向けたビデオメッセージを公表し、高齢による公務への懸念をにじませた。"),
 ("b","en","Prime Minister Shinzo Abe said on Monday that the government took the emperor's words seriously and would consider what it could do."),
 ("b","ja","安倍首相は8日、天皇陛下のお気持ちの表明について「重く受け止める」との談話を出した。"))
story("2006-10-13",
 ("a","en","The UN General Assembly appointed South Korea's foreign minister Ban Ki-moon as the next Secretary-General on Friday by acclamation."),
 ("a","ja","国連総会は13日、韓国の潘基文外交通商相を次期事務総長に全会一致で任命した。", "2006-10-14"),
 ("a","ja","潘基文氏が13日、国連総会で第8代事務総長に選ばれた。任期は来年1月から5年。", "2006-10-14"),
 ("b","en","In his acceptance speech on Friday, Ban Ki-moon pledged to pursue the reform of the United Nations."),
 ("b","ja","潘氏は13日の受諾演説で、国連改革を進める決意を示した。", "2006-10-14"),
 ("c","ja","麻生外相は13日、潘氏の任命を歓迎する談話を発表した。", "2006-10-14"))
story("2014-07-23",
 ("a","en","A TransAsia Airways plane crashed while trying to land on the Taiwanese island of Penghu on Wednesday evening, killing dozens of people."),
 ("a","en","TransAsia flight 222 from Kaohsiung went down near Magong airport in stormy weather on Wednesday; 58 people were on board."),
 ("a","ja","台湾の澎湖島で23日夜、復興航空（トランスアジア航空）の旅客機が着陸に失敗して墜落し、多数が死亡した。"),
 ("a","ja","高雄発の復興航空222便が23日、澎湖の馬公空港付近に墜落し、民家が炎上した。"),
 ("b","en","Typhoon Matmo swept across Taiwan on Wednesday, cancelling hundreds of flights and forcing schools and offices to close."),
 ("b","ja","台風10号は23日、台湾に上陸し、各地で航空便の欠航が相次いだ。"))
story("2014-07-31",
 ("a","en","A series of gas explosions tore through streets in the Taiwanese city of Kaohsiung late on Thursday, killing at least 25 people and injuring more than 270.", "2014-08-01"),
 ("a","en","Blasts from leaking underground pipelines ripped open roads and flipped cars in Kaohsiung's Cianjhen district late on Thursday night.", "2014-08-01"),
 ("a","ja","台湾南部の高雄市で31日深夜、ガス漏れが原因とみられる大規模な爆発が相次ぎ、25人が死亡、271人がけがをした。", "2014-08-01"),
 ("a","ja","高雄市の市街地で31日夜、地下の配管から漏れた可燃性ガスが爆発し、道路が陥没した。", "2014-08-01"),
 ("b","en","Taiwan's government sent soldiers to Kaohsiung overnight on Thursday to help rescue and evacuate residents.", "2014-08-01"),
 ("b","ja","台湾政府は31日夜、救助と住民の避難のため高雄に軍を派遣した。", "2014-08-01"))
story("2009-11-13",
 ("a","en","The ferry Ariake, sailing from Tokyo to Shibushi, listed sharply and ran aground off Kumano in Mie prefecture on Friday; all 28 people aboard were rescued."),
 ("a","en","A 7,910-ton ferry keeled over on its side off the coast of Mie on Friday after its cargo shifted, and the coast guard lifted its passengers and crew to safety."),
 ("a","ja","東京発志布志行きのフェリー「ありあけ」が13日早朝、三重県熊野市沖で大きく傾き、座礁して横転した。乗客乗員28人は全員救助された。"),
 ("a","ja","三重県熊野沖で13日、フェリーが傾いて横倒しになり、海上保安庁がヘリで全員を救出した。"),
 ("b","en","The captain of the Ariake said on Friday that a huge wave of about eight metres had struck the ship's port side."),
 ("b","ja","「ありあけ」の船長は13日、尾鷲海上保安部で会見し、左舷に約8メートルの三角波を受けたと説明した。"))
story("2006-04-09",
 ("a","en","A high-speed jetfoil hit an object, possibly a whale, in the Osumi Strait off Cape Sata on Sunday evening, injuring more than 100 passengers and crew."),
 ("a","en","Dozens of people were hurt on Sunday when the Toppy 4 hydrofoil ferry struck something in the sea off Kagoshima."),
 ("a","ja","鹿児島商船の高速船「トッピー4」が9日夕、鹿児島県佐多岬沖の大隅海峡で何かに衝突し、乗客乗員104人が重軽傷を負った。"),
 ("a","ja","佐多岬沖で9日、高速船がクジラとみられる物体とぶつかり、12人が骨折などの重傷。"),
 ("b","ja","第十管区海上保安本部は9日、業務上過失傷害の疑いも視野に衝突の原因を調べ始めた。"))
story("2006-08-07",
 ("a","en","Mount Mayon in the Philippines spewed ash in six small explosions on Monday morning as lava flowed down its slopes."),
 ("a","ja","フィリピン・ルソン島のマヨン山で7日午前、小規模な爆発が6回観測され、溶岩の流出が続いた。"),
 ("b","en","Philippine authorities ordered about 34,000 people living within eight kilometres of the Mayon volcano to leave their homes on Monday."),
 ("b","en","Tens of thousands of villagers near Mayon were told to evacuate on Monday as the volcano threatened a major eruption."),
 ("b","ja","フィリピン当局は7日、マヨン山の火口から8キロ以内の住民約3万4000人に避難勧告を出した。"),
 ("b","ja","マヨン山の噴火活動の活発化を受け、周辺住民3万人余りが7日、避難所に移った。"))
story("2012-12-02",
 ("a","en","Concrete ceiling panels collapsed inside the Sasago tunnel on the Chuo Expressway in Yamanashi prefecture on Sunday morning, crushing several vehicles and killing nine people."),
 ("a","en","Nine people died on Sunday when more than 100 metres of the ceiling of a highway tunnel west of Tokyo fell onto cars."),
 ("a","ja","山梨県の中央自動車道笹子トンネルで2日朝、天井板が崩落し、車3台が下敷きになって9人が死亡した。"),
 ("a","ja","中央道の笹子トンネルで2日、天井のコンクリート板が約130メートルにわたって落下した。"),
 ("b","en","The transport minister ordered on Sunday emergency checks of every tunnel built with the same kind of suspended ceiling."),
 ("b","ja","国土交通省は2日、同じ構造の天井板を持つ全国のトンネルの緊急点検を指示した。"))
story("2008-02-19",
 ("a","en","Toshiba said on Tuesday it would stop making HD DVD players and recorders, conceding the format war to Sony's Blu-ray."),
 ("a","en","Toshiba announced on Tuesday that it was pulling out of the HD DVD business, ending a long battle over the next-generation DVD standard."),
 ("a","ja","東芝は19日、次世代DVD規格「HD DVD」から撤退すると正式に発表した。"),
 ("a","ja","東芝の西田厚聡社長は19日記者会見し、HD DVD事業の終息を明らかにした。ブルーレイとの規格争いに決着がついた。"),
 ("b","en","Sony said on Tuesday it welcomed the end of the format battle and would work to spread Blu-ray discs."),
 ("b","ja","ソニーは19日、ブルーレイ・ディスクの普及に一層取り組むとのコメントを出した。"))
story("2016-02-11",
 ("a","en","Scientists at the LIGO observatories announced on Thursday that they had detected gravitational waves for the first time, a century after Einstein predicted them."),
 ("a","en","An international team said on Thursday it had directly observed ripples in space-time produced by two black holes merging."),
 ("a","ja","米国の研究チームは11日、LIGO検出器で重力波を初めて観測したと発表した。", "2016-02-12"),
 ("a","ja","アインシュタインが100年前に存在を予言した重力波が初めて直接検出されたと、国際研究チームが11日発表しました。", "2016-02-12"),
 ("b","ja","日本の重力波望遠鏡KAGRAの研究チームは11日、観測の成功を受けて岐阜県飛騨市で会見し、早期の本格観測を目指すと述べた。", "2016-02-12"))
story("2009-06-13",
 ("a","en","Professional wrestler Mitsuharu Misawa died on Saturday after taking a backdrop suplex during a tag match in Hiroshima."),
 ("a","en","Misawa, 46, the founder of Pro Wrestling NOAH, collapsed in the ring in Hiroshima on Saturday night and was pronounced dead at hospital."),
 ("a","ja","プロレスラーの三沢光晴さんが13日夜、広島県立総合体育館での試合中にバックドロップを受けて倒れ、搬送先の病院で死亡した。"),
 ("a","ja","プロレスリング・ノアの三沢光晴社長が13日、試合中に頭を強く打ち、死亡が確認された。46歳。"),
 ("b","ja","広島県警は13日、三沢さんの死亡の経緯について関係者から事情を聴き始めた。"))

FRESH5_FROM = len(S)
# fresh5: written before any change of the round that followed fresh4's third scoring, from
# stories that no earlier split tells: items of the NewScopeDaily world feeds of March to
# August 2026 (/work/realnews-scale) and Japanese Wikinews articles of 2006-2012 (the
# tm4roon/jawikinews-headline-dataset of the real-news corpus). Hard negatives: an act and the
# reaction to it (a strike and the protest it drew, a ban and the festival it cancelled, an
# attack and the plea for air defence), two wins of one team on one day, a fire and the arrest
# for it, a death and the inquiry it ended, a rate rise and a president's word on inflation.
# Every sentence is newly written.
story("2026-04-08",
 ("a","en","Britain barred the rapper Kanye West from entering the country on Wednesday, citing his antisemitic remarks and his praise of Hitler."),
 ("a","en","The Home Office refused Kanye West permission to travel to the UK on Wednesday, saying his presence would not be conducive to the public good."),
 ("a","ja","英政府は8日、反ユダヤ的な発言を繰り返してきた米ラッパーのカニエ・ウェスト氏の入国を認めないと発表した。", "2026-04-09"),
 ("a","ja","英国はカニエ・ウェスト氏の入国を禁止した。ナチス礼賛などが理由とされる。", "2026-04-09"),
 ("b","en","Organisers of London's Wireless Festival called off this year's event on Wednesday after its headliner was refused entry."),
 ("b","ja","ロンドンの音楽祭「ワイヤレス・フェスティバル」の主催者は8日、今年の開催を中止すると発表した。", "2026-04-09"))
story("2026-04-08",
 ("a","en","A gunman was killed and two police officers were wounded in a shootout outside Israel's consulate in Istanbul on Wednesday."),
 ("a","en","Turkish police shot dead an attacker who opened fire near the Israeli consulate building in Istanbul on Wednesday."),
 ("a","ja","トルコ最大の都市イスタンブールで8日、イスラエル総領事館の近くで銃撃戦があり、容疑者の男が死亡、警察官2人が負傷した。", "2026-04-09"),
 ("b","en","US Vice President JD Vance threw his support behind Viktor Orban's re-election bid at a rally in Budapest on Wednesday."),
 ("b","ja","バンス米副大統領は8日、ブダペストを訪れ、再選を目指すハンガリーのオルバン首相への支持を表明した。", "2026-04-09"),
 ("b","ja","ハンガリーを訪問中のバンス氏は8日、オルバン氏と並んで演説し、EUを批判した。", "2026-04-09"))
story("2026-06-11",
 ("a","en","Three Indian sailors were killed when a US missile hit an oil tanker in the Gulf of Oman on Thursday."),
 ("a","en","India confirmed on Thursday that three of its nationals died in an American strike on a tanker that had ignored orders to stop."),
 ("a","ja","オマーン湾で11日、米軍が石油タンカーを攻撃し、インド人船員3人が死亡した。", "2026-06-12"),
 ("a","ja","米軍のタンカー攻撃で11日、乗り組んでいたインド人3人が死亡したことが分かった。", "2026-06-12"),
 ("b","en","New Delhi summoned the US ambassador on Thursday to protest against the strike that killed the Indian crew members."),
 ("b","ja","インド外務省は11日、米国の駐インド大使を呼び、船員の死亡について抗議した。", "2026-06-12"),
 ("c","en","The US military struck another ship off Oman on Thursday as it tightened its blockade of Iranian ports; all 20 Indian crew were safe."))
story("2026-06-11",
 ("a","en","The European Central Bank raised its deposit rate by a quarter point to 2.25% on Thursday, its first increase in three years, as the Iran war pushed up prices."),
 ("a","en","Eurozone interest rates went up on Thursday for the first time since 2023 after the ECB moved to tame inflation driven by soaring energy costs."),
 ("a","ja","欧州中央銀行（ECB）は11日の理事会で、3年ぶりの利上げを決め、預金金利を2.25％に引き上げた。", "2026-06-12"),
 ("a","ja","ECBは11日、政策金利を0.25％引き上げると発表した。利上げは3年ぶり。", "2026-06-12"),
 ("b","en","Trump said on Thursday that he loved the inflation, hours after data showed US prices rising at their fastest pace in three years."),
 ("b","ja","トランプ大統領は11日、「インフレが大好きだ」と発言し、後に真意はインフレがもっと高くないことだと釈明した。", "2026-06-12"))
story("2026-06-11",
 ("a","en","A Bangkok court sentenced two Uighur men to death on Thursday for the 2015 bombing of the Erawan shrine that killed 20 people."),
 ("a","en","Two men were condemned to death in Thailand on Thursday over the blast at a Hindu shrine in central Bangkok a decade ago."),
 ("a","ja","タイの裁判所は11日、2015年にバンコクのエラワン廟で20人が死亡した爆弾事件で、被告の男2人に死刑を言い渡した。", "2026-06-12"),
 ("b","en","At least 22 people were killed on Thursday when a Pakistani army helicopter crashed in Kashmir."),
 ("b","ja","パキスタン軍のヘリコプターが11日、カシミール地方で墜落し、少なくとも22人が死亡した。", "2026-06-12"),
 ("b","ja","カシミールで11日に軍用ヘリが落ち、乗っていた22人以上が死亡した。", "2026-06-12"))
story("2026-07-15",
 ("a","en","Russian bombing of Odesa killed three people and wounded three on Wednesday, the city's military administration said."),
 ("a","ja","ウクライナ南部オデーサで15日、ロシア軍の攻撃により3人が死亡、3人が負傷した。", "2026-07-16"),
 ("a","ja","オデーサ市の軍事行政トップは15日、ロシアの爆撃で市民3人が死亡したと明らかにした。", "2026-07-16"),
 ("b","en","Ukraine said on Wednesday it had struck Russian cargo vessels in the Black Sea."),
 ("b","ja","ウクライナ軍は15日、黒海でロシアの貨物船を攻撃したと発表した。", "2026-07-16"),
 ("c","en","Ursula von der Leyen visited Kyiv on Wednesday and signed a deal with Zelensky for the EU and Ukraine to build drones together."),
 ("c","ja","フォン・デア・ライエン欧州委員長は15日、キーウを訪れ、ゼレンスキー大統領とドローンの共同生産で合意した。", "2026-07-16"))
story("2026-07-15",
 ("a","en","Sheikh Hamad bin Khalifa Al Thani, the former emir who turned Qatar into a gas superpower, died on Wednesday at the age of 74."),
 ("a","en","Qatar's royal court announced on Wednesday the death of Sheikh Hamad, who seized power from his father in a bloodless coup in 1995."),
 ("a","ja","カタールの元首長、ハマド・ビン・ハリーファ・アール・サーニー氏が15日、死去した。74歳だった。", "2026-07-16"),
 ("b","en","Spain and Britain lifted border controls at Gibraltar on Wednesday as their treaty took effect, and crowds crossed freely."),
 ("b","ja","英領ジブラルタルとスペインの国境検問が15日、英国とEUの条約発効に伴い撤廃された。", "2026-07-16"),
 ("b","ja","ジブラルタルで15日、スペインとの間の国境管理がなくなり、多くの人が行き来した。", "2026-07-16"))
story("2026-08-05",
 ("a","en","South Korean police raided the Seoul headquarters of Starbucks Korea on Wednesday over a 'Tank Day' promotion that customers said mocked the Gwangju massacre."),
 ("a","en","Investigators searched Starbucks Korea's head office on Wednesday, saying the company's own inquiry into the marketing fiasco had fallen short."),
 ("a","ja","韓国警察は5日、「戦車の日」と銘打った販促が光州事件を軽んじたと批判された問題で、スターバックス・コリアの本社を家宅捜索した。", "2026-08-06"),
 ("a","ja","スターバックス韓国本社に5日、警察の捜索が入った。", "2026-08-06"),
 ("b","en","Temperatures in South Korea hit a record 42.5C on Wednesday as a heatwave gripped the country."),
 ("b","ja","韓国で5日、気温が観測史上最高の42.5度に達した。", "2026-08-06"))
story("2026-08-05",
 ("a","en","Russian missiles and drones killed at least 17 people in Kyiv and the surrounding region overnight into Wednesday."),
 ("a","en","At least 17 people died as Russia struck the Ukrainian capital on Wednesday, hitting homes and warehouses; air defences failed to stop a single missile."),
 ("a","ja","ロシア軍は5日未明、キーウと周辺地域をミサイルと無人機で攻撃し、少なくとも17人が死亡した。", "2026-08-06"),
 ("a","ja","ウクライナの首都キーウで5日、ロシアの攻撃により17人以上が死亡した。", "2026-08-06"),
 ("b","en","Zelensky said on Wednesday that interceptor missiles could have saved the lives lost in Kyiv and urged allies to send more."),
 ("b","ja","ゼレンスキー大統領は5日、迎撃ミサイルがあれば犠牲は防げたとして、各国に防空支援を急ぐよう求めた。", "2026-08-06"),
 ("c","en","The European Commission released 1.4 billion euros to Ukraine from the profits of frozen Russian assets on Wednesday."),
 ("c","ja","欧州委員会は5日、凍結したロシア資産の運用益から14億ユーロをウクライナに拠出すると発表した。", "2026-08-06"))
story("2026-05-06",
 ("a","en","Three passengers have died in a suspected hantavirus outbreak aboard the cruise ship MV Hondius in the Atlantic, the WHO said on Wednesday."),
 ("a","en","A Dutch couple were among three people who died on Wednesday after a suspected hantavirus outbreak on an Antarctic cruise ship."),
 ("a","ja","大西洋を航行中のクルーズ船「ホンディウス」でハンタウイルスの集団感染が疑われ、6日までに乗客3人が死亡した。", "2026-05-07"),
 ("a","ja","世界保健機関は6日、クルーズ船で乗客3人が死亡したハンタウイルス感染の疑いについて調査を始めた。", "2026-05-07"),
 ("b","en","The Canary Islands government objected on Wednesday to Spain's decision to let the ship dock in Tenerife."),
 ("b","ja","カナリア諸島の自治政府は6日、スペイン政府がクルーズ船のテネリフェ島への入港を認めたことに反対した。", "2026-05-07"))
story("2026-03-12",
 ("a","en","Spain withdrew its ambassador to Israel on Thursday as the diplomatic rift between the two countries deepened."),
 ("a","ja","スペイン政府は12日、イスラエル駐在の大使を召還した。", "2026-03-13"),
 ("a","ja","スペインは12日、イスラエルとの対立が深まる中、駐イスラエル大使を引き揚げた。", "2026-03-13"),
 ("b","en","The EU and Britain demanded on Thursday that Israel halt a surge in settler violence in the West Bank."),
 ("b","ja","EUと英国は12日、ヨルダン川西岸で急増する入植者の暴力を止めるようイスラエルに求めた。", "2026-03-13"),
 ("c","en","Norwegian police arrested three brothers on Thursday over an explosion at the US embassy in Oslo."),
 ("c","ja","ノルウェー警察は12日、オスロの米国大使館で起きた爆発に関与した疑いで兄弟3人を逮捕した。", "2026-03-13"))
story("2006-01-07",
 ("a","en","Fire destroyed the wooden main building of JR Shimonoseki station in western Japan early on Saturday; nobody was hurt."),
 ("a","ja","山口県下関市のJR下関駅で7日未明に火災が発生し、1942年築の木造駅舎など約3000平方メートルが焼けた。"),
 ("a","ja","7日午前2時ごろ、下関駅の構内から出火し、駅舎が全焼した。けが人はなかった。"),
 ("b","en","Police arrested a 74-year-old homeless man on Saturday on suspicion of setting the fire at Shimonoseki station."),
 ("b","ja","下関署は7日、下関駅に放火した疑いで住所不定、無職の福田九右衛門容疑者（74）を逮捕した。"),
 ("b","ja","福田容疑者は「腹が減ってむしゃくしゃした」と容疑を認めているという。7日、下関署が逮捕した。"))
story("2012-08-08",
 ("a","en","Kaori Icho won her third straight Olympic gold in the women's 63kg freestyle wrestling in London on Wednesday."),
 ("a","en","Japan's Kaori Icho beat China's Jing Ruixue 2-0 in the 63kg final on Wednesday to become the first Japanese woman to win three Olympic titles in a row."),
 ("a","ja","ロンドン五輪第13日の8日、レスリング女子63キロ級で伊調馨が優勝し、日本女子初の五輪3連覇を達成した。", "2012-08-09"),
 ("a","ja","伊調は決勝で中国の景瑞雪を破り、アテネ、北京に続く金メダルを手にした。", "2012-08-09"),
 ("b","en","Hitomi Obara took gold in the women's 48kg class on Wednesday at her first Olympics."),
 ("b","ja","女子48キロ級では初出場の小原日登美が8日の決勝でアゼルバイジャンの選手を破り、金メダルを獲得した。", "2012-08-09"))
story("2010-06-22",
 ("a","en","A man drove a car into workers at a Mazda factory in Hiroshima on Tuesday morning, killing one and injuring ten."),
 ("a","en","Eleven Mazda employees were run down by a car that sped through the company's Ujina plant on Tuesday; one of them died."),
 ("a","ja","広島市南区のマツダ宇品工場で22日朝、乗用車が構内に侵入して従業員11人を次々とはね、1人が死亡した。"),
 ("a","ja","マツダの工場で22日、車にはねられた男性社員が死亡し、10人がけがをした。"),
 ("b","en","Hiroshima police arrested a 42-year-old former temporary worker at the plant on Tuesday after he called them himself."),
 ("b","ja","広島県警は22日、自ら110番通報した元期間従業員の引寺利明容疑者（42）を殺人未遂の疑いで逮捕した。"))
story("2009-05-23",
 ("a","en","Former South Korean President Roh Moo-hyun died on Saturday after jumping from a cliff behind his home village, leaving a suicide note."),
 ("a","en","Roh Moo-hyun, who faced a bribery investigation, fell to his death while hiking near his home in Gimhae on Saturday."),
 ("a","ja","韓国の盧武鉉前大統領が23日朝、故郷の慶尚南道金海市の裏山で転落し、搬送先の病院で死亡した。"),
 ("a","ja","盧武鉉氏は23日、自宅近くの岩から飛び降りたとみられる。遺書が見つかり、警察は自殺と判断した。"),
 ("b","en","South Korean prosecutors said on Saturday they would close their bribery investigation into Roh after his death."),
 ("b","ja","韓国最高検察庁は23日、盧前大統領に対する収賄疑惑の捜査を打ち切ると決めた。"),
 ("c","ja","李明博大統領は23日、盧氏の死去を受けて青瓦台で緊急会議を開き、哀悼の意を表した。"))

FRESH6_FROM = len(S)
# fresh6: written before any change of issue 23's fifth round, from stories that no earlier
# split tells: items of the NewScopeDaily world feeds of March and May 2026
# (/work/realnews-scale) and Japanese Wikinews articles of 2006-2016 (the
# tm4roon/jawikinews-headline-dataset of the real-news corpus). Hard negatives: an act and the
# reaction to it (missiles and the ban on a ferry, a test and a summit that condemned it, an
# election and the loser's concession, a claim of talks and its denial, a match and the protest
# outside it, a quake and the tsunami warning), two Olympic medals of one night, a court's order
# and a visit on one outbreak, a new cabinet and the old one's resignation. Every sentence is
# newly written.
story("2026-05-19",
 ("a","en","Thomas Massie, the Republican congressman who defied Trump, lost his Kentucky primary on Tuesday to the Trump-endorsed Ed Gallrein."),
 ("a","en","Ed Gallrein, a former Navy Seal backed by the president and by pro-Israel groups, defeated Thomas Massie in Kentucky's 4th district on Tuesday."),
 ("a","ja","米南部ケンタッキー州で19日、共和党の予備選挙が行われ、トランプ大統領に批判的なマッシー下院議員が敗れた。", "2026-05-20"),
 ("a","ja","トランプ氏が支持したギャルレイン氏は19日の予備選で現職のマッシー氏を破った。", "2026-05-20"),
 ("b","en","Secretary of State Marco Rubio said on Tuesday that the World Health Organization had been a little late in spotting the Ebola outbreak in Congo."),
 ("b","ja","ルビオ国務長官は19日、コンゴでのエボラ出血熱の流行について、世界保健機関の把握が遅れたと批判した。", "2026-05-20"),
 ("c","en","Kenya's transport operators suspended their strike over fuel prices on Tuesday after days of deadly protests."))
story("2026-05-20",
 ("a","en","Vladimir Putin and Xi Jinping signed a joint statement in Beijing on Wednesday that included closer military cooperation."),
 ("a","en","The Chinese and Russian leaders pledged on Wednesday to deepen their defence ties, in a declaration signed during Putin's visit to Beijing."),
 ("a","ja","中国の習近平国家主席とロシアのプーチン大統領は20日、北京で会談し、軍事協力の強化を盛り込んだ共同声明に署名した。", "2026-05-21"),
 ("a","ja","北京を訪問中のプーチン氏は20日、習氏と共同声明を発表し、両国の連携を誇示した。", "2026-05-21"),
 ("b","en","Taiwan's president Lai Ching-te rejected pressure from Beijing on Wednesday and promised to strengthen the island's defences."),
 ("b","ja","台湾の頼清徳総統は20日、中国の圧力には屈しないと述べ、防衛力を強化する考えを示した。", "2026-05-21"),
 ("c","en","Lithuania's president and prime minister took shelter on Wednesday and flights at Vilnius were halted after a suspected drone was detected near the Belarus border."),
 ("c","ja","リトアニアで20日、ベラルーシ国境付近で無人機とみられる物体が探知され、大統領や首相が避難し、空港の運航が停止した。", "2026-05-21"))
story("2026-05-20",
 ("a","en","An American doctor who caught Ebola in Congo was flown to Berlin's Charité hospital on Wednesday with his wife and four children."),
 ("a","en","Peter Stafford, a US physician infected with the Ebola virus, arrived in Germany for specialist treatment on Wednesday."),
 ("a","ja","コンゴでエボラ出血熱に感染した米国人医師が20日、治療のためベルリンのシャリテ病院に移送された。", "2026-05-21"),
 ("a","ja","エボラに感染した米国人医師のスタフォード氏が20日、家族とともにドイツに到着した。", "2026-05-21"),
 ("b","en","The World Health Organization said on Wednesday that the outbreak had now caused 139 suspected deaths and 600 suspected cases."),
 ("b","ja","世界保健機関は20日、エボラ出血熱の疑い例が600件、死者が139人に達したと発表した。", "2026-05-21"),
 ("c","en","German police arrested a couple on Wednesday on suspicion of spying for China."),
 ("c","ja","ドイツ警察は20日、中国のためにスパイ活動をした疑いでドイツ人の夫婦を逮捕した。", "2026-05-21"))
story("2026-05-29",
 ("a","en","A Kenyan court on Friday suspended a US plan to open an Ebola quarantine centre for Americans in the country."),
 ("a","en","Judges in Nairobi halted the opening of a 50-bed isolation unit for US citizens exposed to Ebola on Friday, after protests by Kenyan doctors."),
 ("a","ja","ケニアの裁判所は29日、エボラ出血熱に接触した米国人を隔離する施設を国内に設ける米政府の計画を差し止めた。", "2026-05-30"),
 ("a","ja","米国がケニアに計画していたエボラ隔離施設について、現地の裁判所が29日、開設の停止を命じた。", "2026-05-30"),
 ("b","en","WHO chief Tedros Adhanom Ghebreyesus arrived in Congo on Friday and called for a ceasefire so that the Ebola outbreak could be stopped."),
 ("b","en","The head of the World Health Organization flew into eastern Congo on Friday, saying the epidemic can be stopped if the fighting ends."),
 ("b","ja","世界保健機関のテドロス事務局長は29日、コンゴ入りし、エボラ対策のため武装勢力に停戦を呼びかけた。", "2026-05-30"))
story("2026-03-22",
 ("a","en","Two pilots were killed on Sunday when an Air Canada Express jet struck a fire truck while landing at LaGuardia airport in New York."),
 ("a","en","A regional jet hit a fire engine on the runway at LaGuardia on Sunday, killing the pilot and co-pilot and sending dozens to hospital; the airport was closed."),
 ("a","ja","ニューヨークのラガーディア空港で22日、着陸したエア・カナダ系の旅客機が消防車と衝突し、操縦士2人が死亡した。", "2026-03-23"),
 ("a","ja","ラガーディア空港で22日に起きた衝突事故で、機長と副操縦士が死亡、41人が病院に運ばれた。", "2026-03-23"),
 ("b","en","Israel said on Sunday it would widen its ground and air attacks on Hezbollah in Lebanon."),
 ("b","ja","イスラエルは22日、レバノンのヒズボラに対する地上と空からの攻撃を拡大すると表明した。", "2026-03-23"))
story("2026-03-23",
 ("a","en","A Colombian air force Hercules carrying 125 people, most of them soldiers, crashed on take-off from Puerto Leguizamo on Monday, killing at least 66."),
 ("a","en","Scores of Colombian soldiers died on Monday when their military transport plane came down minutes after leaving an Amazon airstrip near the border with Peru."),
 ("a","ja","コロンビア南部プエルト・レギサモで23日、兵士ら125人を乗せた軍の輸送機が離陸直後に墜落し、少なくとも66人が死亡した。", "2026-03-24"),
 ("a","ja","コロンビア軍の輸送機C130が23日に墜落した事故で、サンチェス国防相は多数の兵士が死亡したと明らかにした。", "2026-03-24"),
 ("b","en","Lionel Jospin, the Socialist who was France's prime minister from 1997 to 2002, died on Monday at the age of 88."),
 ("b","ja","フランスのジョスパン元首相が23日、死去した。88歳だった。", "2026-03-24"),
 ("b","ja","週35時間労働制を導入したフランスのジョスパン元首相が23日に亡くなった。", "2026-03-24"))
story("2026-03-23",
 ("a","en","Trump said on Monday that the US had held very good and productive talks with Iran, and put off strikes on Iranian power plants for five days."),
 ("a","en","The president postponed attacks on Iran's power stations on Monday, citing productive discussions with Tehran."),
 ("a","ja","トランプ大統領は23日、イランと生産的な協議を行ったと述べ、発電所への攻撃を5日間延期すると表明した。", "2026-03-24"),
 ("b","en","Iran denied on Monday that it had held any talks with the United States, after Trump's claim."),
 ("b","ja","イラン国会議長は23日、米国との協議は一切行っていないと否定した。", "2026-03-24"),
 ("b","ja","イラン側は23日、トランプ氏の発言を受けて、米国と交渉した事実はないと反論した。", "2026-03-24"),
 ("c","en","Italy's Giorgia Meloni conceded defeat on Monday after voters rejected her reform of the judiciary in a referendum."),
 ("c","ja","イタリアのメローニ首相は23日、司法改革を問う国民投票で反対多数となったことを受け、敗北を認めた。", "2026-03-24"))
story("2026-03-24",
 ("a","en","Brazil's supreme court allowed Jair Bolsonaro on Tuesday to serve his 27-year sentence for a coup attempt at home because of his failing health."),
 ("a","en","Justice Alexandre de Moraes granted the former president humanitarian house arrest on Tuesday for an initial 90 days."),
 ("a","ja","ブラジル最高裁は24日、クーデター未遂で禁錮27年の刑に服しているボルソナロ前大統領に対し、健康悪化を理由に自宅での服役を認めた。", "2026-03-25"),
 ("a","ja","ボルソナロ氏は24日、人道的措置として90日間の自宅軟禁に移ることが認められた。", "2026-03-25"),
 ("b","en","Mette Frederiksen's Social Democrats came first in Denmark's election on Tuesday but had their worst result since 1903 and lost their majority."),
 ("b","ja","デンマーク総選挙が24日行われ、フレデリクセン首相の社会民主党は第1党を維持したが、1903年以来の低い得票に終わった。", "2026-03-25"),
 ("b","ja","24日投開票のデンマーク総選挙で、与党陣営は過半数に届かなかった。", "2026-03-25"),
 ("c","en","President Ferdinand Marcos declared an energy emergency in the Philippines on Tuesday, saying the Iran war put the country's fuel supply in imminent danger."),
 ("c","ja","フィリピンのマルコス大統領は24日、イラン情勢で燃料供給が脅かされているとして、エネルギー非常事態を宣言した。", "2026-03-25"),
 ("d","en","Israel's defence minister said on Tuesday that the army would hold a large buffer zone in southern Lebanon."))
story("2016-08-14",
 ("a","en","Kei Nishikori beat Rafael Nadal on Sunday to win bronze in the men's tennis singles at the Rio Olympics, Japan's first tennis medal in 96 years."),
 ("a","en","Japan's Nishikori took the bronze medal in Rio on Sunday, defeating the Spaniard Nadal in three sets."),
 ("a","ja","リオデジャネイロ五輪のテニス男子シングルス3位決定戦が14日行われ、錦織圭がナダルを破って銅メダルを獲得した。", "2016-08-15"),
 ("a","ja","錦織は14日、ナダルとの3位決定戦をフルセットで制し、日本テニス界に96年ぶりのメダルをもたらした。", "2016-08-15"),
 ("b","en","Usain Bolt won the Olympic 100 metres for the third time in a row in Rio on Sunday night."),
 ("b","ja","陸上男子100メートル決勝が14日行われ、ジャマイカのボルトが9秒81で優勝し、五輪3連覇を果たした。", "2016-08-15"))
story("2012-12-19",
 ("a","en","Park Geun-hye was elected South Korea's first female president on Wednesday, the daughter of the former military ruler Park Chung-hee."),
 ("a","en","South Korean voters on Wednesday chose the conservative Saenuri Party's Park Geun-hye as their next president."),
 ("a","ja","韓国大統領選挙は19日投開票され、与党セヌリ党の朴槿恵候補が当選した。韓国初の女性大統領となる。"),
 ("a","ja","19日の韓国大統領選で朴槿恵氏が勝利し、朴正熙元大統領の長女が大統領に就くことになった。"),
 ("b","en","The liberal candidate Moon Jae-in conceded defeat on Wednesday night and congratulated his rival."),
 ("b","ja","野党の文在寅候補は19日夜、敗北を認め、朴氏に祝意を示した。"))
story("2008-09-24",
 ("a","en","Japan's parliament elected Taro Aso as prime minister on Wednesday, the country's fourth leader in two years."),
 ("a","ja","国会は24日、自民党の麻生太郎総裁を第92代首相に選出した。"),
 ("a","ja","24日の衆院本会議の首相指名選挙で麻生氏が指名され、麻生内閣が発足した。"),
 ("b","en","Yasuo Fukuda's cabinet resigned en masse on Wednesday morning, clearing the way for his successor."),
 ("b","ja","福田内閣は24日午前の臨時閣議で総辞職した。"))
story("2006-07-05",
 ("a","en","North Korea test-fired seven missiles on Wednesday, including a long-range Taepodong-2, which all fell into the Sea of Japan."),
 ("a","en","Pyongyang launched a barrage of missiles early on Wednesday; the long-range one failed less than a minute after lift-off, US officials said."),
 ("a","ja","北朝鮮は5日、長距離弾道ミサイル「テポドン2号」を含む計7発のミサイルを発射し、いずれも日本海に落下した。"),
 ("a","ja","北朝鮮が5日未明から夕方にかけて弾道ミサイルを相次いで発射した。"),
 ("b","en","Japan banned the North Korean ferry Mangyongbong-92 from its ports for six months on Wednesday in response to the launches."),
 ("b","ja","日本政府は5日、制裁措置として北朝鮮の貨客船「万景峰92」の入港を6か月間禁止することを決めた。"),
 ("b","ja","政府は5日、万景峰号の入港禁止など北朝鮮への制裁を閣議で決めた。"))
story("2006-10-09",
 ("a","en","North Korea said on Monday it had carried out its first nuclear weapons test, underground and without leakage."),
 ("a","en","Pyongyang announced on Monday that it had successfully exploded a nuclear device, defying warnings from its neighbours."),
 ("a","ja","北朝鮮の朝鮮中央通信は9日、地下核実験を安全に成功させたと報じた。"),
 ("a","ja","北朝鮮は9日、初の核実験を実施したと発表した。"),
 ("b","en","Shinzo Abe met South Korea's President Roh Moo-hyun in Seoul on Monday, and the two leaders condemned the test."),
 ("b","ja","安倍晋三首相は9日、ソウルで盧武鉉大統領と会談し、核実験は容認できないとの認識で一致した。"))
story("2014-06-12",
 ("a","en","Brazil beat Croatia 3-1 in Sao Paulo on Thursday in the opening match of the World Cup, with two goals from Neymar."),
 ("a","en","Neymar scored twice as the hosts came from behind to defeat Croatia in the first game of the tournament on Thursday."),
 ("a","ja","サッカーW杯ブラジル大会は12日、サンパウロで開幕し、開幕戦でブラジルがクロアチアを3-1で破った。", "2014-06-13"),
 ("a","ja","開催国ブラジルは12日の開幕戦でネイマールが2得点を挙げ、クロアチアに逆転勝ちした。", "2014-06-13"),
 ("b","en","Police fired tear gas at protesters against the cost of the World Cup in Sao Paulo on Thursday, hours before the opening match."),
 ("b","ja","サンパウロでは12日、開幕戦を前にW杯開催に反対するデモ隊に警察が催涙弾を発射した。", "2014-06-13"))
story("2011-04-07",
 ("a","en","A magnitude 7.4 aftershock struck off Miyagi late on Thursday, shaking north-eastern Japan almost four weeks after the March disaster."),
 ("a","ja","7日午後11時32分ごろ、宮城県沖を震源とする強い地震があり、宮城県栗原市などで震度6強を観測した。"),
 ("a","ja","宮城県で7日深夜、震度6強の揺れを観測する余震が発生し、東北各地で停電が起きた。"),
 ("b","en","Japan's weather agency issued a tsunami warning for the Miyagi coast on Thursday night after the quake."),
 ("b","ja","気象庁は7日夜、宮城県の沿岸に津波警報を発表し、住民に避難を呼びかけた。"))
story("2007-09-23",
 ("a","en","Yasuo Fukuda defeated Taro Aso on Sunday to become president of Japan's ruling Liberal Democratic Party, all but assuring him of the premiership."),
 ("a","ja","自民党総裁選は23日、両院議員総会で投開票され、福田康夫元官房長官が麻生太郎幹事長を破って新総裁に選ばれた。"),
 ("a","ja","23日の自民党総裁選で福田氏が330票を獲得し、麻生氏を破った。"),
 ("b","en","Thousands of Buddhist monks and supporters marched through Yangon on Sunday in a protest against Myanmar's military rulers."),
 ("b","ja","ミャンマーの最大都市ヤンゴンで23日、僧侶らによる大規模な反政府デモがあった。"))


FRESH7_FROM = len(S)
# fresh7: written before any change of issue 23's sixth round, from stories that no earlier
# split tells: items of the NewScopeDaily world feeds of April and July 2026
# (/work/realnews-scale) and Japanese Wikinews articles of 2006 and 2013 (the
# tm4roon/jawikinews-headline-dataset of the real-news corpus). Hard negatives: two phone calls
# and a strike of one Saturday, a resignation and accession talks of one country, a verdict and
# the convicted leader's answer to it, a charge and strikes with Ukraine in each, a defence pact
# and the missile test it drew, a shot-down jet, a budget and a prisoner release under one
# president, an election and its turnout, a truce and a summit, a dictator's death and the
# celebrations and mourning it set off, a crash and the flights suspended after it, an election
# and a memorial of one Sunday in Japan. Every sentence is newly written.
story("2026-07-04",
 ("a","en","Vladimir Putin and Donald Trump spoke by telephone for an hour and 25 minutes on Saturday about a settlement of the war in Ukraine, Kremlin aide Yuri Ushakov said."),
 ("a","en","Putin called Trump on the Fourth of July, the Kremlin said, and the two leaders discussed ending the fighting in Ukraine."),
 ("a","ja","ロシア大統領府のウシャコフ補佐官は4日、プーチン大統領がトランプ米大統領と約1時間25分にわたって電話で会談し、ウクライナ問題の解決について話し合ったと明らかにした。", "2026-07-05"),
 ("b","en","Volodymyr Zelensky said he had held his own phone call with Trump on Saturday, the American Independence Day."),
 ("b","ja","ゼレンスキー大統領も4日、トランプ大統領と電話で協議したと明らかにした。", "2026-07-05"),
 ("c","en","Ukrainian drones struck oil terminals near St Petersburg on Saturday, disrupting flights and mobile internet in Russia's second city."),
 ("c","ja","ウクライナ軍は4日、ロシア北西部サンクトペテルブルク近郊の石油ターミナルを無人機で攻撃した。ゼレンスキー大統領は「ロシアの戦費を生む施設だ」と述べた。", "2026-07-05"))
story("2026-07-03",
 ("a","en","Moldova's prime minister Alexandru Munteanu resigned on Friday after just eight months in office, bringing down his government."),
 ("a","en","Alexandru Munteanu quit as Moldovan premier on Friday amid pressure over alleged corruption at a state-owned company; President Maia Sandu promised a quick successor."),
 ("a","ja","モルドバのムンテアヌ首相は3日、就任からわずか8カ月で辞任を表明し、内閣は総辞職することになった。"),
 ("a","ja","モルドバで3日、ムンテアヌ首相が突然辞任した。サンドゥ大統領は親欧州路線を続けるため後任を速やかに指名すると述べた。"),
 ("b","en","EU governments agreed unanimously on Friday to open another cluster of accession talks with Ukraine and Moldova, the one on external relations."),
 ("b","ja","EU加盟国は3日、ウクライナとモルドバとの加盟交渉で「対外関係」分野の交渉を始めることで全会一致で合意した。"),
 ("c","en","Monaco prosecutors named a Ukrainian woman on Friday as the main suspect in the bomb attack that wounded a Ukrainian-born businessman, and Interpol issued a red notice."))
story("2026-07-07",
 ("a","en","A Paris appeals court upheld Marine Le Pen's conviction for embezzling European Parliament funds on Tuesday but cut her ban from office to 15 months, leaving her free to run in 2027."),
 ("a","en","France's far-right leader Marine Le Pen lost her appeal on Tuesday, though the judges ruled she could still stand for president if she wears an electronic tag."),
 ("a","ja","フランスの控訴院は7日、欧州議会の資金を流用した罪に問われた極右政党「国民連合」のルペン氏の有罪判決を支持し、公職に就く資格を15カ月停止した。", "2026-07-08"),
 ("b","en","Hours after the ruling, Le Pen announced on Tuesday that she would run for the French presidency and take her case to the top court."),
 ("b","ja","ルペン氏は7日夜、大統領選への出馬を表明するとともに、判決を不服として破棄院に上告する考えを示した。", "2026-07-08"),
 ("c","en","The woman suspected of planting the Monaco bomb was found dead in Ukraine on Tuesday, and a Ukrainian security agent confessed to killing her, the SBU said."),
 ("c","ja","ウクライナ保安庁は7日、モナコの爆弾事件で指名手配されていた女がウクライナ国内で遺体で見つかり、情報機関員が殺害を認めたと発表した。", "2026-07-08"))
story("2026-07-01",
 ("a","en","German prosecutors charged a Ukrainian man on Wednesday over the 2022 sabotage of the Nord Stream gas pipelines, saying he acted on the orders of Ukrainian state authorities."),
 ("a","ja","ドイツ連邦検察庁は1日、2022年のノルドストリーム爆破事件でウクライナ人の男を起訴した。"),
 ("a","ja","独検察当局は1日、ガスパイプライン「ノルドストリーム」を爆破した罪でウクライナ国籍の容疑者を起訴したと発表した。ウクライナ政府は関与を否定している。"),
 ("b","en","Russian strikes killed three people across Ukraine on Wednesday, regional officials said."),
 ("b","ja","ウクライナ各地で1日、ロシア軍の攻撃により3人が死亡した。"),
 ("c","en","Ukraine hit another Russian oil refinery with long-range drones on Wednesday, President Zelensky said."),
 ("c","ja","ゼレンスキー大統領は1日、ウクライナ軍が長距離無人機でロシアの製油所を新たに攻撃したと明らかにした。"))
story("2026-07-02",
 ("a","en","Russia launched its most massive drone and missile attack on Kyiv overnight into Thursday, killing at least 18 people, and the mayor declared a day of mourning."),
 ("a","en","At least 18 people died as Russia pounded the Ukrainian capital with the largest barrage of the war on Thursday."),
 ("a","ja","ロシア軍は2日未明、首都キーウに対して過去最大規模の無人機とミサイルによる攻撃を行い、少なくとも18人が死亡した。"),
 ("a","ja","キーウで2日、ロシアの大規模なミサイル攻撃があり、18人以上が死亡した。"),
 ("b","en","Narendra Modi hosted Japan's prime minister Sanae Takaichi in New Delhi on Thursday for talks to deepen ties, on her first visit to India since taking office."),
 ("b","ja","高市早苗首相は2日、ニューデリーでインドのモディ首相と会談し、両国関係の強化を確認した。"),
 ("b","ja","インドを訪問中の高市首相は2日、モディ首相との首脳会談に臨んだ。就任後初めての訪印となった。"),
 ("c","en","Eight Buddhist monks were killed in Thailand on Thursday when an 11-year-old boy drove his parents' truck into their procession."),
 ("c","ja","タイで2日、11歳の少年が運転するトラックが僧侶の列に突っ込み、僧侶8人が死亡した。"))
story("2026-07-03",
 ("a","en","Julian Nagelsmann left his job as Germany coach on Friday after the team's early exit from the World Cup."),
 ("a","en","The German football federation and Nagelsmann parted ways on Friday, opening the door to Jurgen Klopp."),
 ("a","ja","ドイツサッカー連盟は3日、ナーゲルスマン監督の退任を発表した。W杯での早期敗退を受けたもの。", "2026-07-04"),
 ("b","en","Riyad Mahrez retired from international football on Friday after Algeria were knocked out of the World Cup."),
 ("b","ja","アルジェリア代表のマフレズ選手は3日、W杯敗退を受けて代表からの引退を表明した。", "2026-07-04"),
 ("c","en","A bomb blast at a cafe near the Palace of Justice in Damascus killed nine people on Friday, Syrian state media said."))
story("2026-07-06",
 ("a","en","Australia and Fiji signed a defence pact on Monday, drawing the Pacific island nation closer to Canberra."),
 ("a","ja","オーストラリアとフィジーは6日、防衛協定に署名した。"),
 ("b","en","China test-fired a missile into the Pacific on Monday, hours after Australia's new alliance with Fiji was signed."),
 ("b","en","Beijing launched a missile into the Pacific Ocean on Monday in a test that came just after the Australia-Fiji pact."),
 ("b","ja","中国は6日、太平洋に向けてミサイルの発射試験を行った。豪州とフィジーの防衛協定署名の数時間後だった。"),
 ("c","en","Canada chose Germany's TKMS on Monday to build 12 submarines, beating a South Korean rival to a multibillion-dollar contract."),
 ("c","ja","カナダ政府は6日、潜水艦12隻の調達先にドイツのティッセンクルップ・マリン・システムズ（TKMS）を選んだと発表した。"))
story("2026-04-03",
 ("a","en","A US fighter jet was shot down over Iran on Friday, and the White House said President Trump had been briefed."),
 ("a","en","Iran brought down an American F-15 on Friday; one crew member was rescued and a search went on for the second, US media reported."),
 ("a","ja","米軍の戦闘機が3日、イラン上空で撃墜された。ホワイトハウスはトランプ大統領が報告を受けたと明らかにした。", "2026-04-04"),
 ("b","en","Trump asked Congress on Friday for $1.5 trillion in defence spending alongside cuts to domestic programmes."),
 ("b","ja","トランプ大統領は3日、国防費1.5兆ドルを盛り込んだ予算案を議会に示した。", "2026-04-04"),
 ("c","en","Cuba began releasing more than 2,000 prisoners on Friday in a Holy Week gesture as pressure from Washington mounted."),
 ("c","ja","キューバ政府は3日、聖週間に合わせて2000人以上の受刑者の釈放を始めた。", "2026-04-04"))
story("2026-04-12",
 ("a","en","Péter Magyar's Tisza party won Hungary's election by a landslide on Sunday, ending Viktor Orbán's 16 years in power."),
 ("a","en","Viktor Orbán was voted out on Sunday as Hungarians handed the opposition leader Péter Magyar a commanding majority."),
 ("a","ja","ハンガリーで12日、議会選挙が行われ、マジャル氏率いる野党ティサが圧勝し、オルバン首相の16年にわたる長期政権が終わることになった。", "2026-04-13"),
 ("a","ja","12日投開票のハンガリー総選挙で、野党ティサが過半数を獲得した。", "2026-04-13"),
 ("b","en","Hungarians turned out in large numbers on Sunday, with early figures pointing to a record turnout."),
 ("b","ja","ハンガリーの選挙管理当局によると、12日の総選挙の投票率は過去最高を記録する勢いだった。"),
 ("c","en","The United States and Iran ended their talks in Pakistan on Sunday without an agreement, JD Vance said."),
 ("c","ja","パキスタンで行われていた米国とイランの協議は12日、合意に至らないまま終了した。バンス副大統領が明らかにした。"),
 ("d","en","Asha Bhosle, the voice of generations of Bollywood songs, died on Sunday at the age of 92."),
 ("d","ja","インド映画音楽の歌手アシャ・ボスレさんが12日、死去した。92歳だった。"))
story("2026-04-10",
 ("a","en","Vladimir Putin announced an Orthodox Easter truce in Ukraine on Friday, running from Saturday afternoon through Easter Sunday."),
 ("a","ja","プーチン大統領は10日、正教会の復活祭に合わせ、11日午後から12日までウクライナでの戦闘を停止すると発表した。"),
 ("a","ja","ロシアとウクライナは10日、復活祭の停戦で合意した。"),
 ("b","en","Xi Jinping hosted Cheng Li-wun, the chair of Taiwan's opposition Kuomintang, in Beijing on Friday."),
 ("b","ja","中国の習近平国家主席は10日、北京で台湾の最大野党・国民党の鄭麗文主席と会談した。"),
 ("c","en","A man was arrested after throwing a Molotov cocktail at OpenAI chief Sam Altman's home in San Francisco early on Friday; no one was hurt."),
 ("c","ja","米オープンAIのアルトマンCEOのサンフランシスコの自宅に10日未明、火炎瓶が投げ込まれ、男が逮捕された。けが人はいなかった。", "2026-04-11"))
story("2026-04-07",
 ("a","en","Kataib Hezbollah freed the American journalist Shelly Kittleson on Tuesday on condition that she leave Iraq immediately."),
 ("a","en","US officials said on Tuesday that Shelly Kittleson, a freelance reporter kidnapped in Baghdad a week ago, had been released."),
 ("a","ja","イラクの親イラン武装組織カタイブ・ヒズボラは7日、バグダッドで拉致した米国人ジャーナリストのキトルソンさんを解放した。", "2026-04-08"),
 ("b","en","Ben Roberts-Smith, Australia's most decorated living soldier, was charged with war crimes on Tuesday over killings in Afghanistan."),
 ("b","ja","オーストラリア警察は7日、アフガニスタンでの民間人殺害をめぐり、元兵士のロバーツスミス氏を戦争犯罪の罪で訴追した。"),
 ("c","en","A train driver was killed on Tuesday when a train travelling at 99mph hit a lorry in northern France; the lorry driver was taken into custody."),
 ("c","ja","フランス北部で7日、時速約160キロで走行中の列車がトラックと衝突し、運転士が死亡した。"))
story("2026-04-09",
 ("a","en","Trump lashed out at NATO over the Iran war after meeting Mark Rutte at the White House on Thursday, and renewed his threat to take Greenland."),
 ("a","ja","トランプ大統領は9日、ホワイトハウスでNATOのルッテ事務総長と会談した後、イラン戦争をめぐりNATOを批判した。", "2026-04-10"),
 ("a","ja","トランプ氏は9日、ルッテ氏との会談後、グリーンランド取得への意欲を改めて示し、NATO加盟国を非難した。", "2026-04-10"),
 ("b","en","Vice President JD Vance said on Thursday that Lebanon was not part of the ceasefire between the United States and Iran."),
 ("b","ja","バンス副大統領は9日、米国とイランの停戦合意にレバノンは含まれないと述べた。", "2026-04-10"),
 ("c","en","Rescuers in Mexico pulled a miner alive from a flooded tunnel on Thursday after 14 days underground."),
 ("c","ja","メキシコで9日、浸水した坑道に14日間閉じ込められていた作業員が救出された。"))
story("2006-12-10",
 ("a","en","Augusto Pinochet, the former Chilean dictator, died on Sunday at the military hospital in Santiago, aged 91."),
 ("a","en","Chile's former ruler Augusto Pinochet died of heart failure on Sunday afternoon, surrounded by his family."),
 ("a","ja","チリの元大統領ピノチェト将軍が10日、首都サンティアゴの陸軍病院で死去した。91歳だった。", "2006-12-11"),
 ("a","ja","ピノチェト元チリ大統領が10日死去した。", "2006-12-11"),
 ("b","en","Thousands of Pinochet's opponents poured into the streets of Santiago on Sunday to celebrate his death, and police used tear gas to break up clashes."),
 ("b","ja","サンティアゴ中心部では10日夜、ピノチェト氏の死去を喜ぶ市民数千人が集まり、警官隊が催涙ガスで解散させた。", "2006-12-11"),
 ("c","en","Supporters of the general gathered outside the hospital on Sunday to mourn him, some weeping and singing the national anthem."))
story("2013-02-26",
 ("a","en","A hot-air balloon caught fire and crashed near Luxor on Tuesday morning, killing 19 tourists, among them visitors from Japan, Hong Kong and Britain."),
 ("a","en","Nineteen people died when a tourist balloon exploded over the west bank of the Nile at Luxor at dawn on Tuesday."),
 ("a","ja","エジプト南部ルクソールで26日朝、観光用の熱気球が爆発して墜落し、日本人を含む観光客ら19人が死亡した。"),
 ("a","ja","ルクソールで26日に起きた熱気球の墜落事故で、日本人観光客4人が死亡した。"),
 ("b","en","Egypt suspended all hot-air balloon flights in Luxor on Tuesday after the crash."),
 ("b","ja","ルクソール県知事は26日、事故を受けて熱気球の運航を当面停止すると発表した。"))
story("2006-08-06",
 ("a","en","Jin Murai, a former disaster-management minister, defeated the incumbent Yasuo Tanaka in Nagano's governor election on Sunday."),
 ("a","ja","長野県知事選は6日投開票され、元防災担当相の村井仁氏が現職の田中康夫氏を破り、初当選した。"),
 ("a","ja","6日の長野県知事選で、田中康夫知事が3選を逃した。新人の村井仁氏が当選した。"),
 ("b","en","Hiroshima marked 61 years since the atomic bombing on Sunday with a ceremony at the Peace Memorial Park attended by some 45,000 people."),
 ("b","ja","広島は6日、原爆投下から61年の原爆の日を迎え、平和記念公園で平和記念式典が開かれた。"),
 ("b","ja","広島市の平和記念式典が6日に行われ、約4万5千人が参列した。"))


out = []
for si, (date, items) in enumerate(S):
    d = datetime.date.fromisoformat(date)
    split = "tune" if si % 2 == 0 else "test"
    if si >= FRESH_FROM:
        split = "fresh"
    if si >= FRESH2_FROM:
        split = "fresh2"
    if si >= FRESH3_FROM:
        split = "fresh3"
    if si >= FRESH4_FROM:
        split = "fresh4"
    if si >= FRESH5_FROM:
        split = "fresh5"
    if si >= FRESH6_FROM:
        split = "fresh6"
    if si >= FRESH7_FROM:
        split = "fresh7"
    for k, (ev, lang, text, *published) in enumerate(items):
        out.append({"id": f"s{si+1:02d}-{k+1}", "event": f"s{si+1:02d}{ev}", "split": split, "lang": lang,
                    "published": published[0] if published else date, "date": date, "text": text})
with open("reports.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
# pair counts
from itertools import combinations
from collections import Counter
c = Counter()
for si, (date, items) in enumerate(S):
    for (e1,l1,*_),(e2,l2,*_) in combinations(items,2):
        lp = "-".join(sorted([l1,l2]))
        c[(lp, e1==e2)] += 1
print(len(S), len(out), sorted(c.items()), sum(c.values()))
for date,_ in S:
    print(date, datetime.date.fromisoformat(date).strftime("%a"), end="; ")
