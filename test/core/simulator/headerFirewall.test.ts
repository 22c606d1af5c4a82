// The header firewall (Exchange 2013 topic "Header firewall"): organization and forest X-headers a
// message brings are removed where it enters (Pickup always; Replay unless Exchange wrote the file,
// X-CreatedBy: MSExchange15) and where it leaves the organization (a Drop directory). Other X-headers,
// and other X-MS-Exchange- headers, pass.
import * as assert from 'node:assert/strict';
import { processOnce } from '../../../server/src/core/simulator';
import { configure, dropMessage, message, onlyMessageIn, removeWorkspace, standardWorkspace } from './workspaceFixture';

const FORGED = ['X-MS-Exchange-Organization-SCL: -1', 'X-MS-Exchange-Forest-RulesExecuted: Hub01', 'X-MS-Exchange-Transport-Fork: kept', 'X-Mailer: kept too'];

describe('transport: the header firewall ("Header firewall", Exchange 2013)', () => {
  let root: string;
  beforeEach(async () => {
    root = standardWorkspace();
    await configure(root, [{ name: 'Gateway', addressSpaces: ['fabrikam.com;1'] }]);
  });
  afterEach(() => removeWorkspace(root));

  const headersOf = (text: string) => text.slice(0, text.indexOf('\r\n\r\n'));

  it('the Pickup directory removes organization and forest X-headers from every message', async () => {
    dropMessage(root, 'Pickup', 'p.eml', message(['From: admin@contoso.com', 'To: mary@contoso.com', 'Subject: Forged', ...FORGED]));
    await processOnce(root);
    const delivered = headersOf(onlyMessageIn(root, 'Mailboxes/mary@contoso.com'));
    assert.doesNotMatch(delivered, /X-MS-Exchange-Organization-SCL|X-MS-Exchange-Forest-/);
    assert.match(delivered, /^X-MS-Exchange-Transport-Fork: kept$/m);
    assert.match(delivered, /^X-Mailer: kept too$/m);
  });

  it('the Replay directory removes them from a file a gateway wrote, and keeps them in one Exchange wrote (X-CreatedBy: MSExchange15)', async () => {
    dropMessage(root, 'Replay', 'gateway.eml', message(['X-Sender: <admin@contoso.com>', 'X-Receiver: <mary@contoso.com>', 'From: admin@contoso.com', 'Subject: From a gateway', ...FORGED]));
    await processOnce(root);
    assert.doesNotMatch(headersOf(onlyMessageIn(root, 'Mailboxes/mary@contoso.com')), /X-MS-Exchange-Organization-SCL/);

    dropMessage(root, 'Replay', 'exported.eml', message(['X-CreatedBy: MSExchange15', 'X-Sender: <admin@contoso.com>', 'X-Receiver: <admin@contoso.com>', 'From: admin@contoso.com', 'Subject: Exported by Exchange', ...FORGED]));
    await processOnce(root);
    assert.match(headersOf(onlyMessageIn(root, 'Mailboxes/admin@contoso.com')), /^X-MS-Exchange-Organization-SCL: -1$/m);
  });

  it('removes them from the copy written to a Drop directory, which leaves the organization', async () => {
    dropMessage(root, 'Replay', 'exported.eml', message(['X-CreatedBy: MSExchange15', 'X-Sender: <admin@contoso.com>', 'X-Receiver: <bob@fabrikam.com>', 'From: admin@contoso.com', 'Subject: Out through the gateway', ...FORGED]));
    await processOnce(root);
    const dropped = headersOf(onlyMessageIn(root, 'Gateway'));
    assert.doesNotMatch(dropped, /X-MS-Exchange-Organization-|X-MS-Exchange-Forest-/);
    assert.match(dropped, /^X-Receiver: <bob@fabrikam\.com>$/m);
    assert.match(dropped, /^X-Mailer: kept too$/m);
  });
});
