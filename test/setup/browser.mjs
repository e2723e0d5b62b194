// Finds a Chrome or Chromium for the browser tests: CHROME_PATH, then the usual install paths. Where none is found
// it installs Debian's `chromium` when it can (root with apt-get); otherwise it stops with one sentence saying what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags Chromium needs on a headless Linux box (as root it refuses to start without --no-sandbox). */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Test files run side by side in several tabs: keep the ones in the background from being throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function canInstallWithApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist: point it at a Chrome or Chromium binary.`);
  }
  const found = USUAL_PATHS.find((path) => existsSync(path));
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('No Chrome or Chromium found: installing Debian\'s "chromium" package with apt-get...');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'No Chrome or Chromium was found: install Google Chrome or Chromium (on Debian or Ubuntu: "sudo apt-get install chromium"), or set CHROME_PATH to its binary.',
  );
  process.exit(1);
}
