/** Sign in with email and password; integrations' API keys stay available behind a disclosure. */
import { useState } from 'preact/hooks';
import { createApiClient, must, type SignedIn } from '../../api-fetch.js';
import { ProblemAlert } from '../components/problem-alert.js';

interface SignInProps {
  notice: string | null;
  onSignedIn: (session: SignedIn) => void;
  onKey: (key: string) => void;
}

export function SignInScreen({ notice, onSignedIn, onKey }: SignInProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [keyError, setKeyError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const fail = (failure: unknown, set: (value: unknown) => void) => {
    set(failure);
    // The message is announced (role="alert"); focus goes to the field to correct.
    requestAnimationFrame(() => (document.getElementById(set === setError ? 'sign-in-email' : 'api-key') as HTMLInputElement | null)?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!email.trim() || !password) {
      fail(new Error(!email.trim() ? 'Enter your email address.' : 'Enter your password.'), setError);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await must(createApiClient().POST('/v1/session', { body: { email: email.trim(), password } })));
    } catch (failure) {
      setPassword('');
      fail(failure, setError);
    } finally {
      setBusy(false);
    }
  };

  const submitKey = async (event: Event) => {
    event.preventDefault();
    const trimmed = key.trim();
    if (!trimmed) {
      fail(new Error('Enter your API key.'), setKeyError);
      return;
    }
    setBusy(true);
    setKeyError(null);
    try {
      // Any authenticated call proves a key; the export list is the cheapest one.
      await must(createApiClient({ key: trimmed }).GET('/v1/exports', { params: { query: { limit: 1 } } }));
      onKey(trimmed);
    } catch (failure) {
      fail(failure, setKeyError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel narrow">
      <p>Sign in with the email address your administrator invited and the password you chose.</p>
      {notice && (
        <p class="alert alert-info" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="sign-in-email">Email address</label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autocomplete="username"
            spellcheck={false}
            value={email}
            aria-describedby={error ? 'sign-in-error' : undefined}
            aria-invalid={error ? 'true' : undefined}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="sign-in-password">Password</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autocomplete="current-password"
            value={password}
            aria-invalid={error ? 'true' : undefined}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
        </div>
        <ProblemAlert error={error} id="sign-in-error" />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p class="hint">No account yet? Ask your administrator for an invitation link.</p>
      <details class="key-sign-in">
        <summary>Use an API key instead</summary>
        <p>For integrations and scripts: a key starting with <code>asd_</code>, made with <code>assured key create</code>.</p>
        <form onSubmit={submitKey} noValidate>
          <div class="field">
            <label for="api-key">API key</label>
            <p class="hint" id="api-key-hint">
              Kept only in this browser tab and forgotten when you close it.
            </p>
            <input
              id="api-key"
              name="api-key"
              type="password"
              autocomplete="off"
              spellcheck={false}
              value={key}
              aria-describedby={keyError ? 'api-key-hint key-sign-in-error' : 'api-key-hint'}
              aria-invalid={keyError ? 'true' : undefined}
              onInput={(event) => setKey(event.currentTarget.value)}
            />
          </div>
          <ProblemAlert error={keyError} id="key-sign-in-error" />
          <button type="submit" class="button button-secondary">
            Sign in with the key
          </button>
        </form>
      </details>
    </section>
  );
}
