/**
 * Hovering: the card's delay, opening cards only while a modifier key is held, and how
 * marks are drawn. Saved as soon as they change; open pages follow at once (see
 * src/shared/hover-prefs.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { DELAY_MAX_MS, DELAY_MIN_MS, HIGHLIGHT_STYLES, MODIFIERS, type HoverPrefs } from '../shared/hover-prefs';
import type { OptionsEnv } from './env';
import { Section } from './Section';
import type { OptionsMessageKey } from './strings';

const MODIFIER_LABEL: Record<(typeof MODIFIERS)[number], OptionsMessageKey> = {
  none: 'optModifierNone',
  Alt: 'optModifierAlt',
  Control: 'optModifierControl',
  Shift: 'optModifierShift',
  Meta: 'optModifierMeta',
};
const STYLE_LABEL: Record<(typeof HIGHLIGHT_STYLES)[number], OptionsMessageKey> = {
  underline: 'optStyleUnderline',
  background: 'optStyleBackground',
  hover: 'optStyleHover',
};

export function HoverSection({ env }: { env: OptionsEnv }) {
  const { t } = env;
  const [prefs, setPrefs] = useState<HoverPrefs | null>(null);
  const [status, setStatus] = useState<'saved' | 'error' | null>(null);
  useEffect(() => {
    env.prefs.get().then(setPrefs, () => setStatus('error'));
  }, [env]);

  const change = (patch: Partial<HoverPrefs>) => {
    if (!prefs) return;
    const next = { ...prefs, ...patch };
    setPrefs(next);
    env.prefs.set(next).then(() => setStatus('saved'), () => setStatus('error'));
  };

  return (
    <Section id="hovering" title={t('optHovering')}>
      {prefs ? (
        <div class="form-grid">
          <label for="opt-delay">{t('optDelay')}</label>
          <div>
            <input
              id="opt-delay"
              type="number"
              inputMode="numeric"
              min={DELAY_MIN_MS}
              max={DELAY_MAX_MS}
              step={50}
              value={prefs.delayMs}
              aria-describedby="opt-delay-hint"
              onChange={(e) => {
                const n = Math.round(Number(e.currentTarget.value));
                if (Number.isFinite(n)) change({ delayMs: Math.min(DELAY_MAX_MS, Math.max(DELAY_MIN_MS, n)) });
              }}
            />
            <p class="hint" id="opt-delay-hint">{t('optDelayHint', [String(DELAY_MIN_MS), String(DELAY_MAX_MS)])}</p>
          </div>
          <label for="opt-modifier">{t('optModifier')}</label>
          <select id="opt-modifier" value={prefs.modifier} onChange={(e) => change({ modifier: e.currentTarget.value as HoverPrefs['modifier'] })}>
            {MODIFIERS.map((m) => (
              <option key={m} value={m}>
                {t(MODIFIER_LABEL[m])}
              </option>
            ))}
          </select>
          <span id="opt-style-label">{t('optStyle')}</span>
          <div role="radiogroup" aria-labelledby="opt-style-label" class="radios">
            {HIGHLIGHT_STYLES.map((s) => (
              <label key={s} class="radio">
                <input type="radio" name="opt-style" value={s} checked={prefs.style === s} onChange={() => change({ style: s })} />
                <span class={`style-sample style-${s}`}>{t(STYLE_LABEL[s])}</span>
              </label>
            ))}
          </div>
        </div>
      ) : null}
      <p class="hint" role="status">
        {status === 'saved' ? t('optSaved') : status === 'error' ? t('optSaveFailed') : ''}
      </p>
    </Section>
  );
}
