/**
 * Accepting an invitation: the one-time token arrives in the link's fragment (never sent to the
 * server by the browser); it is taken out of the address bar at once so it stays out of history.
 */
import { useEffect, useState } from 'preact/hooks';
import { createApiClient, must, type SignedIn } from '../../api-fetch.js';
import { ProblemAlert } from '../components/problem-alert.js';

const PASSWORD_MIN_CHARACTERS = 12;

function takeTokenFromAddress(): string {
  const token = location.hash.replace(/^#/, '');
  if (token) history.replaceState(null, '', location.pathname);
  return token;
}

export function AcceptInviteScreen({ onSignedIn }: { onSignedIn: (session: SignedIn) => void }) {
  const [token] = useState(takeTokenFromAddress);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (token) document.getElementById('invite-name')?.focus();
  }, [token]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const problem = !name.trim()
      ? 'Enter your name as colleagues will see it.'
      : [...password].length < PASSWORD_MIN_CHARACTERS
        ? `Choose a password of at least ${PASSWORD_MIN_CHARACTERS} characters; a few unrelated words make a good one.`
        : null;
    if (problem) {
      setError(new Error(problem));
      document.getElementById(name.trim() ? 'invite-password' : 'invite-name')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await must(createApiClient().POST('/v1/invites/accept', { body: { token, name: name.trim(), password } })));
    } catch (failure) {
      setError(failure);
      document.getElementById('invite-name')?.focus();
    } finally {
      setBusy(false);
    }
  };

  if (!token) {
    return (
      <section class="panel narrow">
        <p class="alert alert-warning">This page needs the whole invitation link, including the part after the #. Open the link from your invitation again, or ask your administrator for a new one.</p>
        <p>
          <a href="/sign-in">Sign in</a> if you already have an account.
        </p>
      </section>
    );
  }

  return (
    <section class="panel narrow">
      <p>Choose your name and a password to finish setting up your account. The invitation works once.</p>
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="invite-name">Your name</label>
          <input id="invite-name" name="name" type="text" autocomplete="name" value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="invite-password">Choose a password</label>
          <p class="hint" id="invite-password-hint">
            At least {PASSWORD_MIN_CHARACTERS} characters. A few unrelated words are easy to remember and hard to guess.
          </p>
          <input
            id="invite-password"
            name="password"
            type="password"
            autocomplete="new-password"
            value={password}
            aria-describedby={error ? 'invite-password-hint invite-error' : 'invite-password-hint'}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
        </div>
        <ProblemAlert error={error} id="invite-error" />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Setting up…' : 'Create my account'}
        </button>
      </form>
    </section>
  );
}
