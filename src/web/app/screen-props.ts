/** What every screen receives from the page shell: the API client and the shared period and services. */
import type { Api } from '../api-fetch.js';
import type { Service } from './components/scope-fields.js';

export interface Scope {
  period: string;
  setPeriod: (period: string) => void;
  services: Service[];
  /** False until the first list of services has arrived (an empty list then means a first run). */
  servicesLoaded: boolean;
  selectedServices: string[];
  setSelectedServices: (refs: string[]) => void;
  /** Call after an import: the list of services may have changed. */
  refreshServices: () => void;
}

export interface ScreenProps {
  /** The generated, typed client (openapi-fetch over api-schema.ts), already carrying the credentials. */
  api: Api;
  scope: Scope;
}
