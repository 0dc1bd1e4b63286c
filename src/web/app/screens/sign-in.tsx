import { useState } from 'preact/hooks';
import { ApiClient } from '../../api-client.js';
import { ProblemAlert } from '../components/problem-alert.js';

export function SignInScreen({ notice, onSignedIn }: { notice: string | null; onSignedIn: (key: string) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const trimmed = key.trim();
    if (!trimmed) {
      setError(new Error('Enter your API key.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await new ApiClient({ key: trimmed }).verifyKey();
      onSignedIn(trimmed);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel narrow">
      <p>Sign in with the API key your administrator gave you (it starts with <code>asd_</code>). A demo key is printed by <code>assured serve --demo</code>.</p>
      {notice && (
        <p class="alert alert-info" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={submit} noValidate>
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
            aria-describedby={error ? 'api-key-hint sign-in-error' : 'api-key-hint'}
            aria-invalid={error ? 'true' : undefined}
            onInput={(event) => setKey(event.currentTarget.value)}
          />
        </div>
        <ProblemAlert error={error} id="sign-in-error" />
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
