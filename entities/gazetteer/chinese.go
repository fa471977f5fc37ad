package gazetteer

// SimplifiedOnly holds common characters of simplified Chinese that Japanese
// does not write (说 她 们 这 … ; Japanese has 説 彼女 達 這): a line or name
// that uses them is Chinese, not Japanese.
const SimplifiedOnly = "说她们这为时对过还么发经现样进种关间问题实应开长业动东车见门边马鸟语话请让谁认识记论议设证评该读谈谢" +
	"习乡书买乐亚仅从众优伟传伤伦华协单卖厂历压县变听吗呢啊员围图圆场坏块处备头夺奋妇孙宁寻导尔层岁岛带师" +
	"广庆库张归总战扩报择护击拥挥损换无显晓术杀权杨极构枪标树桥欢毕气汉汤沟泽洁济测浓涨满灭灵烟热爱" +
	"犹狱环电畅疗监盘确积穷竞笔简类纪约级纳纸线组细终结给统继续绿编缓网罗联职胜脑舰艺节苏药获营虽蓝补" +
	"观规视览计订讨训讲许访诉词译试详误调课贝负财责贫货质购贸费资赛赵轮软转轻载辆达运远连选递遗邮邻郑铁银错锁闭闻" +
	"队阳阶际陆陈险隐难须预领频颜风飞馆验鱼鲁鸡"
