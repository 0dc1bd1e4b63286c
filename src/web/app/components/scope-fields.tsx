/**
 * Period and services pickers shared by the dashboard, the checker and the section builder.
 * The period is free text with suggestions, because the API also takes months, financial
 * years and date ranges; the services come from the organisation's own evidence pack.
 */
import { recentQuarters } from '../../periods.js';

export interface Service {
  ref: string;
  name: string;
}

const PERIOD_PATTERN = '\\d{4}-Q[1-4]|\\d{4}-(0[1-9]|1[0-2])|FY\\d{4}-\\d{2}|\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}';

export function PeriodField({ id, value, onChange, disabled }: { id: string; value: string; onChange: (value: string) => void; disabled?: boolean }) {
  const options = recentQuarters(new Date());
  return (
    <div class="field">
      <label for={id}>Period</label>
      <p class="hint" id={`${id}-hint`}>
        A quarter such as 2026-Q2, a month (2026-05), a financial year (FY2025-26) or a range (2026-04-01..2026-06-30).
      </p>
      <input
        id={id}
        name="period"
        type="text"
        inputMode="text"
        autocomplete="off"
        list={`${id}-options`}
        required
        pattern={PERIOD_PATTERN}
        value={value}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onInput={(event) => onChange(event.currentTarget.value.trim())}
      />
      <datalist id={`${id}-options`}>
        {options.map((quarter) => (
          <option key={quarter} value={quarter} />
        ))}
      </datalist>
    </div>
  );
}

export function ServicesField({ idPrefix, services, selected, onChange }: { idPrefix: string; services: Service[]; selected: string[]; onChange: (refs: string[]) => void }) {
  if (services.length === 0) {
    return (
      <fieldset class="field">
        <legend>Services</legend>
        <p class="hint">All services (none listed yet: import services.csv on the Data page).</p>
      </fieldset>
    );
  }
  const toggle = (ref: string, on: boolean) => onChange(on ? [...selected, ref] : selected.filter((item) => item !== ref));
  return (
    <fieldset class="field">
      <legend>Services</legend>
      <p class="hint" id={`${idPrefix}-services-hint`}>
        Leave all unticked for every service.
      </p>
      <div class="checkboxes">
        {services.map((service) => (
          <div class="checkbox" key={service.ref}>
            <input
              type="checkbox"
              id={`${idPrefix}-service-${service.ref}`}
              value={service.ref}
              checked={selected.includes(service.ref)}
              aria-describedby={`${idPrefix}-services-hint`}
              onChange={(event) => toggle(service.ref, event.currentTarget.checked)}
            />
            <label for={`${idPrefix}-service-${service.ref}`}>{service.name}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
