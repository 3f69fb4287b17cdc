/** A small JSON pack, CSV lists and an upload helper for the pack-* and db-* tests. */
import { uploadFile, type UploadFile } from '../../src/shared/dataset/pack-upload';
import type { ImportStatus } from '../../src/shared/messages';
import type { messenger } from './background-fakes';

export function fileOf(name: string, content: string | Uint8Array): UploadFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: bytes.length,
    slice: (start, end) => ({ arrayBuffer: async () => bytes.slice(start, end).buffer }),
  };
}

export function upload(
  send: ReturnType<typeof messenger>,
  name: string,
  content: string | Uint8Array,
  options: Parameters<typeof uploadFile>[2] = {},
): Promise<ImportStatus> {
  return uploadFile(fileOf(name, content), (request) => send(request), options);
}

export function packJson(overrides: Record<string, unknown> = {}) {
  return {
    pack: { id: 'test-pack', name: 'Test pack', version: '1' },
    companies: [
      {
        id: 'bytedance',
        names: { en: 'ByteDance', 'zh-Hans': '字节跳动' },
        aliases: { ko: ['바이트댄스'] },
        tagline: { en: 'Maker of TikTok' },
        description: { en: 'A Beijing internet company.' },
        facts: [{ id: 'founded', label: { en: 'Founded' }, value: 2012, source: { kind: 'article', article: 'bd-story' } }],
        relations: [{ type: 'competitor', company: 'alibaba', source: { kind: 'article', article: 'bd-story' } }],
      },
    ],
    articles: [
      {
        id: 'bd-story',
        title: 'ByteDance story',
        titleEn: 'ByteDance story',
        publisher: 'Example News',
        date: '2024-05-01',
        url: 'https://example.com/bd',
        language: 'en',
        summary: { en: 'A story about ByteDance.' },
        companies: ['bytedance'],
      },
    ],
    ...overrides,
  };
}

export const CSV_LIST = '\uFEFFname,aliases,negatives,note,url,tagline\nNIO,蔚来|니오,,"EV maker, Shanghai",https://nio.com,\n"PDD Holdings","拼多多|Pinduoduo",,,,Temu owner\n';
