/** The page shell: skip link, header navigation, one screen per path, shared period and services. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createApiClient, currentSession, isProblem, must, type SignedIn, type UserSummary } from '../api-fetch.js';
import { latestCompleteQuarter } from '../periods.js';
import type { Service } from './components/scope-fields.js';
import { followLink, isRoutePath, navigate, ROUTES, usePath, type RoutePath } from './router.js';
import { AcceptInviteScreen } from './screens/accept-invite.js';
import { AccountScreen } from './screens/account.js';
import { BidScreen } from './screens/bid.js';
import { BidsScreen } from './screens/bids.js';
import { BuildScreen } from './screens/build.js';
import { CheckScreen } from './screens/check.js';
import { DashboardScreen } from './screens/dashboard.js';
import { DataScreen } from './screens/data.js';
import { SignInScreen } from './screens/sign-in.js';
import type { Scope } from './screen-props.js';
import { forgetKey, storedKey, storeKey } from './session.js';

const NAV: RoutePath[] = ['/dashboard', '/data', '/bids', '/check', '/build', '/account'];
const SIGNED_OUT_ROUTES: RoutePath[] = ['/sign-in', '/accept-invite'];

/** A person signed in with the session cookie, or an integration's API key (kept in this tab only). */
type Credentials = { kind: 'person'; user: UserSummary; csrfToken: string } | { kind: 'key'; key: string };

function initialCredentials(): Credentials | null | undefined {
  const key = storedKey();
  // undefined: not known yet (the session cookie is HttpOnly, so only the server can say).
  return key ? { kind: 'key', key } : undefined;
}

export function App() {
  const path = usePath();
  const [credentials, setCredentials] = useState<Credentials | null | undefined>(initialCredentials);
  const [notice, setNotice] = useState<string | null>(null);
  const [period, setPeriod] = useState(() => latestCompleteQuarter(new Date()));
  const [services, setServices] = useState<Service[]>([]);
  const [servicesLoaded, setServicesLoaded] = useState(false);
  const [selectedServices, setSelectedServices] = useState<string[]>([]);
  const [servicesVersion, setServicesVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstScreen = useRef(true);

  useEffect(() => {
    if (credentials !== undefined) return;
    currentSession(createApiClient()).then(
      (session) => setCredentials(session ? { kind: 'person', user: session.user, csrfToken: session.csrfToken } : null),
      () => setCredentials(null),
    );
  }, [credentials]);

  const forget = (message: string | null) => {
    forgetKey();
    setCredentials(null);
    setServices([]);
    setServicesLoaded(false);
    setNotice(message);
    navigate('/sign-in');
  };

  const client = useMemo(() => {
    if (!credentials) return null;
    // A key revoked or a session ended mid-visit: every screen's 401 sends the writer back to sign in.
    const onUnauthorised = () => forget(credentials.kind === 'key' ? 'Your key was not accepted any more. Sign in again.' : 'Your session has ended. Sign in again.');
    const api = credentials.kind === 'key' ? createApiClient({ key: credentials.key, onUnauthorised }) : createApiClient({ csrfToken: credentials.csrfToken, onUnauthorised });
    return { api };
  }, [credentials]);

  const signedOutRoute: RoutePath = path === '/accept-invite' ? '/accept-invite' : '/sign-in';
  const route: RoutePath = !client ? signedOutRoute : isRoutePath(path) && !SIGNED_OUT_ROUTES.includes(path) ? path : '/dashboard';

  useEffect(() => {
    if (credentials === undefined) return;
    if (path !== route) navigate(route, { replace: true });
  }, [credentials, path, route]);

  useEffect(() => {
    if (credentials === undefined) return;
    document.title = `${ROUTES[route]} – Assured`;
    // After a change of screen (not on first load), start keyboard and screen-reader users at its heading.
    if (!firstScreen.current) heading.current?.focus();
    firstScreen.current = false;
  }, [route, credentials === undefined]);

  useEffect(() => {
    if (!client || !/^\S+$/.test(period)) return;
    let current = true;
    must(client.api.GET('/v1/services'))
      .then((result) => {
        if (!current) return;
        setServices(result.services.map((service) => ({ ref: service.ref, name: service.name })));
        setServicesLoaded(true);
      })
      .catch((error: unknown) => {
        if (current && !isProblem(error, 400)) setServices([]);
      });
    return () => {
      current = false;
    };
  }, [client, period, servicesVersion]);

  const scope: Scope = {
    period,
    setPeriod,
    services,
    servicesLoaded,
    selectedServices,
    setSelectedServices,
    refreshServices: () => setServicesVersion((version) => version + 1),
  };

  const signedIn = (session: SignedIn) => {
    forgetKey();
    setNotice(null);
    setCredentials({ kind: 'person', user: session.user, csrfToken: session.csrfToken });
    navigate('/dashboard');
  };

  const signOut = async () => {
    if (client && credentials?.kind === 'person') {
      try {
        await must(client.api.DELETE('/v1/session'));
      } catch {
        // The session may have ended already; the page forgets it either way.
      }
      forget('You have signed out.');
    } else forget('You have signed out. The key has been forgotten by this tab.');
  };

  const who = credentials?.kind === 'person' ? `${credentials.user.name} (${credentials.user.organisationName})` : credentials?.kind === 'key' ? 'API key' : null;

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <header class="site-header">
        <div class="site-header-inner">
          <p class="brand">
            Assured <span class="brand-sub">involvement evidence for tenders</span>
          </p>
          {client && (
            <nav aria-label="Main">
              <ul class="nav-list">
                {NAV.map((item) => (
                  <li key={item}>
                    <a href={item} aria-current={route === item ? 'page' : undefined} onClick={(event) => followLink(event, item)}>
                      {item === '/account' ? 'Account' : ROUTES[item]}
                    </a>
                  </li>
                ))}
                <li>
                  <button type="button" class="button-link" onClick={() => void signOut()}>
                    Sign out
                  </button>
                </li>
              </ul>
              {who && <p class="signed-in-as">Signed in: {who}</p>}
            </nav>
          )}
        </div>
      </header>
      <main id="main" class="main">
        {credentials === undefined ? (
          <p role="status">Checking whether you are signed in…</p>
        ) : (
          <>
            <h1 ref={heading} tabIndex={-1}>
              {ROUTES[route]}
            </h1>
            {!client ? (
              route === '/accept-invite' ? (
                <AcceptInviteScreen onSignedIn={signedIn} />
              ) : (
                <SignInScreen
                  notice={notice}
                  onSignedIn={signedIn}
                  onKey={(newKey) => {
                    storeKey(newKey);
                    setNotice(null);
                    setCredentials({ kind: 'key', key: newKey });
                    navigate('/dashboard');
                  }}
                />
              )
            ) : route === '/data' ? (
              <DataScreen api={client.api} scope={scope} />
            ) : route === '/check' ? (
              <CheckScreen api={client.api} scope={scope} />
            ) : route === '/build' ? (
              <BuildScreen api={client.api} scope={scope} />
            ) : route === '/bids' ? (
              <BidsScreen api={client.api} scope={scope} />
            ) : route === '/bid' ? (
              <BidScreen api={client.api} role={credentials?.kind === 'person' ? credentials.user.role : null} />
            ) : route === '/account' ? (
              <AccountScreen api={client.api} user={credentials?.kind === 'person' ? credentials.user : null} onSignedOutEverywhere={() => forget('You have signed out on every device.')} />
            ) : (
              <DashboardScreen api={client.api} scope={scope} />
            )}
          </>
        )}
      </main>
    </>
  );
}
