// A test-runner command that takes the test page offline for a while with Chrome's network emulation (DevTools'
// "Offline"): the page's requests fail as they do without a network, and it gets real `offline` and `online` events.
// From a test: `executeServerCommand('go-offline', { for: ms })`, then wait for the page's `offline` and `online`
// events. The command answers before the page goes offline, and the runner brings it back online by itself, since
// while offline the page cannot send it another command.
export function networkCommands() {
  return {
    name: 'network-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'go-offline') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error(`go-offline needs a Chrome launched by the test runner, not ${session.browser.name}.`);
      const ms = Math.min(Math.max(Number(payload?.for) || 0, 0), 10_000);
      setTimeout(async () => {
        await page.setOfflineMode(true);
        setTimeout(() => void page.setOfflineMode(false), ms);
      }, 50);
      return true;
    },
  };
}
