/**
 * A deterministic synthetic dataset for the search benchmark: names built from Latin,
 * Hangul and Han syllables, the five primary companies among them, English, Korean and
 * Chinese summaries of realistic length (~25 words, ~12 words, ~110 characters). The
 * Chinese is drawn from a few hundred common characters, so its bigrams are as varied as
 * real text's (a search index holds one token per distinct bigram).
 */
import type { Article, Company } from '../../src/shared/dataset/schema';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN = ['xi', 'ao', 'mi', 'li', 'ba', 'mei', 'tuan', 'gao', 'de', 'zhi', 'hua', 'wei', 'ten', 'cent', 'ant', 'by', 'te', 'dan', 'ce', 'jing', 'dong', 'pin', 'duo', 'nio', 'peng', 'li', 'auto', 'tech', 'soft', 'net'];
const HANGUL = ['샤', '오', '미', '알', '리', '바', '메', '이', '투', '안', '가', '더', '지', '도', '반', '마', '텐', '센', '트', '화', '웨', '징', '둥', '핀', '둬', '니', '펑'];
const HAN = ['小', '米', '阿', '里', '巴', '美', '团', '團', '高', '德', '地', '图', '斑', '马', '智', '行', '华', '为', '腾', '讯', '京', '东', '字', '节', '跳', '动', '网', '易', '百', '度', '新', '科', '技', '集'];
const WORDS = ['company', 'market', 'revenue', 'growth', 'electric', 'vehicle', 'cloud', 'delivery', 'food', 'platform', 'share', 'stake', 'investment', 'smart', 'cockpit', 'navigation', 'map', 'quarter', 'profit', 'users', 'launch', 'expands', 'overseas', 'listing', 'report', 'deal', 'chip', 'model', 'sales', 'record'];
const KO_WORDS = ['회사', '시장', '매출', '성장', '전기차', '클라우드', '배달', '플랫폼', '지분', '투자', '스마트', '내비게이션', '지도', '분기', '이익', '사용자', '출시', '확장', '해외', '상장', '보고서', '거래', '반도체', '모델', '판매', '기록'];

// Common characters of Chinese business news (each at most once), and words made from them.
const ZH_CHARS = [...new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质局青传受治政值较收专类共率族'
)];
const ZH_WORDS = (() => {
  const r = rng(7);
  const char = () => ZH_CHARS[Math.floor(r() * ZH_CHARS.length)]!;
  return Array.from({ length: 600 }, () => char() + char()).concat(['港交所', '上市', '眼镜', '营收', '外卖', '智能汽车', '支付宝']);
})();

const PRIMARY: Array<[string, Company['names'], string[]]> = [
  ['alibaba', { en: 'Alibaba Group', ko: '알리바바', 'zh-Hans': '阿里巴巴', 'zh-Hant': '阿里巴巴' }, []],
  ['banma', { en: 'Banma', ko: '반마', 'zh-Hans': '斑马智行', 'zh-Hant': '斑馬智行' }, []],
  ['xiaomi', { en: 'Xiaomi', ko: '샤오미', 'zh-Hans': '小米', 'zh-Hant': '小米' }, []],
  ['amap', { en: 'Amap', ko: '가오더지도', 'zh-Hans': '高德地图', 'zh-Hant': '高德地圖' }, ['gaode']],
  ['meituan', { en: 'Meituan', ko: '메이투안', 'zh-Hans': '美团', 'zh-Hant': '美團' }, []],
];

/** A word only article `i` holds: lets a benchmark tell when the oldest article is indexed. */
export function articleTag(i: number): string {
  return `zq${i}x`;
}

export function syntheticDataset(nCompanies: number, nArticles: number, seed = 42): { companies: Company[]; articles: Article[] } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const join = (xs: readonly string[], n: number, sep = '') => Array.from({ length: n }, () => pick(xs)).join(sep);
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const text = { en: 'x', ko: 'x' };
  const companies: Company[] = PRIMARY.map(([id, names, searchTerms]) => ({
    id, primary: true, names, aliases: {}, searchTerms, tagline: text, description: text, facts: [],
  }));
  for (let i = companies.length; i < nCompanies; i++) {
    const en = cap(join(LATIN, 2 + Math.floor(r() * 2)));
    companies.push({
      id: `c-${i}`,
      names: { en: `${en} ${pick(['Group', 'Technology', 'Holdings', 'Motors', ''])}`.trim(), ko: join(HANGUL, 2 + Math.floor(r() * 3)), 'zh-Hans': join(HAN, 2 + Math.floor(r() * 3)) },
      aliases: { en: [cap(join(LATIN, 2))], 'zh-Hant': r() < 0.3 ? [join(HAN, 3)] : undefined },
      searchTerms: r() < 0.2 ? [join(LATIN, 2)] : undefined,
      tagline: text, description: text, facts: [],
    });
  }
  const articles: Article[] = [];
  for (let i = 0; i < nArticles; i++) {
    const c = companies[Math.floor(r() * companies.length)]!;
    const lang = pick(['ko', 'zh-Hans', 'en'] as const);
    const titleEn = `${c.names.en} ${join(WORDS, 5, ' ')}`;
    const title = lang === 'ko' ? `${c.names.ko ?? c.names.en} ${join(KO_WORDS, 4, ' ')}` : lang === 'zh-Hans' ? `${c.names['zh-Hans'] ?? c.names.en}${join(HAN, 10)}` : titleEn;
    articles.push({
      id: `a-${i}`, title, titleEn, publisher: pick(['Reuters', '연합뉴스', '36氪']),
      date: `20${20 + Math.floor(r() * 6)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
      url: r() < 0.8 ? `https://example.com/a/${i}` : null, language: lang,
      summary: {
        en: `${c.names.en} ${join(WORDS, 24, ' ')} (${articleTag(i)}).`,
        ko: `${c.names.ko ?? c.names.en} ${join(KO_WORDS, 12, ' ')}.`,
        zh: `${c.names['zh-Hans'] ?? c.names.en}${join(ZH_WORDS, 45, r() < 0.5 ? '' : '，')}。`,
      },
      companies: [c.id], seed: '001_0123456789abcdef.txt',
    });
  }
  return { companies, articles };
}
