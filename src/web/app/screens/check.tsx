/**
 * Check a draft as it is written: the live-check editor with the answer box's limit and,
 * by default, every number and practice claim validated against a period's records.
 */
import { useState } from 'preact/hooks';
import type { ResponseLimit } from '../../api-fetch.js';
import type { ScreenProps } from '../screen-props.js';
import { LiveEditor } from '../components/live-editor.js';
import { PeriodField } from '../components/scope-fields.js';

type LimitKind = ResponseLimit['kind'];

export function CheckScreen({ api, scope }: ScreenProps) {
  const [text, setText] = useState('');
  const [limit, setLimit] = useState('250');
  const [limitKind, setLimitKind] = useState<LimitKind>('words');
  const [validate, setValidate] = useState(true);

  const limitValue = Number.parseInt(limit, 10);
  const answerLimit: ResponseLimit | undefined = Number.isInteger(limitValue) && limitValue > 0 ? { kind: limitKind, value: limitValue } : undefined;

  return (
    <>
      <div class="panel check-options">
        <div class="inline-fields">
          <div class="field">
            <label for="draft-limit">Limit</label>
            <input id="draft-limit" type="number" inputMode="numeric" min={1} value={limit} onInput={(event) => setLimit(event.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="draft-limit-kind">Counted in</label>
            <select id="draft-limit-kind" value={limitKind} onChange={(event) => setLimitKind(event.currentTarget.value as LimitKind)}>
              <option value="words">words</option>
              <option value="characters">characters</option>
              <option value="characters-no-spaces">characters without spaces</option>
            </select>
          </div>
        </div>
        <div class="checkbox">
          <input type="checkbox" id="draft-validate" checked={validate} onChange={(event) => setValidate(event.currentTarget.checked)} />
          <label for="draft-validate">Check every number and practice claim against the records of a period</label>
        </div>
        {validate && <PeriodField id="check-period" value={scope.period} onChange={scope.setPeriod} />}
      </div>
      <LiveEditor
        api={api}
        id="draft-text"
        label="Draft (Markdown)"
        hint="Type or paste your answer; blank lines separate paragraphs. Each paragraph is checked a moment after you stop typing, and only paragraphs you change are checked again."
        value={text}
        onInput={setText}
        {...(answerLimit ? { limit: answerLimit } : {})}
        {...(validate ? { period: scope.period, serviceIds: scope.selectedServices } : {})}
      />
    </>
  );
}
