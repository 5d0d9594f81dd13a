// Starts the bundled main process (argv[2]) against the fake electron and prints what it did, as JSON.
const mainPath = process.argv[2];
await import(mainPath);
const fake = globalThis.__fakeElectron;
const deadline = Date.now() + 20_000;
while (fake.windows.length === 0 && fake.exitCode === undefined && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const invoke = fake.ipc.get('pira:invoke');
const appProtocol = fake.protocols.get('app');
const fromApp = { senderFrame: { url: 'app://pira/index.html#/', parent: null } };
const fromWeb = { senderFrame: { url: 'https://example.com/', parent: null } };
const index = await appProtocol(new Request('app://pira/index.html'));
const traversal = await appProtocol(new Request('app://pira/%2e%2e/main/main.js'));
const { default: XLSX } = await import('xlsx');
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Codice obiettivo', 'Indicatore'], ['01_01_OS01', 'x']]), 'Indicatori');
const workbook = XLSX.write(book, { type: 'base64', bookType: 'xlsx' });
const preview = await invoke(fromApp, 'previewImport', { planId: 1, fileName: 'prova.xlsx', dataBase64: workbook });
let permission = 'not asked';
fake.permissionHandler?.(null, 'media', (granted) => (permission = granted));
const win = fake.windows[0];
const report = {
  exitCode: fake.exitCode ?? null,
  privileged: fake.privileged,
  windows: fake.windows.length,
  url: win?.url,
  title: win?.title,
  webPreferences: win?.options.webPreferences,
  menu: fake.menus.at(-1)?.map((item) => item.label),
  recentDocuments: fake.recentDocuments,
  session: await invoke(fromApp, 'getSession', {}),
  badPayload: await invoke(fromApp, 'loadPlan', { planId: 'uno' }),
  untrusted: await invoke(fromWeb, 'getSession', {}),
  index: { status: index.status, csp: index.headers.get('content-security-policy'), html: await index.text() },
  traversal: traversal.status,
  permission,
  preview: { ok: preview.ok, error: preview.error },
  utilityForks: fake.utilityForks ?? [],
};
console.log(JSON.stringify(report));
process.exit(0);
