/**
 * The signed-in person's account (sign out everywhere) and, for administrators, the people of
 * the organisation with invitations by one-time link shown here (no mail is sent).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { must, type Api, type InviteSummary, type Role, type UserSummary } from '../../api-fetch.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { copyText } from '../download.js';

const ROLE_NAMES: Record<Role, string> = { admin: 'Administrator', writer: 'Bid writer', reviewer: 'Reviewer' };
const ROLE_HINTS: Record<Role, string> = {
  writer: 'imports records, drafts and exports answers',
  reviewer: 'reads, checks, approves or returns answers',
  admin: 'invites people, and can do everything',
};

const dateTime = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

function PeoplePanel({ api }: { api: Api }) {
  const [users, setUsers] = useState<UserSummary[]>([]);
  const [invites, setInvites] = useState<InviteSummary[]>([]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('writer');
  const [created, setCreated] = useState<{ invite: InviteSummary; link: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const result = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    Promise.all([must(api.GET('/v1/users')), must(api.GET('/v1/invites'))])
      .then(([people, open]) => {
        if (!current) return;
        setUsers(people.users);
        setInvites(open.invites);
      })
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [api, version]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!email.trim()) {
      setError(new Error('Enter the email address of the person to invite.'));
      document.getElementById('invite-email')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await must(api.POST('/v1/invites', { body: { email: email.trim(), role } }));
      setCreated(answer);
      setEmail('');
      setStatus(`Invitation link made for ${answer.invite.email}.`);
      setVersion((value) => value + 1);
      requestAnimationFrame(() => result.current?.focus());
    } catch (failure) {
      setError(failure);
      document.getElementById('invite-email')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      <form onSubmit={submit} noValidate class="invite-form">
        <div class="field">
          <label for="invite-email">Email address of the person to invite</label>
          <input id="invite-email" type="email" autocomplete="off" value={email} onInput={(event) => setEmail(event.currentTarget.value)} />
        </div>
        <fieldset class="field">
          <legend>Role</legend>
          {(['writer', 'reviewer', 'admin'] as const).map((option) => (
            <div class="radio" key={option}>
              <input type="radio" id={`invite-role-${option}`} name="invite-role" value={option} checked={role === option} onChange={() => setRole(option)} />
              <label for={`invite-role-${option}`}>
                {ROLE_NAMES[option]} <span class="muted">({ROLE_HINTS[option]})</span>
              </label>
            </div>
          ))}
        </fieldset>
        <ProblemAlert error={error} />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Making the link…' : 'Make an invitation link'}
        </button>
      </form>
      <p role="status" class="visually-hidden">
        {status}
      </p>
      {created && (
        <div class="alert alert-success invite-result">
          <h3 ref={result} tabIndex={-1}>
            Invitation for {created.invite.email}
          </h3>
          <p>Send this link to {created.invite.email} by any means you trust. It works once, until {dateTime(created.invite.expiresAt)}, and is shown only now.</p>
          <p class="invite-link">
            <code data-testid="invite-link">{created.link}</code>
          </p>
          <button
            type="button"
            class="button button-secondary"
            onClick={() =>
              copyText(created.link).then(
                () => setStatus('Link copied.'),
                (failure: unknown) => setError(failure),
              )
            }
          >
            Copy the link
          </button>
        </div>
      )}
      <div class="table-wrap" tabIndex={0} role="region" aria-label="People and open invitations (scrolls sideways)">
        <table>
          <caption id="people-table-caption">People and open invitations</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.name}</td>
                <td class="break">{user.email}</td>
                <td>{ROLE_NAMES[user.role]}</td>
              </tr>
            ))}
            {invites.map((invite) => (
              <tr key={invite.id}>
                <td class="muted">Invited, until {dateTime(invite.expiresAt)}</td>
                <td class="break">{invite.email}</td>
                <td>{ROLE_NAMES[invite.role]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function AccountScreen({ api, user, onSignedOutEverywhere }: { api: Api; user: UserSummary | null; onSignedOutEverywhere: () => void }) {
  const [error, setError] = useState<unknown>(null);
  if (!user) {
    return (
      <section class="panel narrow">
        <p>You are signed in with an API key, which belongs to an integration rather than a person. Sign out and sign in with your email address to manage your account.</p>
      </section>
    );
  }
  return (
    <>
      <section class="panel" aria-labelledby="you-heading">
        <h2 id="you-heading">You</h2>
        <dl class="facts">
          <dt>Name</dt>
          <dd>{user.name}</dd>
          <dt>Email</dt>
          <dd class="break">{user.email}</dd>
          <dt>Role</dt>
          <dd>
            {ROLE_NAMES[user.role]} <span class="muted">({ROLE_HINTS[user.role]})</span>
          </dd>
          <dt>Organisation</dt>
          <dd>{user.organisationName}</dd>
        </dl>
        <p>Signed in on a shared or lost device? Signing out everywhere ends every session of yours, on every device, including this one.</p>
        <ProblemAlert error={error} />
        <button type="button" class="button button-secondary" onClick={() => must(api.DELETE('/v1/sessions')).then(onSignedOutEverywhere, setError)}>
          Sign out everywhere
        </button>
      </section>
      {user.role === 'admin' && <PeoplePanel api={api} />}
    </>
  );
}
