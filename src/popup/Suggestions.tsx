/** The empty state: the five companies the product is about, one click from their detail. */
import { companyName } from '../shared/ui/lang';
import type { PopupEnv } from './env';
import type { CompanyData } from './use-companies';

export const PRIMARY_IDS = ['alibaba', 'banma', 'xiaomi', 'amap', 'meituan'] as const;

export function Suggestions({ env, companies, onOpen }: { env: PopupEnv; companies: CompanyData[] | null; onOpen(id: string): void }) {
  if (!companies || companies.length === 0) return null;
  return (
    <section class="suggestions" aria-labelledby="suggest-title">
      <h2 id="suggest-title" class="section-title">
        {env.t('popupSuggestions')}
      </h2>
      <ul class="chips">
        {companies.map(({ company }) => (
          <li key={company.id}>
            <button type="button" class="chip" data-company={company.id} onClick={() => onOpen(company.id)}>
              {companyName(company.names, env.lang)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
