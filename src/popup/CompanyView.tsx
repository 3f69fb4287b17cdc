/** A company's detail in the popup: the same view as the hover card, with a Back button. */
import { useEffect, useState } from 'preact/hooks';
import { CompanyDetail } from '../shared/ui/CompanyDetail';
import { BackBar } from './BackBar';
import type { PopupEnv } from './env';
import { companyName } from '../shared/ui/lang';
import { loadCompany, useCompanies, type CompanyData } from './use-companies';

export interface CompanyViewProps {
  env: PopupEnv;
  id: string;
  onBack(): void;
  onSelectCompany(id: string): void;
  onSearch(query: string): void;
}

type Load = { status: 'loading' } | { status: 'error' } | { status: 'done'; data: CompanyData };

export function CompanyView({ env, id, onBack, onSelectCompany, onSearch }: CompanyViewProps) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    loadCompany(env.transport, id).then(
      (data) => live && setLoad({ status: 'done', data }),
      () => live && setLoad({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [env.transport, id, attempt]);

  // Related companies are chips named in the reader's language, not by their ids.
  const relatedIds = load.status === 'done' ? [...new Set((load.data.company.relations ?? []).map((r) => r.company))] : [];
  const related = useCompanies(env.transport, relatedIds);
  const relatedNames = Object.fromEntries((related ?? []).map(({ company }) => [company.id, companyName(company.names, env.lang)]));

  return (
    <div class="view view-company" data-company={id}>
      <BackBar onBack={onBack} t={env.t} />
      {load.status === 'loading' ? <p class="muted" role="status">{env.t('popupLoading')}</p> : null}
      {load.status === 'error' ? (
        <p class="state-error" role="alert">
          {env.detailT('cardError')}{' '}
          <button type="button" onClick={() => setAttempt((a) => a + 1)}>
            {env.detailT('cardRetry')}
          </button>
        </p>
      ) : null}
      {load.status === 'done' ? (
        <CompanyDetail
          data={load.data}
          lang={env.lang}
          t={env.detailT}
          headingId="detail-heading"
          relatedNames={relatedNames}
          onSelectCompany={onSelectCompany}
          actions={{ onSearch }}
        />
      ) : null}
    </div>
  );
}
