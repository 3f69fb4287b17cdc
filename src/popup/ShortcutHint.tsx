/** The keyboard command as the reader set it (chrome://extensions/shortcuts can change it). */
import { useEffect, useState } from 'preact/hooks';
import type { PopupEnv } from './env';

export function ShortcutHint({ env }: { env: PopupEnv }) {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void env.shortcut.then((k) => live && setKey(k));
    return () => {
      live = false;
    };
  }, [env.shortcut]);
  if (!key) return null;
  const [before, after = ''] = env.t('popupShortcut', ['\u0000']).split('\u0000');
  return (
    <p class="shortcut small muted" data-shortcut={key}>
      {before}
      <kbd>{key}</kbd>
      {after}
    </p>
  );
}
