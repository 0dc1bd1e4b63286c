/** The page shell: skip link, header navigation, one screen per path, shared period and services. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiClient, ApiProblem } from '../api-client.js';
import { latestCompleteQuarter } from '../periods.js';
import type { Service } from './components/scope-fields.js';
import { followLink, isRoutePath, navigate, ROUTES, usePath, type RoutePath } from './router.js';
import { BuildScreen } from './screens/build.js';
import { CheckScreen } from './screens/check.js';
import { DashboardScreen } from './screens/dashboard.js';
import { DataScreen } from './screens/data.js';
import { SignInScreen } from './screens/sign-in.js';
import type { Scope } from './screen-props.js';
import { forgetKey, storedKey, storeKey } from './session.js';

const NAV: RoutePath[] = ['/data', '/dashboard', '/check', '/build'];

export function App() {
  const path = usePath();
  const [key, setKey] = useState<string | null>(storedKey());
  const [notice, setNotice] = useState<string | null>(null);
  const [period, setPeriod] = useState(() => latestCompleteQuarter(new Date()));
  const [services, setServices] = useState<Service[]>([]);
  const [selectedServices, setSelectedServices] = useState<string[]>([]);
  const [servicesVersion, setServicesVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstScreen = useRef(true);

  const signOut = (message: string | null) => {
    forgetKey();
    setKey(null);
    setNotice(message);
    navigate('/sign-in');
  };

  const client = useMemo(() => {
    if (!key) return null;
    // A key revoked mid-session: every screen's 401 sends the writer back to sign in.
    return new ApiClient({
      key,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (response.status === 401) queueMicrotask(() => signOut('Your key was not accepted any more. Sign in again.'));
        return response;
      },
    });
  }, [key]);

  const route: RoutePath = !client ? '/sign-in' : isRoutePath(path) && path !== '/sign-in' ? path : '/dashboard';

  useEffect(() => {
    if (client && path !== route) navigate(route, { replace: true });
    if (!client && path !== '/sign-in') navigate('/sign-in', { replace: true });
  }, [client, path, route]);

  useEffect(() => {
    document.title = `${ROUTES[route]} – Assured`;
    // After a change of screen (not on first load), start keyboard and screen-reader users at its heading.
    if (!firstScreen.current) heading.current?.focus();
    firstScreen.current = false;
  }, [route]);

  useEffect(() => {
    if (!client || !/^\S+$/.test(period)) return;
    let current = true;
    client
      .services()
      .then((result) => current && setServices(result.services.map((service) => ({ ref: service.ref, name: service.name }))))
      .catch((error: unknown) => {
        if (current && !(error instanceof ApiProblem && error.status === 400)) setServices([]);
      });
    return () => {
      current = false;
    };
  }, [client, period, servicesVersion]);

  const scope: Scope = {
    period,
    setPeriod,
    services,
    selectedServices,
    setSelectedServices,
    refreshServices: () => setServicesVersion((version) => version + 1),
  };

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
                      {ROUTES[item]}
                    </a>
                  </li>
                ))}
                <li>
                  <button type="button" class="button-link" onClick={() => signOut('You have signed out. The key has been forgotten by this tab.')}>
                    Sign out
                  </button>
                </li>
              </ul>
            </nav>
          )}
        </div>
      </header>
      <main id="main" class="main">
        <h1 ref={heading} tabIndex={-1}>
          {ROUTES[route]}
        </h1>
        {route === '/sign-in' || !client ? (
          <SignInScreen
            notice={notice}
            onSignedIn={(newKey) => {
              storeKey(newKey);
              setNotice(null);
              setKey(newKey);
              navigate('/dashboard');
            }}
          />
        ) : route === '/data' ? (
          <DataScreen client={client} scope={scope} />
        ) : route === '/check' ? (
          <CheckScreen client={client} scope={scope} />
        ) : route === '/build' ? (
          <BuildScreen client={client} scope={scope} />
        ) : (
          <DashboardScreen client={client} scope={scope} />
        )}
      </main>
    </>
  );
}
