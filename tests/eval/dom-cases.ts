/**
 * Hidden and editable text, which only a DOM can show: each case is a fragment of a page,
 * labelled like the sentences (⟦text|company⟧). Scanned by the real content-script session
 * (happy-dom in `npm run eval` and the unit suite; real browsers in tests/e2e/precision.*).
 */
import type { Lang } from './labels';

export interface DomCase {
  lang: Lang;
  kind: string;
  html: string;
}

export const DOM_CASES: DomCase[] = [
  { lang: 'zh-Hans', kind: 'trap:hidden', html: '<p>⟦小米|xiaomi⟧发布新机。<span style="display:none">百度</span></p>' },
  { lang: 'en', kind: 'trap:hidden', html: '<div style="display:none"><p>Alibaba shares rose.</p></div><p>⟦Tencent|tencent⟧ fell.</p>' },
  { lang: 'ko', kind: 'trap:hidden', html: '<p style="visibility:hidden">샤오미가 발표했다.</p>' },
  { lang: 'zh-Hans', kind: 'trap:hidden', html: '<div style="display:none"><div><span>美团</span>外卖</div></div>' },
  { lang: 'ko', kind: 'trap:hidden', html: '<p style="display:none">텐센트</p><p>⟦텐센트|tencent⟧는 발표했다.</p>' },
  { lang: 'en', kind: 'trap:hidden', html: '<ul style="display:none"><li>Xiaomi</li><li>Huawei</li></ul>' },
  { lang: 'zh-Hans', kind: 'trap:hidden', html: '<p>⟦华为|huawei⟧ <span style="visibility:hidden">小米</span></p>' },
  { lang: 'en', kind: 'trap:hidden', html: '<p hidden>Huawei</p><p>⟦Huawei|huawei⟧ said so.</p>' },
  { lang: 'ja', kind: 'trap:hidden', html: '<nav style="display:none">アリババ</nav><p>⟦テンセント|tencent⟧の発表</p>' },
  { lang: 'en', kind: 'trap:editable', html: '<textarea>Alibaba and Xiaomi</textarea>' },
  { lang: 'zh-Hans', kind: 'trap:editable', html: '<div contenteditable="true">阿里巴巴宣布<b>小米</b>合作</div>' },
  { lang: 'en', kind: 'trap:editable', html: '<input value="Xiaomi"><p>⟦Xiaomi|xiaomi⟧ is outside the field.</p>' },
  { lang: 'ko', kind: 'trap:editable', html: '<div contenteditable><p>알리바바가 발표했다.</p></div>' },
  { lang: 'en', kind: 'trap:editable', html: '<select><option>Tencent</option></select>' },
  { lang: 'en', kind: 'trap:editable', html: '<template><p>Meituan</p></template>' },
  { lang: 'ja', kind: 'trap:editable', html: '<div contenteditable="plaintext-only">シャオミ</div>' },
  { lang: 'en', kind: 'trap:address', html: '<p>Source: <a href="#">http://cn.technode.com/post/2017-11-15/xiaomi-buy/</a></p>' },
  { lang: 'en', kind: 'news', html: '<p><b>Ali</b>baba and <i>⟦Xiaomi|xiaomi⟧</i></p>'.replace('<b>Ali</b>baba', '⟦<b>Ali</b>baba|alibaba⟧') },
  { lang: 'en', kind: 'news', html: '<div contenteditable="false">⟦Alibaba|alibaba⟧ is not editable here.</div>' },
  // Visually hidden for screen readers only: still rendered, still read out, so a mention.
  { lang: 'en', kind: 'news', html: '<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">⟦Alibaba|alibaba⟧</span>' },
];

/** The fragment without labels, and the labelled mentions' text (tags removed) and company, in order. */
export function unlabel(c: DomCase): { html: string; mentions: Array<{ text: string; companyId: string }> } {
  const mentions: Array<{ text: string; companyId: string }> = [];
  const html = c.html.replace(/⟦([^|⟧]+)\|([a-z0-9-]+)⟧/g, (_, inner: string, companyId: string) => {
    mentions.push({ text: inner.replace(/<[^>]*>/g, ''), companyId });
    return inner;
  });
  return { html, mentions };
}
