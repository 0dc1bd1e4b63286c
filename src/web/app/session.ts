/**
 * The API key lives in sessionStorage only: it survives a reload of the tab, is gone when the
 * tab closes, and never appears in a URL, a cookie or the page's history.
 */
const KEY_NAME = 'assured.apiKey';

export function storedKey(): string | null {
  try {
    return sessionStorage.getItem(KEY_NAME);
  } catch {
    return null;
  }
}

export function storeKey(key: string): void {
  sessionStorage.setItem(KEY_NAME, key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(KEY_NAME);
}
