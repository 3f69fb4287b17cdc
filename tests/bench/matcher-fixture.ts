/**
 * A representative alias set for the matcher benchmark (~300 patterns): Chinese tech
 * companies in English, Korean, Simplified and Traditional Chinese and Japanese, with a
 * few extra aliases and negatives each, shaped like data/companies.
 */
import type { PatternEntry } from '../../src/shared/matcher/entries';
import { foldText } from '../../src/shared/text/fold';

// id | en | ko | zh-Hans | zh-Hant | ja | more aliases (comma separated)
const ROWS = `
alibaba|Alibaba|알리바바|阿里巴巴|阿里巴巴|アリババ|Alibaba Group,阿里,阿里巴巴集团,阿里巴巴集團,알리바바그룹
alibaba-cloud|Alibaba Cloud|알리바바클라우드|阿里云|阿里雲|アリババクラウド|Aliyun,알리윈
ant-group|Ant Group|앤트그룹|蚂蚁集团|螞蟻集團|アント・グループ|Ant Financial,Alipay,支付宝,支付寶,알리페이
banma|Banma|반마네트워크|斑马智行|斑馬智行|バンマ|Banma Network,Zebra Smart Mobility,반마
xiaomi|Xiaomi|샤오미|小米|小米|シャオミ|Xiaomi Corporation,小米集团,小米集團,Redmi,紅米,红米
amap|Amap|까오더|高德地图|高德地圖|高徳地図|AutoNavi,高德,가오더,가오더지도
meituan|Meituan|메이투안|美团|美團|美団|Meituan Dianping,美团点评,메이퇀,Keeta
tencent|Tencent|텐센트|腾讯|騰訊|テンセント|Tencent Holdings,腾讯控股,WeChat,微信,위챗
bytedance|ByteDance|바이트댄스|字节跳动|字節跳動|バイトダンス|TikTok,抖音,Douyin,틱톡,더우인
baidu|Baidu|바이두|百度|百度|バイドゥ|百度集团,Apollo Go,萝卜快跑,蘿蔔快跑
jd|JD.com|징둥|京东|京東|京東商城|JD Logistics,京东物流,징둥닷컴,Jingdong
pinduoduo|Pinduoduo|핀둬둬|拼多多|拼多多|ピンドゥオドゥオ|PDD Holdings,Temu,테무
huawei|Huawei|화웨이|华为|華為|ファーウェイ|HarmonyOS,鸿蒙,鴻蒙,훙멍
byd|BYD|비야디|比亚迪|比亞迪|ビーワイディー|BYD Auto,比亚迪汽车
nio|NIO|니오|蔚来|蔚來|ニーオ|NIO Inc,蔚来汽车,웨이라이
xpeng|XPeng|샤오펑|小鹏汽车|小鵬汽車|シャオペン|小鹏,小鵬,Xpeng Motors
li-auto|Li Auto|리오토|理想汽车|理想汽車|リ・オート|理想,리샹
geely|Geely|지리자동차|吉利汽车|吉利汽車|吉利|Zeekr,极氪,極氪,지커
saic|SAIC Motor|상하이자동차|上汽集团|上汽集團|上海汽車|上汽,SAIC,상치
catl|CATL|CATL코리아|宁德时代|寧德時代|寧徳時代|닝더스다이,Contemporary Amperex
dji|DJI|디제이아이|大疆|大疆|ディージェーアイ|大疆创新,大疆創新,다장
netease|NetEase|넷이즈|网易|網易|ネットイース|网易云音乐,넷이즈게임즈
kuaishou|Kuaishou|콰이쇼우|快手|快手|クワイショウ|Kwai,快手科技
didi|DiDi|디디추싱|滴滴出行|滴滴出行|ディディ|滴滴,Didi Chuxing,디디
sensetime|SenseTime|센스타임|商汤科技|商湯科技|センスタイム|商汤,商湯
iflytek|iFlytek|아이플라이텍|科大讯飞|科大訊飛|アイフライテック|讯飞,訊飛
lenovo|Lenovo|레노버|联想|聯想|レノボ|联想集团,聯想集團
zte|ZTE|중싱통신|中兴通讯|中興通訊|ZTE|中兴,中興
oppo|OPPO|오포|欧珀|歐珀|オッポ|OnePlus,一加,원플러스
vivo|vivo|비보|维沃|維沃|ヴィーヴォ|iQOO
trip-com|Trip.com|트립닷컴|携程|攜程|トリップドットコム|Ctrip,携程旅行,씨트립
bilibili|Bilibili|비리비리|哔哩哔哩|嗶哩嗶哩|ビリビリ|B站,빌리빌리
xiaohongshu|Xiaohongshu|샤오훙수|小红书|小紅書|シャオホンシュー|RedNote,레드노트
shein|Shein|쉬인|希音|希音|シーイン|SHEIN Group
moonshot|Moonshot AI|문샷AI|月之暗面|月之暗面|ムーンショットAI|Kimi,키미
deepseek|DeepSeek|딥시크|深度求索|深度求索|ディープシーク|DeepSeek-R1
zhipu|Zhipu AI|즈푸AI|智谱|智譜|ジープーAI|智谱清言,Z.ai
unitree|Unitree|유니트리|宇树科技|宇樹科技|ユニツリー|宇树,宇樹
horizon-robotics|Horizon Robotics|호라이즌로보틱스|地平线|地平線|ホライズン・ロボティクス|地平线机器人
hesai|Hesai|허싸이|禾赛科技|禾賽科技|ヘサイ|禾赛,禾賽
cainiao|Cainiao|차이냐오|菜鸟|菜鳥|ツァイニャオ|菜鸟网络,菜鳥網絡
ele-me|Ele.me|어러머|饿了么|餓了麼|ウーラマ|饿了么外卖
taobao|Taobao|타오바오|淘宝|淘寶|タオバオ|Tmall,天猫,天貓,티몰
aliexpress|AliExpress|알리익스프레스|全球速卖通|全球速賣通|アリエクスプレス|速卖通,알리
`;
const NEGATIVES = ['小米粥', '斑马线', '斑馬線', '斑马', '高德纳', '高德納', '理想主义', '快手快脚', '地平线上', '百度一下', '一加一', '维沃河'];

export function benchFixture(): PatternEntry[] {
  const byPattern = new Map<string, number>();
  ROWS.trim()
    .split('\n')
    .forEach((row, company) => {
      const [, ...names] = row.split('|');
      const all = [...names.slice(0, 5), ...(names[5] ?? '').split(',')];
      for (const a of all) if (a) byPattern.set(foldText(a).text, company);
    });
  for (const n of NEGATIVES) byPattern.set(foldText(n).text, -1);
  return [...byPattern].map(([pattern, company]) => ({ pattern, company }));
}

export const BENCH_COMPANIES = ROWS.trim().split('\n').length;
