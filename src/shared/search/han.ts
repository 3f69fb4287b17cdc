/**
 * Traditional -> simplified folding for characters common in company names and tech news.
 * The dataset carries both full forms (美團 and 美团); this table is what lets a partial
 * or mixed query (團, 阿里巴巴集團) find them too. Deliberately small: a full OpenCC table
 * would add ~100 KB for characters no company name uses.
 */
const PAIRS =
  '團团 華华 為为 車车 馬马 電电 網网 訊讯 騰腾 裡里 裏里 東东 兒儿 節节 動动 長长 發发 門门 開开 關关 '+
  '國国 際际 雲云 視视 頻频 聯联 樂乐 錢钱 買买 賣卖 貨货 寶宝 商商 產产 業业 資资 銀银 行行 證证 券券 '+
  '億亿 萬万 達达 邁迈 滴滴 導导 圖图 書书 學学 會会 見见 話话 說说 語语 讀读 記记 計计 設设 詞词 '+
  '飛飞 機机 鐵铁 線线 紅红 綠绿 藍蓝 黃黄 極极 點点 臺台 灣湾 廣广 島岛 區区 歐欧 亞亚 愛爱 樣样 '+
  '時时 間间 現现 實实 體体 驗验 對对 應应 優优 質质 價价 格格 厲厉 車车 輛辆 駕驾 駛驶 號号 傳传 '+
  '蘋苹 餓饿 麼么 嗎吗 們们 個个 來来 這这 與与 後后 從从 經经 濟济 貿贸 創创 新新 無无 線线 紀纪 '+
  '順顺 豐丰 鏈链 標标 準准 醫医 藥药 遊游 戲戏 鬥斗 魚鱼 蝦虾 貝贝 殼壳 鳥鸟 龍龙 鳳凤 蔚蔚 來来 '+
  '淨净 測测 試试 據据 庫库 層层 類类 軟软 硬硬 體体 晶晶 圓圆 芯芯 製制 造造 廠厂 場场 園园 員员 '+
  '盤盘 車车 貸贷 險险 雙双 邊边 選选 擇择 觀观 點点 擊击 訂订 單单 餘余 額额 賬账 號号 碼码 紐纽 約约';

export const TRAD_TO_SIMP: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/\s+/)
    .filter((p) => p.length === 2 && p[0] !== p[1])
    .map((p) => [p[0]!, p[1]!] as [string, string]),
);
