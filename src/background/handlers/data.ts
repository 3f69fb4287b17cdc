/** data/* and settings/hover: the reader's own data (docs/readers-data.md). */
import type { Handlers } from '../../shared/router';
import type { Services } from '../services';

export type DataMessageType =
  | 'data/layers'
  | 'data/import-start'
  | 'data/import-chunk'
  | 'data/import-status'
  | 'data/import-cancel'
  | 'data/pack-set'
  | 'data/pack-remove'
  | 'data/undo'
  | 'data/pack-export'
  | 'data/own'
  | 'data/own-company-save'
  | 'data/own-company-delete'
  | 'data/overlay-save'
  | 'data/never-mark'
  | 'data/backup-export'
  | 'data/storage';

const notYet = (): never => {
  throw new Error('not implemented yet');
};

export function dataHandlers(_s: Services): Handlers<DataMessageType> {
  return {
    'data/layers': notYet,
    'data/import-start': notYet,
    'data/import-chunk': notYet,
    'data/import-status': notYet,
    'data/import-cancel': notYet,
    'data/pack-set': notYet,
    'data/pack-remove': notYet,
    'data/undo': notYet,
    'data/pack-export': notYet,
    'data/own': notYet,
    'data/own-company-save': notYet,
    'data/own-company-delete': notYet,
    'data/overlay-save': notYet,
    'data/never-mark': notYet,
    'data/backup-export': notYet,
    'data/storage': notYet,
  };
}
